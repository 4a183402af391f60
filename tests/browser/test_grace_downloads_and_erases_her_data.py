"""Grace signed and confirmed. Later she follows the privacy link in her confirmation email, sees what is
stored about her and who sees it, downloads it as JSON, and erases it: her line leaves the list."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_signature, make_statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_and_confirm(page, live_server, mailoutbox, run_tasks) -> str:
    page.goto(f"{live_server.url}/s/quiet-nights/")
    page.get_by_label("As an individual").check()
    page.get_by_label("Your name").fill("Grace Hopper")
    page.get_by_label("City").fill("Arlington")
    page.get_by_label("Country").select_option("US")
    page.get_by_label("Email").fill("grace@example.org")
    page.get_by_role("button", name="Sign").click()
    page.wait_for_url(re.compile(r"/check-email/"))
    run_tasks()
    body = mailoutbox[0].body
    confirm = re.search(r"http://\S+/confirm/\S+/", body).group(0)
    page.goto(confirm.replace("http://testserver", live_server.url))
    page.get_by_role("button", name="Confirm my signature").click()
    expect(page.get_by_role("heading", name="Signature confirmed")).to_be_visible()
    return re.search(r"http://\S+/privacy/\S+/", body).group(0).replace("http://testserver", live_server.url)


def test_grace_downloads_her_data_and_erases_it(
    live_server, page, accessible, mailoutbox, run_tasks, tmp_path
):
    statement = make_statement(slug="quiet-nights", title="Quiet nights")
    make_signature(statement, person_name="Ada Lovelace", country="US")
    privacy = _sign_and_confirm(page, live_server, mailoutbox, run_tasks)

    page.goto(privacy)
    expect(page.get_by_role("heading", name="Your data")).to_be_visible()
    accessible(page)
    expect(page.get_by_role("row", name=re.compile("Email grace@example.org Private"))).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("City Arlington Public, on the list"))).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (JSON)").click()
    saved = tmp_path / "mine.json"
    download.value.save_as(saved)
    data = json.loads(saved.read_text())
    assert data["signature"]["email"] == "grace@example.org"
    assert "Ada Lovelace" not in saved.read_text()
    assert [entry["action"] for entry in data["history"]] == ["signature.created", "signature.confirmed"]

    page.get_by_role("link", name="Erase my data…").click()
    expect(page.get_by_role("heading", name="Erase your data")).to_be_visible()
    accessible(page)
    page.get_by_role("button", name="Erase my data").click()
    expect(page.get_by_role("heading", name="Your data was erased")).to_be_visible()
    accessible(page)

    page.goto(f"{live_server.url}/s/quiet-nights/signatories/")
    expect(page.locator("ol.signatory-list li")).to_have_count(1)
    expect(page.get_by_text("Grace Hopper")).to_have_count(0)


def test_the_privacy_page_works_on_a_phone(live_server, phone_page, accessible):
    from undersigned.signatures.tokens import make_privacy_token

    statement = make_statement(slug="small-screens", title="Small screens")
    signature = make_signature(
        statement, person_name="Grace Hopper", organization_name="A rather long name of an organization"
    )
    phone_page.goto(f"{live_server.url}/s/small-screens/privacy/{make_privacy_token(signature)}/")
    accessible(phone_page)
    assert phone_page.evaluate("document.documentElement.scrollWidth > window.innerWidth") is False
