"""In a surge the statement page is kept for a second and served to everyone (common/public_cache.py).
Kemal opens it right after someone else, so he gets the kept copy, and signs from it as from any page."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_statement
from undersigned.signatures.models import Signature

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_kemal_signs_from_the_kept_page(live_server, page, accessible, settings):
    settings.UNDERSIGNED_PUBLIC_CACHE_SECONDS = 60
    statement = make_statement(slug="open-libraries", title="Open libraries")
    page.goto(f"{live_server.url}/s/open-libraries/")  # someone else, a moment before
    page.context.clear_cookies()

    page.goto(f"{live_server.url}/s/open-libraries/")
    accessible(page)
    page.get_by_label("As an individual").check()
    page.get_by_label("Your name").fill("Kemal Arslan")
    page.get_by_label("City").fill("Izmir")
    page.get_by_label("Country").select_option("TR")
    page.get_by_label("Email").fill("kemal@example.org")
    page.get_by_role("button", name="Sign").click()

    page.wait_for_url(re.compile(r"/check-email/"))
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    accessible(page)
    assert Signature.objects.filter(statement=statement, email="kemal@example.org").exists()
