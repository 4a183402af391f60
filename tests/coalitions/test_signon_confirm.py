"""A coordinator records a documented confirmation (who, how, when), kept in the audit trail."""

import pytest

from tests.factories import make_signature
from undersigned.audit.models import AuditEntry

pytestmark = pytest.mark.django_db

DOCUMENT = {
    "confirmed_by": "Anna Berger, Head",
    "method": "phone",
    "confirmed_on": "2024-05-02",
    "note": "Called the office",
}


@pytest.fixture
def pending(coalition):
    return make_signature(
        coalition,
        kind="organization",
        organization_name="Salzach Fishers' Cooperative",
        country="AT",
        status="pending",
        email="",
    )


def _url(signature):
    return f"/coordinate/s/rivers/sign-ons/{signature.pk}/confirm/"


def test_a_documented_confirmation_confirms_and_is_recorded(client, bob, bob_coordinates, pending, coalition):
    client.force_login(bob)
    assert client.get(_url(pending)).status_code == 200
    response = client.post(_url(pending), DOCUMENT)
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == "confirmed"
    entry = AuditEntry.objects.get(action="signature.confirmed", object_id=str(pending.pk))
    assert entry.user == bob and entry.via == "documented confirmation"
    assert entry.data == {
        "confirmed_by": "Anna Berger, Head",
        "method": "phone",
        "confirmed_on": "2024-05-02",
        "note": "Called the office",
    }
    coalition.refresh_from_db()
    assert coalition.confirmed_count == 1


def test_a_date_in_the_future_is_refused(client, bob, bob_coordinates, pending):
    client.force_login(bob)
    response = client.post(_url(pending), {**DOCUMENT, "confirmed_on": "2999-01-01"})
    assert response.status_code == 400
    assert "The date cannot be in the future." in response.content.decode()


def test_it_requires_who_confirmed(client, bob, bob_coordinates, pending):
    client.force_login(bob)
    response = client.post(_url(pending), {**DOCUMENT, "confirmed_by": ""})
    assert response.status_code == 400
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_another_regions_sign_on_is_not_found(client, dora, dora_coordinates, pending):
    client.force_login(dora)
    assert client.post(_url(pending), DOCUMENT).status_code == 404
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_a_confirmed_sign_on_is_not_confirmed_again(client, bob, bob_coordinates, coalition):
    confirmed = make_signature(coalition, country="DE")
    client.force_login(bob)
    response = client.post(_url(confirmed), DOCUMENT)
    assert response.status_code == 302
    assert not AuditEntry.objects.filter(action="signature.confirmed").exists()


def test_it_rejects_other_methods(client, bob, bob_coordinates, pending):
    client.force_login(bob)
    assert client.put(_url(pending)).status_code == 405
