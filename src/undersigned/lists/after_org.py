"""What follows an organisation's name on a line: its town, then what it does.

Business lists write "Name, Company BV, Town, what the company does" in any
order after the company. Three shapes end the organisation's name before the
end of the line, in any language:

- a legal form ("BV", "GmbH", "Inc.") closes a company's name, so what
  follows it is no part of it: a town there is the entry's city, the rest
  describes the company ("Acme BV, Full service web bureau");
- a known town followed by a lower-case phrase ("Acme, Lyon, conseil en
  informatique") is the organisation's town, and the phrase describes it.

- a web or e-mail address does the same as a legal form.

A personal name or a role after the organisation stops all three: that is a
representative or a title, not a description.
"""

from __future__ import annotations

from . import gazetteer, given_names, names, roles
from .words.orgs import COMPANY_SUFFIXES


def split_after_org(
    parts: list[str], dash_at: int | None = None, address_at: int | None = None
) -> tuple[list[str], str | None, list[str]] | None:
    """(the pieces up to the organisation, its town, the description pieces left out), or None.

    `address_at` is the first piece that stood after a web or e-mail address:
    like a legal form, the address ends the name before it ("Okkerlo,
    www.okkerlo.example, web design and hosting"). Not at the line's dash
    otherwise: "Acme e.V. – Verein für X" prints its expansion as part of its name.

    >>> split_after_org(["Tarn Veld", "Okkerlo Systems BV", "Enschede", "Genomineerd voor een prijs"])
    (['Tarn Veld', 'Okkerlo Systems BV'], 'Enschede', ['Genomineerd voor een prijs'])
    >>> split_after_org(["Okkerlo", "Malden", "advies en ontwikkeling"])
    (['Okkerlo'], 'Malden', ['advies en ontwikkeling'])
    >>> split_after_org(["Okkerlo BV", "Anna Veld"]) is None
    True
    """
    for n, part in enumerate(parts[:-1]):
        if address_at == n + 1:
            return _split(parts, n + 1)
        if dash_at == n + 1:
            return None
        if closes_company_name(part):
            return _split(parts, n + 1)
        if n >= 1 and _is_town(part) and _describes(parts[n + 1]):
            return _split(parts, n)
    return None


def closes_company_name(piece: str) -> bool:
    """Whether a piece ends with a legal form: "Okkerlo Systems BV", "Tarnwick, Inc.", "v.o.f. X" is not."""
    words = piece.replace(",", " ").split()
    return len(words) >= 2 and words[-1].casefold().rstrip(".") in COMPANY_SUFFIXES


def _split(parts: list[str], at: int) -> tuple[list[str], str | None, list[str]] | None:
    rest = parts[at:]
    # "Okkerlo BV, Tarn Veld, directeur": a representative, not a description.
    if any(_a_name(p) or roles.is_role(p) for p in rest):
        return None
    town = next((p for p in rest if _is_town(p)), None)
    return parts[:at], town, [p for p in rest if p != town]


def _a_name(piece: str) -> bool:
    """A name with a known given name or more than its shape to show it ("Automatisering MKB" is none)."""
    if names.person_score(piece) < 2 or _is_town(piece):
        return False
    return names.plainly_a_person(piece) or given_names.is_given_name(piece.split()[0]) is True


def _is_town(piece: str) -> bool:
    return gazetteer.is_city(piece)


def _describes(piece: str) -> bool:
    """A phrase of several words starting lower-case says what an organisation does."""
    words = piece.split()
    return len(words) >= 2 and words[0][:1].islower() and not roles.is_role(piece)
