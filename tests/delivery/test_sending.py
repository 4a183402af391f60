"""Preview, then send: one email per recipient through the worker and a real SMTP server, a delivery
log per recipient, retries with back-off, and no second send of the same version unless asked."""

import re
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from tests.delivery.factories import make_mailing, make_recipient
from tests.factories import make_signature, make_statement
from tests.press.factories import make_release
from undersigned.audit.models import AuditEntry
from undersigned.delivery.models import Delivery, Mailing
from undersigned.statements.services import statement_version_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(alice):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", user=alice)
    make_signature(
        statement, kind="organization", organization_name="Union of River Communities", country="AT"
    )
    return statement


@pytest.fixture
def two_recipients(alice, statement):
    return [
        make_recipient(alice, statement, greeting="Dear Minister Schmidt,"),
        make_recipient(
            alice,
            statement,
            kind="media",
            name="Tom Reporter",
            email="tom@herald.example",
            outlet="Rhine Herald",
            beat="environment",
        ),
    ]


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")


def send(client, mailing):
    return client.post(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/send/")


def test_creating_a_mailing_shows_a_preview_and_sends_nothing(
    client, alice, statement, two_recipients, mailoutbox
):
    client.force_login(alice)
    response = client.post("/manage/s/clean-rivers/deliveries/", {
        "recipients": [r.pk for r in two_recipients], "subject": "Joint statement: Clean rivers",
        "message": "We ask for a meeting.", "content": "pdf",
    })  # fmt: skip
    mailing = Mailing.objects.get()
    assert response["Location"] == f"/manage/s/clean-rivers/deliveries/{mailing.pk}/"
    html = client.get(response["Location"]).content.decode()
    assert "Dear Minister Schmidt," in html
    assert "Dear Tom Reporter," in html
    assert "We ask for a meeting." in html
    assert "Send to 2 recipients" in html
    assert Delivery.objects.count() == 0
    assert mailoutbox == []


def test_sending_delivers_one_personalised_email_per_recipient_with_the_pdf(
    client, alice, statement, two_recipients, smtp_server, run_tasks
):
    make_release(statement)
    mailing = make_mailing(statement, two_recipients, message="We ask for a meeting.", include_release=True)
    client.force_login(alice)
    assert send(client, mailing).status_code == 302
    assert set(Delivery.objects.values_list("status", flat=True)) == {"queued"}
    assert smtp_server.messages == []  # nothing leaves inside the request
    run_tasks()
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
    [minister] = smtp_server.to("minister@example.gov")
    [journalist] = smtp_server.to("tom@herald.example")
    assert minister["Subject"] == "Joint statement: Clean rivers"
    assert minister["Reply-To"] == "press@example.org"
    body = text_of(minister)
    assert body.startswith("Dear Minister Schmidt,\n\nWe ask for a meeting.")
    assert "call on the council to restore weekend opening hours" in body
    assert "FOR IMMEDIATE RELEASE" in body
    assert text_of(journalist).startswith("Dear Tom Reporter,")
    [attachment] = list(minister.iter_attachments())
    assert attachment.get_filename() == "clean-rivers.pdf"
    assert attachment.get_content().startswith(b"%PDF-")
    log = client.get(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/").content.decode()
    assert "2 sent, 0 failed, 0 queued, 0 skipped." in log
    actions = set(AuditEntry.objects.filter(statement_id=statement.pk).values_list("action", flat=True))
    assert {"delivery.mailing_created", "delivery.mailing_sent", "delivery.sent"} <= actions


def test_a_link_instead_of_the_pdf_attaches_nothing(
    alice, statement, two_recipients, smtp_server, run_tasks, client
):
    mailing = make_mailing(statement, two_recipients[:1], content="link")
    client.force_login(alice)
    send(client, mailing)
    run_tasks()
    [message] = smtp_server.to("minister@example.gov")
    assert list(message.iter_attachments()) == []
    assert "http://testserver/s/clean-rivers/export.pdf" in text_of(message)


def test_a_refused_recipient_is_logged_with_the_reason_and_can_be_retried(
    client, alice, statement, two_recipients, smtp_server, run_tasks
):
    smtp_server.rejected["minister@example.gov"] = "550 5.1.1 Mailbox unavailable"
    mailing = make_mailing(statement, two_recipients)
    client.force_login(alice)
    send(client, mailing)
    run_tasks()
    failed = Delivery.objects.get(email="minister@example.gov")
    assert failed.status == "failed"
    assert failed.reason == "550 5.1.1 Mailbox unavailable"
    assert failed.attempts == 1  # a permanent refusal is not retried by itself
    assert Delivery.objects.get(email="tom@herald.example").status == "sent"
    log = client.get(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/").content.decode()
    assert "1 sent, 1 failed, 0 queued, 0 skipped." in log
    assert "550 5.1.1 Mailbox unavailable" in log
    assert AuditEntry.objects.filter(action="delivery.failed", object_id=str(failed.pk)).exists()

    del smtp_server.rejected["minister@example.gov"]
    response = client.post(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/retry/")
    assert response.status_code == 302
    run_tasks()
    failed.refresh_from_db()
    assert failed.status == "sent"
    assert len(smtp_server.to("minister@example.gov")) == 1
    assert len(smtp_server.to("tom@herald.example")) == 1  # the one already sent is not sent twice


def test_a_temporary_failure_is_retried_with_back_off(
    alice, statement, two_recipients, smtp_server, run_tasks, client
):
    from django_tasks_db.models import DBTaskResult

    smtp_server.fail_once["minister@example.gov"] = "451 4.3.0 Try again later"
    mailing = make_mailing(statement, two_recipients[:1])
    client.force_login(alice)
    send(client, mailing)
    before = timezone.now()
    run_tasks()
    after = timezone.now()
    delivery = Delivery.objects.get()
    assert delivery.status == "queued"
    assert delivery.attempts == 1
    assert delivery.reason == "Temporary failure: 451 4.3.0 Try again later"
    # A minute after the attempt, whenever the (possibly slow) worker made it.
    assert before + timedelta(seconds=60) <= delivery.next_attempt_at <= after + timedelta(seconds=60)
    assert smtp_server.messages == []
    # The retry waits in the queue until its time; pretend that time has come.
    waiting = DBTaskResult.objects.filter(status="READY")
    assert waiting.count() == 1
    waiting.update(run_after=timezone.now())
    run_tasks()
    delivery.refresh_from_db()
    assert delivery.status == "sent"
    assert delivery.attempts == 2
    assert len(smtp_server.to("minister@example.gov")) == 1


def test_it_gives_up_after_the_last_attempt(alice, statement, two_recipients, smtp_server):
    from undersigned.delivery.services import delivery_send, mailing_send

    smtp_server.fail_once["minister@example.gov"] = "451 4.3.0 Try again later"
    mailing = mailing_send(mailing=make_mailing(statement, two_recipients[:1]))
    # Not pytest-django's `settings` fixture: it would unwind out of order with smtp_server's override.
    with override_settings(UNDERSIGNED_DELIVERY_MAX_ATTEMPTS=1):
        delivery = delivery_send(delivery=mailing.deliveries.get())
    assert delivery.status == "failed"
    assert delivery.reason == "Gave up after 1 attempt: 451 4.3.0 Try again later"


def test_a_recipient_who_received_this_version_is_skipped_unless_the_owner_asks(
    client, alice, statement, two_recipients, smtp_server, run_tasks
):
    client.force_login(alice)
    send(client, make_mailing(statement, two_recipients[:1]))
    run_tasks()
    second = make_mailing(statement, two_recipients)
    preview = client.get(f"/manage/s/clean-rivers/deliveries/{second.pk}/").content.decode()
    assert "skipped: already received this version on" in preview
    send(client, second)
    run_tasks()
    assert second.deliveries.get(email="minister@example.gov").status == "skipped"
    assert second.deliveries.get(email="minister@example.gov").reason == "Already received version 1."
    assert len(smtp_server.to("minister@example.gov")) == 1
    assert len(smtp_server.to("tom@herald.example")) == 1

    third = make_mailing(statement, two_recipients[:1], resend=True)
    send(client, third)
    run_tasks()
    assert len(smtp_server.to("minister@example.gov")) == 2


def test_a_new_version_of_the_text_is_sent_again(
    client, alice, statement, two_recipients, smtp_server, run_tasks
):
    client.force_login(alice)
    send(client, make_mailing(statement, two_recipients[:1]))
    run_tasks()
    statement_version_create(statement=statement, text="A sharper text.")
    send(client, make_mailing(statement, two_recipients[:1]))
    run_tasks()
    assert len(smtp_server.to("minister@example.gov")) == 2


def test_a_mailing_is_not_sent_twice(client, alice, statement, two_recipients, smtp_server, run_tasks):
    client.force_login(alice)
    mailing = make_mailing(statement, two_recipients[:1])
    send(client, mailing)
    response = send(client, mailing)
    assert Delivery.objects.count() == 1
    messages = [m.message for m in response.wsgi_request._messages]
    assert messages[-1] == "This mailing has already been sent."


def test_a_preview_of_an_older_text_cannot_be_sent(client, alice, statement, two_recipients):
    client.force_login(alice)
    mailing = make_mailing(statement, two_recipients[:1])
    statement_version_create(statement=statement, text="A sharper text.")
    page = client.get(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/").content.decode()
    assert "The statement’s text changed after this preview." in page
    send(client, mailing)
    assert Delivery.objects.count() == 0


def test_sending_needs_post(client, alice, statement, two_recipients):
    client.force_login(alice)
    mailing = make_mailing(statement, two_recipients)
    assert client.get(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/send/").status_code == 405
    assert client.get(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/retry/").status_code == 405


def test_an_outsider_can_neither_preview_nor_send(client, charlie, statement, two_recipients):
    mailing = make_mailing(statement, two_recipients)
    client.force_login(charlie)
    assert client.get(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/").status_code == 403
    assert send(client, mailing).status_code == 403
    assert Delivery.objects.count() == 0


def test_a_mailing_without_recipients_is_refused_next_to_the_field(client, alice, statement, two_recipients):
    client.force_login(alice)
    response = client.post("/manage/s/clean-rivers/deliveries/", {"subject": "Hello", "content": "pdf"})
    assert response.status_code == 400
    errors = response.content.decode().split('id="id_recipients_errors"', 1)[1].split("</ul>", 1)[0]
    assert "Choose at least one recipient." in errors
    assert Mailing.objects.count() == 0


def test_the_polled_log_keeps_its_live_summary_and_answers_204_while_nothing_changed(
    client, alice, statement, two_recipients
):
    mailing = make_mailing(statement, two_recipients)
    client.force_login(alice)
    send(client, mailing)
    page = client.get(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/").content.decode()
    assert '<p role="status" id="delivery-summary">0 sent, 0 failed, 2 queued, 0 skipped.</p>' in page
    shown = re.search(r"/log/\?shown=([0-9-]+)", page).group(1)
    log = f"/manage/s/clean-rivers/deliveries/{mailing.pk}/log/"
    assert client.get(log, {"shown": shown}).status_code == 204
    mailing.deliveries.filter(email="tom@herald.example").update(status=Delivery.Status.SENT)
    changed = client.get(log, {"shown": shown})
    assert changed.status_code == 200
    assert "1 sent, 0 failed, 1 queued, 0 skipped." in changed.content.decode()


def test_the_delivery_log_shows_no_template_comment(client, alice, statement):
    from tests.delivery.factories import make_mailing, make_recipient

    mailing = make_mailing(statement, [make_recipient(owner=alice, statement=statement)])
    client.force_login(alice)
    html = client.get(f"/manage/s/{statement.slug}/deliveries/{mailing.pk}/").content.decode()
    assert "{#" not in html and "steady live region" not in html


def test_the_preview_shows_markup_in_the_text_as_text(client, alice, statement, two_recipients):
    """The email's plain text is printed inside the page: what the owner typed must never run there."""
    statement_version_create(statement=statement, text="Hello <img src=x onerror=alert(1)> & <b>you</b>")
    mailing = make_mailing(statement, two_recipients, message="<script>alert(2)</script>")
    client.force_login(alice)
    page = client.get(f"/manage/s/clean-rivers/deliveries/{mailing.pk}/").content.decode()
    assert "<img src=x onerror=alert(1)>" not in page
    assert "<script>alert(2)</script>" not in page
    assert "Hello &lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;you&lt;/b&gt;" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
