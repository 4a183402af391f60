"""Read the fields of one signatory line.

A line is cut into pieces at commas, semicolons, spaced dashes and sentence
full stops; each piece is then recognised as a place, a role, a personal name
or an organisation. The first piece decides the kind of signatory: a line that
starts with a person is an individual (with an affiliation), a line that starts
with an organisation is the organisation signing (with its representative).

`line_places.py` takes the place pieces off the end, `labelling.py` says what
each piece is (from `piece_kinds.py` and the list around the line), and this
module runs those stages and puts the fields together. Every decision taken on
weak evidence is kept as a `Doubt` (field, reason, margin) on the result.
"""

from __future__ import annotations

import re

from . import gazetteer, given_names, honorifics, names, orgs, places, roles
from .after_org import split_after_org
from .cutting import Prepared, notes, pieces, prepare, text_before_address, tidy
from .labelling import label_pieces
from .line_places import place_tail, postal_address, town_after_org, town_like
from .line_state import Context, Fields
from .piece_kinds import (
    starts_with_org,
    starts_with_person,
    surname_first,
)
from .words.joins import SCOPE_WORDS

__all__ = [
    "Context",
    "Fields",
    "Prepared",
    "parse_line",
    "pieces",
    "prepare",
    "starts_with_org",
    "starts_with_person",
    "surname_first",
    "tidy",
]


def _place_of(parts: list[str], context: Context) -> tuple[list[str], places.Place | None]:
    """The place pieces at the end of `parts`, and what is left."""
    rest, place, _ = place_tail(parts)
    if not place and context.heading_country and len(parts) >= 2 and town_after_org(parts):
        # Under a country heading "Org, Town" is the usual shape, and small
        # towns ("Tulln", "Třeboň") are in no gazetteer.
        return parts[:-1], places.Place(city=parts[-1])
    return rest, place


def _is_scope(piece: str) -> bool:
    """ "International", "Europe", "Latin America": how far an organisation reaches."""
    return piece.strip(" .").casefold() in SCOPE_WORDS or places.is_region_heading(piece.strip(" ."))


def _describes(piece: str) -> bool:
    """A phrase after the organisation saying what it does ("consultancy en advies", "ciudad de X").

    Names start with a capital (or are one lower-case word, "kleindatenverein");
    a phrase of several words starting lower-case describes.
    """
    words = piece.split()
    return len(words) >= 2 and words[0][:1].islower() and "." not in words[0] and not roles.is_role(piece)


def _may_be_representative(piece: str) -> bool:
    """ "Org – Tecnología y Comunidad" describes the organisation; a representative has a given name.

    Only a first word known not to be a given name rules the piece out, so names
    missing from the dictionary still read as people.
    """
    first = piece.split()[0] if piece.split() else ""
    return given_names.is_given_name(first) is not False


# The dash as printed between an organisation and what follows it ("AKDAM- Adana ...", "D64 – Zentrum").
_PRINTED_DASH = re.compile(r"^\s*[-–—]+\s+")


def _join_org(parts: list[str], at: list[int], dash_at: int | None, body: str) -> str:
    """Join the organisation pieces; two joined by the line's dash keep it.

    "Amnesty International – UK Section" is one organisation and its section,
    written with a dash; pieces cut at commas are joined with a comma.
    """
    text = orgs.clean_org(parts[0])
    for k in range(1, len(parts)):
        dashed = at[k] == dash_at and at[k - 1] == dash_at - 1
        printed = (
            _PRINTED_DASH.search(body[body.find(parts[k - 1]) + len(parts[k - 1]) :]) if dashed else None
        )
        text += printed.group(0) if printed else ", "
        text += orgs.clean_org(parts[k])
    return text


