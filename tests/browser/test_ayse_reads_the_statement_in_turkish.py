"""Ayşe's browser in Istanbul prefers Turkish: the statement page speaks Turkish, says so in its lang, and
passes the accessibility checks; she switches to German from the footer, signs, and the next page is German."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def turkish_page(browser):
    context = browser.new_context(locale="tr-TR", viewport={"width": 1024, "height": 800})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_ayse_reads_in_turkish_switches_to_german_and_signs(live_server, turkish_page, accessible):
    page = turkish_page
    make_statement(slug="temiz-nehirler", title="Clean rivers")

    page.goto(f"{live_server.url}/s/temiz-nehirler/")
    expect(page.get_by_role("heading", name="Bu bildiriyi imzalayın")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "tr"
    accessible(page)

    page.get_by_label("Arayüz dili").select_option("de")
    page.get_by_role("button", name="Değiştir").click()
    expect(page.get_by_role("heading", name="Diese Erklärung unterzeichnen")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.url == f"{live_server.url}/s/temiz-nehirler/"
    accessible(page)

    page.get_by_label("Als Einzelperson").check()
    page.get_by_label("Ihr Name").fill("Ayşe Yılmaz")
    page.get_by_role("combobox", name="Land").select_option("TR")
    page.get_by_label("E-Mail").fill("ayse@example.org")
    page.get_by_role("button", name="Unterzeichnen", exact=True).click()
    page.wait_for_url(re.compile(r"/check-email/"))
    expect(page.get_by_role("heading", name="Prüfen Sie Ihre E-Mails")).to_be_visible()
    accessible(page)
