"""/manage/s/<slug>/recipients/: addressees and media, per statement or reusable across statements."""

import pytest

from tests.delivery.factories import make_recipient
from tests.factories import make_statement
from undersigned.audit.models import AuditEntry
from undersigned.delivery.models import Recipient

pytestmark = pytest.mark.django_db

ADDRESSEE = {"kind": "addressee", "name": "Eva Schmidt", "office": "Federal Ministry for the Environment",
             "email": " Minister@Example.GOV ", "greeting": "Dear Minister Schmidt,"}  # fmt: skip


@pytest.fixture
def statement(alice):
    return make_statement(slug="clean-rivers", user=alice)


def test_the_owner_adds_an_addressee_with_a_greeting(client, alice, statement):
    client.force_login(alice)
    response = client.post("/manage/s/clean-rivers/recipients/", ADDRESSEE)
    assert response.status_code == 302
    recipient = Recipient.objects.get()
    assert recipient.email == "minister@example.gov"
    assert recipient.statement == statement
    assert recipient.salutation() == "Dear Minister Schmidt,"
    assert AuditEntry.objects.filter(action="delivery.recipient_added", statement_id=statement.pk).exists()
    page = client.get("/manage/s/clean-rivers/recipients/").content.decode()
    assert "Federal Ministry for the Environment" in page


def test_a_journalist_without_a_greeting_is_greeted_by_name(client, alice, statement):
    client.force_login(alice)
    client.post("/manage/s/clean-rivers/recipients/", {"kind": "media", "name": "Tom Reporter", "outlet": "Rhine Herald",
                                                       "beat": "environment", "email": "tom@herald.example"})  # fmt: skip
    assert Recipient.objects.get().salutation() == "Dear Tom Reporter,"


def test_a_reusable_recipient_appears_on_the_owners_other_statements(client, alice, statement):
    client.force_login(alice)
    client.post("/manage/s/clean-rivers/recipients/", {**ADDRESSEE, "reusable": "on"})
    make_statement(slug="second-letter", user=alice)
    assert "Eva Schmidt" in client.get("/manage/s/second-letter/recipients/").content.decode()


def test_the_same_address_twice_is_refused_next_to_the_field(client, alice, statement):
    make_recipient(alice, statement, email="minister@example.gov")
    client.force_login(alice)
    response = client.post("/manage/s/clean-rivers/recipients/", ADDRESSEE)
    assert response.status_code == 400
    errors = response.content.decode().split('id="id_email_errors"', 1)[1].split("</ul>", 1)[0]
    assert "This address is already on the list." in errors


def test_bad_input_gets_a_message_next_to_the_field(client, alice, statement):
    client.force_login(alice)
    response = client.post("/manage/s/clean-rivers/recipients/", {**ADDRESSEE, "email": "not-an-address"})
    assert response.status_code == 400
    assert "Enter a valid email address." in response.content.decode().split('id="id_email_errors"', 1)[1]
    assert Recipient.objects.count() == 0


def test_the_owner_removes_a_recipient(client, alice, statement):
    recipient = make_recipient(alice, statement)
    client.force_login(alice)
    assert client.post(f"/manage/s/clean-rivers/recipients/{recipient.pk}/remove/").status_code == 302
    assert Recipient.objects.count() == 0
    assert AuditEntry.objects.filter(action="delivery.recipient_removed").exists()


def test_removing_needs_post(client, alice, statement):
    recipient = make_recipient(alice, statement)
    client.force_login(alice)
    assert client.get(f"/manage/s/clean-rivers/recipients/{recipient.pk}/remove/").status_code == 405


def test_an_outsider_cannot_see_or_change_recipients(client, alice, charlie, statement):
    recipient = make_recipient(alice, statement)
    client.force_login(charlie)
    assert client.get("/manage/s/clean-rivers/recipients/").status_code == 403
    assert client.post("/manage/s/clean-rivers/recipients/", ADDRESSEE).status_code == 403
    assert client.post(f"/manage/s/clean-rivers/recipients/{recipient.pk}/remove/").status_code == 403
    assert Recipient.objects.count() == 1


def test_an_anonymous_visitor_is_sent_to_log_in(client, statement):
    response = client.get("/manage/s/clean-rivers/recipients/")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/manage/s/clean-rivers/recipients/"