# "Für den Verein X Jane Roe", "On behalf of X, Jane Roe": signing for an organisation.
_ON_BEHALF = re.compile(
    r"^(?:für\s+(?:den|die|das)|im\s+namen\s+(?:des|der)|on\s+behalf\s+of|for\s+the|pour\s+(?:le|la|l')|"
    r"por\s+(?:el|la|los|las)|pela|pelo|per\s+(?:il|la|l'))\s+(?=\S)",
    re.IGNORECASE,
)


def _on_behalf(body: str) -> str:
    """ "Für den Verein X Jane Roe" -> "Verein X – Jane Roe": the organisation, then who signs for it.

    Without a comma the signer is the name at the end, two or three words long
    and starting with a known given name; otherwise the line is left as it is.
    """
    match = _ON_BEHALF.match(body)
    if not match:
        return body
    rest = body[match.end() :]
    if "," in rest or " – " in rest or " - " in rest:
        return body
    tokens = rest.split()
    for k in (3, 2):
        if (
            len(tokens) > k + 1
            and given_names.is_given_name(tokens[-k])
            and names.person_score(" ".join(tokens[-k:])) == 2
        ):
            return f"{' '.join(tokens[:-k])} – {' '.join(tokens[-k:])}"
    return body


def parse_line(body: str, context: Context, prepared: Prepared | None = None) -> Fields:
    """Parse one entry's text (numbering already removed) into fields.

    Three stages, each recording its doubts on the result: the pieces of the
    line and its place (`_pieces_and_place`), what each piece is
    (`labelling.label_pieces`), and the fields filled from the labelled pieces
    (`_assemble`, `_settle_country`).
    """
    turned = _on_behalf(body)
    if turned != body:
        body, prepared = turned, None
    out = Fields()
    # "(verified)", "(in a personal capacity)": kept in the entry's text only.
    for note in notes(body):
        out.doubt("text", "status_note", f"note: {note}")
    parts, dash_at, place = _pieces_and_place(body, context, prepared, out)
    kinds = label_pieces(parts, dash_at, place, context, out)
    _assemble(parts, kinds, dash_at, body, out)
    _settle_country(out, context)
    return out


_INITIALS = re.compile(r"^(?:[A-Z]\.\s*){1,3}[A-Z]")
_JOINED = re.compile(r"^(?P<a>.+?)\s+(?:y|e|&|and|und|et)\s+(?P<b>[A-Z].+)$")


def _person_and_org(parts: list[str]) -> None:
    """ "Jane Roe & Lakeside Ploughshares": a person and the group she signs with, joined by "and".

    Only when the left side is plainly a person (a known given name or initials)
    and the right side starts with no given name, so two people stay together.
    """
    match = _JOINED.match(parts[0]) if parts else None
    if not match:
        return
    a, b = match["a"], match["b"]
    person = names.person_score(a) == 2 and (
        given_names.is_given_name(a.split()[0]) is True or _INITIALS.match(a) is not None
    )
    if (
        person
        and given_names.is_given_name(b.split()[0]) is not True
        and names.person_score(b) < 2
        or (person and orgs.org_score(b) >= 2)
    ):
        parts[0:1] = [a, b]


