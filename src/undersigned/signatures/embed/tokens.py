"""The embedded form's token: signed, expiring, for one statement.

It replaces the CSRF cookie, which a browser may not send from inside another site's frame (SameSite,
blocked third-party cookies); see views.embed_sign for the whole reasoning.
"""

from django.core import signing

SALT = "undersigned.signatures.embed-form"
MAX_AGE = 24 * 3600  # a form left open for a day is rendered again, its answers kept


def embed_form_token(statement_id: int) -> str:
    return signing.dumps({"s": statement_id}, salt=SALT, compress=False)


def embed_form_token_valid(token: str, statement_id: int, *, max_age: int = MAX_AGE) -> bool:
    """True for a token made by `embed_form_token` for this statement less than `max_age` seconds ago.

    >>> token = embed_form_token(7)
    >>> embed_form_token_valid(token, 7), embed_form_token_valid(token, 8), embed_form_token_valid("x", 7)
    (True, False, False)
    """
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature:  # also SignatureExpired
        return False
    return isinstance(data, dict) and data.get("s") == statement_id
