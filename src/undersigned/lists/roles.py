"""Roles ("Executive Director", "Chair") and the phrases that carry them.

A role is recognised from its head noun plus a closed set of modifiers, so
"Senior Policy Advisor" is a role but "Senior Citizens Alliance" is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import orgs
from .words.roles import AGENT_ENDINGS, HONOUR_WORDS, ROLE_HEADS, ROLE_MODIFIERS


def _words(text: str) -> list[str]:
    return [w.strip("(),.;:\"'“”‘’").casefold() for w in text.split()]


_ROLE_FIELD = re.compile(r"^(?P<role>.+?)\s+(?:of|in|for)\s+(?:the\s+)?(?P<field>.+)$")


@lru_cache(maxsize=16384)
def is_role(text: str) -> bool:
    """True if the whole text is a role.

    >>> is_role("Executive Director"), is_role("Chair"), is_role("Senior Citizens Alliance")
    (True, True, False)
    """
    words = [w for w in _words(text) if w]
    # Every role has a head noun; most pieces have none, and leave here.
    if not words or len(words) > 7 or not any(w in ROLE_HEADS for w in words):
        return False
    # "Professor of Hydrology", "Chair of the Board": a role over a field or a
    # body of the organisation, not over a named organisation.
    field = _ROLE_FIELD.match(text)
    if (
        field
        and _is_plain_role(field["role"])
        and (
            orgs.org_score(field["field"]) < 2
            or field["field"].casefold() in {"board", "board of directors", "board of trustees"}
        )
    ):
        return True
    return _is_plain_role(text)


def _is_plain_role(text: str) -> bool:
    words = [w for w in _words(text) if w]
    if not words:
        return False
    if not any(w in ROLE_HEADS for w in words):
        return False
    # A role is written lower-case or Title Case, never as a quoted name.
    if any(q in text for q in '"“”'):
        return False
    return all(w in ROLE_HEADS or w in ROLE_MODIFIERS or w.rstrip("s") in ROLE_HEADS for w in words)


# "Chair of the X", "Head of “X” Center", "Director at X"
_ROLE_OF = re.compile(
    r"^(?P<role>.+?)\s*(?:\bof\b|\bat\b|\bfor\b|\bwith\b|,)\s+(?:the\s+)?(?P<org>[\"“‘A-Z0-9].*)$"
)
# "a Ph.D. student in History at X University", "an organiser with X"
_DESCRIPTION = re.compile(
    r"^(?P<what>[^,]*?)\s+(?:at|of|with|from|for)\s+(?:the\s+)?(?P<org>[\"“‘A-Z0-9].*)$"
)
_JOINER = re.compile(r"\b(?:of|at|for|with|from)\b|,")
_LAST_AT = re.compile(r"^.*\b(?:at|with|from)\s+(?:the\s+)?(?P<org>[\"“‘A-Z0-9].*)$", re.IGNORECASE)
_AT = re.compile(r"^(?P<role>.+?)\s+(?:at|with)\s+(?:the\s+)?(?P<org>[\"“‘A-Z0-9].*)$")


@lru_cache(maxsize=16384)
def split_role(text: str, looks_like_org) -> tuple[str | None, str | None] | None:
    """Split "ROLE of ORG" into (title, organization), or return None.

    `looks_like_org` decides whether the remainder is an organisation, so that
    "Professor of History" stays a title. A description that starts with an
    article ("a graduate student ... at X") gives the organisation and no title,
    because such phrases describe the person rather than name a role.

    >>> split_role('Chair of the "Tana River" Fishers\\' Cooperative', lambda s: True)
    ('Chair', '"Tana River" Fishers\\' Cooperative')
    >>> split_role("a Ph.D. student in History at Mid-State University", lambda s: True)
    (None, 'Mid-State University')
    """
    text = text.strip()
    match = _ACRONYM_ROLE_FIRST.match(text)
    if match and match["role"].casefold() in ROLE_HEADS and looks_like_org(match["org"]):
        # "CEO Lakeware": a role written in capitals, then the company, with nothing between.
        return match["role"], match["org"].strip()
    # Every shape below joins role and organisation with one of these words.
    if not _JOINER.search(text):
        return None
    match = _LAST_OF_THE.match(text)
    if match and _has_role_word(match["role"]) and _THE_NAME.match("the " + match["org"]):
        # "former Secretary of Commerce and former Chair of the Acme Company": the last "of the" brings the employer.
        return match["role"].strip(), match["org"].strip()
    match = _DESCRIPTION.match(text)
    # "chair of the X Caucus" is a role written lower-case; "a student at X" describes.
    plain_role = bool(match) and text.split()[0].casefold() not in {"a", "an"} and is_role(match["what"])
    if match and not plain_role and (text[0].islower() or text.split()[0] in {"A", "An"}):
        # Prefer the last "at" so "a student of law at X" gives X.
        at = _LAST_AT.search(text)
        org = at["org"] if at else match["org"]
        if looks_like_org(org):
            # "a student at X" describes the person; "chef and founder of X" is what they are.
            described = text.split()[0].casefold() in {"a", "an"} or not _has_role_word(match["what"])
            return (None if described else match["what"].strip()), org
    match = _AT.match(text)
    if match and is_role(match["role"]) and looks_like_org(match["org"]):
        return match["role"].strip(), match["org"].strip()
    match = _ROLE_OF.match(text)
    # After "of" the remainder must name an organisation outright, so that
    # "Professor of Hydrology" stays whole: a field of study is not an employer.
    if (
        match
        and is_role(match["role"])
        and (
            looks_like_org(match["org"])
            and (
                orgs.org_score(match["org"]) >= 2
                and len(match["org"].split()) >= 2
                or ('"' in match["org"] or "“" in match["org"])
            )
            or _names_an_org(text[match.end("role") :].strip(" ,").removeprefix("of ").removeprefix("at "))
        )
    ):
        return match["role"].strip(" ,"), match["org"].strip()
    return None


_ACRONYM_TOKEN = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:[a-z]{2,3}|org|net|info)\b")
_THE_NAME = re.compile(r"^the\s+(?:[A-Z][\w'’-]*\s+){1,}[A-Z][\w'’-]*$")


_ACRONYM_ROLE_FIRST = re.compile(r"^(?P<role>[A-Z]{2,4})\s+(?P<org>[A-Z][\w&.' -]*)$")
_LAST_OF_THE = re.compile(r"^(?P<role>.+\S)\s+of\s+the\s+(?P<org>[A-Z][^,]*)$")
_CAMEL = re.compile(r"[a-z][A-Z]")


def _has_role_word(text: str) -> bool:
    return any(w.strip(",.").casefold() in ROLE_HEADS for w in re.split(r"[\s/-]+", text))


def _names_an_org(text: str) -> bool:
    """A proper name rather than a field of study: "FFII", "ACME UK", "example.org", "the Lakeside Boat Club".

    >>> _names_an_org("FFII"), _names_an_org("the Riverside Rowing Club"), _names_an_org("History")
    (True, True, False)
    """
    text = text.strip()
    # "RideScout": a capital inside a word is a brand, never a field of study.
    return bool(
        _ACRONYM_TOKEN.search(text) or _DOMAIN.search(text) or _THE_NAME.match(text) or _CAMEL.search(text)
    )


@lru_cache(maxsize=16384)
def is_occupation(text: str) -> bool:
    """A word or short phrase for what someone does, though no role list has it.

    It ends in a word for an agent ("Hydrologist", "Fisherman", "Boat builder"),
    or is written in sentence case ("Ferry operator"), and has no organisation
    word, digit or acronym.

    >>> is_occupation("Hydrologist"), is_occupation("Ferry operator"), is_occupation("Fisherman")
    (True, True, True)
    >>> is_occupation("Oxfam"), is_occupation("Water Center"), is_occupation("Greenpeace Nordic")
    (False, False, False)
    """
    tokens = text.split()
    if not tokens or len(tokens) > 4 or not tokens[0][:1].isalpha():
        return False
    if any(ch.isdigit() or ch in '&@/()"“”' for ch in text) or any(
        len(t) > 1 and t.isupper() for t in tokens
    ):
        return False
    if orgs.org_score(text) >= 2 + (len(tokens) == 1):
        return False
    last = tokens[-1].casefold().strip(".,")
    if last in {"parliament", "government", "management", "environment", "settlement"}:
        return False
    if len(last) > 4 and last.endswith(AGENT_ENDINGS):
        return True
    # "Ferry operator", "Retired nurse", "Boat builder": sentence case is a description.
    return len(tokens) >= 2 and all(t[:1].islower() for t in tokens[1:]) and tokens[-1].isalpha()


def is_honour(piece: str) -> bool:
    """A prize or honour after a name ("Nobel Peace Prize 1980"), which is no role and no employer.

    >>> is_honour("Premio Nobel Alternativo 2004 (Right Livelihood Award)"), is_honour("Prize Foundation of Ohio")
    (True, False)
    """
    words = orgs.words(piece)
    return (
        any(w in HONOUR_WORDS for w in words)
        and (words[0] in HONOUR_WORDS or any(ch.isdigit() for ch in piece))
        and orgs.org_score(re.sub(r"[\d(].*$", "", piece).strip() or piece) < 2
    )
