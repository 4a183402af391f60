"""Where a signatory line says its signatory is: the place pieces at its end.

"..., Chicago, IL" gives a city and a region, "Stichting Samen Sterk, Rotterdam" a
known city, "Danube Wetlands Network, Tulln" under a country heading a small town.
"""

from __future__ import annotations

import re

from . import gazetteer, given_names, honorifics, names, orgs, places, roles
from .piece_kinds import classify
from .words.joins import PHRASE_JOINERS, PLACE_PARTICLES

_CITY_OF = re.compile(
    r"^(?:ciudad|cidade|city|ville|città|stadt|municipio|município)\s+(?:de|of|di|du)?\s*[A-Z]", re.IGNORECASE
)


def place_tail(parts: list[str]) -> tuple[list[str], places.Place | None, list[str]]:
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
    if country and not region and not city:
        levels = _place_levels(rest)
        if levels:
            # "Org, Chilecito, La Rioja, Argentina": the town first, the province last.
            city, region = levels[0], levels[-1]
            used[0:0] = rest[-len(levels) :]
            del rest[-len(levels) :]
    if (region or country) and not city and len(rest) > 1:
        candidate = rest[-1]
        if (
            orgs.org_score(candidate) < 2
            and not roles.is_role(candidate)
            and len(candidate.split()) <= 4
            and candidate[:1].isupper()
            and not any(ch.isdigit() for ch in candidate)
            # "Cultura en Derechos Humanos", "Arts and Crafts": a phrase joined by a connecting word is no town.
            and not any(w in PHRASE_JOINERS for w in candidate.split())
            # "UC San Diego", "UW Madison": an acronym makes it a campus, not a town.
            and not any(len(t) > 1 and t.isupper() for t in candidate.split())
        ):
            city = rest.pop()
            used.insert(0, city)
    # A known city standing alone at the end ("Stichting Samen Sterk, Rotterdam",
    # "Jane Doe, Berlin"). It says nothing sure about the country, so sets none.
    if not city and len(rest) > 1 and is_city_piece(rest[-1]) and not university_shorthand(rest):
        city = rest.pop()
        used.insert(0, city)
    if len(rest) > 1 and _CITY_OF.match(rest[-1]) and not region:
        # "Org, ciudad de Villa Sol, Córdoba, Argentina": the piece that says "city of" is the city.
        if city and country and places.is_subdivision(city, country):
            region, city = city, None
        if not city:
            city = rest.pop()
            used.insert(0, city)
    if not (city or region or country):
        return parts, None, []
    if (
        country
        and city
        and not region
        and places.is_subdivision(city, country)
        and not gazetteer.is_city(city)
    ):
        # "Org, Chaco, Argentina": a province named alone is the region. A name that is
        # also a known city ("Berlin", "Córdoba") stays the city, its likelier reading.
        region, city = city, None
    return rest, places.Place(city=city, region=region, country=country), used


def _place_level(piece: str) -> bool:
    """A town, province or valley as written before a country ("Valle del Tránsito", "Tercera Región")."""
    tokens = piece.split()
    return (
        1 <= len(tokens) <= 5
        and tokens[0][:1].isupper()
        and all(t[:1].isupper() or t in PLACE_PARTICLES for t in tokens)
        and all(t.replace("-", "").replace(".", "").isalpha() for t in tokens)
        and not any(len(t) > 1 and t.isupper() for t in tokens)
        and orgs.org_score(piece) < 2
        and not roles.is_role(piece)
        and not honorifics.split_honorific(piece)[0]
        # "Taty Almeida" is a person; "Valle del Huasco" (a particle after the first word) a place.
        and not (
            given_names.is_given_name(tokens[0]) and len(tokens) > 1 and tokens[1] not in PLACE_PARTICLES
        )
    )


