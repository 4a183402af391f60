"""Olga is the coalition's press officer (she logs in as the owner, alice). The release is published;
she checks it and the newsroom as the public sees them, adds a minister and a reporter as recipients,
previews the email, sends it, and watches the delivery log report both as sent."""

import re

import pytest
from playwright.sync_api import expect

from tests.delivery.conftest import smtp_server  # noqa: F401 - the real SMTP server fixture
from tests.factories import make_signature, make_statement
from tests.press.factories import make_release

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, client, user, live_server):
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def add_recipient(page, *, kind, name, email, greeting=""):
    page.get_by_label(kind, exact=True).check()
    page.get_by_label(re.compile(r"^Name")).fill(name)
    page.get_by_label(re.compile(r"^Email")).fill(email)
    page.get_by_label("Greeting").fill(greeting)
    with page.expect_navigation():
        page.get_by_role("button", name="Add recipient").click()


def test_olga_previews_and_sends_the_release_and_sees_the_delivery_log(
    live_server,
    page,
    accessible,
    client,
    alice,
    run_tasks,
    smtp_server,  # noqa: F811
):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", user=alice, country_order="AT, DE")
    make_signature(statement, kind="organization", organization_name="Union of River Communities", country="AT",
                   representative_name="Maria Hofer", title="Chair")  # fmt: skip
    make_signature(statement, kind="organization", organization_name="Elbe Citizens' Union", country="DE")
    make_release(statement)

    page.goto(f"{live_server.url}/s/clean-rivers/press-release/")
    assert page.locator(".release-status").inner_text() == "FOR IMMEDIATE RELEASE"
    assert page.locator(".dateline").inner_text() == "DRESDEN, Germany, Sept. 5, 2025 --"
    accessible(page)
    page.goto(f"{live_server.url}/news/")
    expect(
        page.get_by_role("link", name="River groups from nine countries demand open water data")
    ).to_be_visible()
    accessible(page)

    log_in(page, client, alice, live_server)
    page.goto(f"{live_server.url}/manage/s/clean-rivers/")
    page.get_by_role("link", name=re.compile("Publication")).click()
    page.wait_for_url(re.compile(r"/publication/$"))
    accessible(page)
    page.get_by_role("link", name="Edit the press release").click()
    assert page.get_by_label(re.compile(r"^Headline")).input_value() == (
        "River groups from nine countries demand open water data"
    )
    accessible(page)
    page.go_back()
    page.get_by_role("link", name="Recipients").click()
    add_recipient(page, kind="Addressee", name="Eva Schmidt", email="minister@example.gov",
                  greeting="Dear Minister Schmidt,")  # fmt: skip
    add_recipient(page, kind="Media", name="Tom Reporter", email="tom@herald.example")
    expect(page.locator("table tbody tr")).to_have_count(2)
    accessible(page)

    page.get_by_role("link", name="Send the statement to them").click()
    page.get_by_label("Include the press release").check()
    page.get_by_label("Message").fill("Our coalition asks for a meeting before the end of the year.")
    accessible(page)
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("heading", name="Preview", exact=True)).to_be_visible()
    preview = page.locator(".email-body").inner_text()
    assert preview.startswith("Dear Minister Schmidt,")
    assert "FOR IMMEDIATE RELEASE" in preview
    expect(page.get_by_role("cell", name="Dear Tom Reporter,")).to_be_visible()
    accessible(page)
    assert smtp_server.messages == []

    page.get_by_role("button", name="Send to 2 recipients").click()
    expect(page.get_by_role("heading", name="Delivery log")).to_be_visible()
    assert "0 sent, 0 failed, 2 queued, 0 skipped." in page.locator("#delivery-log").inner_text()
    accessible(page)

    run_tasks()
    # The log polls while emails are queued; it reports both as sent without a reload.
    page.locator("#delivery-log").get_by_text("2 sent, 0 failed, 0 queued, 0 skipped.").wait_for()
    assert page.locator("tr.delivery-sent").count() == 2
    assert len(smtp_server.to("minister@example.gov")) == 1
    assert len(smtp_server.to("tom@herald.example")) == 1
