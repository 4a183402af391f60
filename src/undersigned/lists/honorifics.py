"""Honorifics before a name ("Dr.", "Rev.") and letters after it ("PhD")."""

from __future__ import annotations

import re
from functools import lru_cache

from .words.honorifics import (
    DEGREE_PREFIXES,
    DOCTORATES,
    GENERATIONAL,
    ONLY_BEFORE_NAME,
    POSTNOMINALS,
    PREFIXES,
)

_DOT_CAPITAL = re.compile(r"\.[A-Z]")
_GLUED = re.compile(r"\b(Dr|Prof|Rev|Mr|Mrs|Ms|Mx|Fr|Hon|Sen|Rep|Gov|Amb|Capt|Col|Gen|Lt|Maj|Sgt)\.(?=[A-Z])")


def unglue(text: str) -> str:
    """Put the missing space back after an abbreviated honorific.

    >>> unglue("Rev.Thomas Whitfield")
    'Rev. Thomas Whitfield'
    """
    # Most lines have no full stop glued to a capital: skip the costly alternation.
    if not _DOT_CAPITAL.search(text):
        return text
    return _GLUED.sub(r"\1. ", text)


def _word(token: str) -> str:
    return token.rstrip(".,").casefold()


@lru_cache(maxsize=16384)
def split_honorific(name: str) -> tuple[str | None, str]:
    """Split leading honorifics off a name and normalise them.

    >>> split_honorific("Dr Grace Liu")
    ('Dr.', 'Grace Liu')
    >>> split_honorific("Rev. Dr. Jane Roe")
    ('Rev. Dr.', 'Jane Roe')
    >>> split_honorific("Sir")
    (None, 'Sir')
    """
    tokens = unglue(name).split()
    while len(tokens) > 2 and _word(tokens[0]) in DEGREE_PREFIXES:
        tokens = tokens[1:]
    found: list[str] = []
    # Always leave at least one token for the name itself.
    while len(tokens) > 1 and _word(tokens[0]) in PREFIXES:
        word = _word(tokens[0])
        if word in ONLY_BEFORE_NAME and len(tokens) < 3 and word not in {"sir", "dame", "lord", "lady"}:
            break
        if word == "the" and _word(tokens[1]) not in PREFIXES:
            break
        found.append(PREFIXES[word])
        tokens = tokens[1:]
    honorific = " ".join(f for f in found if f != "The") or None
    if found and found[0] == "The" and honorific:
        honorific = "The " + honorific
    return honorific, " ".join(tokens)


def is_postnominal(token: str) -> bool:
    """True for letters written after a name: "PhD", "M.D.", "Esq."."""
    return _word(token) in POSTNOMINALS


def is_generational(token: str) -> bool:
    """True for "Jr.", "Sr.", "III" - these stay part of the person's name."""
    return _word(token) in GENERATIONAL


def normalise_postnominal(token: str) -> str:
    return POSTNOMINALS.get(_word(token), token.strip(" ,"))


def honorific_from_postnominals(post: list[str]) -> str | None:
    """ "Dr." when the letters after a name include a doctorate.

    >>> honorific_from_postnominals(["M.D.", "MPH"]), honorific_from_postnominals(["MBA"])
    ('Dr.', None)
    """
    return "Dr." if any(p in DOCTORATES for p in post) else None


def split_postnominals(name: str) -> tuple[str, list[str]]:
    """Remove trailing degrees from a name; generational suffixes stay.

    >>> split_postnominals("Jane Roe PhD")
    ('Jane Roe', ['Ph.D.'])
    >>> split_postnominals("John Smith Jr.")
    ('John Smith Jr.', [])
    """
    tokens = name.split()
    post: list[str] = []
    while len(tokens) > 2 and is_postnominal(tokens[-1]):
        post.insert(0, normalise_postnominal(tokens.pop()))
    return " ".join(tokens).rstrip(","), post
