"""The owner reads everything that happened at /manage/s/<slug>/audit/."""

import pytest

from undersigned.organizations.services import organization_create, organization_update

pytestmark = pytest.mark.django_db

URL = "/manage/s/rivers/audit/"


def test_the_owner_sees_coordinators_sign_ons_and_organizations(client, alice, bob, bob_coordinates):
    client.force_login(bob)
    client.post(
        "/coordinate/s/rivers/sign-ons/new/",
        {
            "kind": "organization",
            "organization_name": "Weser Canoe Club",
            "representative_name": "Anke Vogel",
            "country": "DE",
            "consent_display": "on",
        },
    )
    from undersigned.organizations.models import Organization

    organization_update(organization=Organization.objects.get(), city="Bremen", user=alice)
    organization_create(name="Unrelated Society", country="DE")
    client.force_login(alice)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "signature.created" in html
    assert "organization.created" in html and "organization.edited" in html
    assert "Weser Canoe Club" in html
    assert "Unrelated Society" not in html


def test_a_coordinator_cannot_read_the_audit_trail(client, bob, bob_coordinates):
    client.force_login(bob)
    assert client.get(URL).status_code == 403


def test_it_rejects_post(client, alice, coalition):
    client.force_login(alice)
    assert client.post(URL).status_code == 405
