import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from undersigned.common.text import has_hostile_characters

_MARKUP = re.compile(r"[<>{}]|javascript:|&#", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def validate_plain_name(value: str) -> None:
    """Names are printed in lists, PDFs and press releases; markup in them is never legitimate."""
    if _MARKUP.search(value):
        raise ValidationError(
            _("Please use plain text: < > { } and code are not allowed here."), code="markup"
        )
    # Form input is cleaned before it gets here (common.middleware); this refuses what arrives otherwise.
    if _CONTROL.search(value) or has_hostile_characters(value):
        raise ValidationError(_("This contains invisible control characters."), code="control")
