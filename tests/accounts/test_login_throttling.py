"""After repeated failed logins /login/ refuses further attempts for a while, and says so the same way
whether or not the account exists."""

import pytest

from undersigned.common import ratelimit

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed logins. Try again in 15 minutes."
WRONG = "Please enter a correct username and password. Note that both fields may be case-sensitive."


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    class Clock:
        now = 1_800_000_000 - 1_800_000_000 % 3600

    monkeypatch.setattr(ratelimit, "now", lambda: Clock.now)
    return Clock


def login(client, username="bob", password="wrong-password", ip="203.0.113.7"):
    return client.post("/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_after_five_wrong_passwords_even_the_right_one_is_refused_with_a_lockout_message(client, bob):
    for _ in range(5):
        assert WRONG in login(client).content.decode()
    response = login(client, password="bob-password")
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert f'<div class="problem" role="alert"><p>{LOCKED}</p></div>' in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_unknown_username_is_locked_out_with_the_same_words(client):
    for _ in range(5):
        login(client, username="nobody")
    response = login(client, username="nobody")
    assert response.status_code == 429
    assert LOCKED in response.content.decode()


def test_the_lockout_ends_after_the_window(client, bob, clock):
    for _ in range(6):
        login(client)
    clock.now += 900
    assert login(client, password="bob-password").status_code == 302


def test_the_lockout_is_per_username_and_address(client, bob, charlie):
    for _ in range(6):
        login(client)
    assert login(client, username="charlie", password="charlie-password").status_code == 302
    client.logout()
    assert login(client, password="bob-password", ip="198.51.100.1").status_code == 302


def test_one_username_guessed_from_many_addresses_is_locked_out_too(client, bob):
    for n in range(20):
        login(client, ip=f"198.51.100.{n}")
    response = login(client, password="bob-password", ip="192.0.2.1")
    assert response.status_code == 429
    assert "Too many failed logins. Try again in 60 minutes." in response.content.decode()


def test_one_client_address_may_try_thirty_logins_in_a_quarter_hour(client, bob):
    statuses = [login(client, username=f"user{n}").status_code for n in range(31)]
    assert statuses == [200] * 30 + [429]
    assert "Too many attempts. Try again in 15 minutes." in login(client).content.decode()
