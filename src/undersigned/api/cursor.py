"""The opaque cursor of the signatory list: where the last page ended, as a position on the numbered list
and the id of the signatory standing there (so a page resumes right after them even if the list moved)."""

import base64
import binascii

from django.utils.translation import gettext
from ninja.errors import HttpError


def encode_cursor(position: int, signature_id: int) -> str:
    """The cursor after the signatory `signature_id`, standing at `position` (0-based) on the list.

    >>> encode_cursor(499, 1234)
    'NDk5LjEyMzQ'
    """
    return base64.urlsafe_b64encode(f"{position}.{signature_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int]:
    """The (position, signature id) of a cursor made by `encode_cursor`; anything else is a 400."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        position, signature_id = raw.split(".")
        if not (position.isdigit() and signature_id.isdigit()):
            raise ValueError(raw)
        return int(position), int(signature_id)
    except (ValueError, UnicodeError, binascii.Error):
        raise HttpError(
            400, gettext("Invalid cursor: pass the next_cursor of the previous page unchanged.")
        ) from None
