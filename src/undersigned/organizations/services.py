"""Writes of the shared organization records. Every change is logged.

A change that moves an organization on published lists (umbrella bodies head their group) is announced
with `signals.organization_list_position_changed`; signatures, the layer above, recounts those lists.
"""

from django.db import transaction

from undersigned.organizations.models import Organization
from undersigned.organizations.selectors import organization_same_name
from undersigned.organizations.signals import organization_list_position_changed

ORGANIZATION_FIELDS = ["name", "short_name", "country", "city", "website", "parent", "is_umbrella"]


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
        organization_list_position_changed.send(sender=Organization, organization=organization)
    return organization


@transaction.atomic
def organization_get_or_create(
    *, name: str, country: str = "", city: str = "", user=None, via: str = ""
) -> Organization:
    """The shared record for an organization signing: the one with the same name (after folding case,
    accents and legal forms) in the same country, or a new one.

    Near matches are not merged here; coordinators are offered them when they enter sign-ons.
    """
    existing = organization_same_name(name=name, country=country)
    if existing is not None:
        return existing
    return organization_create(name=name, country=country, city=city, user=user, via=via)


def _mark_parent_umbrella(organization: Organization, *, user, via: str) -> None:
    """An organization that others belong to is an umbrella body, and heads its group on lists."""
    parent = organization.parent
    if parent is not None and not parent.is_umbrella:
        parent.is_umbrella = True
        parent.save(update_fields=["is_umbrella", "updated_at"])
        parent.log_action(
            "organization.marked_umbrella", user=user, via=via, data={"member": organization.pk}
        )
        organization_list_position_changed.send(sender=Organization, organization=parent)
