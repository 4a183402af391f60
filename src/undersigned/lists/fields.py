"""Read the fields of one signatory line.

A line is cut into pieces at commas, semicolons, spaced dashes and sentence
full stops; each piece is then recognised as a place, a role, a personal name
or an organisation. The first piece decides the kind of signatory: a line that
starts with a person is an individual (with an affiliation), a line that starts
with an organisation is the organisation signing (with its representative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import honorifics, names, orgs, places, roles

Prepared = tuple[tuple[str, ...], int | None]


@dataclass
class Context:
    """What the surrounding list tells about a line."""

    heading_kind: str | None = None
    heading_country: str | None = None
    # Share of the list's lines that clearly start with a personal name.
    people_share: float = 0.0


@dataclass
class Fields:
    kind: str = "organization"
    person: str | None = None
    honorific: str | None = None
    title: str | None = None
    organization: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    warnings: list[str] = field(default_factory=list)


# Abbreviations whose full stop does not end a piece ("Prof. Daniel", "St. Louis").
_NO_SPLIT_BEFORE = re.compile(
    r"(?:\b(?:Dr|Prof|Rev|Mr|Mrs|Ms|Mx|Fr|Hon|Sr|Jr|St|Mt|Ft|Inc|Ltd|Co|Corp|Bros|Ave|Dept|Univ|Assn|Assoc|Intl|Natl|No|vs|etc|Gen|Col|Capt|Lt|Sen|Rep|Gov)|\b[A-Z]|\.[A-Za-z]{1,2})$"
)
_DASH = re.compile(r"(?:\s+[-–—]+\s+|(?<=[\w\"”’').])[-–—]+\s+|\s+[–—]+(?=\S))")


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,;:])")
_SPACE_AFTER = re.compile(r"([,;])(?=\S)")
_COMMA = re.compile(r"[,;]\s*")
_SENTENCE = re.compile(r"\.\s+(?=[A-Z\"“])")


def tidy(text: str) -> str:
    """Normalise spacing and a final full stop before cutting a line into pieces.

    >>> tidy("Dr Grace Liu , Asian American Families for Libraries, Naperville, IL")
    'Dr Grace Liu, Asian American Families for Libraries, Naperville, IL'
    """
    text = honorifics.unglue(text)
    text = " ".join(text.split())
    if " ," in text or " ;" in text or " :" in text:
        text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1 ", text).replace(",,", ",")
    text = text.strip(" ,;")
    return orgs.strip_final_period(text)


def _split_outside(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split at `pattern`, but not inside parentheses or double quotes."""
    if not any(ch in text for ch in "([\"“"):
        return [p.strip() for p in pattern.split(text) if p and p.strip()]
    pieces, depth, quote, last = [], 0, False, 0
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    protected = set()
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == '"':
            quote = not quote
        elif ch == "“":
            quote = True
        elif ch == "”":
            quote = False
        if depth or quote:
            protected.add(i)
    for start, end in spans:
        if start in protected:
            continue
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return [p.strip() for p in pieces if p.strip()]


def _split_sentences(piece: str) -> list[str]:
    """Cut "Lucia Ferreira. Friends of the Library" at its full stop."""
    parts, last = [], 0
    if ". " not in piece:
        return [piece.strip()] if piece.strip() else []
    for match in _SENTENCE.finditer(piece):
        if _NO_SPLIT_BEFORE.search(piece[last:match.start()]):
            continue
        parts.append(piece[last:match.start()])
        last = match.end()
    parts.append(piece[last:])
    return [p.strip() for p in parts if p.strip()]


def pieces(text: str) -> tuple[list[str], int | None]:
    cut, dash_at = _pieces(text)
    return list(cut), dash_at


