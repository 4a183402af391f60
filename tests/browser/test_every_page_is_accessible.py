"""Every page a person can reach, public or signed in, passes axe-core's WCAG 2.2 A/AA rules.

The demo campaign gives each page real content: organizations and individuals in many countries,
coordinators, invitations. On top of it: a published press release with an attachment, a second
version of the text, a pending signature (confirm, withdraw and reconfirm links), a draft and a sent
mailing. Each page is its own test, named by its path, so a failure says which page broke.

Every page is also checked for the slow-link side: nothing is fetched from another host and every
image says its size, so the layout does not jump while it loads."""

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import expect

from tests.factories import make_signature
from tests.press.factories import make_release
from undersigned.coalitions.models import Invitation
from undersigned.delivery.services import mailing_create, mailing_send, recipient_create
from undersigned.demo import data
from undersigned.demo.services import demo_load
from undersigned.press.services.attachments import attachment_create
from undersigned.signatures.models import Signature
from undersigned.signatures.tokens import (
    make_privacy_token,
    make_reconfirm_token,
    make_token,
    make_withdraw_token,
    new_nonce,
)
from undersigned.statements.models import Statement
from undersigned.statements.services import statement_version_publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SLUG = data.SLUG
COORDINATOR = "central.coordinator@example.org"  # the demo's coordinator for DE, AT and CH
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PASTED_LIST = """Signed by:
1. Elbe Riverside Citizens' Union, Dresden – Ada Lovelace, Chair
2. Dr. Jonas Weber, hydrologist, Leipzig
3. Salzach Fishers' Cooperative, Salzburg, Austria
"""


@pytest.fixture
def site(alice, settings):
    """The demo plus everything the pages need; returns the values that fill the paths."""
    settings.UNDERSIGNED_LIST_PAGE_SIZE = 40  # the demo list runs to a second page
    settings.UNDERSIGNED_EXPORT_INLINE_ROWS = 0  # exports go through the progress page
    demo_load()
    statement = Statement.objects.get(slug=SLUG)
    statement.owner = alice
    statement.save(update_fields=["owner"])
    first_signer = Signature.objects.filter(statement=statement, status=Signature.Status.CONFIRMED).first()
    pending = make_signature(
        statement,
        status=Signature.Status.PENDING,
        confirmation_nonce=new_nonce(),
        person_name="Klara Brandt",
        city="Passau",
        country="DE",
    )
    release = make_release(statement, include_map=True)
    attachment_create(
        statement=statement, upload=SimpleUploadedFile("map.png", PNG), title="Map of the river basins"
    )
    current = statement.current_version
    statement_version_publish(
        statement=statement,
        text=current.text.replace("river", "river and lake", 1) + "\n\nWe will report back in a year.",
        minor=False,
        note="Lakes included; a report in a year.",
    )
    minister = recipient_create(owner=alice, statement=statement, kind="addressee", name="Eva Schmidt",
                                email="minister@example.gov", greeting="Dear Minister Schmidt,")  # fmt: skip
    reporter = recipient_create(owner=alice, statement=statement, kind="media", name="Tom Reporter",
                                email="tom@herald.example")  # fmt: skip
    sent = mailing_create(statement=statement, subject=release.headline, recipients=[minister, reporter],
                          message="Our coalition asks for a meeting.", include_release=True)  # fmt: skip
    mailing_send(mailing=sent)
    draft = mailing_create(statement=statement, subject="A reminder", recipients=[minister, reporter])
    coordinator = get_user_model().objects.get(username=COORDINATOR)
    # A sign-on that was never confirmed, pressing a reconfirm button it should never have had.
    never_confirmed = make_signature(statement, status=Signature.Status.PENDING, person_name="Lena Vogt",
                                     country="AT", confirmation_nonce=new_nonce())  # fmt: skip
    return {
        "never_confirmed": make_reconfirm_token(never_confirmed, statement.current_version.number),
        "slug": SLUG,
        "confirm": make_token(pending),
        "withdraw": make_withdraw_token(first_signer),
        "privacy": make_privacy_token(first_signer),
        "reconfirm": make_reconfirm_token(first_signer, statement.current_version.number),
        "invitation": Invitation.objects.filter(statement=statement).first().token,
        "version": statement.current_version.number,
        "draft": draft.pk,
        "sent": sent.pk,
        "pending": pending.pk,
        "uid": urlsafe_base64_encode(force_bytes(coordinator.pk)),
        "reset_token": default_token_generator.make_token(coordinator),
        "users": {"alice": alice, "coordinator": coordinator},
    }


