"""The second factor: an authenticator app (TOTP), required for superusers, offered to everyone else on
/account/security/, and asked for after the password at /login/code/."""

import django.test
import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from undersigned.common import ratelimit

pytestmark = pytest.mark.django_db


def code(device, steps_ahead=0):
    """The code the app would show (`steps_ahead` 30-second steps later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + steps_ahead * device.step
    return f"{totp.token():06d}"


@pytest.fixture
def plain_client():
    """A client whose force_login gives no second factor."""
    return django.test.Client()


@pytest.fixture
def bob_with_app(bob):
    return TOTPDevice.objects.create(user=bob, name="phone", confirmed=True)


def test_a_superuser_without_an_app_is_sent_to_set_one_up_before_manage_or_admin(plain_client, alice):
    plain_client.force_login(alice)
    assert plain_client.get("/manage/")["Location"] == "/account/security/?next=%2Fmanage%2F"
    assert plain_client.get("/admin/")["Location"] == "/account/security/?next=%2Fadmin%2F"
    html = plain_client.get("/account/security/").content.decode()
    assert (
        "Administrators must set up two-step login before they reach the back office or any statement."
        in html
    )


def test_the_security_page_shows_a_qr_code_and_the_key_and_a_right_code_turns_it_on(plain_client, alice):
    plain_client.force_login(alice)
    html = plain_client.get("/account/security/?next=/admin/").content.decode()
    assert '<svg role="img"' in html
    assert "<title>QR code for your authenticator app</title>" in html
    device = TOTPDevice.objects.get(user=alice, confirmed=False)
    key = "".join(html.split('<code class="secret" id="totp-secret">')[1].split("</code>")[0].split())
    import base64

    assert base64.b32decode(key + "=" * (-len(key) % 8)) == device.bin_key
    response = plain_client.post("/account/security/", {"code": code(device), "next": "/admin/"})
    assert response["Location"] == "/admin/"
    assert plain_client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_a_wrong_code_is_shown_next_to_the_field_and_turns_nothing_on(plain_client, bob):
    plain_client.force_login(bob)
    plain_client.get("/account/security/")
    response = plain_client.post("/account/security/", {"code": "000000"})
    assert response.status_code == 400
    html = response.content.decode()
    assert (
        '<ul class="errorlist" id="id_code_errors"><li>That code is not right. Enter the code your app shows now.</li></ul>'
        in html
    )
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


def test_a_code_that_is_not_six_digits_is_refused_next_to_the_field(plain_client, bob):
    plain_client.force_login(bob)
    response = plain_client.post("/account/security/", {"code": "12ab"})
    assert response.status_code == 400
    assert "Enter the 6 digits your authenticator app shows." in response.content.decode()


def test_an_owner_or_coordinator_need_not_set_it_up(plain_client, bob):
    plain_client.force_login(bob)
    assert plain_client.get("/manage/").status_code == 200


def test_with_an_app_the_password_alone_does_not_log_in(plain_client, bob_with_app):
    response = plain_client.post("/login/", {"username": "bob", "password": "bob-password"})
    assert response["Location"] == "/login/code/"
    assert "_auth_user_id" not in plain_client.session
    html = plain_client.get(response["Location"]).content.decode()
    assert "Your account has two-step login." in html
    response = plain_client.post("/login/code/", {"code": code(bob_with_app), "next": "/manage/"})
    assert response["Location"] == "/manage/"
    assert plain_client.session["_auth_user_id"] == str(bob_with_app.user.pk)


def test_a_wrong_code_at_login_logs_nobody_in(plain_client, bob_with_app):
    plain_client.post("/login/", {"username": "bob", "password": "bob-password"})
    response = plain_client.post("/login/code/", {"code": code(bob_with_app, steps_ahead=5)})
    assert response.status_code == 400
    assert "That code is not right. Enter the code your app shows now." in response.content.decode()
    assert "_auth_user_id" not in plain_client.session


def test_the_code_page_without_a_password_first_goes_back_to_login(plain_client, bob_with_app):
    assert plain_client.get("/login/code/")["Location"] == "/login/"
    assert plain_client.post("/login/code/", {"code": code(bob_with_app)})["Location"] == "/login/"


def test_wrong_codes_are_limited_per_account(plain_client, bob_with_app, monkeypatch, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    monkeypatch.setattr(ratelimit, "now", lambda: 1_800_000_000 - 1_800_000_000 % 3600)
    plain_client.post("/login/", {"username": "bob", "password": "bob-password"})
    for _ in range(5):
        plain_client.post("/login/code/", {"code": code(bob_with_app, steps_ahead=5)})
    response = plain_client.post("/login/code/", {"code": code(bob_with_app)})
    assert response.status_code == 429
    assert "Too many wrong codes. Try again in 15 minutes." in response.content.decode()
    assert "_auth_user_id" not in plain_client.session


def test_a_next_address_on_another_site_is_ignored(plain_client, bob_with_app):
    plain_client.post("/login/", {"username": "bob", "password": "bob-password"})
    response = plain_client.post(
        "/login/code/", {"code": code(bob_with_app), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/manage/"


def test_a_coordinator_turns_it_off_with_a_code(plain_client, bob_with_app):
    plain_client.force_login(bob_with_app.user)
    html = plain_client.get("/account/security/").content.decode()
    assert "Two-step login is on: after your password you enter a code from your authenticator app." in html
    response = plain_client.post("/account/security/remove/", {"code": code(bob_with_app)}, follow=True)
    assert "Two-step login is off. Your password alone logs you in." in response.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


def test_a_superuser_cannot_turn_it_off(client, alice):
    client.force_login(alice)
    device = TOTPDevice.objects.get(user=alice)
    response = client.post("/account/security/remove/", {"code": code(device)})
    assert response.status_code == 400
    assert "Administrators must keep two-step login on." in response.content.decode()
    assert TOTPDevice.objects.filter(user=alice).exists()


def test_a_superuser_with_an_app_whose_session_has_no_code_is_asked_for_it(plain_client, alice):
    TOTPDevice.objects.create(user=alice, name="phone", confirmed=True)
    plain_client.force_login(alice)
    assert plain_client.get("/manage/s/x/")["Location"] == "/login/code/?next=%2Fmanage%2Fs%2Fx%2F"


def test_the_back_office_login_is_the_one_login_page(plain_client):
    assert plain_client.get("/admin/login/?next=/admin/")["Location"] == "/login/?next=%2Fadmin%2F"
    response = plain_client.get("/admin/", follow=True)
    assert response.redirect_chain == [("/admin/login/?next=/admin/", 302), ("/login/?next=%2Fadmin%2F", 302)]


def test_the_security_page_needs_a_login(plain_client):
    assert plain_client.get("/account/security/")["Location"] == "/login/?next=/account/security/"


def test_removing_needs_a_post(plain_client, bob):
    plain_client.force_login(bob)
    assert plain_client.get("/account/security/remove/").status_code == 405


def test_an_account_without_back_office_access_is_told_so_instead_of_going_round_in_circles(
    plain_client, bob
):
    plain_client.force_login(bob)
    response = plain_client.get("/admin/", follow=True)
    assert response.redirect_chain == [("/admin/login/?next=/admin/", 302)]
    assert response.status_code == 403
    assert (
        "You are authenticated as bob, but are not authorized to access this page."
        in response.content.decode()
    )