@lru_cache(maxsize=2048)
def _pieces(text: str) -> tuple[tuple[str, ...], int | None]:
    """Cut a tidied line into pieces; also return where a dash cut it, if anywhere.

    Company suffixes ("LLC", "Inc.") and degrees ("PhD") rejoin the piece before them.

    >>> pieces("Arjun Mehta, Mehta Consulting, LLC")
    (['Arjun Mehta', 'Mehta Consulting, LLC'], None)
    >>> pieces("Green Delta Union of Austria- Maria Hofer")
    (['Green Delta Union of Austria', 'Maria Hofer'], 1)
    """
    result: list[str] = []
    dash_at = None
    for n, part in enumerate(_split_outside(text, _DASH)):
        if n == 1:
            dash_at = len(result)
        for piece in _split_outside(part, _COMMA):
            for sentence in _split_sentences(piece):
                # "PhD", "MD", "Jr." only after a name: "Baltimore, MD" is a place.
                after_name = bool(result) and names.person_score(result[-1]) >= 1
                if result and (orgs.is_company_suffix(sentence) or after_name and (
                        honorifics.is_postnominal(sentence) or honorifics.is_generational(sentence))):
                    result[-1] = f"{result[-1]}, {sentence}"
                else:
                    result.append(sentence)
    return tuple(result), dash_at


def _place_tail(parts: list[str]) -> tuple[list[str], places.Place | None, list[str]]:
    """Take the place pieces off the end: "..., Chicago, IL" -> city Chicago, region IL."""
    city = region = country = None
    rest = list(parts)
    used: list[str] = []
    while len(rest) > 1:
        place = places.parse_place(rest[-1])
        if not place or (place.region and region) or (place.country and country and not place.region):
            break
        used.insert(0, rest.pop())
        city = city or place.city
        region = region or place.region
        country = country or place.country
        if place.city:
            break
    if (region or country) and not city and len(rest) > 1:
        candidate = rest[-1]
        if (orgs.org_score(candidate) < 2 and not roles.is_role(candidate) and len(candidate.split()) <= 4
                and candidate[:1].isupper() and not any(ch.isdigit() for ch in candidate)):
            city = rest.pop()
            used.insert(0, city)
    if not (city or region or country):
        return parts, None, []
    return rest, places.Place(city=city, region=region, country=country), used


@lru_cache(maxsize=8192)
def _classify(piece: str) -> str:
    if roles.split_role(piece, orgs.looks_like_org):
        return "role_org"
    if roles.is_role(piece):
        return "role"
    score = names.person_score(piece)
    if score == 2:
        return "person"
    if orgs.org_score(piece) >= 2:
        return "org"
    return "person?" if score == 1 else "org?"


_PERSON_PARENTHESIS = re.compile(r"^([^(),]+?)\s*\(([^()]+)\)\s*(.*)$")


def _unwrap_person_parenthesis(text: str) -> str:
    """"Jane Doe (Acme Foundation)" -> "Jane Doe, Acme Foundation"; org parentheses stay."""
    if "(" not in text:
        return text
    match = _PERSON_PARENTHESIS.match(text)
    if match and names.person_score(match[1]) == 2:
        tail = f", {match[3].lstrip(', ')}" if match[3].strip(" ,") else ""
        return f"{match[1]}, {match[2]}{tail}"
    return text