def _pieces_and_place(
    body: str, context: Context, prepared: Prepared | None, out: Fields
) -> tuple[list[str], int | None, places.Place | None]:
    """Cut the line, take its place off, and leave out what is neither name nor affiliation (scope, honours)."""
    cut, dash_at = prepared or prepare(body)
    parts = list(cut)
    after_address = _pieces_after_address(body, parts)
    if context.surname_first and surname_first(cut):
        parts[0:2] = [f"{parts[1]} {parts[0]}"]
        dash_at = dash_at - 1 if dash_at and dash_at > 1 else dash_at
        out.doubt("person", "surname_written_first", f"surname written first: read as {parts[0]}", 0.6)
    _person_and_org(parts)
    parts, place = _place_of(parts, context)
    address = postal_address(parts)
    if address:
        # "Acme, Hauptstraße 5, 10115 Berlin": an address is a place, never part of a name.
        # The town the line's dash joins to the postcode's is the other half of its name.
        joined = (
            place is not None and place.city is not None and dash_at == len(parts) and address[1] in parts[-1]
        )
        parts, town = address
        dash_at = dash_at if dash_at is not None and dash_at < len(parts) else None
        place = _address_place(town, place, joined)
    if not place and dash_at is not None and 2 <= dash_at < len(parts):
        # "Federation of River Associations, Berlin – Sabine Krüger, Chair": the
        # organisation's place stands before the dash that brings its representative.
        head, place = _place_of(parts[:dash_at], context)
        if (
            not place
            and dash_at == 2
            and orgs.org_score(parts[0]) >= 2
            and names.person_score(parts[2]) == 2
            and town_like(parts[1])
        ):
            # "Kayak Collective, Grand Marais – Ellen Strand": a town by its place in the line.
            head, place = parts[:1], places.Place(city=parts[1])
        if place:
            parts, dash_at = head + parts[dash_at:], len(head)
    address_at = next((n for n, p in enumerate(parts) if n and p in after_address), None)
    after = split_after_org(parts, dash_at, address_at) if len(parts) >= 2 else None
    if after:
        # "Name, Acme BV, Town, what Acme does": the town is the line's, the description no name.
        parts, town, described = after
        dash_at = dash_at if dash_at is not None and dash_at < len(parts) else None
        if town and not (place and place.city):
            place = (
                places.Place(city=town, region=place.region, country=place.country)
                if place
                else places.Place(city=town)
            )
        if described:
            out.doubt("organization", "description_left_out", "description left out: " + "; ".join(described))
    if place:
        out.city, out.region, out.country = place.city, place.region, place.country
        out.country_source = "line" if place.country else None
    if (
        not place
        and dash_at is not None
        and dash_at == len(parts) - 1
        and len(parts) >= 2
        and _is_scope(parts[-1])
    ):
        # "Acme Network - International", "X - Europe": where the organisation works, not a place or a name.
        out.doubt("country", "scope_not_a_country", f"scope left out: {parts[-1]}")
        parts, dash_at = parts[:-1], None
    honours = [p for p in parts[1:] if roles.is_honour(p)]
    if honours:
        # "Name, Nobel Peace Prize 1980, Org": honours are dropped, as the published list would keep them apart.
        parts = [parts[0]] + [p for p in parts[1:] if p not in honours]
        dash_at = None if dash_at is not None and dash_at >= len(parts) else dash_at
        out.doubt("title", "honour_left_out", "honour left out: " + "; ".join(honours))
    return parts, dash_at, place


def _address_place(town: str, place: places.Place | None, joined: bool) -> places.Place:
    """The postcode's town, or with the town after the line's dash one name ("2265 AB Oostdorp - Westdorp")."""
    if not place:
        return places.Place(city=town)
    if place.city and not joined:
        return place
    city = f"{town} - {place.city}" if place.city else town
    return places.Place(city=city, region=place.region, country=place.country)


def _pieces_after_address(body: str, parts: list[str]) -> set[str]:
    """The pieces that stood after the line's first web or e-mail address (which the cutting removed)."""
    before = text_before_address(body)
    if before is None:
        return set()
    kept = len(pieces(before)[0]) if before.strip(" ,;-–—") else 0
    return set(parts[kept:])


