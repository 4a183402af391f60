"""Ada represents a river association. She signs the statement on its behalf, confirms from her
email, and finds the association numbered in its country's group of the public list."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_signature, make_statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_ada_signs_confirms_and_finds_her_association_in_the_list(
    live_server, page, accessible, mailoutbox, run_tasks
):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", country_order="AT, DE")
    make_signature(
        statement, kind="organization", organization_name="Union of River Communities", country="AT"
    )
    make_signature(statement, kind="individual", person_name="Jonas Weber", country="DE")

    page.goto(f"{live_server.url}/s/clean-rivers/")
    accessible(page)
    assert page.locator("#live-count").inner_text().strip() == "2 confirmed signatures"

    page.get_by_label("On behalf of an organization").check()
    page.get_by_label("Organization name").fill("Elbe Riverside Citizens' Union")
    page.get_by_label("Representative's name").fill("Ada Lovelace")
    page.get_by_label("Role or title").fill("Chair")
    page.get_by_label("City").fill("Dresden")
    page.get_by_label("Country").select_option("DE")
    page.get_by_label("Email").fill("ada@example.org")
    page.get_by_role("button", name="Sign").click()

    page.wait_for_url(re.compile(r"/check-email/"))
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    accessible(page)

    run_tasks()
    assert len(mailoutbox) == 1
    link = re.search(r"http://\S+/confirm/\S+/", mailoutbox[0].body).group(0)
    page.goto(link.replace("http://testserver", live_server.url))
    accessible(page)
    page.get_by_role("button", name="Confirm my signature").click()
    expect(page.get_by_role("heading", name="Signature confirmed")).to_be_visible()

    page.goto(f"{live_server.url}/s/clean-rivers/signatories/")
    accessible(page)
    germany = page.locator("ol.signatory-list").nth(1)
    assert page.locator("h2.group-heading").all_inner_texts() == ["Austria", "Germany"]
    assert germany.locator("li").first.inner_text() == (
        "2. Elbe Riverside Citizens' Union, Dresden – Ada Lovelace, Chair"
    )
    assert page.locator("#live-count").inner_text().strip() == "3 confirmed signatures"


def test_the_statement_page_works_on_a_phone(live_server, phone_page, accessible):
    make_statement(slug="on-the-go", title="On the go")
    phone_page.goto(f"{live_server.url}/s/on-the-go/")
    accessible(phone_page)
    overflow = phone_page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert overflow is False
