"""Reads of the shared organization records."""

from undersigned.organizations.dedup import Match, organization_key, similar_organizations
from undersigned.organizations.models import Organization


def organization_similar(*, name: str, country: str, exclude_pk: int | None = None) -> list[Match]:
    """Existing records in the same country whose name is a near match (see `dedup`)."""
    candidates = Organization.objects.filter(country=country or "")
    if exclude_pk:
        candidates = candidates.exclude(pk=exclude_pk)
    return similar_organizations(name, candidates.only("pk", "name", "short_name", "country", "city"))


def organization_same_name(*, name: str, country: str) -> Organization | None:
    """The record with the same name (after folding case, accents and legal forms) in the same country."""
    key = organization_key(name)
    same_country = Organization.objects.filter(country=country or "").only("pk", "name")
    return next((o for o in same_country if organization_key(o.name) == key), None)
