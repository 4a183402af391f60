"""Bob coordinates Austria. From the statement page he follows "Log in" in the header, logs in with the
keyboard only, lands on his statements, opens his desk from there, and logs out again."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_statement
from undersigned.coalitions.models import Coordinator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_bob_logs_in_from_the_header_and_reaches_his_desk(live_server, page, accessible, alice, bob):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", user=alice)
    Coordinator.objects.create(user=bob, statement=statement, countries="AT", region_name="Austria")

    page.goto(f"{live_server.url}/s/clean-rivers/")
    page.get_by_role("navigation", name="Account").get_by_role("link", name="Log in").click()
    page.wait_for_url(re.compile(r"/login/$"))
    accessible(page)

    # A wrong password first: the error is announced and he stays on the page.
    page.get_by_label("Username").fill("bob")
    page.get_by_label("Password").fill("not-bobs-password")
    with page.expect_navigation():
        page.get_by_label("Password").press("Enter")
    assert page.get_by_role("alert").inner_text() == (
        "Please enter a correct username and password. Note that both fields may be case-sensitive."
    )
    accessible(page)

    page.get_by_label("Password").fill("bob-password")
    page.get_by_label("Password").press("Enter")
    page.wait_for_url(re.compile(r"/manage/$"))
    expect(page.get_by_role("heading", name="Statements you coordinate")).to_be_visible()
    expect(page.get_by_text("Logged in as bob")).to_be_visible()
    accessible(page)

    page.get_by_role("link", name="Clean rivers").click()
    page.wait_for_url(re.compile(r"/coordinate/s/clean-rivers/$"))
    expect(page.get_by_text("Your region: Austria")).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(re.compile(r"/login/$"))
    expect(page.get_by_role("navigation", name="Account").get_by_role("link", name="Log in")).to_be_visible()
