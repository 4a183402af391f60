"""The API's sign-on on a statement whose owner switched on the anti-bot puzzle: GET a challenge from
/api/statements/<slug>/challenge, send its answer as `altcha`."""

import json

import pytest

from tests.api.test_signing import CHECK_EMAIL, sign
from tests.factories import make_statement
from tests.pow_answers import pow_answer
from undersigned.signatures.models import Signature

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def easy_puzzle(settings):
    settings.UNDERSIGNED_POW_MAX_NUMBER = 300


@pytest.fixture
def guarded():
    return make_statement(slug="guarded", proof_of_work=True)


def test_the_statement_says_that_it_asks_for_the_puzzle(client, guarded, statement):
    assert client.get("/api/statements/guarded").json()["proof_of_work"] is True
    assert client.get(f"/api/statements/{statement.slug}").json()["proof_of_work"] is False


def test_a_solved_challenge_signs(client, guarded):
    response = client.get("/api/statements/guarded/challenge")
    assert response["Cache-Control"] == "no-store"
    challenge = response.json()
    assert set(challenge) == {"algorithm", "challenge", "maxNumber", "salt", "signature"}
    response = sign(client, guarded, altcha=pow_answer(challenge))
    assert response.status_code == 202
    assert response.json() == CHECK_EMAIL
    assert Signature.objects.get().status == "pending"


def test_without_an_answer_the_sign_on_is_refused_on_the_altcha_field(client, guarded):
    response = sign(client, guarded)
    assert response.status_code == 422
    assert response.json()["errors"] == {
        "altcha": [
            "This statement asks your browser to solve a small puzzle to keep bots out. "
            "Please turn on JavaScript and sign again."
        ]
    }
    assert Signature.objects.count() == 0


def test_an_answer_signs_once(client, guarded):
    answer = pow_answer(client.get("/api/statements/guarded/challenge").json())
    assert sign(client, guarded, altcha=answer).status_code == 202
    response = sign(client, guarded, altcha=answer, email="another@example.org")
    assert response.status_code == 422
    assert response.json()["errors"]["altcha"] == [
        "This answer to the anti-bot puzzle was already used. Please sign again."
    ]


def test_a_statement_without_the_puzzle_has_no_challenge(client, statement):
    response = client.get(f"/api/statements/{statement.slug}/challenge")
    assert response.status_code == 404
    assert response.json() == {"detail": "This statement asks for no anti-bot puzzle."}


def test_a_statement_without_the_puzzle_ignores_an_answer(client, statement):
    response = client.post(
        f"/api/statements/{statement.slug}/signatures",
        json.dumps(
            {
                "kind": "individual",
                "person_name": "Grace Liu",
                "country": "US",
                "email": "g@example.org",
                "altcha": "x",
            }
        ),
        content_type="application/json",
    )
    assert response.status_code == 202
