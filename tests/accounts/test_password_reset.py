"""Password reset by email under /login/reset/: the worker sends the link, the page answers alike for any
address, the new password must pass the validators, and the requests are limited."""

import re

import pytest

from undersigned.common import ratelimit

pytestmark = pytest.mark.django_db

SENT = "If an account has this address, an email with a link to choose a new password is on its way."


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    monkeypatch.setattr(ratelimit, "now", lambda: 1_800_000_000 - 1_800_000_000 % 3600)


def ask(client, email="bob@example.org", ip="203.0.113.7"):
    return client.post("/login/reset/", {"email": email}, REMOTE_ADDR=ip)


def reset_link(mail):
    return re.search(r"http://testserver(/login/reset/\S+/)", mail.body).group(1)


def test_the_login_page_links_to_the_password_reset(client):
    html = client.get("/login/").content.decode()
    assert '<a href="/login/reset/">Forgot your password?</a>' in html


def test_a_coordinator_gets_a_link_by_email_from_the_worker_and_chooses_a_new_password(
    client, bob, mailoutbox, run_tasks
):
    response = ask(client)
    assert response["Location"] == "/login/reset/sent/"
    assert SENT in client.get("/login/reset/sent/").content.decode()
    assert mailoutbox == []
    run_tasks()
    [mail] = mailoutbox
    assert mail.to == ["bob@example.org"]
    assert mail.subject == "Choose a new password for undersigned"
    assert "Someone asked to reset the password of the account bob." in mail.body
    assert "The link works once, for 2 hours." in mail.body
    form_url = client.get(reset_link(mail))["Location"]
    assert form_url.endswith("/set-password/")
    response = client.post(
        form_url, {"new_password1": "river-otter-morning", "new_password2": "river-otter-morning"}
    )
    assert response["Location"] == "/login/reset/done/"
    assert (
        "Your new password is saved. Log in with it now." in client.get("/login/reset/done/").content.decode()
    )
    bob.refresh_from_db()
    assert bob.check_password("river-otter-morning")


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, mailoutbox, run_tasks):
    assert ask(client, email="nobody@example.org")["Location"] == "/login/reset/sent/"
    run_tasks()
    assert mailoutbox == []


def test_a_coordinator_who_never_chose_a_password_may_reset_it(client, bob, mailoutbox, run_tasks):
    bob.set_unusable_password()
    bob.save()
    ask(client)
    run_tasks()
    assert len(mailoutbox) == 1


def test_a_weak_new_password_is_refused_next_to_the_field(client, bob, mailoutbox, run_tasks):
    ask(client)
    run_tasks()
    form_url = client.get(reset_link(mailoutbox[0]))["Location"]
    response = client.post(form_url, {"new_password1": "12345", "new_password2": "12345"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<ul class="errorlist" id="id_new_password2_errors">' in html
    assert "This password is too short. It must contain at least 10 characters." in html
    assert "This password is too common." in html
    assert "This password is entirely numeric." in html


def test_a_used_link_cannot_be_used_again(client, bob, mailoutbox, run_tasks):
    ask(client)
    run_tasks()
    link = reset_link(mailoutbox[0])
    form_url = client.get(link)["Location"]
    client.post(form_url, {"new_password1": "river-otter-morning", "new_password2": "river-otter-morning"})
    html = client.get(link, follow=True).content.decode()
    assert "The link has expired or was already used." in html


def test_twenty_requests_for_one_address_send_at_most_three_emails(client, bob, mailoutbox, run_tasks):
    statuses = [ask(client, ip=f"198.51.100.{n}").status_code for n in range(20)]
    run_tasks()
    assert len(mailoutbox) == 3
    assert statuses == [302] * 3 + [429] * 17


def test_one_client_address_may_ask_ten_times_an_hour(client):
    statuses = [ask(client, email=f"p{n}@example.org").status_code for n in range(11)]
    assert statuses == [302] * 10 + [429]
    response = ask(client, email="other@example.org")
    assert response["Retry-After"] == "3600"
    assert "Too many attempts. Try again in 60 minutes." in response.content.decode()


def test_a_bad_address_is_shown_next_to_the_field(client):
    response = ask(client, email="not-an-address")
    assert response.status_code == 200
    assert '<ul class="errorlist" id="id_email_errors"><li>Enter a valid email address.</li></ul>' in (
        response.content.decode()
    )
