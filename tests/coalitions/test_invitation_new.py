"""A coordinator creates invitation links at /coordinate/s/<slug>/invitations/new/."""

import pytest

from undersigned.audit.models import AuditEntry
from undersigned.coalitions.models import Invitation
from undersigned.organizations.models import Organization
from undersigned.organizations.services import organization_create

pytestmark = pytest.mark.django_db

URL = "/coordinate/s/rivers/invitations/new/"


def _data(**overrides):
    data = {
        "organization_name": "Inn Valley Environmental Forum",
        "country": "AT",
        "city": "Innsbruck",
        "max_uses": "1",
        "valid_days": "14",
    }
    data.update(overrides)
    return data


def test_a_coordinator_invites_a_new_organization(client, bob, bob_coordinates):
    client.force_login(bob)
    response = client.post(URL, _data())
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.organization.name == "Inn Valley Environmental Forum"
    assert invitation.coordinator == bob_coordinates
    assert invitation.max_uses == 1 and invitation.is_usable
    assert AuditEntry.objects.filter(
        action="invitation.created", statement_id=bob_coordinates.statement_id
    ).exists()
    assert f"/s/rivers/join/{invitation.token}/" in client.get("/coordinate/s/rivers/").content.decode()


def test_an_invitation_can_be_emailed_through_the_queue(client, bob, bob_coordinates, run_tasks, mailoutbox):
    client.force_login(bob)
    client.post(URL, _data(email="office@inn-forum.example"))
    assert mailoutbox == []  # nothing is sent during the request
    run_tasks()
    invitation = Invitation.objects.get()
    assert mailoutbox[0].to == ["office@inn-forum.example"]
    assert f"http://testserver/s/rivers/join/{invitation.token}/" in mailoutbox[0].body
    assert mailoutbox[0].reply_to == ["bob@example.org"]


def test_a_near_match_is_offered_instead_of_a_second_record(client, bob, bob_coordinates):
    existing = organization_create(name="Inn Valley Environmental Forum", country="AT")
    client.force_login(bob)
    response = client.post(URL, _data(organization_name="Inn-Valley Environment Forum"))
    assert response.status_code == 400
    html = response.content.decode()
    assert (
        "An organization with a similar name is already registered in this country. "
        "Choose it below, or confirm that this is a different organization."
    ) in html
    assert f'value="{existing.pk}"' in html
    response = client.post(
        URL, _data(organization_name="Inn-Valley Environment Forum", use_organization=str(existing.pk))
    )
    assert response.status_code == 302
    assert Organization.objects.count() == 1
    assert Invitation.objects.get().organization == existing


def test_a_coordinator_can_insist_it_is_a_different_organization(client, bob, bob_coordinates):
    organization_create(name="Inn Valley Environmental Forum", country="AT")
    client.force_login(bob)
    client.post(URL, _data(organization_name="Inn Valley Environmental Forum Youth", use_organization="new"))
    assert Organization.objects.count() == 2


def test_a_coordinator_cannot_invite_outside_their_region(client, bob, bob_coordinates):
    client.force_login(bob)
    response = client.post(URL, _data(country="FR"))
    assert response.status_code == 400
    assert "Select a valid choice. FR is not one of the available choices." in response.content.decode()
    assert not Invitation.objects.exists()


def test_it_requires_a_name(client, bob, bob_coordinates):
    client.force_login(bob)
    response = client.post(URL, _data(organization_name=""))
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()


def test_an_individuals_only_statement_cannot_invite_organizations(client, bob, bob_coordinates, coalition):
    coalition.signers = "individuals"
    coalition.save()
    client.force_login(bob)
    response = client.post(URL, _data())
    assert response.status_code == 400
    assert "This statement is open to individuals only; organizations cannot be invited." in (
        response.content.decode()
    )


def test_the_form_shows(client, bob, bob_coordinates):
    client.force_login(bob)
    assert client.get(URL).status_code == 200


def test_an_outsider_is_refused(client, charlie, coalition):
    client.force_login(charlie)
    assert client.post(URL, _data()).status_code == 403


def test_it_rejects_other_methods(client, bob, bob_coordinates):
    client.force_login(bob)
    assert client.delete(URL).status_code == 405
