"""Which kind each piece of a signatory line is: a role with its organisation, a role,
a personal name or an organisation; and what a whole line begins with.

`fields.py` reads a line's fields from these kinds; `parser.py` uses the
line-level tests (`starts_with_org`, `starts_with_person`, `surname_first`) to
learn what a list is made of before it reads its lines.
"""

from __future__ import annotations

from functools import lru_cache

from . import gazetteer, given_names, honorifics, names, orgs, places, roles
from .cutting import Prepared
from .label_scores import score_piece


@lru_cache(maxsize=16384)
def classify(piece: str) -> str:
    """The kind of one piece by itself: "role_org", "role", "person", "org", or a guess, "person?" or "org?"."""
    return score_piece(piece).kind


def titles_after_dash(parts: list[str], kinds: list[str], dash_at: int | None) -> list[tuple[int, str]]:
    """The piece that is a title by its position, whatever its language, with the feature that says so.

    "Org – Person, X": what follows the organisation's representative is their
    title ("Vorsitzender", "Prezes"). "Person – X, Org": what stands between
    the dash and the organisation is the person's title.
    """
    if dash_at != 1 or len(parts) != 3:
        return []
    loose = {"org?", "person?", "person"}
    if (
        kinds[0] in {"org", "org?"}
        and kinds[1] == "person"
        and kinds[2] in loose
        and len(parts[2].split()) <= 4
    ):
        return [(2, "title_after_representative")]
    if (
        kinds[0] == "person"
        and kinds[1] in loose - {"person"}
        and kinds[2] in {"org", "role_org"}
        and len(parts[1].split()) <= 4
    ):
        return [(1, "title_between_name_and_org")]
    return []


def role_after_name(parts: list[str], kinds: list[str], dash_at: int | None) -> list[tuple[int, str]]:
    """The piece after a person's name when it reads as their role, with the features that say so.

    "Dr. Katrin Schulz, Hydrologist, University of Leipzig": of two pieces after
    a name the first is the role unless it has organisation words, since lists
    give role before affiliation. A lone piece ("Jan Visser, Ferry operator")
    is a role only when it reads as an occupation.
    """
    if not kinds or kinds[0] != "person" or len(parts) < 2 or dash_at not in (None, 1):
        return []
    piece, kind = parts[1], kinds[1]
    found = [(1, "role_after_name")]
    # "Head Chef" has the shape of a name; a role word shows it is none.
    if kind == "person" and any(w in roles.ROLE_HEADS for w in orgs.words(piece)):
        kind = "person?"
        found.append((1, "role_head_word"))
    if kind not in {"org?", "person?"} or gazetteer.is_city(piece) or places.parse_place(piece):
        return []
    if roles.is_occupation(piece):
        return found
    if (
        len(parts) >= 3
        and kinds[2] in {"org", "role_org"}
        and 2 <= len(piece.split()) <= 4
        and orgs.org_score(piece) < 2
        and piece[:1].isupper()
        and not any(ch.isdigit() or ch in '&@/()"“”' for ch in piece)
        and not any(len(t) > 1 and t.isupper() for t in piece.split())
    ):
        return found
    return []


def surname_first(parts: tuple[str, ...] | list[str]) -> bool:
    """Whether a line could begin "Surname, Given name": "Müller, Hans", "van der Berg, Anna M.".

    The second piece must start with a known given name; whether the line is
    read so depends on its group writing all its names this way.
    """
    if len(parts) < 2:
        return False
    surname, given = parts[0], parts[1]
    honorific, given = honorifics.split_honorific(given)
    tokens, given_tokens = surname.split(), given.split()
    # "Oxfam, Paris": a town that is also a given name, with nothing after it, is a town.
    if len(parts) == 2 and not honorific and len(given_tokens) == 1 and gazetteer.is_city(given):
        return False
    return (
        sum(1 for t in tokens if t.casefold() not in names.PARTICLES) == 1
        and 1 <= len(given_tokens) <= 3
        and tokens[-1][:1].isupper()
        and all(t[:1].isupper() or t.casefold() in names.PARTICLES for t in tokens)
        and all(t[:1].isupper() and t.replace(".", "").replace("-", "").isalpha() for t in given_tokens)
        and given_names.is_given_name(given_tokens[0]) is True
        and orgs.org_score(surname) < 2
        and not roles.is_role(surname)
        and not places.parse_place(surname)
        and not gazetteer.is_city(surname)
    )


def starts_with_org(prepared: Prepared) -> bool:
    """Whether a line clearly begins with an organisation ("Acme Trust", "Acme – Jane Roe")."""
    parts, dash_at = prepared
    if not parts:
        return False
    if dash_at == 1 and len(parts) > 1 and classify(parts[1]) == "person":
        return not honorifics.split_honorific(parts[0])[0]
    return classify(parts[0]) in {"org", "org?"}


def starts_with_person(prepared: Prepared) -> bool:
    """Whether a line clearly begins with a personal name (used for the list's prior)."""
    parts, dash_at = prepared
    if not parts or dash_at == 0 or names.person_score(parts[0]) < 2:
        return False
    # "Amsterdam Canal Keepers" has a name's shape but no given name to show it is one.
    return names.plainly_a_person(parts[0]) or given_names.is_given_name(parts[0].split()[0]) is not False
