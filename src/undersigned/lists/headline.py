"""Signers named only in a headline: "Joint Statement by U.S. President Obama, Commission President Barroso and ...".

Statements by a few office holders often have no list at all: the title names
them, each as "[Institution or country] Office Surname". This is read only when
the document has no list, and only when every name in the title reads so.
"""

from __future__ import annotations

import re

from . import places, roles
from .cutting import tidy

_BY = re.compile(
    r"\b(?:statement|letter|declaration|communiqu[ée]|appeal|remarks|message)\b[^:;]*?\bby\s+(?P<names>[^:;]+?)\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+")
_SURNAME = re.compile(r"^(?:(?:van|von|de|der|den|da|di|du|le|la|Van|Von|De|Le|La)\s+)*[A-Z][\w'’-]+$")


def _read_one(piece: str) -> dict | None:
    """ "European Commission President Barroso" -> title, organisation and surname."""
    tokens = piece.split()
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k][:1].isupper() and roles.is_role(tokens[k]):
            person = " ".join(tokens[k + 1 :])
            if not person or not _SURNAME.match(person) or len(tokens) - k - 1 > 3:
                return None
            before = " ".join(tokens[:k]).strip()
            code = places.country_code(before) if before else None
            return {
                "person": person,
                "title": tokens[k],
                "organization": None if code or not before else before,
                "country": code,
            }
    return None


def signers_in_title(line: str) -> list[dict] | None:
    """The signers a title names, or None.

    >>> [s["person"] for s in signers_in_title("Joint Statement by Mayor Lind, Harbour Board Chair Berg and Governor Van Holm")]
    ['Lind', 'Berg', 'Van Holm']
    """
    match = _BY.search(tidy(line))
    if not match:
        return None
    pieces = [p.strip() for p in _SEPARATOR.split(match["names"]) if p.strip()]
    found = [_read_one(p) for p in pieces]
    if len(found) < 2 or None in found:
        return None
    return found
