"""Countries, nationalities and US states/Canadian provinces.

Country names come from babel (English CLDR names, which are the forms people write:
"South Korea", "Bolivia") and pycountry (official and common names). Nationality
adjectives are not in either library, so they are kept in `words/places.py`.

Two kinds of question are answered:

* `parse_place(segment)` - is this whole comma-separated piece a place ("IL",
  "Illinois", "Germany", "Washington DC")?
* `countries_in_name(name)` - which countries does an organisation name mention
  ("Federation of Wetland Friends in Portugal" -> {"PT"})? Multi-country words
  ("Nordic", "North American") return a veto so the caller stays null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from babel import Locale

from .words.places import (
    AMBIGUOUS_COUNTRY_NAMES,
    AP_STATES,
    COUNTRY_ALIASES,
    DEMONYMS,
    LOCAL_ADJECTIVES,
    MULTI_COUNTRY_WORDS,
    MULTI_DEMONYM_CODES,
    PROVINCES_FR,
    REGION_HEADINGS,
    UK_COUNTIES,
    US_COMMUNITY_WORDS,
)
from .words.places import (
    ENDONYMS as _ENDONYMS,
)  # kept under its old name: tests/lists checks it against babel


@dataclass(frozen=True)
class Place:
    """What a location segment says; any field may be None."""

    city: str | None = None
    region: str | None = None
    country: str | None = None


def _key(text: str) -> str:
    return " ".join(text.strip().strip(".").replace("’", "'").split()).casefold()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Map casefolded country name -> alpha-2, from babel, pycountry and aliases."""
    names: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        for variant in {name, name.replace("&", "and"), name.replace("St.", "Saint")}:
            if _key(variant) not in AMBIGUOUS_COUNTRY_NAMES:
                names.setdefault(_key(variant), code)

    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}:
            add(re.sub(r"\s*\(.*\)", "", name).replace(" - ", " "), code)
            inner = re.search(r"\((.*)\)", name)
            if inner:
                add(inner.group(1), code)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                add(value, country.alpha_2)
    for name, code in _ENDONYMS.items():
        add(name, code)
    for alias, code in COUNTRY_ALIASES.items():
        names[_key(alias)] = code
    return names


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[str, str]]:
    """Map casefolded US state / Canadian province name or code -> (region code, country)."""
    regions: dict[str, tuple[str, str]] = {}
    for country in ("US", "CA"):
        for sub in pycountry.subdivisions.get(country_code=country):
            short = sub.code.split("-")[1]
            regions[_key(sub.name)] = (short, country)
            regions[short.casefold()] = (short, country)
    for name, short in PROVINCES_FR.items():
        regions[_key(name)] = (short, "CA")
    regions["d.c"] = ("DC", "US")
    for abbr, code in AP_STATES.items():
        regions[_key(abbr)] = (code, "US")
    return regions


def country_code(text: str) -> str | None:
    """Alpha-2 code if the whole text names one country.

    >>> country_code("the Netherlands"), country_code("U.S.A."), country_code("Atlantis")
    ('NL', 'US', None)
    """
    key = _key(text)
    if key.startswith("the "):
        key = key[4:]
    return _country_names().get(key) or _country_names().get(_key(text))


def region_code(text: str) -> tuple[str, str] | None:
    """(region, country) if the whole text is a US state or Canadian province.

    Two-letter codes must be written in capitals: "IN" is Indiana, "in" is a word.

    >>> region_code("IL"), region_code("Illinois"), region_code("Ill."), region_code("in")
    (('IL', 'US'), ('IL', 'US'), ('IL', 'US'), None)
    """
    stripped = text.strip()
    if len(stripped.strip(".")) == 2 and not stripped.strip(".").isupper():
        return None
    return _regions().get(_key(stripped))


