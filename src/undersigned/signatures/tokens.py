"""Confirmation links carry a signed, expiring token naming the signature and a one-time nonce.

The nonce is stored on the signature and cleared when the link is used, so a link works once;
the signature from Django's signing makes tokens unforgeable; the timestamp makes them expire.
"""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing

from undersigned.signatures.outcomes import LinkProblem

_SALT = "undersigned.signatures.confirm"


@dataclass(frozen=True)
class TokenCheck:
    signature_id: int | None
    nonce: str
    problem: LinkProblem | None  # None, EXPIRED or INVALID


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


def make_token(signature) -> str:
    return signing.dumps({"s": signature.pk, "n": signature.confirmation_nonce}, salt=_SALT, compress=True)


def read_token(token: str) -> TokenCheck:
    max_age = timedelta(days=settings.UNDERSIGNED_TOKEN_MAX_AGE_DAYS)
    try:
        payload = signing.loads(token, salt=_SALT, max_age=max_age)
    except signing.SignatureExpired:
        return TokenCheck(None, "", LinkProblem.EXPIRED)
    except signing.BadSignature:
        return TokenCheck(None, "", LinkProblem.INVALID)
    if not isinstance(payload, dict) or not isinstance(payload.get("s"), int):
        return TokenCheck(None, "", LinkProblem.INVALID)
    return TokenCheck(payload["s"], str(payload.get("n", "")), None)


# Withdrawal links never expire: people withdraw months after signing, from the email they kept.
# The link names only the signature; signing makes it unforgeable, and withdrawing twice changes nothing.
_WITHDRAW_SALT = "undersigned.signatures.withdraw"
# Privacy links (what is stored about me, download it, erase it) never expire either, for the same reason:
# erasing must stay possible from any email the signer kept. The page shows only what the signer gave and
# what happened to it, which the email's holder knows already; the link is unforgeable and names one signature.
_PRIVACY_SALT = "undersigned.signatures.privacy"
# A reconfirmation link names the version it asks about, so the page can tell a stale request from a live one.
_RECONFIRM_SALT = "undersigned.signatures.reconfirm"


def make_withdraw_token(signature) -> str:
    return signing.dumps({"s": signature.pk}, salt=_WITHDRAW_SALT)


def read_withdraw_token(token: str) -> int | None:
    try:
        payload = signing.loads(token, salt=_WITHDRAW_SALT)
    except signing.BadSignature:
        return None
    return payload.get("s") if isinstance(payload, dict) and isinstance(payload.get("s"), int) else None


def make_privacy_token(signature) -> str:
    return signing.dumps({"s": signature.pk}, salt=_PRIVACY_SALT)


def read_privacy_token(token: str) -> int | None:
    """The signature id a privacy link names, or None for a link that was not made here (or was altered)."""
    try:
        payload = signing.loads(token, salt=_PRIVACY_SALT)
    except signing.BadSignature:
        return None
    return payload.get("s") if isinstance(payload, dict) and isinstance(payload.get("s"), int) else None


def make_reconfirm_token(signature, version_number: int) -> str:
    return signing.dumps({"s": signature.pk, "v": version_number}, salt=_RECONFIRM_SALT)


def read_reconfirm_token(token: str) -> tuple[int, int] | None:
    """(signature id, version number) or None. No expiry: the check against the statement's current
    baseline version decides whether a request is still live."""
    try:
        payload = signing.loads(token, salt=_RECONFIRM_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or not all(isinstance(payload.get(k), int) for k in ("s", "v")):
        return None
    return payload["s"], payload["v"]
