"""Amal's coalition writes in Arabic. She chooses Arabic for a new statement's text, types it right to
left, saves the draft, and its page shows it right to left inside an English interface; both pages pass
the accessibility checks."""

import re

import pytest
from playwright.sync_api import expect

from undersigned.statements.models import Statement

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "أنهار نظيفة للجميع"
TEXT = "نحن الموقعين أدناه ندعو المجلس إلى **حماية** الأنهار."


@pytest.fixture
def amal(django_user_model):
    return django_user_model.objects.create_user("amal", "amal@example.org", "amal-password")


def test_amal_writes_a_statement_in_arabic_and_reads_it_right_to_left(live_server, page, accessible, amal):
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill("amal")
    page.get_by_label("Password").fill("amal-password")
    page.get_by_label("Password").press("Enter")
    page.wait_for_url(re.compile(r"/manage/$"))

    page.goto(f"{live_server.url}/manage/new/")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_role("combobox", name="Language", exact=True).select_option("ar")
    page.get_by_label("Text (Markdown)").fill(TEXT)
    page.locator("#preview strong").wait_for()
    # The title and text fields follow the script typed into them.
    assert page.get_by_label("Title").evaluate("el => getComputedStyle(el).direction") == "rtl"
    accessible(page)
    page.get_by_role("button", name="Save as a draft").click()
    page.wait_for_url(re.compile(r"/manage/s/[^/]+/$"))
    statement = Statement.objects.get()
    assert statement.language == "ar"

    page.goto(f"{live_server.url}/s/{statement.slug}/")
    article = page.locator("article")
    expect(article.get_by_role("heading", name=TITLE)).to_be_visible()
    assert (article.get_attribute("lang"), article.get_attribute("dir")) == ("ar", "rtl")
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("html").get_attribute("lang") == "en"
    accessible(page)