_ZIP = re.compile(r"\s+\d{5}(?:-\d{4})?$")
_UK_POSTCODE = re.compile(r"(?:(?P<city>[A-Z][A-Za-z.'’ -]*?)\s+)?[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}")
_CITY_REGION = re.compile(r"(?P<city>[A-Z][\w.'’ -]*?)\s+(?P<region>[A-Z]{2}|D\.C\.?|[A-Z][a-z]{1,4}\.)")


@lru_cache(maxsize=16384)
def parse_place(segment: str) -> Place | None:
    """Read a comma-separated piece that is wholly a place, else None.

    >>> parse_place("Washington DC")
    Place(city='Washington', region='DC', country='US')
    >>> parse_place("Germany")
    Place(city=None, region=None, country='DE')
    """
    text = segment.strip().rstrip(".") if not segment.strip().endswith(".C.") else segment.strip()
    if not text:
        return None
    # A ZIP code adds nothing the state does not say: "TX 78701" is Texas.
    if text[-1].isdigit() and _ZIP.search(text):
        return parse_place(_ZIP.sub("", text)) if _ZIP.sub("", text) else None
    postcode = _UK_POSTCODE.fullmatch(text)
    if postcode:
        city = postcode["city"].strip() if postcode["city"] else None
        return Place(city=city, country="GB")
    if _key(text) in UK_COUNTIES:
        return Place(region=text, country="GB")
    region = region_code(text) or region_code(segment)
    if region:
        return Place(region=region[0], country=region[1])
    code = country_code(text)
    if code:
        return Place(country=code)
    # "Chicago IL", "Washington D.C.", "Toronto ON": a city glued to a region code.
    match = _CITY_REGION.fullmatch(segment.strip())
    if match and not any(ch.isdigit() for ch in match["city"]):
        region = region_code(match["region"])
        if region:
            return Place(city=match["city"].strip(), region=region[0], country=region[1])
    return None


@lru_cache(maxsize=1)
def _subdivision_names() -> dict[str, str]:
    """US states and Canadian provinces by name ("Florida", "Québec"), for names of organisations."""
    found = {
        _key(sub.name): country
        for country, kinds in (("US", {"State"}), ("CA", {"Province", "Territory"}))
        for sub in pycountry.subdivisions.get(country_code=country)
        if sub.type in kinds and _key(sub.name) != "georgia"
    }
    found.update({_key(name): "CA" for name in PROVINCES_FR})
    return found


@lru_cache(maxsize=1)
def _name_pattern() -> tuple[re.Pattern[str], dict[str, str | None]]:
    """One regex over every country, state, demonym and multi-country word.

    Longest alternatives come first, so "New Jersey" beats "Jersey" and
    "North American" beats "American".
    """
    table: dict[str, str | None] = {}
    for name, code in _country_names().items():
        if len(name) > 3 or name in {"usa", "uk"}:
            table[name] = code
    for code, words in DEMONYMS.items():
        if code in MULTI_DEMONYM_CODES:
            table[_key(MULTI_DEMONYM_CODES[code])] = code
        else:
            for word in words.split():
                table[_key(word)] = code
    table["new zealander"] = "NZ"
    for code, words in LOCAL_ADJECTIVES.items():
        for word in words.split():
            table[_key(word)] = code
    for key, code in _subdivision_names().items():
        table[key] = code
    # "Asian American", "African-American": a US community, not another continent.
    for word in US_COMMUNITY_WORDS:
        for sep in (" ", "-"):
            table[_key(f"{word}{sep}American")] = "US"
            table[_key(f"{word}{sep}Americans")] = "US"
    for word in MULTI_COUNTRY_WORDS:
        table[_key(word)] = None
    pattern = re.compile(r"(?<!\w)(" + _trie_regex(table) + r")(?!\w)", re.IGNORECASE)
    return pattern, table


