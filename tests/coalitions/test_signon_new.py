"""A coordinator enters sign-ons collected offline at /coordinate/s/<slug>/sign-ons/new/."""

import pytest

from undersigned.organizations.models import Organization
from undersigned.organizations.services import organization_create
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

URL = "/coordinate/s/rivers/sign-ons/new/"

ORG = {
    "kind": "organization",
    "organization_name": "Salzach Fishers' Cooperative",
    "representative_name": "Anna Berger",
    "title": "Head",
    "city": "Salzburg",
    "country": "AT",
    "consent_display": "on",
}


def test_an_offline_sign_on_stays_pending_and_gets_an_organization_record(client, bob, bob_coordinates):
    client.force_login(bob)
    response = client.post(URL, ORG)
    assert response.status_code == 302
    signature = Signature.objects.get()
    assert (signature.status, signature.source) == ("pending", "coordinator")
    assert signature.organization.name == "Salzach Fishers' Cooperative"
    assert signature.email == ""


def test_with_an_address_the_signer_receives_a_confirmation_link(
    client, bob, bob_coordinates, run_tasks, mailoutbox
):
    client.force_login(bob)
    client.post(URL, {**ORG, "email": "anna@salzach.example"})
    run_tasks()
    assert mailoutbox[0].to == ["anna@salzach.example"]
    assert "/s/rivers/confirm/" in mailoutbox[0].body


def test_an_individual_can_be_entered(client, bob, bob_coordinates):
    client.force_login(bob)
    client.post(
        URL,
        {
            "kind": "individual",
            "person_name": "Eva Steiner",
            "title": "Teacher",
            "country": "AT",
            "consent_display": "on",
        },
    )
    signature = Signature.objects.get()
    assert (signature.display_line(), signature.organization) == ("Eva Steiner, Teacher", None)


def test_a_near_match_of_an_existing_organization_is_offered(client, bob, bob_coordinates):
    existing = organization_create(name="Salzach Fishers Cooperative", country="AT")
    client.force_login(bob)
    response = client.post(URL, ORG)
    assert response.status_code == 400
    assert "An organization with a similar name is already registered in this country." in (
        response.content.decode()
    )
    client.post(URL, {**ORG, "use_organization": str(existing.pk)})
    assert Signature.objects.get().organization == existing
    assert Organization.objects.count() == 1


def test_a_coordinator_cannot_enter_sign_ons_for_another_region(client, bob, bob_coordinates):
    client.force_login(bob)
    response = client.post(URL, {**ORG, "country": "FR"})
    assert response.status_code == 400
    assert not Signature.objects.exists()


def test_it_names_what_is_missing(client, bob, bob_coordinates):
    client.force_login(bob)
    response = client.post(URL, {**ORG, "representative_name": ""})
    assert response.status_code == 400
    assert "Please give the name of the person signing." in response.content.decode()


def test_an_outsider_is_refused(client, charlie, coalition):
    client.force_login(charlie)
    assert client.post(URL, ORG).status_code == 403


def test_it_rejects_other_methods(client, bob, bob_coordinates):
    client.force_login(bob)
    assert client.patch(URL).status_code == 405
