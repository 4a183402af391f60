"""Every email to a signer links to their privacy page: what is stored about their signature, a JSON
download of it, and erasure (a confirmation page, then a POST) that takes the line off the list."""

import json
import re

import pytest
from django.core import signing

from tests.factories import make_signature, make_statement
from undersigned.audit.models import AuditEntry
from undersigned.audit.services import log_action
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signature_update
from undersigned.signatures.tokens import make_privacy_token, make_withdraw_token, read_privacy_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def rivers():
    return make_statement(slug="rivers", title="Save the rivers")


def _url(signature, tail=""):
    return f"/s/rivers/privacy/{make_privacy_token(signature)}/{tail}"


def _text(client):
    return b"".join(client.get("/s/rivers/signatories.txt").streaming_content).decode()


def _sign(client, email="ada@example.org"):
    data = {"kind": "individual", "person_name": "Ada Lovelace", "country": "GB", "email": email}
    return client.post("/s/rivers/sign/", {**data, "consent_display": "on"})


def test_the_confirmation_email_links_to_the_privacy_page(client, rivers, run_tasks, mailoutbox):
    _sign(client)
    run_tasks()
    assert re.search(r"http://testserver/s/rivers/privacy/\S+/\n", mailoutbox[0].body)
    assert "/s/rivers/privacy/" in mailoutbox[0].alternatives[0][0]


def test_the_already_signed_notice_links_to_the_privacy_page_too(client, rivers, run_tasks, mailoutbox):
    make_signature(rivers, email="ada@example.org")
    _sign(client)
    run_tasks()
    [notice] = mailoutbox
    assert "/s/rivers/privacy/" in notice.body and "/s/rivers/privacy/" in notice.alternatives[0][0]


def test_the_page_shows_what_is_stored_and_who_sees_it(client, rivers):
    signature = make_signature(rivers, person_name="Ada Lovelace", city="London", email="ada@example.org")
    response = client.get(_url(signature))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ada Lovelace" in page and "London" in page and "ada@example.org" in page
    assert "The public list shows it as:" in page
    assert "Public, on the list" in page and "Private" in page
    assert "coordinators (each for their own countries)" in page
    assert response["Cache-Control"].startswith("max-age=0") and "private" in response["Cache-Control"]


def test_a_tampered_link_shows_nothing(client, rivers):
    signature = make_signature(rivers, person_name="Ada Lovelace")
    token = make_privacy_token(signature)
    forged = signing.dumps({"s": signature.pk}, salt="undersigned.signatures.something-else")
    for bad in (token[:-2] + "xx", forged, make_withdraw_token(signature), "nonsense"):
        response = client.get(f"/s/rivers/privacy/{bad}/")
        assert response.status_code == 400
        assert "Ada Lovelace" not in response.content.decode()
        assert client.get(f"/s/rivers/privacy/{bad}/data.json").status_code == 400


def test_a_link_for_another_statement_shows_nothing(client, rivers):
    other = make_statement(slug="forests")
    signature = make_signature(other, person_name="Ada Lovelace")
    assert client.get(_url(signature)).status_code == 400


def test_the_link_does_not_expire(client, rivers, settings):
    signature = make_signature(rivers)
    token = make_privacy_token(signature)
    settings.UNDERSIGNED_TOKEN_MAX_AGE_DAYS = 0  # confirmation links would all be expired now
    assert client.get(f"/s/rivers/privacy/{token}/").status_code == 200


