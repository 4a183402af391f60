"""The invited organization's representative signs at /s/<slug>/join/<token>/ and confirms by email."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from undersigned.coalitions.models import Invitation
from undersigned.organizations.services import organization_create
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(coalition, bob_coordinates):
    organization = organization_create(name="Inn Valley Environmental Forum", country="AT", city="Innsbruck")
    return Invitation.objects.create(
        statement=coalition,
        organization=organization,
        coordinator=bob_coordinates,
        max_uses=1,
        expires_at=timezone.now() + timedelta(days=30),
    )


def _url(invitation):
    return f"/s/rivers/join/{invitation.token}/"


SIGN = {
    "representative_name": "Lukas Gruber",
    "title": "Secretary",
    "email": "lukas@inn.example",
    "consent_display": "on",
}


def test_the_page_names_the_invited_organization(client, invitation):
    response = client.get(_url(invitation))
    assert response.status_code == 200
    assert "Sign for Inn Valley Environmental Forum" in response.content.decode()


def test_the_representative_signs_and_confirms_by_email(client, invitation, run_tasks, mailoutbox):
    response = client.post(_url(invitation), SIGN)
    assert response.status_code == 302
    assert response["Location"] == "/s/rivers/check-email/"
    signature = Signature.objects.get()
    assert (signature.kind, signature.status, signature.source) == ("organization", "pending", "invitation")
    assert signature.organization == invitation.organization
    assert signature.invitation == invitation
    assert signature.display_line() == "Inn Valley Environmental Forum, Innsbruck – Lukas Gruber, Secretary"
    run_tasks()
    link = re.search(r"http://testserver(/s/rivers/confirm/\S+/)", mailoutbox[0].body).group(1)
    client.post(link)
    signature.refresh_from_db()
    assert signature.status == "confirmed"
    assert signature.organization == invitation.organization


def test_a_single_use_link_cannot_be_used_twice(client, invitation):
    client.post(_url(invitation), SIGN)
    response = client.post(_url(invitation), {**SIGN, "email": "someone-else@inn.example"})
    assert response.status_code == 410
    assert "This invitation link has already been used." in response.content.decode()
    assert Signature.objects.count() == 1


def test_signing_again_with_the_same_address_gives_the_use_back(client, invitation):
    invitation.max_uses = 2
    invitation.save()
    client.post(_url(invitation), SIGN)
    client.post(_url(invitation), SIGN)
    invitation.refresh_from_db()
    assert invitation.uses == 1


def test_an_expired_link_is_refused(client, invitation):
    invitation.expires_at = timezone.now() - timedelta(minutes=1)
    invitation.save()
    response = client.get(_url(invitation))
    assert response.status_code == 410
    assert "This invitation link has expired." in response.content.decode()


def test_a_revoked_link_is_refused(client, invitation):
    invitation.revoked_at = timezone.now()
    invitation.save()
    assert client.post(_url(invitation), SIGN).status_code == 410
    assert not Signature.objects.exists()


def test_a_made_up_link_is_not_found(client, coalition):
    assert client.get("/s/rivers/join/made-up/").status_code == 404


def test_a_closed_statement_refuses_the_invitation(client, invitation, coalition):
    coalition.status = "closed"
    coalition.save()
    response = client.post(_url(invitation), SIGN)
    assert response.status_code == 410
    assert "This statement is no longer accepting signatures." in response.content.decode()


def test_it_shows_errors_next_to_the_fields(client, invitation):
    response = client.post(_url(invitation), {**SIGN, "representative_name": "", "email": "nope"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html and "Enter a valid email address." in html
    invitation.refresh_from_db()
    assert invitation.uses == 0


def test_it_rejects_other_methods(client, invitation):
    assert client.put(_url(invitation)).status_code == 405
