"""Bob coordinates Austria. He invites the Salzach Fishers' Cooperative, a member of the Austrian
river council; Anna signs for it through the invitation, confirms from her email, and the cooperative
appears in Austria's group after the council and before the individuals, numbered continuously."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_signature, make_statement
from undersigned.coalitions.models import Coordinator
from undersigned.organizations.services import organization_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _local(url, live_server):
    return url.replace("http://testserver", live_server.url)


def test_bob_invites_an_organization_that_signs_and_takes_its_place_in_the_list(
    live_server, page, accessible, mailoutbox, run_tasks, alice, bob
):
    statement = make_statement(slug="clean-rivers", title="Clean rivers", country_order="AT, DE", user=alice)
    council = organization_create(
        name="Union of River Communities in Austria", country="AT", is_umbrella=True
    )
    make_signature(
        statement,
        kind="organization",
        organization_name=council.name,
        organization=council,
        representative_name="Maria Hofer",
        title="Chair",
        country="AT",
    )
    make_signature(statement, kind="individual", person_name="Eva Steiner", country="AT")
    make_signature(statement, kind="organization", organization_name="Weser Canoe Club", country="DE")
    Coordinator.objects.create(user=bob, statement=statement, countries="AT", region_name="Austria")

    # Bob logs in and lands on his desk for the statement.
    page.goto(f"{live_server.url}/coordinate/s/clean-rivers/")
    page.wait_for_url(re.compile(r"/login/\?next="))
    accessible(page)
    page.get_by_label("Username").fill("bob")
    page.get_by_label("Password").fill("bob-password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/coordinate/s/clean-rivers/$"))
    expect(page.get_by_text("Your region: Austria")).to_be_visible()
    accessible(page)

    # He invites the cooperative, names its umbrella body, and has the link emailed.
    page.get_by_role("link", name="Invite an organization").click()
    page.wait_for_url(re.compile(r"/invitations/new/$"))
    accessible(page)
    page.get_by_label("Organization name").fill("Salzach Fishers' Cooperative")
    page.get_by_label("Country").select_option("AT")
    page.get_by_label("City").fill("Salzburg")
    page.get_by_label("Member of (optional)").select_option(
        label="Union of River Communities in Austria (AT)"
    )
    page.get_by_label("Send the invitation to (optional)").fill("anna@salzach.example")
    page.get_by_role("button", name="Create the invitation").click()
    page.wait_for_url(re.compile(r"/coordinate/s/clean-rivers/$"))
    expect(page.get_by_text("The invitation for Salzach Fishers' Cooperative is ready.")).to_be_visible()
    assert page.locator("#count-invited").inner_text() == "1"
    accessible(page)
    page.get_by_role("button", name="Log out").click()

    # Anna opens the invitation from her email and signs for the cooperative.
    run_tasks()
    invitation_link = re.search(r"http://\S+/join/\S+/", mailoutbox[0].body).group(0)
    page.goto(_local(invitation_link, live_server))
    accessible(page)
    expect(page.get_by_role("heading", name="Sign for Salzach Fishers' Cooperative")).to_be_visible()
    page.get_by_label("Your name").fill("Anna Berger")
    page.get_by_label("Your role in the organization").fill("Head")
    page.get_by_label("Email").fill("anna@salzach.example")
    page.get_by_role("button", name="Sign for the organization").click()
    page.wait_for_url(re.compile(r"/check-email/"))
    accessible(page)

    # She confirms from the confirmation email.
    run_tasks()
    confirm_link = re.search(r"http://\S+/confirm/\S+/", mailoutbox[1].body).group(0)
    assert "/withdraw/" in mailoutbox[1].body
    page.goto(_local(confirm_link, live_server))
    accessible(page)
    page.get_by_role("button", name="Confirm my signature").click()
    expect(page.get_by_role("heading", name="Signature confirmed")).to_be_visible()
    accessible(page)

    # The public list: Austria first; the council, then the cooperative, then individuals; Germany after.
    page.goto(f"{live_server.url}/s/clean-rivers/signatories/")
    accessible(page)
    assert page.locator("h2.group-heading").all_inner_texts() == ["Austria", "Germany"]
    assert page.locator("ol.signatory-list").nth(0).locator("li").all_inner_texts() == [
        "1. Union of River Communities in Austria – Maria Hofer, Chair",
        "2. Salzach Fishers' Cooperative, Salzburg – Anna Berger, Head",
        "3. Eva Steiner",
    ]
    assert page.locator("ol.signatory-list").nth(1).locator("li").all_inner_texts() == ["4. Weser Canoe Club"]
    assert page.locator("#live-count").inner_text().strip() == "4 confirmed signatures"