def _assemble(parts: list[str], kinds: list[str], dash_at: int | None, body: str, out: Fields) -> None:
    """Fill person, title and organisation from the labelled pieces."""
    org_parts: list[str] = []
    org_at: list[int] = []  # where each organisation piece stood in the line
    leftovers: list[str] = []
    for n, (part, kind) in enumerate(zip(parts, kinds, strict=True)):
        person_slot = out.person is None and (
            kind == "person"
            or kind == "person?"
            and (n == 0 and out.kind == "individual" or n == dash_at and _may_be_representative(part))
        )
        if person_slot:
            out.person = part
        elif kind == "role_org":
            title, org = roles.split_role(part, orgs.looks_like_org)
            if title and not out.title:
                out.title = title
            org_parts.append(org)
            org_at.append(n)
        elif kind == "role" and not out.title:
            out.title = part
        elif (
            kind == "org?"
            and out.kind == "individual"
            and not out.title
            and n > 0
            and part[:1].islower()
            and len(part.split()) <= 5
            and not any(w[:1].isupper() for w in part.split())
        ):
            # "Jean Dupont, sociologue", "Ana Lima, investigadora": a lower-case
            # description after a name, in any language, says what the person is.
            out.title = part
        elif kind in {"org", "org?", "person?"} and org_parts and _describes(part):
            # "Acme BV, full service web bureau": what the organisation does is not its name.
            out.doubt("organization", "description_left_out", f"description left out: {part}")
        elif kind in {"org", "org?", "person?"}:
            org_parts.append(part)
            org_at.append(n)
        elif kind == "person" and (not org_parts or out.kind == "individual" and n == len(parts) - 1):
            # A second name-like piece is more often an organisation without a
            # telling word ("Blue Planet") than a second signatory on the line;
            # last on a person's line it is a unit of the affiliation ("UC San Diego").
            org_parts.append(part)
            org_at.append(n)
            out.doubt(
                "organization", "second_name_read_as_organisation", f"organisation guessed: {part}", 0.3
            )
        else:
            leftovers.append(part)
    if org_parts:
        out.organization = orgs.clean_org(_join_org(org_parts, org_at, dash_at, body))
    if out.person:
        out.honorific, person = honorifics.split_honorific(names.clean_person(out.person))
        person, post = honorifics.split_postnominals(person)
        if post:
            out.honorific = out.honorific or honorifics.honorific_from_postnominals(post)
            out.doubt(
                "honorific", "postnominals_left_out", "letters after the name left out: " + " ".join(post)
            )
        out.person = names.clean_person(person)
    if out.title:
        out.title = orgs.strip_final_period(out.title.strip())
    if leftovers:
        out.doubt("text", "pieces_not_understood", "not understood: " + "; ".join(leftovers), 0.0)


def _settle_country(out: Fields, context: Context) -> None:
    """The country from the line, else from its heading, else (organisations only) from the name."""
    if out.kind == "individual" and out.organization and not (out.city or out.region or out.country):
        _place_in_parenthesis(out)
    if not out.country and context.heading_country:
        out.country, out.country_source = context.heading_country, "heading"
    # The organisation's name says where an organisation is; for a person it only
    # says where their employer is, so it is not used for individuals.
    if not out.country and out.kind == "organization" and out.organization:
        out.country, warning = places.infer_country(out.organization)
        out.country_source = "name" if out.country else None
        if warning:
            out.doubt("country", "several_countries_named", warning, 0.0)
    if out.city and not out.country:
        out.doubt("country", "country_not_stated", "country not stated")
    if not out.person and not out.organization:
        out.doubt("person", "no_name_found", "no name or organisation found", 0.0)


_PARENTHESIS_AT_END = re.compile(r"^(?P<head>.*[^\s(])\s*\((?P<inner>[^()]+)\)$")


def _place_in_parenthesis(out: Fields) -> None:
    """ "Maria Rossi — Legambiente (Italy)": the place is the person's, not part of a name.

    An organisation keeps "(France)" in its name ("Comité des Marais (France)"),
    because that is how it signs; after a person's affiliation the parenthesis
    says where the signatory is.
    """
    match = _PARENTHESIS_AT_END.match(out.organization or "")
    if not match:
        return
    inner = [p.strip() for p in match["inner"].split(",")]
    place = places.parse_place(inner[-1])
    if not place or place.city or len(inner) > 2:
        return
    city = inner[0] if len(inner) == 2 else None
    if city and not gazetteer.is_city(city):
        return
    out.organization = match["head"].strip()
    out.city, out.region, out.country = city, place.region, place.country
    out.country_source = "line" if place.country else None
