"""Confirmation links carry a signed, expiring token naming the signature and a one-time nonce.

The nonce is stored on the signature and cleared when the link is used, so a link works once;
the signature from Django's signing makes tokens unforgeable; the timestamp makes them expire.
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing

_SALT = "undersigned.signatures.confirm"


@dataclass(frozen=True)
class TokenCheck:
    signature_id: int | None
    nonce: str
    problem: str | None  # None, "expired" or "invalid"


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


def make_token(signature) -> str:
    return signing.dumps({"s": signature.pk, "n": signature.confirmation_nonce}, salt=_SALT, compress=True)


def read_token(token: str) -> TokenCheck:
    max_age = timedelta(days=settings.UNDERSIGNED_TOKEN_MAX_AGE_DAYS)
    try:
        payload = signing.loads(token, salt=_SALT, max_age=max_age)
    except signing.SignatureExpired:
        return TokenCheck(None, "", "expired")
    except signing.BadSignature:
        return TokenCheck(None, "", "invalid")
    if not isinstance(payload, dict) or not isinstance(payload.get("s"), int):
        return TokenCheck(None, "", "invalid")
    return TokenCheck(payload["s"], str(payload.get("n", "")), None)
