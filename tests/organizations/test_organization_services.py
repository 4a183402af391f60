"""Organizations are shared records; a member names its umbrella body, which then heads the list."""

import pytest

from tests.factories import make_signature
from undersigned.audit.models import AuditEntry
from undersigned.organizations.models import Organization
from undersigned.organizations.services import organization_create, organization_update
from undersigned.signatures.services import signature_confirm, signature_link_organization

pytestmark = pytest.mark.django_db


def test_creating_an_organization_is_logged():
    organization = organization_create(name="  Weser   Canoe Club ", country="de", city="Bremen")
    assert (organization.name, organization.country) == ("Weser Canoe Club", "DE")
    assert AuditEntry.objects.filter(action="organization.created", object_id=str(organization.pk)).exists()


def test_naming_a_parent_makes_it_an_umbrella_body():
    council = organization_create(name="Federation of River Associations", country="DE")
    organization_create(name="Weser Canoe Club", country="DE", parent=council)
    council.refresh_from_db()
    assert council.is_umbrella is True
    assert AuditEntry.objects.filter(
        action="organization.marked_umbrella", object_id=str(council.pk)
    ).exists()


def test_an_organization_cannot_be_its_own_parent():
    from django.core.exceptions import ValidationError

    club = organization_create(name="Weser Canoe Club", country="DE")
    with pytest.raises(ValidationError):
        organization_update(organization=club, parent=club)


def test_a_confirmed_sign_on_joins_the_existing_record_with_the_same_name(statement):
    existing = organization_create(name="Friends of the Spree e.V.", country="DE")
    signature = make_signature(
        statement,
        kind="organization",
        organization_name="friends of the spree",
        country="DE",
        status="pending",
    )
    signature_confirm(signature=signature)
    signature.refresh_from_db()
    assert signature.organization == existing


def test_a_confirmed_sign_on_of_a_new_organization_creates_its_record(statement):
    signature = make_signature(
        statement,
        kind="organization",
        organization_name="Oder Riverbank Society",
        country="PL",
        city="Wrocław",
        status="pending",
    )
    signature_confirm(signature=signature)
    signature.refresh_from_db()
    assert (signature.organization.name, signature.organization.city) == ("Oder Riverbank Society", "Wrocław")


def test_individuals_get_no_organization_record(statement):
    signature = make_signature(
        statement, kind="individual", organization_name="University of Leipzig", status="pending"
    )
    signature_link_organization(signature=signature)
    assert signature.organization is None
    assert Organization.objects.count() == 0
