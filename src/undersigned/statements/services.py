from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from undersigned.common.origins import origin_lines, validate_origin_lines
from undersigned.statements.models import Statement, StatementVersion
from undersigned.statements.signals import list_settings_changed, version_published
from undersigned.statements.translations import translations_carry_over


@transaction.atomic
def statement_create(*, slug: str, title: str, text: str, user=None, **fields) -> Statement:
    statement = Statement(slug=slug, title=title, owner=user, **fields)
    statement.full_clean()
    statement.save()
    statement_version_create(statement=statement, text=text, user=user)
    statement.log_action("statement.created", user=user)
    return statement


@transaction.atomic
def statement_version_create(
    *, statement: Statement, text: str, user=None, minor: bool = False, note: str = ""
) -> StatementVersion:
    """Add a new version unless the text is unchanged; returns the current version either way.

    This only stores the text; `statement_version_publish` also asks earlier signers to reconfirm.
    """
    current = statement.current_version
    if current is not None and current.text == text:
        return current
    last = statement.versions.aggregate(last=Max("number"))["last"] or 0
    version = StatementVersion(
        statement=statement, number=last + 1, text=text, minor=minor and last > 0, note=note
    )
    version.full_clean(exclude=["sha256"])
    version.save()
    statement.forget_versions()
    if current is not None:
        translations_carry_over(previous=current, version=version)
    statement.log_action(
        "statement.version_created",
        user=user,
        data={"version": version.number, "sha256": version.sha256, "minor": version.minor, "note": note},
    )
    return version


@transaction.atomic
def statement_version_publish(
    *, statement: Statement, text: str, minor: bool, note: str = "", user=None
) -> StatementVersion:
    """Publish a new text. Unless it is a minor correction, everyone who signed an earlier text is
    asked (by email, through the task queue) to reconfirm, and the list shows or hides them meanwhile
    as the statement's settings say.

    Statements knows nothing of signatures: it announces `version_published`, and signatures' receiver
    queues the reconfirmation requests and recounts the list in this transaction.
    """
    current = statement.current_version
    version = statement_version_create(statement=statement, text=text, user=user, minor=minor, note=note)
    if version == current:
        return version
    statement.log_action(
        "statement.version_published",
        user=user,
        data={"version": version.number, "minor": version.minor, "reconfirmation": not version.minor},
    )
    version_published.send(sender=Statement, statement=statement, version=version, user=user)
    return version


LIST_SETTINGS_FIELDS = ["country_order", "list_order", "earlier_versions", "umbrella_placement"]
SETTINGS_FIELDS = [*LIST_SETTINGS_FIELDS, "proof_of_work"]


@transaction.atomic
def statement_update_settings(*, statement: Statement, user=None, **fields) -> Statement:
    """Change how the public list is ordered and whom it shows, and whether the sign form asks for the
    anti-bot puzzle; logs what changed."""
    unknown = set(fields) - set(SETTINGS_FIELDS)
    if unknown:
        raise TypeError(f"Not a statement setting: {', '.join(sorted(unknown))}")
    changed = {
        name: [getattr(statement, name), value]
        for name, value in fields.items()
        if getattr(statement, name) != value
    }
    if not changed:
        return statement
    for name, (_old, value) in changed.items():
        setattr(statement, name, value)
    statement.full_clean()
    statement.save(update_fields=[*changed, "updated_at"])
    statement.log_action("statement.settings_changed", user=user, data=changed)
    if set(changed) & set(LIST_SETTINGS_FIELDS):
        list_settings_changed.send(sender=Statement, statement=statement)
        statement.refresh_from_db(fields=["confirmed_count", "list_revision"])
    return statement


@transaction.atomic
def statement_set_embed_domains(*, statement: Statement, embed_domains: str, user=None) -> Statement:
    """Set the partner sites that may embed the sign-on form (one origin a line, stored normalised)."""
    validate_origin_lines(embed_domains)
    value = "\n".join(origin_lines(embed_domains))
    if value == statement.embed_domains:
        return statement
    statement.embed_domains = value
    statement.save(update_fields=["embed_domains", "updated_at"])
    statement.log_action("statement.embed_domains_changed", user=user, data={"sites": origin_lines(value)})
    return statement


def statement_free_slug(title: str) -> str:
    """An unused address made from the title: `Save the Elbe!` -> `save-the-elbe`, then `save-the-elbe-2`.
    A title with no Latin letters gets `statement`, `statement-2`, ..."""
    field = Statement._meta.get_field("slug")
    base = slugify(title)[: field.max_length - 6].strip("-") or "statement"
    candidate, n = base, 1
    while Statement.objects.filter(slug=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@transaction.atomic
def statement_transition(*, statement: Statement, to: str, user=None) -> Statement:
    """Move a statement one step along its lifecycle (Statement.TRANSITIONS); any other step is refused
    with a ValidationError that says what is possible from here."""
    if to not in Statement.Status.values:
        raise ValidationError(_("“%(to)s” is not a step of a statement's lifecycle.") % {"to": to})
    statement = Statement.objects.select_for_update().get(pk=statement.pk)
    current, target = Statement.Status(statement.status), Statement.Status(to)
    if target not in statement.allowed_transitions():
        allowed = [str(Statement.Status(s).label) for s in statement.allowed_transitions()]
        raise ValidationError(
            _("A statement that is “%(current)s” cannot become “%(target)s”. %(allowed)s")
            % {
                "current": current.label,
                "target": target.label,
                "allowed": _("From here it can become: %(steps)s.") % {"steps": ", ".join(allowed)}
                if allowed
                else _("A published statement is final."),
            }
        )
    if target == Statement.Status.OPEN and statement.current_version is None:
        raise ValidationError(_("The statement has no text yet; write it before opening it."))
    statement.status = target
    if target == Statement.Status.CLOSED:
        statement.closed_at = timezone.now()
    elif target == Statement.Status.OPEN:
        statement.closed_at = None
    statement.save(update_fields=["status", "closed_at", "updated_at"])
    statement.log_action("statement.status_changed", user=user, data={"from": current, "to": target})
    return statement


@transaction.atomic
def statement_co_owner_add(*, statement: Statement, account, user=None) -> None:
    """Give `account` the owner's rights on the statement. The owner cannot be their own co-owner."""
    if account.pk == statement.owner_id or statement.co_owners.filter(pk=account.pk).exists():
        raise ValidationError({"email": _("This person already owns this statement.")})
    statement.co_owners.add(account)
    statement.log_action("statement.co_owner_added", user=user, data={"email": account.email})


@transaction.atomic
def statement_co_owner_remove(*, statement: Statement, account, user=None) -> None:
    statement.co_owners.remove(account)
    statement.log_action("statement.co_owner_removed", user=user, data={"email": account.email})


def statement_set_status(*, statement: Statement, status: str, user=None) -> Statement:
    """Set any status, skipping the lifecycle's rules: for fixtures and the back office. The owner's pages
    go through `statement_transition`."""
    if statement.status == status:
        return statement
    previous, statement.status = statement.status, Statement.Status(status)
    statement.save(update_fields=["status", "updated_at"])
    statement.log_action("statement.status_changed", user=user, data={"from": previous, "to": status})
    return statement
