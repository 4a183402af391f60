"""The list bookkeeping every change to a signature ends with. Private to the services package: each
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
    Statement.objects.filter(pk=statement_id).update(
        confirmed_count=counts["confirmed"], list_revision=F("list_revision") + 1
    )


def lists_of_organization_changed(*, organization) -> None:
    """Umbrella bodies head their group, so lists (and the exports cached on them) change order."""
    statement_ids = Signature.objects.filter(organization=organization).values_list("statement_id", flat=True)
    for statement_id in set(statement_ids):
        list_changed(statement_id=statement_id)
