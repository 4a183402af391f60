"""A proof-of-work puzzle that keeps bots off a form, in ALTCHA's protocol (v1): no third-party service,
no cookie, nothing about the visitor is recorded.

The server picks a random number up to `UNDERSIGNED_POW_MAX_NUMBER` and hands out only
SHA-256(salt + number) with the salt, signed (HMAC, a key derived from SECRET_KEY) and expiring. The
browser (static/undersigned/pow.js) tries numbers until a hash matches, which costs a phone about a
second, and sends back the number with the challenge as base64 JSON. The server checks the signature,
the expiry, the answer, and that the challenge was not answered before: a solution is good for one
sign-on. Counting the hashes it takes is what makes a flood of sign-ons expensive; the `altcha` package
does the signing and checking.
"""

import base64
import binascii
import datetime
import json
import time

import altcha
from django.conf import settings
from django.core.cache import caches
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

ALGORITHM = "SHA-256"
# Long enough to fill in the form after the browser solved the puzzle; pow.js solves again when the
# form is sent close to this age.
CHALLENGE_SECONDS = 600
# A real solution is about 300 characters of base64; anything much longer is not one.
MAX_SOLUTION_LENGTH = 2000
_FIELDS = ("algorithm", "challenge", "salt", "signature")


class Problem(models.TextChoices):
    MISSING = (
        "missing",
        _(
            "This statement asks your browser to solve a small puzzle to keep bots out. "
            "Please turn on JavaScript and sign again."
        ),
    )
    EXPIRED = "expired", _("The puzzle your browser solved has expired. Please sign again.")
    INVALID = (
        "invalid",
        _("Your browser's answer to the anti-bot puzzle was not accepted. Please sign again."),
    )
    REPLAYED = "replayed", _("This answer to the anti-bot puzzle was already used. Please sign again.")


def _hmac_key() -> str:
    # A key of its own, so a signed challenge is worth nothing to any other signature check of the site.
    return salted_hmac("undersigned.common.pow", "challenge-key").hexdigest()


def challenge_create(*, seconds: int = CHALLENGE_SECONDS) -> dict:
    """A fresh challenge as ALTCHA's widget and our pow.js read it.

    >>> sorted(challenge_create())
    ['algorithm', 'challenge', 'maxNumber', 'salt', 'signature']
    """
    challenge = altcha.create_challenge_v1(
        algorithm=ALGORITHM,
        max_number=settings.UNDERSIGNED_POW_MAX_NUMBER,
        hmac_key=_hmac_key(),
        expires=timezone.now() + datetime.timedelta(seconds=seconds),
    )
    return challenge.to_dict()


def solution_problem(solution: str) -> Problem | None:
    """What is wrong with a browser's answer, or None when it is good; a good answer is used up by this
    check (the shared "ratelimit" cache remembers it until it expires, on every app server).

    >>> solution_problem("")
    Problem.MISSING
    >>> solution_problem("not base64 at all")
    Problem.INVALID
    """
    if not solution:
        return Problem.MISSING
    payload = _decode(solution)
    if payload is None or payload["algorithm"] != ALGORITHM:
        return Problem.INVALID
    expires = altcha.PayloadV1.from_dict(payload).parse_salt()[1]
    valid, _error = altcha.verify_solution_v1(payload, _hmac_key(), check_expires=False)
    # Every challenge we sign carries its expiry inside the signed salt.
    if not valid or expires is None:
        return Problem.INVALID
    remaining = expires - time.time()
    if remaining <= 0:
        return Problem.EXPIRED
    if not caches["ratelimit"].add(f"pow-used:{payload['challenge']}", True, timeout=int(remaining) + 1):
        return Problem.REPLAYED
    return None


def _decode(solution: str) -> dict | None:
    """The payload's fields when they have the types ALTCHA gives them, else None (never an exception:
    anyone can post anything here)."""
    if len(solution) > MAX_SOLUTION_LENGTH:
        return None
    try:
        payload = json.loads(base64.b64decode(solution, validate=True))
    except (binascii.Error, ValueError):
        return None
    if not isinstance(payload, dict) or not all(isinstance(payload.get(name), str) for name in _FIELDS):
        return None
    # bool is an int to Python, but not a number to ALTCHA.
    if type(payload.get("number")) is not int:
        return None
    return payload
