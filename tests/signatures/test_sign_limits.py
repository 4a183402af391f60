"""Limits on POST /s/<slug>/sign/: per client address, with a 429 page over it, and on the confirmation emails
one address receives, which the worker holds back while the page answers every address alike."""

import pytest

from tests.signatures.test_sign import VALID_PERSON
from undersigned.common import ratelimit
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

TOO_MANY = "Too many attempts. Try again in 60 minutes."


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    class Clock:
        now = 1_800_000_000 - 1_800_000_000 % 3600

    monkeypatch.setattr(ratelimit, "now", lambda: Clock.now)
    return Clock


def sign(client, statement, ip="203.0.113.7", **changes):
    return client.post(f"/s/{statement.slug}/sign/", {**VALID_PERSON, **changes}, REMOTE_ADDR=ip)


def test_twenty_sign_ons_for_one_address_send_it_at_most_three_emails(
    client, statement, mailoutbox, run_tasks
):
    responses = [sign(client, statement, ip=f"203.0.113.{n}") for n in range(20)]
    run_tasks()
    assert len(mailoutbox) == 3
    assert [r.status_code for r in responses] == [302] * 20


def test_over_the_limit_it_answers_429_with_a_clear_page_and_retry_after(client, statement, settings):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "sign_ip": (3, 3600)}
    for n in range(3):
        sign(client, statement, email=f"person{n}@example.org")
    response = sign(client, statement, email="one-more@example.org")
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = response.content.decode()
    assert "<h1>Too many attempts</h1>" in html
    assert f'<p class="problem" role="alert">{TOO_MANY}</p>' in html


def test_one_client_address_may_sign_twenty_times_an_hour(client, statement):
    statuses = [sign(client, statement, email=f"person{n}@example.org").status_code for n in range(21)]
    assert statuses == [302] * 20 + [429]
    assert Signature.objects.count() == 20


def test_the_email_limit_resets_after_the_window(client, statement, clock, mailoutbox, run_tasks):
    for _ in range(4):
        sign(client, statement)
    run_tasks()
    assert len(mailoutbox) == 3
    clock.now += 3600
    assert sign(client, statement).status_code == 302
    run_tasks()
    assert len(mailoutbox) == 4


def test_a_form_with_errors_counts_against_the_client_address_but_sends_nothing(client, statement, settings):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "sign_ip": (2, 3600)}
    assert [sign(client, statement, email="nope").status_code for _ in range(3)] == [400, 400, 429]


def test_a_made_up_x_forwarded_for_does_not_escape_the_limit(client, statement, settings):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "sign_ip": (2, 3600)}
    statuses = [
        client.post(
            f"/s/{statement.slug}/sign/",
            {**VALID_PERSON, "email": f"p{n}@example.org"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}",
        ).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]
