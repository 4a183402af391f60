"""Organisation names: what makes a phrase one, and company suffixes."""

from __future__ import annotations

import re
from functools import lru_cache

from .words.orgs import COMPANY_SUFFIXES, COMPOUND_ENDINGS, STRONG_ORG_WORDS, WEAK_ORG_WORDS


def has_strong_word(tokens: list[str]) -> bool:
    """Whether lower-cased words include an organisation noun, alone or ending a compound."""
    return any(t in STRONG_ORG_WORDS or len(t) > 9 and t.endswith(COMPOUND_ENDINGS) for t in tokens)


def is_company_suffix(text: str) -> bool:
    """True if a comma-separated piece is only a company suffix ("LLC", "Inc.")."""
    return text.strip().rstrip(".").casefold() in COMPANY_SUFFIXES


def words(text: str) -> list[str]:
    """Lower-cased words, with the parts of hyphenated words added ("Saatgut-Initiative")."""
    found = [w.strip("(),.;:\"'“”‘’!?").casefold() for w in text.split() if w.strip("(),.;:\"'“”‘’!?")]
    return found + [part for w in found if "-" in w for part in w.split("-") if part]


_SYMBOL = re.compile(r"[\"“”&@/]|\d")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.-]{1,9}")


@lru_cache(maxsize=16384)
def org_score(text: str) -> int:
    """How strongly a phrase reads as an organisation name (0 = no evidence).

    >>> org_score("Khulna Youth for Mangroves") > 0, org_score("Maya Okafor")
    (True, 0)
    """
    tokens = words(text)
    if not tokens:
        return 0
    score = 0
    if has_strong_word(tokens):
        score += 2
    if any(t in WEAK_ORG_WORDS for t in tokens):
        score += 1
    # Lower-case joiners ("of", "for", "the") never appear inside a personal name
    # except as particles ("de", "da"), which are also accepted below.
    if any(t in {"of", "for", "the", "and", "&", "against", "on", "in", "to", "with"} for t in tokens):
        score += 2
    if _SYMBOL.search(text):
        score += 1
    if len(tokens) >= 5:
        score += 1
    # An acronym such as "WWF" or "ACLU".
    if _ACRONYM.fullmatch(text.strip()):
        score += 2
    # A single word (no personal name is one word in a list).
    if len(tokens) == 1:
        score += 1
    return score


def looks_like_org(text: str) -> bool:
    """True if the phrase could be an organisation name (capitalised, not a bare role)."""
    stripped = text.strip(" \"“”'‘’")
    if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    return org_score(text) > 0 or len(words(text)) >= 2


@lru_cache(maxsize=16384)
def clean_org(text: str) -> str:
    """Tidy an organisation name: drop enclosing quotes and a final full stop.

    Inner quotes are part of the name and stay.

    >>> clean_org('"Southside Readers Circle"'), clean_org('"Sundarbans Watch" Public Union.')
    ('Southside Readers Circle', '"Sundarbans Watch" Public Union')
    """
    text = " ".join(text.split()).strip(" ,;:")
    text = strip_final_period(text)
    for open_, close in (('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"), ("«", "»")):
        if text.startswith(open_) and text.endswith(close) and len(text) > 2:
            inner = text[1:-1]
            if open_ not in inner and close not in inner:
                text = inner.strip()
    return text


_KEEP_PERIOD = re.compile(
    r"(?:\b(?:inc|ltd|llc|plc|lp|co|corp|jr|sr|st|bros|assn|assoc|dept|univ|intl|natl|e\.v|s\.a|n\.v|b\.v|p\.c|l\.l\.c|esq)"
    r"|\b[A-Z]|\b(?:[A-Za-z]\.){2,})\.$",
    re.IGNORECASE,
)


def strip_final_period(text: str) -> str:
    """Remove a sentence-ending full stop but keep one that ends an abbreviation.

    >>> strip_final_period("Tomas Berger."), strip_final_period("Acme, Inc."), strip_final_period("Washington, D.C.")
    ('Tomas Berger', 'Acme, Inc.', 'Washington, D.C.')
    """
    text = text.rstrip()
    if text.endswith(".") and not text.endswith("..") and not _KEEP_PERIOD.search(text):
        return text[:-1].rstrip()
    return text