def _click(name: str) -> Callable:
    def act(page):
        page.get_by_role("button", name=name).click()

    return act


def _preview_a_version(page):
    text = page.locator("textarea[name=text]")
    text.fill(text.input_value() + "\n\nWe will meet again in **spring**.")
    page.get_by_role("button", name="Preview the new version").click()


def _paste_recipients(page):
    page.locator("textarea[name=text]").fill(
        "name,email,role,kind\nAnna Berg,anna@example.gov,Ministry of Water,addressee\nNo Address,nope,,media\n"
    )
    page.get_by_role("button", name="Review the rows").click()


def _paste_a_list(page):
    page.locator("textarea[name=text]").fill(PASTED_LIST)
    page.get_by_role("button", name="Read the list").click()
    page.get_by_role("heading", name="Review the signatories").wait_for()


GROUPED_LIST = """Signed by:

Germany
1. Elbe Riverside Citizens' Union, Dresden
2. Dr. Jonas Weber, hydrologist (verified)

Austria
3. Salzach Fishers' Cooperative, Salzburg
4. Salzach Fishers Cooperative, Salzburg
"""
# A prose-like second entry makes the parser start the list at 3: the review offers line 5 instead.
LIST_NUMBERED_FROM_3 = """Riverbank statement

We call on the councils of the Elbe and the Salzach to protect the rivers and stop new drainage permits now.

1. Elbe Riverside Citizens' Union
2. The school named after Anna Berger under the association, which we founded to teach children about the river.

Signed by:

3. Salzach Fishers' Cooperative
4. Moselle Anglers' Club
"""


def _paste(text: str, heading: str = "Review the signatories") -> Callable:
    def act(page):
        page.locator("textarea[name=text]").fill(text)
        page.get_by_role("button", name="Read the list").click()
        page.get_by_role("heading", name=heading).wait_for()

    return act


def _start_the_list_at_line_5(page):
    _paste(LIST_NUMBERED_FROM_3)(page)
    page.get_by_role("button", name="Start the list at line 5").click()
    page.get_by_text("Check where the list starts").wait_for(state="detached")


def _set_a_groups_country(page):
    _paste(GROUPED_LIST)(page)
    page.locator("#group-2-country").select_option("CH")
    with page.expect_navigation():
        page.locator("button[value=group-2]").click()


def _bulk_edit_two_rows(page):
    _paste(GROUPED_LIST)(page)
    page.get_by_label("Select row 1", exact=True).check()
    page.get_by_label("Select row 3", exact=True).check()
    page.locator("#bulk-country").select_option("LU")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply to the selected rows").click()


def _paste_too_many_lines(page):
    text = "Signed by:\n" + "\n".join(f"{n}. Club {n}" for n in range(1, 10_002))
    # Typing ten thousand lines takes Playwright minutes; a paste sets the value at once, as this does.
    page.eval_on_selector("textarea[name=text]", "(area, text) => { area.value = text; }", text)
    page.get_by_role("button", name="Read the list").click()
    page.get_by_text("one import reads at most 10,000").wait_for()


@dataclass(frozen=True)
class Visit:
    path: str
    who: str | None = None  # None: a visitor; "alice": the owner; "coordinator": Central Europe's
    then: Callable | None = None  # what the person does on the page before it is checked
    status: int = 200

    @property
    def id(self):
        name = self.path.replace("{slug}", "<slug>")
        name = re.sub(r"\{(\w+)\}", r"<\1>", name)
        return f"{self.who or 'public'}:{name}{' then ' + self.then.__name__ if self.then else ''}"


def _named(name: str, action: Callable) -> Callable:
    action.__name__ = name
    return action


