"""Olga organizes a statement. She turns on two-step login from "Account security", typing the setup key
into her authenticator app, then logs out and in again with her password and a code; a wrong code first is
refused next to the field. Later she forgets her password and asks for a link, and guesses too often: the
lockout and the limit pages say how long to wait. Every page is checked with axe-core."""

import base64
import re

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

from tests.factories import make_statement
from undersigned.common import ratelimit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def app_code(key_text: str, steps_ahead: int = 0) -> str:
    """What an authenticator app shows for the setup key on the page (`steps_ahead` 30-second steps on)."""
    key = "".join(key_text.split())
    totp = TOTP(base64.b32decode(key + "=" * (-len(key) % 8)))
    totp.time = totp.time + steps_ahead * 30
    return f"{totp.token():06d}"


def log_in_with_password(page, live_server, password="olga-password"):
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill("olga")
    page.get_by_label("Password").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()


def test_olga_turns_on_two_step_login_and_logs_in_with_a_code(
    live_server, page, accessible, django_user_model, settings, monkeypatch
):
    # django-otp's own pause after a wrong code would refuse the right one typed a moment later.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    monkeypatch.setattr(ratelimit, "now", lambda: 1_800_000_000 - 1_800_000_000 % 3600)
    olga = django_user_model.objects.create_user("olga", "olga@example.org", "olga-password")
    make_statement(slug="clean-rivers", title="Clean rivers", user=olga)

    log_in_with_password(page, live_server)
    page.wait_for_url(re.compile(r"/manage/$"))
    page.get_by_role("navigation", name="Account").get_by_role("link", name="Account security").click()
    page.wait_for_url(re.compile(r"/account/security/$"))
    expect(page.get_by_role("img", name="QR code for your authenticator app")).to_be_visible()
    accessible(page)

    key_text = page.locator("#totp-secret").inner_text()
    page.get_by_label("Code from your authenticator app").fill(app_code(key_text))
    page.get_by_role("button", name="Turn two-step login on").click()
    page.wait_for_url(re.compile(r"/manage/$"))
    assert page.get_by_role("status").inner_text() == (
        "Two-step login is on. From now on you enter a code from your app after your password."
    )
    accessible(page)

    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(re.compile(r"/login/$"))
    log_in_with_password(page, live_server)
    page.wait_for_url(re.compile(r"/login/code/"))
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    accessible(page)

    page.get_by_label("Code from your authenticator app").fill(app_code(key_text, steps_ahead=5))
    with page.expect_navigation():
        page.get_by_role("button", name="Log in").click()
    assert (
        page.locator("#id_code_errors").inner_text()
        == "That code is not right. Enter the code your app shows now."
    )
    accessible(page)

    # The code of the next 30 seconds: the one used to turn it on cannot be used twice.
    page.get_by_label("Code from your authenticator app").fill(app_code(key_text, steps_ahead=1))
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/manage/$"))
    expect(page.get_by_text("Logged in as olga")).to_be_visible()

    page.goto(f"{live_server.url}/account/security/")
    expect(
        page.get_by_text(
            "Two-step login is on: after your password you enter a code from your authenticator app."
        )
    ).to_be_visible()
    accessible(page)


def test_olga_forgets_her_password_and_is_told_to_wait_after_too_many_tries(
    live_server, page, accessible, django_user_model, settings, monkeypatch
):
    monkeypatch.setattr(ratelimit, "now", lambda: 1_800_000_000 - 1_800_000_000 % 3600)
    limits = settings.UNDERSIGNED_RATE_LIMITS
    settings.UNDERSIGNED_RATE_LIMITS = {**limits, "login_failures": (2, 900), "password_reset_ip": (1, 3600)}
    django_user_model.objects.create_user("olga", "olga@example.org", "olga-password")

    for _ in range(3):
        log_in_with_password(page, live_server, password="rivers-and-lakes")
    assert page.get_by_role("alert").inner_text() == "Too many failed logins. Try again in 15 minutes."
    accessible(page)

    page.get_by_role("link", name="Forgot your password?").click()
    page.wait_for_url(re.compile(r"/login/reset/$"))
    accessible(page)
    page.get_by_label("Email").fill("olga@example.org")
    page.get_by_role("button", name="Send the link").click()
    page.wait_for_url(re.compile(r"/login/reset/sent/$"))
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    accessible(page)

    page.go_back()
    page.get_by_label("Email").fill("olga@example.org")
    with page.expect_navigation():
        page.get_by_role("button", name="Send the link").click()
    assert page.get_by_role("alert").inner_text() == "Too many attempts. Try again in 60 minutes."
    accessible(page)
