"""When a new text is published, earlier signers are emailed the changes and asked to reconfirm; until
they do, the list marks them with the version they signed, or hides them, as the statement chooses."""

import re

import pytest

from tests.factories import make_signature, make_statement
from undersigned.audit.models import AuditEntry
from undersigned.signatures.tokens import make_reconfirm_token
from undersigned.statements.services import statement_version_publish

pytestmark = pytest.mark.django_db

NEW_TEXT = "We, the undersigned, call on the city council to **restore** weekend opening hours."


@pytest.fixture
def rivers():
    return make_statement(slug="rivers", title="Save the rivers")


def _text(client):
    return b"".join(client.get("/s/rivers/signatories.txt").streaming_content).decode()


def test_earlier_signers_are_emailed_the_changes_through_the_queue(rivers, run_tasks, mailoutbox):
    make_signature(rivers, person_name="Ada Lovelace", email="ada@example.org")
    make_signature(rivers, person_name="No Address", email="")
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    assert mailoutbox == []
    run_tasks()  # the fan-out task queues one email per signer
    run_tasks()
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert "call on the {+city +}council to restore weekend opening hours." in body
    assert "**" not in body
    assert re.search(r"http://testserver/s/rivers/reconfirm/\S+/", body)
    assert re.search(r"http://testserver/s/rivers/withdraw/\S+/", body)
    html = mailoutbox[0].alternatives[0][0]
    assert (
        'the <ins><span class="visually-hidden">added: </span>city</ins> council to <strong>restore</strong>'
        in html
    )


def test_a_minor_correction_asks_nobody_and_is_recorded(rivers, run_tasks, mailoutbox, alice):
    make_signature(rivers, email="ada@example.org")
    version = statement_version_publish(statement=rivers, text=NEW_TEXT, minor=True, note="Typo", user=alice)
    run_tasks()
    run_tasks()
    assert mailoutbox == []
    assert version.minor is True
    entry = AuditEntry.objects.get(action="statement.version_published")
    assert (entry.user, entry.data["minor"], entry.data["reconfirmation"]) == (alice, True, False)


def test_until_they_reconfirm_signers_are_listed_under_the_earlier_version(client, rivers):
    make_signature(rivers, person_name="Ada Lovelace")
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    assert _text(client).endswith("1. Ada Lovelace (signed version 1)\n")


def test_after_a_minor_correction_they_are_not_marked(client, rivers):
    make_signature(rivers, person_name="Ada Lovelace")
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=True)
    assert _text(client).endswith("1. Ada Lovelace\n")


def test_the_owner_can_hide_them_until_they_reconfirm(client, rivers):
    rivers.earlier_versions = "hide"
    rivers.save()
    make_signature(rivers, person_name="Ada Lovelace")
    make_signature(rivers, person_name="Grace Hopper")
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    assert "Ada Lovelace" not in _text(client)
    rivers.refresh_from_db()
    assert rivers.confirmed_count == 0


def test_the_link_shows_the_changes_and_reconfirming_restores_the_signer(client, rivers):
    rivers.earlier_versions = "hide"
    rivers.save()
    ada = make_signature(rivers, person_name="Ada Lovelace")
    version = statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    url = f"/s/rivers/reconfirm/{make_reconfirm_token(ada, version.number)}/"
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert (
        'the <ins><span class="visually-hidden">added: </span>city</ins> council to <strong>restore</strong>'
        in page
    )
    ada.refresh_from_db()
    assert ada.version.number == 1  # GET changed nothing
    response = client.post(url)
    assert "Your signature now stands for version 2 of the text." in response.content.decode()
    ada.refresh_from_db()
    assert ada.version.number == 2 and ada.reconfirmed_at is not None
    assert _text(client).endswith("1. Ada Lovelace\n")
    entry = AuditEntry.objects.get(action="signature.reconfirmed")
    assert entry.data == {"from_version": 1, "to_version": 2}


def test_a_second_visit_says_there_is_nothing_to_do(client, rivers):
    ada = make_signature(rivers)
    version = statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    url = f"/s/rivers/reconfirm/{make_reconfirm_token(ada, version.number)}/"
    client.post(url)
    response = client.post(url)
    assert response.status_code == 200
    assert "Your signature already stands for the current text." in response.content.decode()


def test_a_request_about_a_superseded_text_is_refused(client, rivers):
    ada = make_signature(rivers)
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    statement_version_publish(statement=rivers, text=NEW_TEXT + " Now.", minor=False)
    response = client.post(f"/s/rivers/reconfirm/{make_reconfirm_token(ada, 2)}/")
    assert response.status_code == 400
    assert "The text has changed again since this email." in response.content.decode()


def test_a_never_confirmed_sign_on_pressing_the_reconfirm_button_stays_off_the_list(client, rivers):
    ada = make_signature(rivers, person_name="Ada Lovelace", status="pending")
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    response = client.post(f"/s/rivers/reconfirm/{make_reconfirm_token(ada, 2)}/")
    assert response.status_code == 400
    assert (
        "This sign-on was never confirmed, so there is nothing to reconfirm and nothing was published."
        in response.content.decode()
    )
    ada.refresh_from_db()
    assert ada.status == "pending"
    assert "Ada Lovelace" not in _text(client)


def test_only_confirmed_signers_are_asked_to_reconfirm_and_pending_ones_get_the_new_text_to_confirm(
    rivers, run_tasks, mailoutbox
):
    make_signature(rivers, email="ada@example.org")
    grace = make_signature(rivers, email="grace@example.org", status="pending")
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    run_tasks()
    run_tasks()
    subjects = {m.to[0]: m.subject for m in mailoutbox}
    assert subjects == {
        "ada@example.org": "The text has changed: please reconfirm your signature on Save the rivers",
        "grace@example.org": "Please confirm your signature: Save the rivers",
    }
    to_grace = next(m for m in mailoutbox if m.to == ["grace@example.org"])
    assert "Version 2 is now published; please read it before you confirm:" in to_grace.body
    assert "call on the city council to restore weekend opening hours." in to_grace.body
    assert "<strong>restore</strong>" in to_grace.alternatives[0][0]
    grace.refresh_from_db()
    assert grace.version.number == 2  # confirming now endorses the text the email showed


def test_the_fresh_confirmation_link_confirms_the_new_text_and_the_old_link_no_longer_works(
    client, rivers, run_tasks, mailoutbox
):
    from undersigned.signatures.tokens import make_token

    grace = make_signature(
        rivers,
        person_name="Grace Hopper",
        email="grace@example.org",
        status="pending",
        confirmation_nonce="n1",
    )
    old_link = f"/s/rivers/confirm/{make_token(grace)}/"
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    run_tasks()
    run_tasks()
    assert client.post(old_link).status_code == 400
    new_link = re.search(r"http://testserver(/s/rivers/confirm/\S+/)", mailoutbox[0].body).group(1)
    client.post(new_link)
    grace.refresh_from_db()
    assert (grace.status, grace.version.number) == ("confirmed", 2)
    assert _text(client).endswith("1. Grace Hopper\n")