def _place_levels(rest: list[str]) -> list[str]:
    """Two to four place pieces before a country, never the line's first piece.

    Several levels of place ("town, valley, province, country") are how many
    lists locate a signatory; one piece alone stays for the caller to judge.
    """
    levels: list[str] = []
    k = len(rest) - 1
    while k >= 1 and len(levels) < 4 and _place_level(rest[k]):
        levels.insert(0, rest[k])
        k -= 1
    return levels if len(levels) >= 2 else []


def town_after_org(parts: list[str]) -> bool:
    """ "Danube Wetlands Network, Tulln": one or two capitalised words after an organisation.

    Also after a person's role ("Kevin Marsh, Fisherman, Ludington"), since a
    role is never followed by a second name.
    """
    last = parts[-1]
    return town_like(last) and (
        orgs.org_score(parts[0]) >= 2
        or len(parts) >= 3
        and names.person_score(parts[0]) == 2
        and (roles.is_role(parts[-2]) or roles.is_occupation(parts[-2]))
    )


def town_like(piece: str) -> bool:
    """One or two capitalised words that are no organisation, role or personal name ("Two Harbors")."""
    tokens = piece.split()
    return (
        1 <= len(tokens) <= 2
        and all(t[:1].isupper() and t.isalpha() and not t.isupper() for t in tokens)
        and orgs.org_score(piece) < 2
        and (names.person_score(piece) < 2 or given_names.is_given_name(tokens[0]) is False)
        and not roles.is_role(piece)
        and not honorifics.split_honorific(piece)[0]
    )


def university_shorthand(parts: list[str]) -> bool:
    """ "Jane Doe, Professor, Stanford": the last piece is the university, since nothing else is."""
    return gazetteer.is_university_town(parts[-1]) and not any(
        classify(p) in {"org", "role_org"} for p in parts[:-1]
    )


def is_city_piece(piece: str) -> bool:
    return (
        gazetteer.is_city(piece)
        and orgs.org_score(piece) < 2
        and not roles.is_role(piece)
        and not honorifics.split_honorific(piece)[0]
    )


# "10115 Berlin", "2265 DG Leidschendam", "D-10115 Berlin": a postcode, then the town.
_POSTCODE_TOWN = re.compile(
    r"^(?:[A-Z]{1,2}-)?\d{4,5}(?P<letters>\s?[A-Z]{2})?\s+(?P<town>[A-ZÀ-Þ][a-zß-ÿ][\w'’ .-]*)$"
)
# "De Wickelaan 11", "Hauptstraße 5a", "12 Rue du Port": a street with its house number.
_STREET = re.compile(r"^(?:[^\d,]+\s\d{1,5}[a-zA-Z]?|\d{1,5}[a-zA-Z]?,?\s[^\d,]+)$")


def postal_address(parts: list[str]) -> tuple[list[str], str] | None:
    """ "Acme, Hauptstraße 5, 10115 Berlin": a street and a postcode with its town are an address.

    Returns the pieces without the address, and the town. The postcode must
    come with a street before it, Dutch postcode letters or a known town, so
    that "2030 Vision" stays a name.

    >>> postal_address(["Okkerlo", "De Wickelaan 11", "2265 DG Nieuwdorp"])
    (['Okkerlo'], 'Nieuwdorp')
    >>> postal_address(["Okkerlo", "2030 Vision"]) is None
    True
    """
    for k in range(len(parts) - 1, 0, -1):
        match = _POSTCODE_TOWN.match(parts[k])
        if not match:
            continue
        street = k >= 2 and _STREET.match(parts[k - 1]) is not None
        town = match["town"].strip()
        if street or match["letters"] or gazetteer.is_city(town):
            start = k - 1 if street else k
            rest = parts[k + 1 :]
            if rest and all(town_like(p) for p in rest):
                # "2265 AB Oostdorp - Westdorp": a town after the postcode's is the other half of its name.
                return parts[:start], " - ".join([town, *rest])
            return parts[:start] + rest, town
    return None