PUBLIC = [
    Visit("/"),
    Visit("/s/{slug}/"),
    Visit("/s/{slug}/", then=_named("submits-empty-form", _click("Sign")), status=400),
    Visit("/s/{slug}/check-email/?result=created"),
    Visit("/s/{slug}/check-email/?result=resent"),
    Visit("/s/{slug}/check-email/?result=already_confirmed"),
    Visit("/s/{slug}/check-email/?result=not_accepted"),
    Visit("/s/{slug}/confirm/{confirm}/"),
    Visit("/s/{slug}/confirm/{confirm}/", then=_named("confirms", _click("Confirm my signature"))),
    Visit("/s/{slug}/confirm/not-a-token/", status=400),
    Visit("/s/{slug}/withdraw/{withdraw}/"),
    Visit("/s/{slug}/withdraw/{withdraw}/", then=_named("withdraws", _click("Withdraw my signature"))),
    Visit("/s/{slug}/withdraw/not-a-token/", status=400),
    Visit("/s/{slug}/privacy/{privacy}/"),
    Visit("/s/{slug}/privacy/{privacy}/erase/"),
    Visit("/s/{slug}/privacy/{privacy}/erase/", then=_named("erases", _click("Erase my data"))),
    Visit("/s/{slug}/privacy/not-a-token/", status=400),
    Visit("/s/{slug}/reconfirm/{reconfirm}/"),
    Visit("/s/{slug}/reconfirm/{reconfirm}/", then=_named("reconfirms", _click("I endorse version 2"))),
    Visit("/s/{slug}/reconfirm/not-a-token/", status=400),
    Visit("/s/{slug}/reconfirm/{never_confirmed}/", status=400),
    Visit("/s/{slug}/signatories/"),
    Visit("/s/{slug}/signatories/?page=2"),
    Visit("/s/{slug}/versions/"),
    Visit("/s/{slug}/versions/1/"),
    Visit("/s/{slug}/versions/{version}/"),
    Visit("/s/{slug}/join/{invitation}/"),
    Visit(
        "/s/{slug}/join/{invitation}/",
        then=_named("submits-empty-form", _click("Sign for the organization")),
        status=400,
    ),  # fmt: skip
    Visit("/s/{slug}/join/not-a-token/", status=404),
    Visit("/s/{slug}/press-release/"),
    Visit("/s/{slug}/embed/"),
    Visit("/s/{slug}/embed/", then=_named("submits-empty-form", _click("Sign")), status=400),
    Visit("/s/{slug}/embed/thanks/"),
    Visit("/s/{slug}/export.pdf", status=202),
    Visit("/news/"),
    Visit("/login/"),
    Visit("/login/", then=_named("logs-in-wrongly", _click("Log in")), status=200),
    Visit("/coordinate/welcome/{uid}/{reset_token}/"),
    Visit("/coordinate/welcome/{uid}/not-a-token/"),
    Visit("/login/reset/"),
    Visit("/login/reset/", then=_named("submits-empty-form", _click("Send the link")), status=200),
    Visit("/login/reset/sent/"),
    Visit("/login/reset/{uid}/{reset_token}/"),
    Visit("/login/reset/{uid}/not-a-token/"),
    Visit("/login/reset/done/"),
    Visit("/s/no-such-statement/", status=404),
    Visit("/api/docs"),
]
OWNER = [
    Visit("/manage/", who="alice"),
    Visit("/manage/new/", who="alice"),
    Visit("/manage/new/", who="alice", then=_named("saves-nothing", _click("Save as a draft")), status=400),
    Visit("/manage/s/{slug}/", who="alice"),
    Visit("/manage/s/{slug}/", who="alice", then=_named("closes-the-sign-on", _click("Close the sign-on"))),
    Visit("/manage/s/{slug}/dashboard/", who="alice"),
    Visit("/manage/s/{slug}/co-owners/", who="alice"),
    Visit(
        "/manage/s/{slug}/co-owners/",
        who="alice",
        then=_named("invites-nobody", _click("Invite")),
        status=400,
    ),  # fmt: skip
    Visit("/manage/s/{slug}/coordinators/", who="alice"),
    Visit("/manage/s/{slug}/audit/", who="alice"),
    Visit("/manage/s/{slug}/import/", who="alice"),
    Visit("/manage/s/{slug}/import/", who="alice", then=_named("pastes-a-list", _paste_a_list)),
    Visit("/manage/s/{slug}/settings/", who="alice"),
    Visit("/manage/s/{slug}/embed/", who="alice"),
    Visit("/manage/s/{slug}/versions/new/", who="alice"),
    Visit("/manage/s/{slug}/versions/new/", who="alice", then=_named("previews", _preview_a_version)),
    Visit("/manage/s/{slug}/versions/{version}/sending/", who="alice"),
    Visit("/coordinate/s/{slug}/reminders/", who="alice"),
    Visit("/manage/s/{slug}/recipients/csv/", who="alice"),
    Visit(
        "/manage/s/{slug}/recipients/csv/", who="alice", then=_named("pastes-recipients", _paste_recipients)
    ),
    Visit("/manage/s/{slug}/publication/", who="alice"),
    Visit("/manage/s/{slug}/press-release/", who="alice"),
    Visit("/manage/s/{slug}/attachments/", who="alice"),
    Visit("/manage/s/{slug}/recipients/", who="alice"),
    Visit(
        "/manage/s/{slug}/recipients/",
        who="alice",
        then=_named("adds-nobody", _click("Add recipient")),
        status=400,
    ),  # fmt: skip
    Visit("/manage/s/{slug}/deliveries/", who="alice"),
    Visit("/manage/s/{slug}/deliveries/{draft}/", who="alice"),
    Visit("/manage/s/{slug}/deliveries/{sent}/", who="alice"),
    Visit("/coordinate/s/{slug}/", who="alice"),
    Visit("/account/security/", who="alice"),
    Visit("/coordinate/s/{slug}/?state=confirmed&country=DE&page=2", who="alice"),
]
IMPORT_STATES = [
    Visit(
        "/manage/s/{slug}/import/", who="alice", then=_named("pastes-a-grouped-list", _paste(GROUPED_LIST))
    ),
    Visit(
        "/manage/s/{slug}/import/",
        who="alice",
        then=_named("pastes-a-list-numbered-from-3", _paste(LIST_NUMBERED_FROM_3)),
    ),
    Visit(
        "/manage/s/{slug}/import/",
        who="alice",
        then=_named("starts-the-list-at-line-5", _start_the_list_at_line_5),
    ),
    Visit(
        "/manage/s/{slug}/import/", who="alice", then=_named("sets-a-groups-country", _set_a_groups_country)
    ),
    Visit("/manage/s/{slug}/import/", who="alice", then=_named("bulk-edits-two-rows", _bulk_edit_two_rows)),
    Visit(
        "/manage/s/{slug}/import/",
        who="alice",
        then=_named("pastes-too-many-lines", _paste_too_many_lines),
        status=400,
    ),
]
COORDINATOR_PAGES = [
    Visit("/manage/", who="coordinator"),
    Visit("/coordinate/s/{slug}/", who="coordinator"),
    Visit("/coordinate/s/{slug}/invitations/new/", who="coordinator"),
    Visit("/coordinate/s/{slug}/sign-ons/new/", who="coordinator"),
    Visit(
        "/coordinate/s/{slug}/sign-ons/new/",
        who="coordinator",
        then=_named("submits-empty-form", _click("Record the sign-on")),
        status=400,
    ),  # fmt: skip
    Visit("/coordinate/s/{slug}/reminders/", who="coordinator"),
    Visit("/coordinate/s/{slug}/sign-ons/{pending}/", who="coordinator"),
    Visit("/coordinate/s/{slug}/sign-ons/{pending}/confirm/", who="coordinator"),
    Visit("/manage/s/{slug}/import/", who="coordinator", then=_named("pastes-a-list", _paste_a_list)),
    Visit("/account/security/", who="coordinator"),
    Visit(
        "/account/security/",
        who="coordinator",
        then=_named("submits-empty-form", _click("Turn two-step login on")),
        status=400,
    ),  # fmt: skip
]
VISITS = PUBLIC + OWNER + COORDINATOR_PAGES + IMPORT_STATES


