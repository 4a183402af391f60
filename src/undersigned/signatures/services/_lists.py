"""The list bookkeeping every change to a signature ends with: a recount (`list_changed`), or for the
hot path a step of one (`list_joined`, `list_left`). Private to the services package: each
service calls it itself, so no caller can forget it."""

from django.db.models import Count, F, Q

from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement


def list_changed(*, statement_id: int) -> None:
    """Recount confirmed signatures and bump the list revision that caches and exports key on.

    When the statement hides signers of an earlier text until they reconfirm, they are not counted either:
    the count always matches what the public list can show.
    """
    statement = Statement.objects.get(pk=statement_id)
    counted = Q(status=Signature.Status.CONFIRMED)
    if statement.earlier_versions == Statement.EarlierVersions.HIDE:
        counted &= Q(version__number__gte=statement.baseline_version_number())
    counts = Signature.objects.filter(statement_id=statement_id).aggregate(
        confirmed=Count("pk", filter=counted)
    )
    # Both revisions become the old list_revision + 1 (SQL reads the row's old values on the right).
    Statement.objects.filter(pk=statement_id).update(
        confirmed_count=counts["confirmed"],
        list_revision=F("list_revision") + 1,
        list_reordered_revision=F("list_revision") + 1,
    )


def list_joined(*, statement_id: int) -> None:
    """A pending signature was confirmed: count it and bump the list revision in one UPDATE, in constant
    time under a stream of confirmations. The order cached for the list survives it (only
    `list_reordered_revision` clears that): readers merge the newcomers in. A statement that hides
    signers of earlier texts counts by version, so it is recounted."""
    joined = (
        Statement.objects.filter(pk=statement_id)
        .exclude(earlier_versions=Statement.EarlierVersions.HIDE)
        .update(confirmed_count=F("confirmed_count") + 1, list_revision=F("list_revision") + 1)
    )
    if not joined:
        list_changed(statement_id=statement_id)


def list_left(*, statement_id: int) -> None:
    """A confirmed signature left the list (withdrawn, rejected): one fewer, in one UPDATE; the numbers
    after it close up, so the cached order is rebuilt."""
    left = (
        Statement.objects.filter(pk=statement_id, confirmed_count__gt=0)
        .exclude(earlier_versions=Statement.EarlierVersions.HIDE)
        .update(
            confirmed_count=F("confirmed_count") - 1,
            list_revision=F("list_revision") + 1,
            list_reordered_revision=F("list_revision") + 1,
        )
    )
    if not left:
        list_changed(statement_id=statement_id)


def lists_of_organization_changed(*, organization) -> None:
    """Umbrella bodies head their group, so lists (and the exports cached on them) change order."""
    statement_ids = Signature.objects.filter(organization=organization).values_list("statement_id", flat=True)
    for statement_id in set(statement_ids):
        list_changed(statement_id=statement_id)
