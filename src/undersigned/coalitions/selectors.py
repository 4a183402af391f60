"""Reads for coordinator and owner pages: a region's progress and who takes part in a statement's audit trail."""

from collections import Counter
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

from undersigned.coalitions.access import Coordination
from undersigned.coalitions.models import Invitation
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


def statement_trail_participants(statement: Statement) -> dict[str, set[int]]:
    """The organizations that signed the statement or were invited to: their audit entries belong in its
    trail, though organizations belong to no single statement (audit.trail asks this)."""
    organization_ids = set(
        Signature.objects.filter(statement=statement, organization__isnull=False).values_list(
            "organization_id", flat=True
        )
    ) | set(Invitation.objects.filter(statement=statement).values_list("organization_id", flat=True))
    return {Organization._meta.label_lower: organization_ids}
