"""/s/<slug>/confirm/<token>/: a GET shows one button, the POST confirms, tokens expire and work once."""

import re

import pytest
from django.test import override_settings

from tests.factories import make_statement
from undersigned.signatures.models import Signature
from undersigned.signatures.services import signature_create
from undersigned.signatures.tokens import make_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(statement):
    return signature_create(
        statement=statement,
        email="ada@example.org",
        kind="individual",
        person_name="Ada Lovelace",
        country="GB",
    ).signature


def url(signature, token=None):
    return f"/s/{signature.statement.slug}/confirm/{token or make_token(signature)}/"


def test_opening_the_link_shows_a_button_and_changes_nothing(client, pending):
    response = client.get(url(pending))
    assert response.status_code == 200
    assert "Confirm my signature" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_pressing_the_button_confirms_and_counts_the_signature(client, pending):
    response = client.post(url(pending))
    assert response.status_code == 200
    assert "Signature confirmed" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "confirmed"
    assert pending.confirmed_at is not None
    pending.statement.refresh_from_db()
    assert pending.statement.confirmed_count == 1


def test_the_link_from_the_email_confirms(client, pending, mailoutbox, run_tasks):
    run_tasks()
    link = re.search(r"http://testserver(/s/\S+/confirm/\S+/)", mailoutbox[0].body).group(1)
    client.post(link)
    pending.refresh_from_db()
    assert pending.status == "confirmed"


def test_a_link_works_only_once(client, pending):
    link = url(pending)
    client.post(link)
    # Even if the signature went back to pending, the spent link stays spent.
    Signature.objects.filter(pk=pending.pk).update(status=Signature.Status.PENDING)
    response = client.post(link)
    assert response.status_code == 400
    assert "already been used" in response.content.decode()


def test_a_confirmed_signature_says_so_when_the_link_is_opened_again(client, pending):
    link = url(pending)
    client.post(link)
    response = client.get(link)
    assert "already confirmed" in response.content.decode()


def test_an_expired_link_is_refused_with_a_message(client, pending):
    link = url(pending)
    with override_settings(UNDERSIGNED_TOKEN_MAX_AGE_DAYS=-1):
        response = client.post(link)
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_a_tampered_link_is_refused(client, pending):
    token = make_token(pending)
    response = client.post(url(pending, token[:-2] + ("AA" if not token.endswith("AA") else "BB")))
    assert response.status_code == 400
    assert "not valid" in response.content.decode()


def test_a_link_for_another_statement_is_refused(client, pending):
    other = make_statement()
    response = client.post(f"/s/{other.slug}/confirm/{make_token(pending)}/")
    assert response.status_code == 400
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_it_logs_the_confirmation(client, pending):
    from undersigned.audit.models import AuditEntry

    client.post(url(pending))
    entry = AuditEntry.objects.filter(action="signature.confirmed").get()
    assert entry.object_id == str(pending.pk)
    assert entry.via == "email link"


def test_it_rejects_put(client, pending):
    assert client.put(url(pending)).status_code == 405


def test_linking_an_organization_sign_on_to_its_shared_record_is_in_the_audit_trail(client, statement):
    from undersigned.audit.models import AuditEntry

    signature = signature_create(
        statement=statement, email="office@weser.example", kind="organization",
        organization_name="Weser Canoe Club", representative_name="Anke Vogel", country="DE",
    ).signature  # fmt: skip
    client.post(url(signature))
    entry = AuditEntry.objects.get(action="signature.organization_linked", object_id=str(signature.pk))
    assert entry.data == {"changes": {"organization": {"before": None, "after": "Weser Canoe Club (DE)"}}}
