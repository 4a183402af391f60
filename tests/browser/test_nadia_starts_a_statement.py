"""Nadia organizes a coalition's statement for the first time. From her empty /manage/ she writes a new
statement, watching the preview as she types, saves the draft, opens it (confirming that it cannot go back
to a draft), sees a first sign-on arrive on her dashboard, and closes the sign-on."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_signature
from undersigned.statements.models import Statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def nadia(django_user_model):
    return django_user_model.objects.create_user("nadia", "nadia@example.org", "nadia-password")


def test_nadia_creates_a_statement_opens_it_and_watches_the_dashboard(live_server, page, accessible, nadia):
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill("nadia")
    page.get_by_label("Password").fill("nadia-password")
    page.get_by_label("Password").press("Enter")
    page.wait_for_url(re.compile(r"/manage/$"))
    expect(page.get_by_text("You do not organize or coordinate any statement yet.")).to_be_visible()
    accessible(page)

    page.get_by_role("link", name="New statement").click()
    page.wait_for_url(re.compile(r"/manage/new/$"))
    accessible(page)

    # A country that is not a code: the message says which one, next to the field.
    page.get_by_label("Title").fill("Keep the Elbe meadows wild")
    page.get_by_label("Text (Markdown)").fill(
        "We, the undersigned, ask the council to **protect** the meadows."
    )
    # The preview is rendered on the server and swapped in while she types.
    page.locator("#preview strong").wait_for()
    assert page.locator("#preview strong").inner_text() == "protect"
    page.get_by_label("Country order").fill("DE, Austria")
    with page.expect_navigation():
        page.get_by_role("button", name="Save as a draft").click()
    expect(page.get_by_text("Not a country code: Austria.", exact=False)).to_be_visible()
    accessible(page)

    page.get_by_label("Country order").fill("DE, AT")
    page.get_by_text("Organizations only").click()
    page.get_by_role("button", name="Save as a draft").click()
    page.wait_for_url(re.compile(r"/manage/s/keep-the-elbe-meadows-wild/$"))
    assert page.locator('[aria-current="step"]').inner_text().startswith("Draft")
    expect(page.get_by_text("Anyone with the link can sign.")).to_be_visible()
    accessible(page)

    # Opening asks first, because a statement that was open never becomes a draft again.
    page.get_by_role("button", name="Open for signatures").click()
    page.get_by_text("Once open, the statement cannot go back to being a draft.").wait_for()
    accessible(page)
    page.get_by_role("button", name="Yes: Open for signatures").click()
    page.get_by_text("The statement is now “Open for signatures”.").wait_for()
    assert page.locator('[aria-current="step"]').inner_text().startswith("Open for signatures")
    statement = Statement.objects.get(slug="keep-the-elbe-meadows-wild")
    assert (statement.owner, statement.status, statement.signers) == (nadia, "open", "organizations")

    # The public page takes organizations only.
    page.goto(f"{live_server.url}/s/keep-the-elbe-meadows-wild/")
    expect(page.get_by_role("heading", name="Keep the Elbe meadows wild")).to_be_visible()
    assert page.get_by_label("As an individual").count() == 0
    accessible(page)

    make_signature(statement, kind="organization", organization_name="Elbe Riverside Union", country="DE")
    make_signature(statement, kind="organization", organization_name="Salzach Fishers", country="AT",
                   status="pending")  # fmt: skip
    page.goto(f"{live_server.url}/manage/")
    row = page.locator("#statement-keep-the-elbe-meadows-wild")
    expect(row.get_by_text("Open for signatures")).to_be_visible()
    row.get_by_role("link", name="Dashboard").click()
    page.wait_for_url(re.compile(r"/manage/s/keep-the-elbe-meadows-wild/dashboard/$"))
    assert page.locator("#state-confirmed").inner_text() == "1"
    assert page.locator("#state-pending").inner_text() == "1"
    assert "Germany: 1" in page.locator("#chart-country-desc").text_content()
    expect(page.get_by_text("Nothing needs you right now.")).to_be_visible()
    accessible(page)

    page.get_by_role("link", name="Keep the Elbe meadows wild").click()
    page.get_by_role("button", name="Close the sign-on").click()
    page.get_by_text("The statement is now “Closed”.").wait_for()
    page.goto(f"{live_server.url}/s/keep-the-elbe-meadows-wild/")
    expect(page.get_by_text("This statement is no longer accepting signatures.")).to_be_visible()
