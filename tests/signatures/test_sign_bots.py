"""The sign form against bots: a honeypot on every statement, and the anti-bot puzzle where the owner
switched it on (POST /s/<slug>/sign/, GET /s/<slug>/challenge/)."""

import logging

import pytest
from django.test import Client
from django.utils.html import escape

from tests.factories import make_statement
from tests.pow_answers import pow_answer
from tests.signatures.test_sign import VALID_PERSON, sign
from undersigned.common.pow import challenge_create
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db

NEEDS_JAVASCRIPT = (
    "This statement asks your browser to solve a small puzzle to keep bots out. "
    "Please turn on JavaScript and sign again."
)


@pytest.fixture(autouse=True)
def easy_puzzle(settings):
    settings.UNDERSIGNED_POW_MAX_NUMBER = 300


@pytest.fixture
def guarded():
    return make_statement(slug="guarded", proof_of_work=True)


def test_the_honeypot_is_hidden_from_people_screen_readers_and_the_keyboard(client, statement):
    html = client.get(f"/s/{statement.slug}/").content.decode()
    assert '<div class="honeypot" aria-hidden="true">' in html
    assert 'name="website"' in html
    field = html[html.index('name="website"') - 200 : html.index('name="website"') + 200]
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field


def test_a_filled_honeypot_gets_check_your_email_and_nothing_is_stored_or_sent(
    client, statement, mailoutbox, run_tasks, caplog
):
    with caplog.at_level(logging.WARNING, logger="undersigned.bots"):
        response = sign(client, statement, website="https://cheap-pills.example")
    assert response.status_code == 302
    assert response["Location"] == f"/s/{statement.slug}/check-email/"
    assert Signature.objects.count() == 0
    run_tasks()
    assert mailoutbox == []
    assert f"Sign form of {statement.slug}: honeypot filled" in caplog.text


def test_a_filled_honeypot_gets_the_same_answer_even_when_the_rest_is_nonsense(client, statement):
    response = sign(client, statement, website="x", email="not-an-email", person_name="")
    assert response.status_code == 302
    assert response["Location"] == f"/s/{statement.slug}/check-email/"
    assert Signature.objects.count() == 0


def test_a_statement_without_the_puzzle_asks_for_no_answer(client, statement):
    html = client.get(f"/s/{statement.slug}/").content.decode()
    assert "data-pow-challenge" not in html
    assert sign(client, statement).status_code == 302
    assert Signature.objects.count() == 1
    assert client.get(f"/s/{statement.slug}/challenge/").status_code == 404


def test_the_puzzle_page_says_javascript_is_needed_next_to_the_button(client, guarded):
    html = client.get("/s/guarded/").content.decode()
    assert 'data-pow-challenge="/s/guarded/challenge/"' in html
    assert (
        '<noscript><p class="problem">This statement asks your browser to solve a small puzzle to keep bots '
        "out; please turn on JavaScript to sign.</p></noscript>"
    ) in html
    assert html.index("<noscript>") < html.index('<button type="submit">')
    assert "/static/undersigned/pow.js" in html


def test_the_challenge_is_fresh_json_never_cached(client, guarded):
    response = client.get("/s/guarded/challenge/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert response.json()["maxNumber"] == 300
    assert client.post("/s/guarded/challenge/").status_code == 405


def test_a_sign_on_without_an_answer_gets_a_clear_error_next_to_the_puzzle(client, guarded, mailoutbox):
    response = sign(client, guarded)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<ul class="errorlist" id="id_altcha_errors"><li>{NEEDS_JAVASCRIPT}</li></ul>' in html
    assert f'<a href="#id_altcha">Anti-bot puzzle: {NEEDS_JAVASCRIPT}</a>' in html
    assert Signature.objects.count() == 0


def test_a_sign_on_with_a_solved_challenge_is_stored(client, guarded):
    challenge = Client().get("/s/guarded/challenge/").json()
    response = sign(client, guarded, altcha=pow_answer(challenge))
    assert response.status_code == 302
    assert response["Location"] == "/s/guarded/check-email/"
    assert Signature.objects.get().status == "pending"


def test_an_answer_cannot_sign_twice(client, guarded):
    answer = pow_answer(challenge_create())
    sign(client, guarded, altcha=answer)
    response = sign(client, guarded, altcha=answer, email="someone-else@example.org")
    assert response.status_code == 400
    assert (
        "This answer to the anti-bot puzzle was already used. Please sign again." in response.content.decode()
    )
    assert Signature.objects.count() == 1


@pytest.mark.parametrize(
    "altcha, message",
    [
        ("garbage", "Your browser's answer to the anti-bot puzzle was not accepted. Please sign again."),
        (None, NEEDS_JAVASCRIPT),
    ],
)
def test_a_bad_or_missing_answer_is_refused_with_its_reason(client, guarded, altcha, message):
    response = sign(client, guarded, altcha=altcha)
    assert response.status_code == 400
    assert escape(message) in response.content.decode()
    assert Signature.objects.count() == 0


def test_an_expired_answer_says_so(client, guarded):
    response = sign(client, guarded, altcha=pow_answer(challenge_create(seconds=-1)))
    assert response.status_code == 400
    assert "The puzzle your browser solved has expired. Please sign again." in response.content.decode()


def test_the_other_fields_keep_their_values_when_the_answer_is_refused(client, guarded):
    html = sign(client, guarded, altcha="garbage").content.decode()
    assert f'value="{VALID_PERSON["person_name"]}"' in html