def _trie_regex(words) -> str:
    """One alternation for many words, shared prefixes factored out.

    A flat "a|b|c" of some 600 names is tried name by name at every position
    of every organisation name; the trie form rejects a position after one or
    two characters. Longer continuations are tried before a word may end, so
    the longest name still wins ("New Jersey" over "New").
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return build(trie)


@lru_cache(maxsize=16384)
def countries_in_name(name: str) -> tuple[frozenset[str], bool]:
    """Countries a name mentions and whether it also has a multi-country word.

    Only capitalised mentions count ("polish" the verb is not Poland).

    >>> countries_in_name("Federation of Wetland Friends in Portugal")
    (frozenset({'PT'}), False)
    >>> sorted(countries_in_name("Council of Nordic Marsh Associations (Sweden, Norway)")[0])
    ['NO', 'SE']
    """
    pattern, table = _name_pattern()
    codes: set[str] = set()
    multi = False
    for match in pattern.finditer(name):
        if not match.group(1)[0].isupper():
            continue
        code = table.get(" ".join(match.group(1).split()).casefold())
        if code is None:
            multi = True
        else:
            codes.add(code)
    return frozenset(codes), multi


def ends_with_region(text: str) -> bool:
    """Whether a phrase ends with a US state or Canadian province: "SEIU California".

    A state is a given name only at the start ("Virginia Woolf"), never a surname.

    >>> ends_with_region("SEIU California"), ends_with_region("Health Access New York"), ends_with_region("Virginia Woolf")
    (True, True, False)
    """
    tokens = text.split()
    if len(tokens) < 2 or tokens[-1].casefold() not in _subdivision_last_words():
        return False
    regions = _subdivision_names()
    return any(len(tokens) > size and _key(" ".join(tokens[-size:])) in regions for size in (1, 2, 3))


@lru_cache(maxsize=1)
def _subdivision_last_words() -> frozenset[str]:
    return frozenset(name.split()[-1] for name in _subdivision_names())


@lru_cache(maxsize=16384)
def names_a_country(text: str) -> bool:
    """Whether a phrase mentions a country, a nationality or a region of several countries.

    US states and Canadian provinces do not count: "Virginia Woolf" and
    "Florence Carolina Ortiz" are names of people.

    >>> names_a_country("Kenya Mangrove Network"), names_a_country("Virginia Woolf")
    (True, False)
    """
    pattern, table = _name_pattern()
    subdivisions = _subdivision_names()
    for match in pattern.finditer(text):
        found = match.group(1)
        key = " ".join(found.split()).casefold()
        if found[0].isupper() and key not in subdivisions:
            return True
    return False


def infer_country(name: str) -> tuple[str | None, str | None]:
    """The one country an organisation name implies, plus a warning when unsure.

    >>> infer_country("Green Delta Union of Austria")
    ('AT', None)
    >>> infer_country("Board of the North American Wetland Alliance")
    (None, None)
    """
    codes, multi = countries_in_name(name)
    if multi or not codes:
        return None, None
    if len(codes) > 1:
        return None, "several countries are named: " + ", ".join(sorted(codes))
    return next(iter(codes)), None


def is_region_heading(text: str) -> bool:
    """True for a line such as "Africa" or "Latin America" used as a heading."""
    key = _key(text)
    return key in {_key(w) for w in MULTI_COUNTRY_WORDS} or key in REGION_HEADINGS


@lru_cache(maxsize=256)
def _subdivisions(country: str) -> dict[str, str]:
    try:
        found = pycountry.subdivisions.get(country_code=country) or []
    except (KeyError, LookupError):
        return {}
    return {_key(sub.name): sub.name for sub in found if getattr(sub, "parent_code", None) is None}


def is_subdivision(text: str, country: str) -> bool:
    """Whether `text` names a first-level division (province, state, region) of `country` (ISO 3166-2).

    >>> is_subdivision("Córdoba", "AR"), is_subdivision("Rosario", "AR"), is_subdivision("Bavaria", "FR")
    (True, False, False)
    """
    return _key(text) in _subdivisions(country)
