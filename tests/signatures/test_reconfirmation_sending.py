"""The reconfirmation emails of a new version go out from the worker in batches; the owner watches them at
/manage/s/<slug>/versions/<n>/sending/ and can stop a sending in progress."""

import pytest

from tests.factories import make_signature, make_statement
from undersigned.audit.models import AuditEntry
from undersigned.signatures import services, tasks
from undersigned.signatures.models import ReconfirmationRun
from undersigned.statements.services import statement_version_publish

pytestmark = pytest.mark.django_db

NEW_TEXT = "We, the undersigned, call on the city council to **restore** weekend opening hours."
PAGE = "/manage/s/rivers/versions/2/sending/"
STOP = "/manage/s/rivers/versions/2/sending/stop/"


@pytest.fixture
def rivers(alice):
    statement = make_statement(slug="rivers", user=alice)
    for n in range(5):
        make_signature(statement, email=f"signer{n}@example.org")
    return statement


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(tasks, "RECONFIRMATION_BATCH_SIZE", 2)


def test_the_emails_go_out_in_batches_from_the_worker(rivers, small_batches, run_tasks, mailoutbox):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    run_tasks()
    run = ReconfirmationRun.objects.get()
    assert (run.to_reconfirm, run.batches_total) == (5, 3)
    run_tasks()
    run.refresh_from_db()
    assert len(mailoutbox) == 5
    assert (run.status, run.emails_sent, run.batches_done) == ("done", 5, 3)


def test_stop_sending_skips_the_batches_not_yet_sent(
    client, alice, rivers, small_batches, run_tasks, mailoutbox
):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False, user=alice)
    client.force_login(alice)
    response = client.post(STOP, follow=True)
    assert "The sending is stopped. Emails not sent yet will not be sent." in response.content.decode()
    run_tasks()
    assert mailoutbox == []
    run = ReconfirmationRun.objects.get()
    assert (run.status, run.emails_sent, run.emails_skipped) == ("stopped", 0, 5)
    assert AuditEntry.objects.filter(action="reconfirmation.stopped", user=alice).exists()


def test_a_batch_queued_before_the_stop_sends_nothing(alice, rivers, mailoutbox):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    run = ReconfirmationRun.objects.get()
    run.batches_total = 1
    run.save()
    services.reconfirmation_run_stop(run=run, user=alice)
    tasks.send_reconfirmation_batch.call(run.pk, list(rivers.signatures.values_list("pk", flat=True)))
    run.refresh_from_db()
    assert mailoutbox == []
    assert (run.status, run.emails_skipped, run.batches_done) == ("stopped", 5, 1)


def test_the_sending_page_shows_the_figures_and_a_stop_button(client, alice, rivers):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    client.force_login(alice)
    page = client.get(PAGE).content.decode()
    assert "Sending in progress." in page
    assert "Stop sending" in page


def test_a_finished_sending_has_no_stop_button(client, alice, rivers, run_tasks):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    run_tasks()
    run_tasks()
    client.force_login(alice)
    page = client.get(PAGE).content.decode()
    assert "All emails are sent." in page
    assert "Stop sending" not in page
    response = client.post(STOP, follow=True)
    assert "This sending had already ended." in response.content.decode()


def test_stop_rejects_get(client, alice, rivers):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    client.force_login(alice)
    assert client.get(STOP).status_code == 405


def test_an_outsider_cannot_stop_a_sending(client, charlie, rivers):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    client.force_login(charlie)
    assert client.post(STOP).status_code == 403
    assert ReconfirmationRun.objects.get().status == "sending"


def test_a_version_without_a_sending_is_a_404(client, alice, rivers):
    client.force_login(alice)
    assert client.get("/manage/s/rivers/versions/9/sending/").status_code == 404


def test_a_newer_version_stops_the_sending_about_the_older_one(rivers, run_tasks, mailoutbox):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    statement_version_publish(statement=rivers, text=NEW_TEXT + " Now.", minor=False)
    run_tasks()
    older, newer = ReconfirmationRun.objects.order_by("version__number")
    assert (older.status, older.emails_sent, newer.status, newer.emails_sent) == ("stopped", 0, "done", 5)
    assert len(mailoutbox) == 5


def test_the_owners_page_links_to_the_sending_of_the_current_version(client, alice, rivers):
    statement_version_publish(statement=rivers, text=NEW_TEXT, minor=False)
    client.force_login(alice)
    html = client.get("/manage/s/rivers/").content.decode()
    assert f'<a href="{PAGE}">emails about version 2</a>' in html