def test_the_download_holds_the_signers_own_data_and_history(client, rivers, bob):
    signature = make_signature(rivers, person_name="Ada Lovelace", email="ada@example.org", city="London")
    make_signature(rivers, person_name="Grace Hopper", email="grace@example.org")
    signature_update(signature=signature, user=bob, city="Cambridge")
    response = client.get(_url(signature, "data.json"))
    assert response["Content-Disposition"] == 'attachment; filename="rivers-my-signature.json"'
    data = json.loads(response.content)
    assert data["signature"]["person_name"] == "Ada Lovelace"
    assert data["signature"]["email"] == "ada@example.org"
    assert data["signature"]["city"] == "Cambridge"
    assert data["signature"]["listed_as"] == "Ada Lovelace, Cambridge"
    assert [entry["action"] for entry in data["history"]] == ["signature.created", "signature.edited"]
    text = response.content.decode()
    assert "Grace" not in text and "grace@example.org" not in text
    assert "bob" not in text  # the coordinator's account is not the signer's data
    assert "confirmation_nonce" not in text


def test_opening_the_erase_page_changes_nothing(client, rivers):
    signature = make_signature(rivers, person_name="Ada Lovelace")
    response = client.get(_url(signature, "erase/"))
    assert response.status_code == 200
    assert "Erase my data" in response.content.decode()
    assert Signature.objects.filter(pk=signature.pk).exists()


def test_erasing_removes_the_line_and_the_numbers_close_up(client, rivers):
    make_signature(rivers, person_name="First Person")
    middle = make_signature(rivers, person_name="Second Person", email="second@example.org")
    make_signature(rivers, person_name="Third Person")
    response = client.post(_url(middle, "erase/"))
    # Back to the privacy page of the same record (its link carries a timestamp, so compare what it names).
    assert response.status_code == 302
    assert read_privacy_token(response["Location"].rstrip("/").rsplit("/", 1)[-1]) == middle.pk
    assert not Signature.objects.filter(pk=middle.pk).exists()
    assert _text(client).endswith("1. First Person\n2. Third Person\n")
    rivers.refresh_from_db()
    assert rivers.confirmed_count == 2


def test_erasing_keeps_an_anonymous_entry_and_scrubs_earlier_ones(client, rivers):
    signature = make_signature(rivers, person_name="Ada Lovelace", email="ada@example.org", city="London")
    log_action(signature, "signature.edited", data={"city": {"before": "Paris", "after": "London"}})
    log_action(signature, "signature.noted", data={"note": "ada@example.org called", "who": "Ada Lovelace"})
    client.post(_url(signature, "erase/"))
    erased = AuditEntry.objects.get(action="signature.erased")
    assert (erased.object_id, erased.statement_id, erased.data) == (
        str(signature.pk),
        rivers.pk,
        {"from": "confirmed"},
    )
    about = AuditEntry.objects.filter(object_type="signatures.signature", object_id=str(signature.pk))
    stored = json.dumps([entry.data for entry in about])
    for personal in ("Ada", "ada@example.org", "London", "Paris"):
        assert personal not in stored
    assert about.count() == 4  # created, the two above, erased


def test_after_erasing_the_link_says_so_and_erasing_again_is_harmless(client, rivers):
    signature = make_signature(rivers, person_name="Ada Lovelace")
    client.post(_url(signature, "erase/"))
    again = client.post(_url(signature, "erase/"))
    assert again.status_code == 302
    page = client.get(_url(signature))
    assert page.status_code == 200
    assert "Your data was erased" in page.content.decode()
    assert client.get(_url(signature, "data.json")).status_code == 404
    assert AuditEntry.objects.filter(action="signature.erased").count() == 1


def test_a_pending_sign_on_can_be_erased_too(client, rivers):
    signature = make_signature(rivers, status=Signature.Status.PENDING, person_name="Ada Lovelace")
    assert "It is not on the public list" in client.get(_url(signature)).content.decode()
    client.post(_url(signature, "erase/"))
    assert not Signature.objects.filter(pk=signature.pk).exists()


def test_the_withdrawal_page_links_to_the_privacy_page(client, rivers):
    signature = make_signature(rivers)
    response = client.post(f"/s/rivers/withdraw/{make_withdraw_token(signature)}/")
    assert f'href="{_url(signature)}"' in response.content.decode()
