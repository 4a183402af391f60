from django.db import transaction

from undersigned.coalitions.dedup import Match, organization_key, similar_organizations
from undersigned.coalitions.models import Organization
from undersigned.signatures.models import Signature
from undersigned.signatures.services import statement_list_changed

ORGANIZATION_FIELDS = ["name", "short_name", "country", "city", "website", "parent", "is_umbrella"]


def organization_similar(*, name: str, country: str, exclude_pk: int | None = None) -> list[Match]:
    """Existing records in the same country whose name is a near match (see `dedup`)."""
    candidates = Organization.objects.filter(country=country or "")
    if exclude_pk:
        candidates = candidates.exclude(pk=exclude_pk)
    return similar_organizations(name, candidates.only("pk", "name", "short_name", "country", "city"))


@transaction.atomic
def organization_create(*, name: str, country: str = "", user=None, via: str = "", **fields) -> Organization:
    organization = Organization(name=" ".join(name.split()), country=(country or "").upper(), **fields)
    organization.full_clean()
    organization.save()
    organization.log_action("organization.created", user=user, via=via, data={"name": organization.name})
    _mark_parent_umbrella(organization, user=user, via=via)
    return organization


@transaction.atomic
def organization_update(*, organization: Organization, user=None, via: str = "", **fields) -> Organization:
    changed = {name: value for name, value in fields.items() if getattr(organization, name) != value}
    if not changed:
        return organization
    for name, value in changed.items():
        setattr(organization, name, value)
    organization.full_clean()
    organization.save(update_fields=[*changed, "updated_at"])
    organization.log_action("organization.edited", user=user, via=via, data={"fields": sorted(changed)})
    _mark_parent_umbrella(organization, user=user, via=via)
    if "is_umbrella" in changed:
        _lists_changed(organization)
    return organization


def _lists_changed(organization: Organization) -> None:
    """Umbrella bodies head their group, so lists (and the exports cached on them) change order."""
    statement_ids = Signature.objects.filter(organization=organization).values_list("statement_id", flat=True)
    for statement_id in set(statement_ids):
        statement_list_changed(statement_id=statement_id)


def _mark_parent_umbrella(organization: Organization, *, user, via: str) -> None:
    """An organization that others belong to is an umbrella body, and heads its group on lists."""
    parent = organization.parent
    if parent is not None and not parent.is_umbrella:
        parent.is_umbrella = True
        parent.save(update_fields=["is_umbrella", "updated_at"])
        parent.log_action(
            "organization.marked_umbrella", user=user, via=via, data={"member": organization.pk}
        )
        _lists_changed(parent)


def organization_link_signature(*, signature, user=None, via: str = "") -> None:
    """Point a confirmed organization sign-on at its shared record: the record with the same name
    (after folding case, accents and legal forms) in the same country, or a new one.

    Near matches are not merged here; coordinators are offered them when they enter sign-ons.
    """
    if not signature.is_organization or signature.organization_id:
        return
    key = organization_key(signature.organization_name)
    same_country = Organization.objects.filter(country=signature.country or "").only("pk", "name")
    organization = next((o for o in same_country if organization_key(o.name) == key), None)
    if organization is None:
        organization = organization_create(
            name=signature.organization_name,
            country=signature.country,
            city=signature.city,
            user=user,
            via=via,
        )
    signature.organization = organization
    signature.save(update_fields=["organization", "updated_at"])
