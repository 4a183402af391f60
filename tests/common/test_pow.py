"""common/pow.py: the anti-bot puzzle's challenges, and the answers it accepts (each once)."""

import base64
import hashlib
import json

import pytest

from tests.pow_answers import pow_answer as answer
from tests.pow_answers import solve
from undersigned.common.pow import Problem, challenge_create, solution_problem

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def easy_puzzle(settings):
    settings.UNDERSIGNED_POW_MAX_NUMBER = 500


def test_a_challenge_is_sha256_with_the_configured_maximum_and_an_expiry_in_its_salt(settings):
    settings.UNDERSIGNED_POW_MAX_NUMBER = 1234
    challenge = challenge_create()
    assert challenge["algorithm"] == "SHA-256"
    assert challenge["maxNumber"] == 1234
    assert "expires=" in challenge["salt"]
    assert challenge_create()["salt"] != challenge["salt"]


def test_a_right_answer_is_accepted():
    assert solution_problem(answer(challenge_create())) is None


def test_the_same_answer_is_refused_the_second_time():
    solution = answer(challenge_create())
    assert solution_problem(solution) is None
    assert solution_problem(solution) == Problem.REPLAYED


def test_a_wrong_number_is_refused():
    challenge = challenge_create()
    assert solution_problem(answer(challenge, number=solve(challenge) + 1)) == Problem.INVALID


def test_an_expired_challenge_is_refused_even_with_the_right_number():
    assert solution_problem(answer(challenge_create(seconds=-1))) == Problem.EXPIRED


def test_a_challenge_signed_with_another_key_is_refused(settings):
    challenge = challenge_create()
    settings.SECRET_KEY = "another-key-entirely-" * 3
    assert solution_problem(answer(challenge)) == Problem.INVALID


def test_a_salt_whose_expiry_was_pushed_back_is_refused():
    challenge = challenge_create(seconds=-1)
    nonce, _, _expiry = challenge["salt"].partition("?")
    challenge["salt"] = f"{nonce}?expires=9999999999&"
    # The number still matches the new salt's hash, but the signature was made for the old one.
    challenge["challenge"] = hashlib.sha256(f"{challenge['salt']}7".encode()).hexdigest()
    assert solution_problem(answer(challenge)) == Problem.INVALID


def test_another_algorithm_is_refused():
    challenge = challenge_create()
    assert solution_problem(answer(challenge, algorithm="SHA-1")) == Problem.INVALID


@pytest.mark.parametrize(
    "solution",
    [
        "%%%",
        base64.b64encode(b"[1, 2]").decode(),
        base64.b64encode(b"\xff\xfe").decode(),
        base64.b64encode(json.dumps({"number": "1"}).encode()).decode(),
        base64.b64encode(
            json.dumps(
                {"algorithm": "SHA-256", "challenge": "", "salt": 1, "signature": "", "number": 1}
            ).encode()
        ).decode(),
        base64.b64encode(
            json.dumps(
                {"algorithm": "SHA-256", "challenge": "", "salt": "", "signature": "", "number": True}
            ).encode()
        ).decode(),
        "A" * 5000,
    ],
)
def test_hostile_answers_are_refused_without_an_exception(solution):
    assert solution_problem(solution) == Problem.INVALID


def test_no_answer_says_that_javascript_is_needed():
    assert solution_problem("") == Problem.MISSING
    assert "turn on JavaScript" in Problem.MISSING.label
