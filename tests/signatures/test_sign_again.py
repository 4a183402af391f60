"""Signing again with an address that signed before never overwrites what is stored: a withdrawn sign-on
signs afresh only when the address's owner confirms from the email, which shows what would be listed."""

import re

import pytest

from tests.factories import make_signature, make_statement
from undersigned.audit.models import AuditEntry
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signature_confirm, signature_withdraw

pytestmark = pytest.mark.django_db

ANYONE = {
    "kind": "individual",
    "person_name": "Mallory Impostor",
    "title": "Spokesperson",
    "country": "FR",
    "email": "ada@example.org",
    "consent_display": "on",
}


@pytest.fixture
def rivers():
    return make_statement(slug="rivers")


@pytest.fixture
def ada(rivers):
    signature = make_signature(rivers, email="ada@example.org", person_name="Ada Lovelace", country="GB")
    signature_withdraw(signature=signature)
    return signature


def _link(email):
    return re.search(r"http://testserver(/s/rivers/confirm/\S+/)", email.body).group(1)


def test_signing_again_changes_nothing_until_the_owner_confirms(client, rivers, ada, run_tasks, mailoutbox):
    client.post("/s/rivers/sign/", ANYONE)
    ada.refresh_from_db()
    assert (ada.status, ada.person_name, ada.country, ada.kind) == (
        "withdrawn",
        "Ada Lovelace",
        "GB",
        "individual",
    )
    run_tasks()
    [email] = mailoutbox
    assert email.to == ["ada@example.org"]
    assert "Mallory Impostor, Spokesperson" in email.body
    assert "If you did not sign, ignore this email: nothing will be published." in email.body


def test_the_emailed_link_applies_what_was_signed_and_logs_each_change(
    client, rivers, ada, run_tasks, mailoutbox
):
    client.post("/s/rivers/sign/", {**ANYONE, "person_name": "Ada King", "title": "Countess"})
    run_tasks()
    response = client.post(_link(mailoutbox[0]))
    assert "Ada King, Countess" in response.content.decode()
    ada.refresh_from_db()
    assert (ada.status, ada.person_name, ada.title, ada.country) == (
        "confirmed",
        "Ada King",
        "Countess",
        "FR",
    )
    assert ada.proposal is None
    edited = AuditEntry.objects.get(action="signature.edited", object_id=str(ada.pk))
    assert edited.data["changes"] == {
        "person_name": {"before": "Ada Lovelace", "after": "Ada King"},
        "title": {"before": "", "after": "Countess"},
        "country": {"before": "GB", "after": "FR"},
        # The text they read this time (the original): stored before this field existed as blank.
        "language": {"before": "", "after": "en"},
    }
    rivers.refresh_from_db()
    assert rivers.confirmed_count == 1


def test_a_later_sign_on_replaces_the_proposal_and_the_earlier_link_stops_working(
    client, rivers, ada, run_tasks, mailoutbox
):
    client.post("/s/rivers/sign/", ANYONE)
    run_tasks()
    client.post("/s/rivers/sign/", {**ANYONE, "person_name": "Ada Lovelace", "country": "GB"})
    run_tasks()
    first, second = mailoutbox
    assert client.post(_link(first)).status_code == 400
    ada.refresh_from_db()
    assert (ada.status, ada.person_name) == ("withdrawn", "Ada Lovelace")
    client.post(_link(second))
    ada.refresh_from_db()
    assert (ada.status, ada.person_name, ada.country) == ("confirmed", "Ada Lovelace", "GB")


def test_no_one_but_the_owner_can_confirm_a_withdrawn_sign_on_signed_again(client, rivers, ada):
    from django.core.exceptions import ValidationError

    client.post("/s/rivers/sign/", ANYONE)
    ada.refresh_from_db()
    with pytest.raises(ValidationError):
        signature_confirm(signature=ada, via="documented confirmation")
    ada.refresh_from_db()
    assert (ada.status, ada.person_name) == ("withdrawn", "Ada Lovelace")


def test_signing_again_while_pending_keeps_the_first_sign_on(client, rivers, run_tasks, mailoutbox):
    pending = make_signature(rivers, status="pending", email="ada@example.org", person_name="Ada Lovelace")
    client.post("/s/rivers/sign/", ANYONE)
    pending.refresh_from_db()
    assert (pending.status, pending.person_name) == ("pending", "Ada Lovelace")
    assert Signature.objects.count() == 1
