"""Rosa runs a partner organization's site. She pastes the statement's snippet into her page; a visitor
signs in the frame there, confirms by email, and the frame's count goes up. The sign-on is recorded as
coming from Rosa's site."""

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect

from tests.factories import make_signature, make_statement
from undersigned.signatures.embed.owner import embed_snippet
from undersigned.signatures.models import Signature

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def partner_site():
    """A tiny web server on 127.0.0.1, another site than the live server's localhost, serving the page
    the test gives it. Yields (origin, set_page)."""
    pages = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", pages
    server.shutdown()
    server.server_close()


def partner_page(snippet: str) -> str:
    """Rosa's page sends no Referer, so only embed.js's answer to the frame can tell it which site it is on."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">'
        "<title>River Friends</title></head>"
        f"<body><main><h1>River Friends campaign</h1>{snippet}</main></body></html>"
    )


def test_a_visitor_signs_in_the_frame_on_rosas_site_and_sees_the_count_rise(
    live_server, page, accessible, partner_site, mailoutbox, run_tasks, settings
):
    origin, pages = partner_site
    settings.SITE_URL = live_server.url
    statement = make_statement(slug="rivers", title="Save the rivers", embed_domains=origin)
    make_signature(statement)
    pages["/campaign/"] = partner_page(embed_snippet(statement))

    page.goto(f"{origin}/campaign/")
    frame = page.frame_locator("iframe[data-undersigned-embed]")
    expect(frame.get_by_role("heading", name="Save the rivers")).to_be_visible()
    expect(frame.locator("#live-count")).to_have_text("1 confirmed signature")
    # embed.js sized the frame to the form it holds (the snippet says 700 pixels).
    iframe = page.locator("iframe[data-undersigned-embed]")
    expect(iframe).to_have_attribute("style", re.compile(r"height: \d+px"))
    assert iframe.bounding_box()["height"] > 700

    frame.get_by_label("As an individual").check()
    frame.get_by_label("Your name").fill("Grace Liu")
    frame.get_by_label("City").fill("Passau")
    frame.get_by_label("Country").select_option("DE")
    frame.get_by_label("Email").fill("grace@example.org")
    frame.get_by_role("button", name="Sign").click()
    expect(frame.get_by_role("heading", name="Check your email")).to_be_visible()

    signature = Signature.objects.get(email="grace@example.org")
    assert (signature.source, signature.source_site) == ("embed", origin)

    run_tasks()
    link = re.search(r"http://\S+/confirm/\S+/", mailoutbox[0].body).group(0)
    page.goto(link.replace("http://testserver", live_server.url))
    page.get_by_role("button", name="Confirm my signature").click()
    expect(page.get_by_role("heading", name="Signature confirmed")).to_be_visible()

    page.goto(f"{origin}/campaign/")
    expect(frame.locator("#live-count")).to_have_text("2 confirmed signatures")


def test_the_embedded_form_is_accessible_on_its_own_and_after_an_error(live_server, page, accessible):
    make_statement(slug="rivers", title="Save the rivers")
    page.goto(f"{live_server.url}/s/rivers/embed/")
    accessible(page)
    page.get_by_role("button", name="Sign").click()
    expect(page.locator("#error-summary")).to_be_focused()
    accessible(page)


def test_a_site_that_is_not_a_partner_cannot_show_the_form(live_server, browser, partner_site, settings):
    """The browser itself refuses the frame (CSP frame-ancestors), so the form never appears there."""
    origin, pages = partner_site
    settings.SITE_URL = live_server.url
    statement = make_statement(
        slug="rivers", title="Save the rivers", embed_domains="https://partner.example"
    )
    pages["/copied/"] = partner_page(embed_snippet(statement))
    context = browser.new_context()
    page = context.new_page()
    refusals = []
    page.on(
        "console",
        lambda message: refusals.append(message.text) if "frame-ancestors" in message.text else None,
    )
    try:
        page.goto(f"{origin}/copied/")
        expect(page.get_by_role("heading", name="River Friends campaign")).to_be_visible()
        page.wait_for_load_state("load")
        frame = page.frame_locator("iframe[data-undersigned-embed]")
        expect(frame.get_by_role("heading", name="Save the rivers")).to_have_count(0)
        assert refusals, "Chromium should report the refused frame"
    finally:
        context.close()
