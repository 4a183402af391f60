"""Every confirmation email carries a withdrawal link: GET shows a button, POST withdraws, the list
closes up, and the email address is removed after the retention period."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.factories import make_signature, make_statement
from undersigned.audit.models import AuditEntry
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signature_withdraw, signatures_scrub_withdrawn
from undersigned.signatures.tokens import make_withdraw_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def rivers():
    return make_statement(slug="rivers")


def _url(signature):
    return f"/s/rivers/withdraw/{make_withdraw_token(signature)}/"


def _text(client):
    return b"".join(client.get("/s/rivers/signatories.txt").streaming_content).decode()


def test_the_confirmation_email_carries_a_withdrawal_link(client, rivers, run_tasks, mailoutbox):
    client.post(
        "/s/rivers/sign/",
        {
            "kind": "individual",
            "person_name": "Ada Lovelace",
            "country": "GB",
            "email": "ada@example.org",
            "consent_display": "on",
        },
    )
    run_tasks()
    assert re.search(r"http://testserver/s/rivers/withdraw/\S+/", mailoutbox[0].body)
    assert "/s/rivers/withdraw/" in mailoutbox[0].alternatives[0][0]


def test_opening_the_link_changes_nothing(client, rivers):
    signature = make_signature(rivers, person_name="Ada Lovelace")
    response = client.get(_url(signature))
    assert response.status_code == 200
    assert "Withdraw my signature" in response.content.decode()
    signature.refresh_from_db()
    assert signature.status == "confirmed"


def test_withdrawing_takes_the_signature_off_and_the_numbering_closes_up(client, rivers):
    make_signature(rivers, person_name="First Person")
    middle = make_signature(rivers, person_name="Second Person")
    make_signature(rivers, person_name="Third Person")
    response = client.post(_url(middle))
    assert response.status_code == 200
    assert "Signature withdrawn" in response.content.decode()
    middle.refresh_from_db()
    assert middle.status == "withdrawn" and middle.withdrawn_at is not None
    assert _text(client).endswith("1. First Person\n2. Third Person\n")
    rivers.refresh_from_db()
    assert rivers.confirmed_count == 2
    assert AuditEntry.objects.get(action="signature.withdrawn").data == {"from": "confirmed"}


def test_a_second_withdrawal_says_it_is_already_done(client, rivers):
    signature = make_signature(rivers)
    client.post(_url(signature))
    response = client.post(_url(signature))
    assert response.status_code == 200
    assert "This signature has already been withdrawn." in response.content.decode()
    assert AuditEntry.objects.filter(action="signature.withdrawn").count() == 1


def test_a_pending_signature_can_be_withdrawn(client, rivers):
    signature = make_signature(rivers, status="pending")
    client.post(_url(signature))
    signature.refresh_from_db()
    assert signature.status == "withdrawn"


def test_a_rejected_signature_cannot_be_withdrawn(client, rivers):
    signature = make_signature(rivers, status="rejected")
    response = client.post(_url(signature))
    assert response.status_code == 400
    assert "This signature is not on the list and cannot be withdrawn." in response.content.decode()


def test_a_forged_link_is_refused(client, rivers):
    response = client.post("/s/rivers/withdraw/1:forged/")
    assert response.status_code == 400
    assert "This withdrawal link is not valid." in response.content.decode()


def test_a_link_for_another_statement_is_refused(client, rivers):
    other = make_statement(slug="other")
    signature = make_signature(other)
    assert client.post(f"/s/rivers/withdraw/{make_withdraw_token(signature)}/").status_code == 400
    signature.refresh_from_db()
    assert signature.status == "confirmed"


def test_it_rejects_other_methods(client, rivers):
    signature = make_signature(rivers)
    assert client.put(_url(signature)).status_code == 405


def test_the_confirmed_page_offers_withdrawal(client, rivers):
    from undersigned.signatures.tokens import make_token

    signature = make_signature(rivers, status="pending", confirmation_nonce="n1")
    response = client.post(f"/s/rivers/confirm/{make_token(signature)}/")
    assert "Withdraw this signature" in response.content.decode()


def test_signing_again_after_withdrawing_waits_for_the_emailed_link(client, rivers, run_tasks, mailoutbox):
    signature = make_signature(rivers, email="ada@example.org", person_name="Ada Lovelace")
    signature_withdraw(signature=signature)
    client.post(
        "/s/rivers/sign/",
        {
            "kind": "individual",
            "person_name": "Ada Lovelace",
            "country": "GB",
            "email": "ada@example.org",
            "consent_display": "on",
        },
    )
    signature.refresh_from_db()
    assert signature.status == "withdrawn"
    run_tasks()
    link = re.search(r"http://testserver(/s/rivers/confirm/\S+/)", mailoutbox[0].body).group(1)
    client.post(link)
    signature.refresh_from_db()
    assert (signature.status, signature.withdrawn_at) == ("confirmed", None)


def test_a_proposal_lapses_when_the_address_is_scrubbed(client, rivers, settings):
    settings.UNDERSIGNED_WITHDRAWN_RETENTION_DAYS = 30
    signature = make_signature(rivers, email="ada@example.org", person_name="Ada Lovelace")
    signature_withdraw(signature=signature)
    client.post(
        "/s/rivers/sign/",
        {"kind": "individual", "person_name": "Ada L.", "email": "ada@example.org", "consent_display": "on"},
    )
    Signature.objects.filter(pk=signature.pk).update(withdrawn_at=timezone.now() - timedelta(days=31))
    signatures_scrub_withdrawn()
    signature.refresh_from_db()
    assert (signature.email, signature.proposal, signature.confirmation_nonce) == ("", None, "")


def test_the_email_is_scrubbed_after_the_retention_period(rivers, settings):
    settings.UNDERSIGNED_WITHDRAWN_RETENTION_DAYS = 30
    old = make_signature(rivers, email="old@example.org")
    recent = make_signature(rivers, email="recent@example.org")
    signature_withdraw(signature=old)
    signature_withdraw(signature=recent)
    Signature.objects.filter(pk=old.pk).update(withdrawn_at=timezone.now() - timedelta(days=31))
    assert signatures_scrub_withdrawn() == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.email, recent.email) == ("", "recent@example.org")
    assert old.person_name  # the record stays for the audit trail
    assert AuditEntry.objects.filter(action="signature.email_scrubbed", object_id=str(old.pk)).exists()


def test_the_scrub_command_reports_what_it_did(rivers, capsys):
    signature = make_signature(rivers)
    signature_withdraw(signature=signature)
    Signature.objects.filter(pk=signature.pk).update(withdrawn_at=timezone.now() - timedelta(days=400))
    call_command("scrub_withdrawn")
    assert "Scrubbed 1 withdrawn signature(s)" in capsys.readouterr().out


def test_the_daily_housekeeping_scrubs_the_address_once_the_retention_period_is_over(rivers, settings):
    from undersigned.common.housekeeping import run_housekeeping

    settings.UNDERSIGNED_WITHDRAWN_RETENTION_DAYS = 45
    signature = make_signature(rivers, email="ada@example.org")
    signature_withdraw(signature=signature)
    run_housekeeping(now=timezone.now() + timedelta(days=44))
    signature.refresh_from_db()
    assert signature.email == "ada@example.org"
    run_housekeeping(now=timezone.now() + timedelta(days=46))
    signature.refresh_from_db()
    assert signature.email == ""
