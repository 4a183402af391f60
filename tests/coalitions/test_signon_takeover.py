"""A coordinator cannot take over a signer by entering their address at /coordinate/s/<slug>/sign-ons/new/:
signing again never overwrites a stored sign-on, another region's sign-on is refused (and the attempt is in
the owner's audit trail), and a withdrawn one signs afresh only when its owner confirms by email."""

import re

import pytest

from tests.factories import make_signature
from undersigned.audit.models import AuditEntry
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signature_withdraw

pytestmark = pytest.mark.django_db

URL = "/coordinate/s/rivers/sign-ons/new/"

TAKEOVER = {
    "kind": "individual",
    "person_name": "Someone Else",
    "title": "Lobbyist",
    "country": "DE",
    "email": "sanne@example.nl",
    "consent_display": "on",
}

DOCUMENT = {"confirmed_by": "Someone Else", "method": "phone", "confirmed_on": "2024-05-02", "note": ""}

LISTED = ("kind", "person_name", "title", "city", "country", "status", "version_id", "withdrawn_at")


def _snapshot(signature):
    signature.refresh_from_db()
    return {name: getattr(signature, name) for name in LISTED}


@pytest.fixture
def sanne(coalition):
    """A Dutch signer: no coordinator of Germany and Austria may see or touch her sign-on."""
    return make_signature(
        coalition, person_name="Sanne de Vries", title="Ecologist", city="Utrecht", country="NL",
        email="sanne@example.nl",
    )  # fmt: skip


def test_a_withdrawn_signer_of_another_region_cannot_be_taken_over(
    client, bob, bob_coordinates, sanne, run_tasks, mailoutbox
):
    signature_withdraw(signature=sanne)
    before = _snapshot(sanne)
    client.force_login(bob)
    response = client.post(URL, TAKEOVER)
    assert response.status_code == 400
    assert "This address belongs to a sign-on outside your region" in response.content.decode()
    assert _snapshot(sanne) == before
    run_tasks()
    assert mailoutbox == []
    entry = AuditEntry.objects.get(action="signature.sign_on_refused")
    assert (entry.object_id, entry.user, entry.via) == (str(sanne.pk), bob, "coordinator")


@pytest.mark.parametrize("status", ["pending", "confirmed", "rejected"])
def test_neither_can_any_other_sign_on_of_another_region(
    client, bob, bob_coordinates, sanne, status, run_tasks, mailoutbox
):
    Signature.objects.filter(pk=sanne.pk).update(status=status)
    before = _snapshot(sanne)
    client.force_login(bob)
    assert client.post(URL, TAKEOVER).status_code == 400
    assert _snapshot(sanne) == before
    run_tasks()
    assert mailoutbox == []


def test_the_attempt_cannot_end_in_a_documented_confirmation(client, bob, bob_coordinates, sanne, coalition):
    signature_withdraw(signature=sanne)
    client.force_login(bob)
    client.post(URL, TAKEOVER)
    response = client.post(f"/coordinate/s/rivers/sign-ons/{sanne.pk}/confirm/", DOCUMENT)
    assert response.status_code == 404
    sanne.refresh_from_db()
    coalition.refresh_from_db()
    assert (sanne.status, sanne.person_name, coalition.confirmed_count) == ("withdrawn", "Sanne de Vries", 0)


@pytest.fixture
def jonas(coalition):
    signature = make_signature(coalition, person_name="Jonas Weber", country="DE", email="jonas@example.de")
    signature_withdraw(signature=signature)
    return signature


def test_in_their_own_region_a_coordinator_only_proposes_a_fresh_sign_on(client, bob, bob_coordinates, jonas):
    before = _snapshot(jonas)
    client.force_login(bob)
    response = client.post(
        URL, {**TAKEOVER, "person_name": "Jonas Weber-Krause", "email": "jonas@example.de"}, follow=True
    )
    assert "the sign-on is back on the list only when the owner of the address confirms it" in (
        response.content.decode()
    )
    assert _snapshot(jonas) == before
    # No documented confirmation can put the withdrawn signer back on the list.
    client.post(f"/coordinate/s/rivers/sign-ons/{jonas.pk}/confirm/", DOCUMENT)
    assert _snapshot(jonas) == before


def test_the_owner_of_the_address_decides_by_the_emailed_link(
    client, bob, bob_coordinates, jonas, coalition, run_tasks, mailoutbox
):
    client.force_login(bob)
    client.post(
        URL, {**TAKEOVER, "person_name": "Jonas Weber-Krause", "country": "AT", "email": "jonas@example.de"}
    )
    run_tasks()
    [email] = mailoutbox
    assert email.to == ["jonas@example.de"] and "Jonas Weber-Krause" in email.body
    link = re.search(r"http://testserver(/s/rivers/confirm/\S+/)", email.body).group(1)
    client.logout()
    assert "Jonas Weber-Krause" in client.get(link).content.decode()
    assert client.post(link).status_code == 200
    jonas.refresh_from_db()
    assert (jonas.status, jonas.person_name, jonas.country, jonas.withdrawn_at) == (
        "confirmed", "Jonas Weber-Krause", "AT", None,
    )  # fmt: skip
    edited = AuditEntry.objects.get(action="signature.edited", object_id=str(jonas.pk))
    assert edited.via == "email link"
    assert edited.data["changes"]["person_name"] == {"before": "Jonas Weber", "after": "Jonas Weber-Krause"}
    assert edited.data["changes"]["country"] == {"before": "DE", "after": "AT"}
