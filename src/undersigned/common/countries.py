"""Country codes and their names in the reader's language (pycountry for codes, babel for names)."""

from functools import lru_cache

import pycountry
from babel import Locale, UnknownLocaleError
from django.utils import translation

# Codes people use that ISO 3166-1 does not list as countries.
_EXTRA = {"XK": "Kosovo"}


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return frozenset({c.alpha_2 for c in pycountry.countries} | set(_EXTRA))


@lru_cache(maxsize=32)
def _babel_names(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language.replace("-", "_")).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_name(code: str, language: str | None = None) -> str:
    """`country_name("DE", "de")` -> `"Deutschland"`; unknown codes come back unchanged."""
    code = (code or "").upper()
    language = language or translation.get_language() or "en"
    name = _babel_names(language).get(code) or _babel_names("en").get(code)
    if name:
        return name
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or getattr(country, "name", None) or _EXTRA.get(code, code)


def country_choices(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name in the reader's language, for a <select>.

    Built once per language (about 6 ms each time otherwise, on every page with the sign-on form);
    callers get their own list, so adding a blank choice in front changes no one else's.
    """
    return list(_sorted_choices(language or translation.get_language() or "en"))


@lru_cache(maxsize=32)
def _sorted_choices(language: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        sorted(((code, country_name(code, language)) for code in country_codes()), key=lambda pair: pair[1])
    )


def normalize_country(value: str) -> str | None:
    """Accept a code or an English name: `"de"`, `"DE"`, `"Germany"` -> `"DE"`; nonsense -> None."""
    value = (value or "").strip()
    if not value:
        return None
    if value.upper() in country_codes():
        return value.upper()
    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        return None
