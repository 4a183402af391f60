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
    # An invitation the organization turned down; a sign-on withdrawn or rejected is counted as such.
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    REJECTED = "rejected", _("Rejected")


PROGRESS = dict(Progress.choices)
_SIGNATURE_PROGRESS = {
    Signature.Status.PENDING: Progress.PENDING,
    Signature.Status.CONFIRMED: Progress.CONFIRMED,
    Signature.Status.REJECTED: Progress.REJECTED,
    Signature.Status.WITHDRAWN: Progress.WITHDRAWN,
}
# An invitation's row has no sign-on yet: it stands for an organization, and its source is the invitation.
INVITATION_SOURCE = Signature.Source.INVITATION


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

    @property
    def kind(self) -> str:
        return self.signature.kind if self.signature else Signature.Kind.ORGANIZATION

    @property
    def source(self) -> str:
        return self.signature.source if self.signature else INVITATION_SOURCE

    def matches(self, *, q="", state="", country="", kind="", source="") -> bool:
        """Whether the row passes the progress table's search (any part of the name or list line) and
        filters; an empty value lets everything through."""
        if state and self.progress != state:
            return False
        if country and self.country != country:
            return False
        if kind and self.kind != kind:
            return False
        if source and self.source != source:
            return False
        if q:
            haystack = " ".join([self.name, self.signature.display_line() if self.signature else ""])
            if q.casefold() not in haystack.casefold():
                return False
        return True


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


def progress_filtered(rows: list[ProgressRow], filters: dict) -> list[ProgressRow]:
    """The rows that pass every filter given (keys: q, state, country, kind, source)."""
    if not filters:
        return rows
    return [row for row in rows if row.matches(**filters)]


def statement_trail_participants(statement: Statement) -> dict[str, set[int]]:
    """The organizations that signed the statement or were invited to: their audit entries belong in its
    trail, though organizations belong to no single statement (audit.trail asks this)."""
    organization_ids = set(
        Signature.objects.filter(statement=statement, organization__isnull=False).values_list(
            "organization_id", flat=True
        )
    ) | set(Invitation.objects.filter(statement=statement).values_list("organization_id", flat=True))
    return {Organization._meta.label_lower: organization_ids}