def log_in(page, client, user, live_server):
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def assert_light_for_slow_links(page, requests, live_server):
    """Everything comes from this site, and every image reserves its space before it arrives."""
    foreign = [url for url in requests if not url.startswith(live_server.url) and not url.startswith("data:")]
    assert foreign == [], f"{page.url} loads from other hosts: {foreign}"
    unsized = page.eval_on_selector_all(
        "img",
        "imgs => imgs.filter(i => !i.getAttribute('width') || !i.getAttribute('height')).map(i => i.src)",
    )
    assert unsized == [], f"{page.url} has images without width and height: {unsized}"


@pytest.mark.parametrize("visit", VISITS, ids=[visit.id for visit in VISITS])
def test_the_page_is_accessible(visit, site, live_server, page, client, accessible):
    if visit.who:
        log_in(page, client, site["users"][visit.who], live_server)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(live_server.url + visit.path.format(**site))
    if visit.then:
        with page.expect_navigation() as navigation:
            visit.then(page)
        response = navigation.value
    assert response.status == visit.status, page.url
    accessible(page)
    assert_light_for_slow_links(page, requests, live_server)


PHONE = [
    Visit("/login/"),
    Visit("/account/security/", who="coordinator"),
    Visit("/manage/", who="alice"),
    Visit("/s/{slug}/"),
    Visit("/s/{slug}/", then=_named("submits-empty-form", _click("Sign")), status=400),
    Visit("/s/{slug}/signatories/"),
    Visit("/s/{slug}/press-release/"),
    Visit("/s/{slug}/versions/{version}/"),
    Visit("/s/{slug}/reconfirm/{reconfirm}/"),
    Visit("/s/{slug}/join/{invitation}/"),
    Visit("/manage/s/{slug}/versions/new/", who="alice", then=_named("previews", _preview_a_version)),
    Visit(
        "/manage/s/{slug}/recipients/csv/", who="alice", then=_named("pastes-recipients", _paste_recipients)
    ),
    Visit("/coordinate/s/{slug}/reminders/", who="coordinator"),
    Visit("/news/"),
    Visit("/manage/s/{slug}/", who="alice"),
    Visit("/manage/new/", who="alice"),
    Visit("/manage/s/{slug}/dashboard/", who="alice"),
    Visit("/manage/s/{slug}/embed/", who="alice"),
    Visit("/s/{slug}/embed/"),
    Visit("/manage/s/{slug}/co-owners/", who="alice"),
    Visit("/manage/s/{slug}/coordinators/", who="alice"),
    Visit("/manage/s/{slug}/audit/", who="alice"),
    Visit("/manage/s/{slug}/publication/", who="alice"),
    Visit("/manage/s/{slug}/attachments/", who="alice"),
    Visit("/manage/s/{slug}/recipients/", who="alice"),
    Visit("/manage/s/{slug}/deliveries/{draft}/", who="alice"),
    Visit("/manage/s/{slug}/deliveries/{sent}/", who="alice"),
    Visit("/coordinate/s/{slug}/", who="coordinator"),
    Visit("/manage/s/{slug}/import/", who="coordinator", then=_named("pastes-a-list", _paste_a_list)),
    *IMPORT_STATES,
]


