"""Known given names, so that "Sustain Dane" can be told from "Julien Bernard".

The names come from gender-guesser's dictionary (Jörg Michael's list of about
48,000 first names from Europe, the Americas, Asia and Africa), shipped inside
that package and read once, lazily, when a line is ambiguous. Only the question
"is this word a known given name?" is asked; an unknown word proves nothing on
its own (many names are missing), so callers use it together with the list.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _names() -> frozenset[str] | None:
    try:
        source = resources.files("gender_guesser") / "data" / "nam_dict.txt"
        text = source.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError, UnicodeDecodeError):
        return None
    found: set[str] = set()
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        fields = line.split(None, 2)
        if len(fields) < 2:
            continue
        name = fields[1].casefold()
        # "Abdel+Aziz" is written joined, spaced or hyphenated.
        if "+" in name:
            found.update({name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")})
        else:
            found.add(name)
    return frozenset(found)


def available() -> bool:
    """Whether the dictionary could be read (the package is installed)."""
    return _names() is not None


@lru_cache(maxsize=16384)
def is_given_name(word: str) -> bool | None:
    """Whether `word` is a known given name; None when there is no dictionary to ask.

    >>> is_given_name("Julien"), is_given_name("Sustain"), is_given_name("Jean-Luc")
    (True, False, True)
    """
    known = _names()
    if known is None:
        return None
    key = word.strip(".,").casefold()
    if key in known:
        return True
    # "Anna-Lena", "Mary-Kate": each part a given name.
    parts = [p for p in key.split("-") if p]
    return len(parts) > 1 and all(p in known for p in parts)
