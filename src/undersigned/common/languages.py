"""Content languages: the languages a statement's text may be written or translated in (any language
babel knows, not only the interface's LANGUAGES), their names and their writing direction."""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _


@lru_cache(maxsize=512)
def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@lru_cache(maxsize=1)
def content_language_codes() -> frozenset[str]:
    """Plain language codes (`de`, `ar`, `fil`), no regional variants."""
    return frozenset(code for code in locale_identifiers() if "_" not in code and code != "root")


def validate_content_language(code: str) -> None:
    """A statement's or a translation's language must be one the choices offer (`ar`, not `xx`)."""
    if code not in content_language_codes():
        raise ValidationError(_("Choose a language from the list."), code="unknown_language")


def interface_language(language: str | None) -> str:
    """The interface language to write in for `language`: itself or its base language when the interface is
    translated into it, the site's default otherwise. Switch the interface with
    `override(interface_language(statement.language))`, never with a content language itself: Django ships
    catalogues of its own for Arabic and many others, so `override("ar")` would mix Arabic form errors and
    dates into English text, and a page marked `lang="ar"` would be English.

    >>> interface_language("de-at"), interface_language("pl"), interface_language("ar")
    ('de', 'en', 'en')
    """
    try:
        return translation.get_supported_language_variant(language or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def language_name(code: str, in_language: str | None = None) -> str:
    """`language_name("de", "en")` -> `"German"`; unknown codes come back unchanged."""
    locale = _locale(code)
    display = in_language or translation.get_language() or "en"
    if locale is None:
        return code
    return locale.get_display_name(display.replace("-", "_")) or locale.get_display_name("en") or code


def autonym(code: str) -> str:
    """The language's name in itself: `autonym("de")` -> `"Deutsch"`, `autonym("ar")` -> `"العربية"`."""
    locale = _locale(code)
    return (locale.get_display_name(locale) if locale else None) or code


def text_direction(code: str) -> str:
    """`"rtl"` for Arabic, Hebrew, Persian, Urdu and the other right-to-left scripts; `"ltr"` otherwise."""
    locale = _locale(code)
    return "rtl" if locale is not None and locale.character_order == "right-to-left" else "ltr"


def language_choices(in_language: str | None = None) -> list[tuple[str, str]]:
    """(code, "German – Deutsch") pairs sorted by name in the reader's language, for a <select>."""
    return list(_sorted_choices(in_language or translation.get_language() or "en"))


@lru_cache(maxsize=16)
def _sorted_choices(in_language: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for code in content_language_codes():
        name, own = language_name(code, in_language), autonym(code)
        pairs.append((code, name if name.casefold() == own.casefold() else f"{name} – {own}"))
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))