@pytest.mark.parametrize("visit", PHONE, ids=[visit.id for visit in PHONE])
def test_the_page_fits_a_phone(visit, site, live_server, phone_page, client, accessible):
    """At 360 px nothing but a table's own scroll region may scroll sideways."""
    if visit.who:
        log_in(phone_page, client, site["users"][visit.who], live_server)
    phone_page.goto(live_server.url + visit.path.format(**site))
    if visit.then:
        with phone_page.expect_navigation():
            visit.then(phone_page)
    accessible(phone_page)
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{phone_page.url} is {width} px wide on a 360 px phone"


FOCUSED = """() => {
    const el = document.activeElement, style = getComputedStyle(el);
    return {tag: el.tagName, name: el.name || "", id: el.id, cls: el.className,
            outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2};
}"""


def test_the_statement_page_can_be_read_and_signed_with_the_keyboard_alone(site, live_server, page):
    page.goto(f"{live_server.url}/s/{SLUG}/")

    # The first Tab reaches the skip link, which shows itself and moves focus to the main content.
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED)
    assert focused["cls"] == "skip-link" and focused["outline"]
    assert page.locator(".skip-link").bounding_box()["x"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    def tab_to(name, limit=40):
        for _ in range(limit):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            assert focused["outline"], f"no visible focus on {focused}"
            if focused["name"] == name:
                return
        raise AssertionError(f"Tab never reached the {name!r} field")

    tab_to("kind")
    organization, individual = (
        page.get_by_label("On behalf of an organization"),
        page.get_by_label("As an individual"),
    )
    assert organization.is_checked()
    page.keyboard.press("ArrowDown")
    assert individual.is_checked()
    expect(page.get_by_label("Your name")).to_be_visible()
    page.keyboard.press("ArrowUp")
    assert organization.is_checked()
    expect(page.get_by_label("Representative's name")).to_be_visible()
    for name, text in [("organization_name", "Moselle Anglers' Club"), ("representative_name", "Jean Weber"),
                       ("title", "Secretary"), ("city", "Trier")]:  # fmt: skip
        tab_to(name)
        page.keyboard.type(text)
    tab_to("country")
    page.keyboard.type("Luxembourg")
    assert page.get_by_label("Country").input_value() == "LU"
    tab_to("email")
    page.keyboard.type("jean@anglers.example")
    tab_to("consent_display")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Sign"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/check-email/" in page.url
    signature = Signature.objects.get(email="jean@anglers.example")
    assert (signature.kind, signature.organization_name, signature.representative_name, signature.country) == (
        Signature.Kind.ORGANIZATION, "Moselle Anglers' Club", "Jean Weber", "LU"
    )  # fmt: skip


STATEMENT_PAGE_BUDGET = 100 * 1024  # bytes over the wire, uncompressed, with nothing cached


def test_the_statement_page_stays_light(site, live_server, page):
    page.goto(f"{live_server.url}/s/{SLUG}/")
    page.wait_for_load_state("load")
    sizes = page.evaluate(
        """() => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
                 .map(e => [e.name, e.transferSize])"""
    )
    total = sum(size for _, size in sizes)
    print(f"\nThe statement page transfers {total} bytes: {sizes}")
    assert total < STATEMENT_PAGE_BUDGET, sizes
