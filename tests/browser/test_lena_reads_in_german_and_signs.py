"""Lena lives in Berlin. Her browser asks for English first, so the statement opens in its original
English; she switches to the German translation, reads it and signs. Alice, the owner, finds Lena's
sign-on marked as read in German. A reader whose browser prefers Turkish gets the Turkish text at once,
and the Arabic text reads right to left. axe-core checks every page."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_alice_publishes_a_second_version_and_sends_a_reminder import log_in
from tests.factories import make_statement, make_translation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def rivers(alice):
    statement = make_statement(
        slug="clean-rivers", title="Clean rivers", text="We call on the council.", user=alice
    )
    make_translation(statement, "de", title="Saubere Flüsse", text="Wir fordern den Rat auf.")
    make_translation(statement, "tr", title="Temiz nehirler", text="Meclise çağrıda bulunuyoruz.")
    make_translation(statement, "ar", title="أنهار نظيفة", text="ندعو المجلس.")
    return statement


def test_lena_switches_to_german_signs_and_alice_sees_the_language(
    live_server, page, accessible, client, alice, rivers
):
    page.goto(f"{live_server.url}/s/clean-rivers/")
    expect(page.get_by_role("heading", name="Clean rivers", exact=True)).to_be_visible()
    accessible(page)

    switcher = page.get_by_role("navigation", name="Languages of this statement")
    switcher.get_by_role("link", name="Deutsch").click()
    expect(page.get_by_role("heading", name="Saubere Flüsse")).to_be_visible()
    expect(page.locator("article")).to_have_attribute("lang", "de")
    expect(switcher.get_by_role("link", name="Deutsch")).to_have_attribute("aria-current", "true")
    accessible(page)

    page.get_by_label("As an individual").check()
    page.get_by_label("Your name").fill("Lena Schulz")
    page.get_by_label("City").fill("Berlin")
    page.get_by_label("Country").select_option("DE")
    page.get_by_label("Email").fill("lena@example.org")
    page.get_by_role("button", name="Sign", exact=True).click()
    page.wait_for_url(re.compile(r"/check-email/"))

    log_in(page, client, alice, live_server)
    page.goto(f"{live_server.url}/coordinate/s/clean-rivers/")
    row = page.get_by_role("row").filter(has_text="Lena Schulz")
    expect(row.locator(".signed-language")).to_have_text("Read the text in Deutsch (de)")
    accessible(page)

    page.goto(f"{live_server.url}/manage/s/clean-rivers/translations/")
    expect(page.get_by_role("heading", name="Translations", exact=True)).to_be_visible()
    accessible(page)


def test_a_turkish_browser_gets_the_turkish_text_and_arabic_reads_right_to_left(
    live_server, browser, accessible, rivers
):
    context = browser.new_context(locale="tr-TR")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/s/clean-rivers/")
        expect(page.get_by_role("heading", name="Temiz nehirler")).to_be_visible()
        expect(page.locator("article")).to_have_attribute("lang", "tr")

        page.goto(f"{live_server.url}/s/clean-rivers/?lang=ar")
        article = page.locator("article")
        expect(article).to_have_attribute("dir", "rtl")
        assert article.evaluate("element => getComputedStyle(element).direction") == "rtl"
        accessible(page)
    finally:
        context.close()
