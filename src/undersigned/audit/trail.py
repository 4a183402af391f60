"""A statement's audit trail as its owner reads it at /manage/s/<slug>/audit/.

audit is the bottom layer: every app records its changes through it, so it imports none of them. What the
page needs to know about statements and the objects that take part in them, the apps above tell it when
Django starts (in their AppConfig.ready): who may read which statement's trail, and which objects belong
in a statement's trail without carrying its id (an organization belongs to no single statement, so its
entries are found through the sign-ons and invitations that name it).
"""

from collections.abc import Callable, Iterable

from django.apps import apps
from django.db.models import Q, QuerySet

from undersigned.audit.models import AuditEntry

_owned_statement: Callable | None = None
_participants: list[Callable] = []


def register_owned_statement(lookup: Callable) -> None:
    """`lookup(user, slug)` returns the statement whose trail the user may read, or raises (403, 404)."""
    global _owned_statement
    _owned_statement = lookup


def register_participants(find: Callable[[object], dict[str, Iterable]]) -> None:
    """`find(statement)` returns `{object_type: ids}` of objects whose entries belong in its trail."""
    if find not in _participants:
        _participants.append(find)


def owned_statement(user, slug: str):
    if _owned_statement is None:
        raise LookupError("No app registered how to find an owner's statement for the audit trail.")
    return _owned_statement(user, slug)


def statement_trail(statement) -> QuerySet[AuditEntry]:
    """Everything that happened to the statement and what belongs to it, and to the objects taking part in it."""
    wanted = Q(statement_id=statement.pk)
    for find in _participants:
        for object_type, ids in find(statement).items():
            wanted |= Q(object_type=object_type, object_id__in=[str(pk) for pk in ids])
    return AuditEntry.objects.filter(wanted).select_related("user")


def describe_entries(entries) -> dict[tuple[str, str], str]:
    """A readable name for the object of each entry, fetched in one query per type.

    Entries name their object by model label and primary key, so the model is found by that label; objects
    deleted since, or of a model that no longer exists, get no name.
    """
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        if entry.object_id.isdigit():
            wanted.setdefault(entry.object_type, set()).add(int(entry.object_id))
    names: dict[tuple[str, str], str] = {}
    for label, pks in wanted.items():
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            continue
        related = [f.name for f in model._meta.concrete_fields if f.many_to_one]
        for obj in model._default_manager.select_related(*related).filter(pk__in=pks):
            names[(label, str(obj.pk))] = str(obj)
    return names
