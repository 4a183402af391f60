"""Alice organizes the statement. She edits the text, checks the preview (formatted text, the changes, and how
many people it will email), publishes, watches the emails go out, and then reminds the sign-ons that have
been pending for more than a week. axe-core checks every page she sees."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_signature, make_statement
from undersigned.signatures.models import ReconfirmationRun, Signature
from undersigned.signatures.tokens import new_nonce

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, client, user, live_server):
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def test_alice_publishes_a_second_version_after_the_preview_and_sends_a_reminder(
    live_server, page, accessible, client, alice, run_tasks, mailoutbox
):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", user=alice)
    make_signature(statement, person_name="Ada Lovelace", email="ada@example.org", country="DE")
    make_signature(statement, person_name="Grace Hopper", email="grace@example.org", country="AT")
    waiting = make_signature(statement, person_name="Lin Chen", email="lin@example.org", country="AT",
                             status=Signature.Status.PENDING, confirmation_nonce=new_nonce())  # fmt: skip
    Signature.objects.filter(pk=waiting.pk).update(created_at=timezone.now() - timedelta(days=10))
    log_in(page, client, alice, live_server)

    page.goto(f"{live_server.url}/manage/s/clean-rivers/versions/new/")
    accessible(page)
    text = page.locator("textarea[name=text]")
    text.fill(text.input_value().replace("the council", "the city council"))
    page.get_by_role("button", name="Preview the new version").click()
    page.get_by_role("heading", name="Check the new version before publishing").wait_for()
    assert (
        page.locator("#reach")
        .inner_text()
        .startswith("This will email 2 confirmed signers, asking them to reconfirm.")
    )
    assert (
        "1 sign-on not yet confirmed will be sent the new text to confirm instead."
        in page.locator("#reach").inner_text()
    )
    assert page.locator(".diff ins").first.text_content() == "added: city"
    assert page.locator(".statement-text strong").first.inner_text() == "restore"
    assert statement.versions.count() == 1
    accessible(page)

    page.get_by_role("button", name="Publish and send 3 emails").click()
    page.get_by_role("heading", name="Emails about version 2").wait_for()
    assert page.locator("#run-status").inner_text() == "Sending in progress."
    accessible(page)
    run_tasks()
    page.reload()
    assert page.locator("#run-status").inner_text() == "All emails are sent."
    assert page.get_by_role("button", name="Stop sending").count() == 0
    assert ReconfirmationRun.objects.get().emails_sent == 3
    assert sorted(m.to[0] for m in mailoutbox) == ["ada@example.org", "grace@example.org", "lin@example.org"]

    # Lin signed ten days ago and has still not confirmed: Alice reminds her, once.
    page.goto(f"{live_server.url}/coordinate/s/clean-rivers/reminders/")
    assert (
        page.locator("#due")
        .inner_text()
        .startswith("1 pending sign-on is older than 7 days and has not been reminded.")
    )
    accessible(page)
    page.get_by_role("button", name="Send 1 reminder").click()
    page.get_by_text("A reminder is being sent to 1 pending sign-on.").wait_for()
    accessible(page)
    assert page.get_by_role("button", name="Send 1 reminder").count() == 0
    run_tasks()
    reminder = mailoutbox[-1]
    assert (reminder.to, reminder.subject) == (
        ["lin@example.org"],
        "Reminder: please confirm your signature: Clean rivers",
    )
