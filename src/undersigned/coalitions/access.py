"""Who may coordinate what. Every coordinator view starts with `coordination_or_403`, and every query
for sign-ons goes through `Coordination.signatures()`, so a coordinator never sees another region."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from undersigned.coalitions.models import Coordinator, Invitation
from undersigned.organizations.models import Organization
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement
from undersigned.statements.permissions import user_owns_statement


@dataclass(frozen=True)
class Coordination:
    """A user's standing on one statement: its owner (everything) or a coordinator (their countries)."""

    statement: Statement
    user: object
    coordinator: Coordinator | None  # None for the owner

    @property
    def is_owner(self) -> bool:
        return self.coordinator is None

    @property
    def countries(self) -> list[str] | None:
        """The region's ISO codes, or None for the owner, who is not limited to a region."""
        return None if self.coordinator is None else self.coordinator.country_list()

    def covers(self, country: str) -> bool:
        return self.coordinator is None or self.coordinator.covers(country)

    def signatures(self) -> QuerySet[Signature]:
        queryset = Signature.objects.filter(statement=self.statement)
        if self.countries is not None:
            queryset = queryset.filter(country__in=self.countries)
        return queryset

    def invitations(self) -> QuerySet[Invitation]:
        queryset = Invitation.objects.filter(statement=self.statement)
        if self.countries is not None:
            queryset = queryset.filter(organization__country__in=self.countries)
        return queryset

    def organizations(self) -> QuerySet[Organization]:
        """Records this user may attach sign-ons to (their region's, plus those without a country)."""
        queryset = Organization.objects.all()
        if self.countries is not None:
            queryset = queryset.filter(country__in=[*self.countries, ""])
        return queryset


def coordination_or_403(user, slug: str) -> Coordination:
    """Unknown statement: 404. Neither owner nor coordinator of it: 403."""
    statement = get_object_or_404(Statement, slug=slug)
    if user_owns_statement(user, statement):
        return Coordination(statement, user, None)
    coordinator = None
    if user.is_authenticated:
        coordinator = Coordinator.objects.filter(statement=statement, user=user).first()
    if coordinator is None:
        raise PermissionDenied("Only the statement's owner and its coordinators can do this.")
    return Coordination(statement, user, coordinator)


def region_signature_or_404(coordination: Coordination, pk: int) -> Signature:
    """A sign-on in the user's region. Other regions' sign-ons do not exist for them (404, not 403,
    so a coordinator cannot probe which ids belong to other regions)."""
    return get_object_or_404(coordination.signatures(), pk=pk)


def region_invitation_or_404(coordination: Coordination, pk: int) -> Invitation:
    return get_object_or_404(coordination.invitations(), pk=pk)
