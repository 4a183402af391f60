"""Reads for coordinator and owner pages: a region's progress and a statement's audit trail."""

from collections import Counter
from dataclasses import dataclass

from django.db import models
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from undersigned.audit.models import AuditEntry
from undersigned.coalitions.access import Coordination
from undersigned.coalitions.models import Coordinator, Invitation
from undersigned.organizations.models import Organization
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement


class Progress(models.TextChoices):
    """How far an invited or signing organization has come, in the order the dashboard lists them."""

    INVITED = "invited", _("Invited")
    PENDING = "pending", _("Pending")
    CONFIRMED = "confirmed", _("Confirmed")
    DECLINED = "declined", _("Declined")


PROGRESS = dict(Progress.choices)
_SIGNATURE_PROGRESS = {
    Signature.Status.PENDING: Progress.PENDING,
    Signature.Status.CONFIRMED: Progress.CONFIRMED,
    Signature.Status.REJECTED: Progress.DECLINED,
    Signature.Status.WITHDRAWN: Progress.DECLINED,
}


@dataclass(frozen=True)
class ProgressRow:
    name: str
    country: str
    progress: Progress
    signature: Signature | None
    invitation: Invitation | None

    @property
    def progress_label(self):
        return self.progress.label


def region_progress(coordination: Coordination) -> tuple[list[ProgressRow], dict[str, int]]:
    """Every sign-on and open invitation in the user's region, with counts per progress state.

    An invitation that led to a sign-on is shown through that sign-on, so nothing is counted twice.
    """
    signatures = list(
        coordination.signatures()
        .select_related("organization", "invitation", "version")
        .order_by("created_at")
    )
    answered = {s.invitation_id for s in signatures if s.invitation_id}
    rows = [
        ProgressRow(
            s.organization_name if s.is_organization else s.display_name(),
            s.country,
            _SIGNATURE_PROGRESS[s.status],
            s,
            s.invitation,
        )
        for s in signatures
    ]
    for invitation in coordination.invitations().select_related("organization").exclude(pk__in=answered):
        if invitation.revoked_at:
            continue
        progress = Progress.DECLINED if invitation.declined_at else Progress.INVITED
        rows.append(
            ProgressRow(
                invitation.organization.name, invitation.organization.country, progress, None, invitation
            )
        )
    order = list(PROGRESS)
    rows.sort(key=lambda row: (row.country, order.index(row.progress), row.name.casefold()))
    counts = Counter(row.progress for row in rows)
    return rows, {key: counts.get(key, 0) for key in PROGRESS}


def statement_audit_trail(statement: Statement) -> QuerySet[AuditEntry]:
    """Everything that happened to the statement, its signatures, coordinators and invitations, and to
    the organizations that signed it or were invited (organizations belong to no single statement)."""
    organization_ids = set(
        Signature.objects.filter(statement=statement, organization__isnull=False).values_list(
            "organization_id", flat=True
        )
    ) | set(Invitation.objects.filter(statement=statement).values_list("organization_id", flat=True))
    return AuditEntry.objects.filter(
        Q(statement_id=statement.pk)
        | Q(object_type=Organization._meta.label_lower, object_id__in=[str(pk) for pk in organization_ids])
    ).select_related("user")


def describe_entries(entries) -> dict[tuple[str, str], str]:
    """A readable name for the object of each entry, fetched in one query per type."""
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        if entry.object_id.isdigit():
            wanted.setdefault(entry.object_type, set()).add(int(entry.object_id))
    names: dict[tuple[str, str], str] = {}
    querysets = [
        Signature.objects.all(),
        Organization.objects.all(),
        Invitation.objects.select_related("organization", "statement"),
        Coordinator.objects.select_related("user", "statement"),
        Statement.objects.all(),
    ]
    for queryset in querysets:
        label = queryset.model._meta.label_lower
        for obj in queryset.filter(pk__in=wanted.get(label, ())):
            names[(label, str(obj.pk))] = str(obj)
    return names
