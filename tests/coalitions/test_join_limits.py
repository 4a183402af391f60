"""Limits on an invitation link (/s/<slug>/join/<token>/) and on a coordinator entering a pending address again."""

import pytest

from tests.coalitions.test_join import SIGN, _url, invitation  # noqa: F401 - the fixture
from undersigned.common import ratelimit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    monkeypatch.setattr(ratelimit, "now", lambda: 1_800_000_000 - 1_800_000_000 % 3600)


@pytest.fixture
def many_uses(invitation):  # noqa: F811
    invitation.max_uses = 100
    invitation.save(update_fields=["max_uses"])
    return invitation


def test_twenty_joins_with_one_address_send_it_at_most_three_emails(client, many_uses, mailoutbox, run_tasks):
    statuses = [
        client.post(_url(many_uses), SIGN, REMOTE_ADDR=f"203.0.113.{n}").status_code for n in range(20)
    ]
    run_tasks()
    assert len(mailoutbox) == 3
    # The page answers every address alike; the limit holds back the emails, not the answer.
    assert statuses == [302] * 20


def test_one_client_address_may_post_twenty_times_an_hour_to_invitation_links(client, many_uses):
    statuses = [
        client.post(
            _url(many_uses), {**SIGN, "email": f"p{n}@inn.example"}, REMOTE_ADDR="203.0.113.7"
        ).status_code
        for n in range(21)
    ]
    assert statuses[-1] == 429
    assert 429 not in statuses[:20]
    response = client.post(_url(many_uses), SIGN, REMOTE_ADDR="203.0.113.7")
    assert "Too many attempts. Try again in 60 minutes." in response.content.decode()


def test_a_coordinator_entering_an_address_again_and_again_sends_it_at_most_three_emails(
    client, bob, bob_coordinates, mailoutbox, run_tasks
):
    client.force_login(bob)
    entry = {
        "kind": "individual",
        "person_name": "Jonas Weber",
        "country": "DE",
        "email": "jonas@example.org",
    }
    statuses = [client.post("/coordinate/s/rivers/sign-ons/new/", entry).status_code for _ in range(5)]
    run_tasks()
    assert len(mailoutbox) <= 3
    assert statuses[-1] == 429
