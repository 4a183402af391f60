"""Priya signs a statement whose owner switched on the anti-bot puzzle: her browser solves it while she
fills in the form. Her colleague Tomás browses with JavaScript off: the page tells him why he cannot sign,
and sending the form anyway gets the same clear message next to the puzzle, never a server error."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_statement
from undersigned.signatures.models import Signature

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEEDS_JAVASCRIPT = "This statement asks your browser to solve a small puzzle to keep bots out; please turn on JavaScript to sign."
NO_ANSWER = (
    "This statement asks your browser to solve a small puzzle to keep bots out. "
    "Please turn on JavaScript and sign again."
)


def fill_in(page, name, email):
    page.get_by_label("As an individual").check()
    page.get_by_label("Your name").fill(name)
    page.get_by_label("City").fill("Lyon")
    page.get_by_label("Country").select_option("FR")
    page.get_by_label("Email").fill(email)


def test_priya_signs_and_her_browser_solves_the_puzzle(live_server, page, accessible):
    make_statement(slug="quiet-skies", title="Quiet skies", proof_of_work=True)

    page.goto(f"{live_server.url}/s/quiet-skies/")
    accessible(page)
    # Playwright's text locators skip <noscript>, so the message is found by its place.
    expect(page.locator("#id_altcha noscript p")).to_be_hidden()
    fill_in(page, "Priya Raman", "priya@example.org")
    page.get_by_role("button", name="Sign").click()

    page.wait_for_url(re.compile(r"/check-email/"))
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    accessible(page)
    signature = Signature.objects.get()
    assert (signature.person_name, signature.status) == ("Priya Raman", "pending")


def test_tomas_without_javascript_is_told_why_he_cannot_sign(live_server, browser):
    make_statement(slug="quiet-skies", title="Quiet skies", proof_of_work=True)
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1024, "height": 800})
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/s/quiet-skies/")
        # Playwright's text locators skip <noscript>, so the message is found by its place.
        expect(page.locator("#id_altcha noscript p")).to_have_text(NEEDS_JAVASCRIPT)
        expect(page.locator("#id_altcha noscript p")).to_be_visible()
        fill_in(page, "Tomás Ortega", "tomas@example.org")
        page.get_by_role("button", name="Sign").click()

        expect(page.locator("#id_altcha_errors")).to_have_text(NO_ANSWER)
        expect(page.get_by_role("link", name=f"Anti-bot puzzle: {NO_ANSWER}")).to_be_visible()
        assert Signature.objects.count() == 0
    finally:
        context.close()


def test_the_pages_without_the_puzzle_script_are_accessible(live_server, page, accessible):
    """axe-core needs script to run, so the pages Tomás saw are checked as a browser sees them whose
    pow.js did not load: the same HTML, less the <noscript> box (plain text in a bordered paragraph)."""
    make_statement(slug="quiet-skies", title="Quiet skies", proof_of_work=True)
    page.route("**/pow.js", lambda route: route.abort())
    page.goto(f"{live_server.url}/s/quiet-skies/")
    accessible(page)
    fill_in(page, "Tomás Ortega", "tomas@example.org")
    page.get_by_role("button", name="Sign").click()

    expect(page.locator("#id_altcha_errors")).to_have_text(NO_ANSWER)
    accessible(page)
    assert Signature.objects.count() == 0