def parse_line(body: str, context: Context, prepared: Prepared | None = None) -> Fields:
    """Parse one entry's text (numbering already removed) into fields."""
    out = Fields()
    cut, dash_at = prepared or prepare(body)
    parts = list(cut)
    parts, place, _ = _place_tail(parts)
    if place:
        out.city, out.region, out.country = place.city, place.region, place.country
    kinds = [_classify(p) for p in parts]
    # "Org – Person": when a name follows the dash, what stands before it is the
    # organisation, even if it reads like a name ("Saatgut-Initiative Hessen").
    if dash_at == 1 and len(parts) > 1 and kinds[1] == "person" and kinds[0] in {"person", "person?"} \
            and not honorifics.split_honorific(parts[0])[0]:
        kinds[0] = "org"

    people_list = context.heading_kind == "individual" or (
        context.heading_kind is None and context.people_share >= 0.5)
    # A glued "Name Organisation" in a list of people.
    # Only with a place after it ("Name Org, City, ST") or under an "Individuals"
    # heading: otherwise "Northern Lakes Canoe Guides" would lose two words.
    if kinds and kinds[0] in {"org", "org?"} and people_list and "person" not in kinds and (
            place or context.heading_kind == "individual"):
        glued = names.split_glued_name(parts[0])
        if glued:
            parts[0:1] = list(glued)
            kinds[0:1] = ["person", "org"]
            out.warnings.append("name and organisation were not separated; split guessed")

    # Under an "Organizations" heading a lone name-like line ("Médecins Sans
    # Frontières") is an organisation, unless a dash or honorific says otherwise.
    if context.heading_kind == "organization" and kinds and kinds[0] in {"person", "person?"} and dash_at != 1 \
            and not honorifics.split_honorific(parts[0])[0]:
        kinds[0] = "org"
    first = kinds[0] if kinds else "org?"
    if first == "person" or (first == "person?" and (people_list or len(parts) > 1 and dash_at != 1)):
        out.kind = "individual"
    else:
        out.kind = "organization"
    if first in {"person?", "org?"} and context.heading_kind is None:
        out.warnings.append(f"kind guessed as {out.kind}")
    if context.heading_kind:
        out.kind = context.heading_kind

    org_parts: list[str] = []
    leftovers: list[str] = []
    for n, (part, kind) in enumerate(zip(parts, kinds, strict=True)):
        person_slot = out.person is None and (
            kind == "person" or (kind == "person?" and (n == 0 and out.kind == "individual" or n == dash_at)))
        if person_slot:
            out.person = part
        elif kind == "role_org":
            title, org = roles.split_role(part, orgs.looks_like_org)
            if title and not out.title:
                out.title = title
            org_parts.append(org)
        elif kind == "role" and not out.title:
            out.title = part
        elif kind in {"org", "org?", "person?"}:
            org_parts.append(part)
        elif kind == "person" and not org_parts:
            # A second name-like piece is more often an organisation without a
            # telling word ("Blue Planet") than a second signatory on the line.
            org_parts.append(part)
            out.warnings.append(f"organisation guessed: {part}")
        else:
            leftovers.append(part)
    if org_parts:
        out.organization = orgs.clean_org(", ".join(orgs.clean_org(p) for p in org_parts))
    if out.person:
        out.honorific, person = honorifics.split_honorific(names.clean_person(out.person))
        person, post = honorifics.split_postnominals(person)
        if post:
            out.honorific = out.honorific or honorifics.honorific_from_postnominals(post)
            out.warnings.append("letters after the name left out: " + " ".join(post))
        out.person = names.clean_person(person)
    if out.title:
        out.title = orgs.strip_final_period(out.title.strip())
    if leftovers:
        out.warnings.append("not understood: " + "; ".join(leftovers))

    if not out.country and context.heading_country:
        out.country = context.heading_country
    # The organisation's name says where an organisation is; for a person it only
    # says where their employer is, so it is not used for individuals.
    if not out.country and out.kind == "organization" and out.organization:
        out.country, warning = places.infer_country(out.organization)
        if warning:
            out.warnings.append(warning)
    if out.city and not out.country:
        out.warnings.append("country not stated")
    if not out.person and not out.organization:
        out.warnings.append("no name or organisation found")
    return out


def prepare(body: str) -> Prepared:
    """The pieces of a line and where a dash cut it; computed once per line by the caller."""
    return _pieces(_unwrap_person_parenthesis(tidy(body)))


def starts_with_person(prepared: Prepared) -> bool:
    """Whether a line clearly begins with a personal name (used for the list's prior)."""
    parts, dash_at = prepared
    return bool(parts) and dash_at != 0 and names.person_score(parts[0]) == 2
