"""Personal names: does a phrase read as one, and where does it end?"""

from __future__ import annotations

import re
from functools import lru_cache

from . import given_names, honorifics, orgs
from .places import ends_with_region, names_a_country

# Lower-case particles that do occur inside personal names.
PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "da",
    "das",
    "dos",
    "do",
    "du",
    "del",
    "della",
    "di",
    "la",
    "le",
    "bin",
    "binti",
    "bint",
    "al",
    "el",
    "ibn",
    "ter",
    "ten",
    "y",
    "e",
    "af",
    "zu",
    "st.",
    "mac",
    "ó",
    "o'",
    "ben",
    "abu",
}

# Particles written glued to the name: "al-Hassan", "d'Souza", "bin-Yusof".
_GLUED_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|az|ul|bin|ibn|d|l|da|de|di|du|van|von)[-'’]")
_NAME_TOKEN = re.compile(
    r"""^(?:
        [^\W\d_][\w'’`-]*\.?         # Maya, O'Brien, Jean-Luc, Yılmaz, Γιώργος, Ольга
      | (?:[^\W\d_]\.){1,3}          # J. or J.R.
    ),?$""",
    re.VERBOSE,
)


def _name_token(token: str) -> bool:
    """A capitalised word in any script, possibly after a glued particle.

    >>> _name_token("Yılmaz"), _name_token("Παπαδόπουλος"), _name_token("al-Hassan"), _name_token("network")
    (True, True, True, False)
    """
    core = _GLUED_PARTICLE.sub("", token)
    return core[:1].isupper() and bool(_NAME_TOKEN.match(core))


_PEERAGE = {"Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl"}
_TERRITORIAL = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_NOT_IN_NAMES = re.compile(r"[\d@&/()\"“”:;!?,]")
_INITIALS = re.compile(r"(?:[A-Z]\.?)+")
_GLUED_INITIAL = re.compile(r"^([A-Z])\.(?=[A-Z][a-z])")


@lru_cache(maxsize=16384)
def person_score(text: str) -> int:
    """How strongly a phrase reads as a personal name: 0 = not a name, 1 = could be, 2 = yes.

    A name is two to five capitalised tokens (initials and particles allowed)
    with no organisation word. Without a dictionary of first names, "Blue Planet"
    and "Maya Okafor" both score 1; an honorific, an initial or a particle makes
    it 2, and so does the absence of any weak organisation word.

    >>> person_score("Dr. Grace Liu"), person_score("Kenya Mangrove Network"), person_score("John F. Kennedy")
    (2, 0, 2)
    >>> person_score("J.Okafor")
    2
    """
    # "C.Trubacek": an initial glued to the surname is still an initial.
    text = _GLUED_INITIAL.sub(r"\1. ", text.strip().strip(","))
    # "Jane Roe, PhD" and "John Smith, Jr." are names; any other comma is not.
    head, *tail = text.split(",")
    if tail and all(
        honorifics.is_postnominal(t.strip()) or honorifics.is_generational(t.strip()) for t in tail
    ):
        text = head
    if not text or _NOT_IN_NAMES.search(text):
        return 0
    honorific, rest = honorifics.split_honorific(text)
    # A peer is named after a place: "Baroness Jones of Moulsecoomb", "Lord Smith of Finsbury".
    if honorific in _PEERAGE and _TERRITORIAL.fullmatch(rest):
        return 2
    rest, _post = honorifics.split_postnominals(rest)
    tokens = rest.split()
    while tokens and honorifics.is_generational(tokens[-1]) and len(tokens) > 2:
        tokens.pop()
    # A particle stands inside a name ("Ana de la Cruz", "Ali bin Said"); first, a
    # known given name that is spelled like one ("Ben Cohen") is the given name.
    core = [
        t
        for k, t in enumerate(tokens)
        if t.casefold() not in PARTICLES or k == 0 and given_names.is_given_name(t)
    ]
    if not 2 <= len(core) <= 5 or len(tokens) > 6:
        return 1 if honorific and len(core) == 1 and _name_token(core[0]) else 0
    if not all(_name_token(t) for t in core):
        return 0
    lowered = orgs.words(rest)
    if orgs.has_strong_word(lowered):
        return 0
    # Country names and nationalities ("Kenya", "Polish") are not given names here.
    if names_a_country(rest) or ends_with_region(rest):
        return 0
    if honorific or any(_INITIALS.fullmatch(t) for t in core[:-1]):
        return 2
    if len(tokens) > len(core):
        # A joining particle ("y", "e") shows a name only after a given name
        # ("José Ortega y Gasset"); "Tecnología y Comunidad" is no person.
        joined = any(t.casefold() in {"y", "e", "i"} for t in tokens)
        return 1 if joined and given_names.is_given_name(core[0]) is False else 2
    if any(w in orgs.WEAK_ORG_WORDS for w in lowered):
        return 1
    return 2 if len(core) <= 3 else 1


def plainly_a_person(text: str) -> bool:
    """A name with more than its shape to show it: an honorific, an initial, a particle, degree letters.

    >>> plainly_a_person("Dr. Jane Roe"), plainly_a_person("John F. Kennedy"), plainly_a_person("Eileen Fisher")
    (True, True, False)
    """
    if person_score(text) < 2:
        return False
    honorific, rest = honorifics.split_honorific(text.split(",")[0])
    rest, post = honorifics.split_postnominals(rest)
    tokens = rest.split()
    # A particle stands inside a name ("Ana de la Cruz", "Ali bin Said"); first, a
    # known given name that is spelled like one ("Ben Cohen") is the given name.
    core = [
        t
        for k, t in enumerate(tokens)
        if t.casefold() not in PARTICLES or k == 0 and given_names.is_given_name(t)
    ]
    return bool(
        honorific
        or post
        or "," in text
        or len(tokens) > len(core)
        or any(_INITIALS.fullmatch(t) for t in core[:-1])
    )


def split_glued_name(text: str) -> tuple[str, str] | None:
    """Split "Hannah Kowalski Polish Heritage Reading Room" into name and organisation.

    Used only where the list is a list of people, because "Green Delta Union"
    would otherwise lose "Green Delta" to a person. The name takes two tokens,
    or three when the middle one is an initial or a particle.

    >>> split_glued_name("Hannah Kowalski Polish Heritage Reading Room of Chicago")
    ('Hannah Kowalski', 'Polish Heritage Reading Room of Chicago')
    """
    tokens = text.split()
    for size in (2, 3, 4):
        if len(tokens) <= size + 1:
            break
        head, tail = " ".join(tokens[:size]), " ".join(tokens[size:])
        middle = tokens[1 : size - 1]
        if size > 2 and not all(re.fullmatch(r"[A-Z]\.?", t) or t.casefold() in PARTICLES for t in middle):
            continue
        if (
            person_score(head) == 2
            and orgs.org_score(tail) >= 2
            and len(tokens) - size >= 2
            and tail[0].isupper()
        ):
            return head, tail
    return None


def clean_person(text: str) -> str:
    """Tidy a name: single spaces, no trailing punctuation.

    >>> clean_person(" Tomas  Berger. ")
    'Tomas Berger'
    """
    text = " ".join(text.split()).strip(" ,;:")
    if text.endswith(".") and not re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", text):
        text = text[:-1]
    return text
