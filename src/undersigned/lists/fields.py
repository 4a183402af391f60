"""Read the fields of one signatory line.

A line is cut into pieces at commas, semicolons, spaced dashes and sentence
full stops; each piece is then recognised as a place, a role, a personal name
or an organisation. The first piece decides the kind of signatory: a line that
starts with a person is an individual (with an affiliation), a line that starts
with an organisation is the organisation signing (with its representative).

`piece_kinds.py` says what each piece is and `line_places.py` takes the place
pieces off the end; this module puts the fields together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import gazetteer, given_names, honorifics, names, orgs, places, roles
from .cutting import Prepared, notes, pieces, prepare, tidy
from .line_places import place_tail, town_after_org, town_like
from .model import Doubt
from .piece_kinds import (
    classify,
    role_after_name,
    starts_with_org,
    starts_with_person,
    surname_first,
    titles_after_dash,
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


@dataclass
class Context:
    """What the surrounding list tells about a line."""

    heading_kind: str | None = None
    heading_country: str | None = None
    # Share of the list's lines that clearly start with a personal name.
    people_share: float = 0.0
    # What the statement says its signers are ("We, the undersigned businesses").
    statement_kind: str | None = None
    # Share of the other entries of the line's group that start with an
    # organisation (of the whole list when the group is small); None if too few.
    org_share: float | None = None
    # The group writes "Surname, Given name" throughout ("Müller, Hans, Universität Hamburg").
    surname_first: bool = False


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
    # Where the country came from: "line" (stated on it), "heading", "name" (read in the organisation's name).
    country_source: str | None = None
    doubts: list[Doubt] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [d.message for d in self.doubts]

    def doubt(self, field_name: str, reason: str, message: str, margin: float | None = None) -> None:
        self.doubts.append(Doubt(field=field_name, reason=reason, message=message, margin=margin))


def _place_of(parts: list[str], context: Context) -> tuple[list[str], places.Place | None]:
    """The place pieces at the end of `parts`, and what is left."""
    rest, place, _ = place_tail(parts)
    if not place and context.heading_country and len(parts) >= 2 and town_after_org(parts):
        # Under a country heading "Org, Town" is the usual shape, and small
        # towns ("Tulln", "Třeboň") are in no gazetteer.
        return parts[:-1], places.Place(city=parts[-1])
    return rest, place


def _unnamed_by_person(piece: str, context: Context, people_list: bool) -> bool:
    """A name-shaped piece that is an organisation: "Sustain Dane", "Budapest Danube Rowers".

    Its first word is no known given name, and either nearly all the lines
    around it are organisations, or (outside a list of people) that word is a
    town's name. Names with more than their shape to show them ("Dr.", an
    initial, a particle) stay people, and so does every name when no
    dictionary of given names is installed.
    """
    if names.plainly_a_person(piece):
        return False
    first = piece.split()[0]
    if given_names.is_given_name(first) is not False:
        return False
    # Most lines around it are organisations: a name-shaped line whose first word
    # is no given name is one more ("Ankara Feminists", "Women's Theatre").
    if context.org_share is not None and context.org_share >= 0.6:
        return True
    return not people_list and gazetteer.is_city(first)


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
    """Parse one entry's text (numbering already removed) into fields."""
    turned = _on_behalf(body)
    if turned != body:
        body, prepared = turned, None
    out = Fields()
    # "(verified)", "(in a personal capacity)": kept in the entry's text only.
    for note in notes(body):
        out.doubt("text", "status_note", f"note: {note}")
    cut, dash_at = prepared or prepare(body)
    parts = list(cut)
    if context.surname_first and surname_first(cut):
        parts[0:2] = [f"{parts[1]} {parts[0]}"]
        dash_at = dash_at - 1 if dash_at and dash_at > 1 else dash_at
        out.doubt("person", "surname_written_first", f"surname written first: read as {parts[0]}", 0.6)
    parts, place = _place_of(parts, context)
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
    kinds = [classify(p) for p in parts]
    # "Org – Person": when a name follows the dash, what stands before it is the
    # organisation, even if it reads like a name ("Saatgut-Initiative Hessen").
    if (
        dash_at == 1
        and len(parts) > 1
        and kinds[1] == "person"
        and kinds[0] in {"person", "person?"}
        and not honorifics.split_honorific(parts[0])[0]
    ):
        kinds[0] = "org"
    titles_after_dash(parts, kinds, dash_at)
    role_after_name(parts, kinds, dash_at)

    people_list = context.heading_kind == "individual" or (
        context.heading_kind is None
        and (context.people_share >= 0.5 or context.statement_kind == "individual")
    )
    # "We, the undersigned businesses": "Eileen Fisher, Irvington, NY" is a company.
    # Only a bare name (with at most a place) is read so; a title, an honorific or
    # an affiliation still makes a person.
    if (
        context.heading_kind is None
        and context.statement_kind == "organization"
        and kinds == ["person"]
        and dash_at is None
        and not names.plainly_a_person(parts[0])
    ):
        kinds[0] = "org"
        out.doubt(
            "kind",
            "statement_signed_by_organisations",
            "kind guessed as organization: the statement is signed by organisations",
            0.3,
        )
    if (
        context.heading_kind is None
        and kinds
        and kinds[0] == "person"
        and not (dash_at == 1 and len(kinds) > 1 and kinds[1] in {"org", "role_org"})
        and _unnamed_by_person(parts[0], context, people_list)
    ):
        kinds[0] = "org"
        out.doubt(
            "kind",
            "no_known_given_name",
            "kind guessed as organization: its first word is no known given name",
            0.3,
        )
    # A glued "Name Organisation" in a list of people.
    # Only with a place after it ("Name Org, City, ST") or under an "Individuals"
    # heading: otherwise "Northern Lakes Canoe Guides" would lose two words.
    if (
        kinds
        and kinds[0] in {"org", "org?"}
        and people_list
        and "person" not in kinds
        and (place or context.heading_kind == "individual")
    ):
        glued = names.split_glued_name(parts[0])
        if glued:
            parts[0:1] = list(glued)
            kinds[0:1] = ["person", "org"]
            out.doubt(
                "person",
                "name_glued_to_organisation",
                "name and organisation were not separated; split guessed",
                0.2,
            )

    # Under an "Organizations" heading a lone name-like line ("Médecins Sans
    # Frontières") is an organisation, unless a dash or honorific says otherwise.
    if (
        context.heading_kind == "organization"
        and kinds
        and kinds[0] in {"person", "person?"}
        and dash_at != 1
        and not honorifics.split_honorific(parts[0])[0]
    ):
        kinds[0] = "org"
    first = kinds[0] if kinds else "org?"
    if first == "person" or (first == "person?" and (people_list or len(parts) > 1 and dash_at != 1)):
        out.kind = "individual"
    else:
        out.kind = "organization"
    if first in {"person?", "org?"} and context.heading_kind is None:
        out.doubt("kind", "kind_guessed", f"kind guessed as {out.kind}", 0.1)
    if context.heading_kind:
        out.kind = context.heading_kind

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
    return out


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
