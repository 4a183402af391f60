"""Organisation names: what makes a phrase one, and company suffixes."""

from __future__ import annotations

import re
from functools import lru_cache

# Nouns that name an organisation and are (almost) never a surname.
STRONG_ORG_WORDS = {
    "union",
    "unions",
    "society",
    "societies",
    "association",
    "associations",
    "network",
    "networks",
    "university",
    "universität",
    "universidad",
    "université",
    "college",
    "institute",
    "institution",
    "foundation",
    "fundación",
    "council",
    "federation",
    "alliance",
    "coalition",
    "club",
    "cooperative",
    "co-operative",
    "co-op",
    "coop",
    "center",
    "centre",
    "committee",
    "project",
    "circle",
    "library",
    "libraries",
    "fund",
    "campaign",
    "company",
    "corporation",
    "organization",
    "organisation",
    "organizations",
    "organisations",
    "movement",
    "initiative",
    "league",
    "ministry",
    "ministries",
    "department",
    "school",
    "schools",
    "academy",
    "hospital",
    "museum",
    "forum",
    "collective",
    "congress",
    "assembly",
    "party",
    "bureau",
    "commission",
    "chamber",
    "guild",
    "syndicate",
    "conservancy",
    "sanctuary",
    "partnership",
    "consulting",
    "consultancy",
    "services",
    "solutions",
    "group",
    "groups",
    "families",
    "teachers",
    "workers",
    "citizens",
    "residents",
    "youth",
    "women",
    "students",
    "parents",
    "neighbors",
    "neighbours",
    "alumni",
    "fishers",
    "fishermen",
    "farmers",
    "growers",
    "nurses",
    "physicians",
    "scientists",
    "lawyers",
    "readers",
    "writers",
    "artists",
    "birdwatchers",
    "friends",
    "agency",
    "authority",
    "office",
    "clinic",
    "churches",
    "diocese",
    "parish",
    "mosque",
    "synagogue",
    "temple",
    "congregation",
    "mission",
    "trust",
    "board",
    "team",
    "lab",
    "labs",
    "laboratory",
    "observatory",
    "program",
    "programme",
    "platform",
    "hub",
    "shelter",
    "housing",
    "caucus",
    "chapter",
    "branch",
    "cooperation",
    "rescue",
    "watch",
    "action",
    "ngo",
    "cso",
    "trade",
    "industries",
    "energy",
    "press",
    "media",
    "news",
    "magazine",
    "journal",
    "radio",
    "studio",
    "studios",
    "gallery",
    "theatre",
    "theater",
    "festival",
    "fellowship",
    "sisters",
    "order",
    "kitchen",
    "pantry",
    "market",
    "store",
    "cafe",
    "café",
    "restaurant",
    "farm",
    "farms",
    "collaborative",
    "secretariat",
    "directorate",
    "federación",
    "verein",
    "verband",
    "stiftung",
    "bund",
    "fédération",
    "syndicat",
    "asociación",
    "associação",
    "instituto",
    "centro",
    "fondation",
    "initiatives",
    "advocates",
    "defenders",
    "allies",
    "coalitions",
    "councils",
    "communities",
    "community",
    "people",
    "peoples",
    "rights",
    "justice",
    "peace",
    "climate",
    "environment",
    "environmental",
    "earth",
    "conservation",
    "protection",
    "defense",
    "defence",
    "heritage",
    "room",
    "house",
    "home",
    "relief",
    "aid",
    "care",
    "health",
    "education",
    "development",
    "research",
    "studies",
    "sciences",
    "international",
    "global",
    "national",
    "regional",
    "local",
    "world",
    "united",
    "solidarity",
    "ecology",
    "wildlife",
    "nature",
    "mangroves",
    "wetlands",
    "wetland",
    "forests",
    "oceans",
    "water",
    "public",
    "reading",
    "committees",
    "llc",
    "inc",
    "ltd",
    "gmbh",
    "corp",
    "plc",
    "llp",
    "sa",
    "ag",
    "bv",
    "nv",
    "e.v",
    "ev",
    "ggmbh",
    "cic",
    "cio",
    "pta",
    "pto",
    # Other languages' words for the same things, as they appear in international lists.
    "réseau",
    "rete",
    "red",
    "associazione",
    "asociacion",
    "vereinigung",
    "gesellschaft",
    "arbeitsgemeinschaft",
    "netzwerk",
    "bündnis",
    "aktion",
    "kreis",
    "förderverein",
    "stichting",
    "vereniging",
    "forening",
    "förening",
    "förbundet",
    "liitto",
    "yhdistys",
    "fundacja",
    "stowarzyszenie",
    "związek",
    "instytut",
    "fondazione",
    "organizzazione",
    "federazione",
    "comitato",
    "comité",
    "collectif",
    "colectivo",
    "coletivo",
    "cooperativa",
    "fundação",
    "fundacion",
    "movimento",
    "movimiento",
    "frente",
    "unión",
    "sindicato",
    "plataforma",
    "plateforme",
    "zentrum",
    "confédération",
    "confederation",
    "confederación",
    "amis",
    "freunde",
    "amigos",
    "amici",
    "coordination",
    "coordinadora",
    "observatorio",
    "observatoire",
    "kollektiv",
    # Greek, Cyrillic and Turkish words for the same, as written in international lists.
    "δίκτυο",
    "ένωση",
    "σύλλογος",
    "οργάνωση",
    "ίδρυμα",
    "κέντρο",
    "ομοσπονδία",
    "κίνημα",
    "ассоциация",
    "союз",
    "центр",
    "фонд",
    "сеть",
    "общество",
    "движение",
    "организация",
    "комитет",
    "спілка",
    "асоціація",
    "мережа",
    "derneği",
    "dernek",
    "vakfı",
    "vakıf",
    "federasyonu",
    "birliği",
    "sendikası",
    "platformu",
    "ağı",
    "merkezi",
    "girişimi",
    "kooperatifi",
    "surgery",
    "bakery",
    "pharmacy",
    "practice",
    "brewery",
    "workshop",
    "clinics",
    # Direction and scale words that start organisation names but not personal names.
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "greater",
    "upper",
    "lower",
    "midwest",
}
# Nouns that suggest an organisation but are also common surnames or first names.
WEAK_ORG_WORDS = {
    "green",
    "hall",
    "bishop",
    "church",
    "bank",
    "land",
    "field",
    "brooks",
    "rivers",
    "wood",
    "woods",
    "lane",
    "hill",
    "ford",
    "park",
    "mills",
}

COMPANY_SUFFIXES = {
    "llc",
    "l.l.c",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "gmbh",
    "ggmbh",
    "ag",
    "sa",
    "s.a",
    "plc",
    "llp",
    "lp",
    "l.p",
    "corp",
    "corporation",
    "co",
    "bv",
    "b.v",
    "nv",
    "n.v",
    "pty ltd",
    "pty",
    "s.l",
    "sl",
    "srl",
    "s.r.l",
    "e.v",
    "ev",
    "ab",
    "as",
    "asa",
    "oy",
    "kg",
    "pbc",
    "p.c",
    "pc",
    "sarl",
    "s.a.r.l",
    "spa",
    "s.p.a",
    "cic",
    "a/s",
    "aps",
    "sas",
    "s.a.s",
    "kft",
    "sp. z o.o",
    "ltda",
    "s.a. de c.v",
    "bhd",
    "sdn bhd",
    "pte ltd",
    "pvt ltd",
    "pvt. ltd",
}

_LOWER_JOINERS = {
    "of",
    "for",
    "the",
    "and",
    "in",
    "on",
    "at",
    "to",
    "de",
    "des",
    "du",
    "la",
    "le",
    "del",
    "della",
    "di",
    "da",
    "do",
    "dos",
    "das",
    "für",
    "und",
    "et",
    "y",
    "e",
    "against",
    "with",
    "without",
    "by",
    "from",
    "&",
}


# Germanic and Nordic languages write "association", "foundation" as the end of
# one compound word: "Naturfredningsforening", "Umwelthilfe", "Kulturstiftung".
_COMPOUND_ENDINGS = (
    "forening",
    "förening",
    "foreningen",
    "föreningen",
    "forbund",
    "förbund",
    "forbundet",
    "förbundet",
    "verein",
    "verband",
    "stiftung",
    "gesellschaft",
    "hilfe",
    "netzwerk",
    "initiative",
    "zentrum",
    "bündnis",
    "vereniging",
    "stichting",
    "genootschap",
    "selskab",
    "sällskap",
    "sällskapet",
    "liitto",
    "yhdistys",
    "säätiö",
    "samfund",
    "samfundet",
    "organisasjon",
    "organisation",
    "institut",
    "instituut",
)


def has_strong_word(tokens: list[str]) -> bool:
    """Whether lower-cased words include an organisation noun, alone or ending a compound."""
    return any(t in STRONG_ORG_WORDS or len(t) > 9 and t.endswith(_COMPOUND_ENDINGS) for t in tokens)


def is_company_suffix(text: str) -> bool:
    """True if a comma-separated piece is only a company suffix ("LLC", "Inc.")."""
    return text.strip().rstrip(".").casefold() in COMPANY_SUFFIXES


def words(text: str) -> list[str]:
    """Lower-cased words, with the parts of hyphenated words added ("Saatgut-Initiative")."""
    found = [w.strip("(),.;:\"'“”‘’!?").casefold() for w in text.split() if w.strip("(),.;:\"'“”‘’!?")]
    return found + [part for w in found if "-" in w for part in w.split("-") if part]


_SYMBOL = re.compile(r"[\"“”&@/]|\d")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.-]{1,9}")


@lru_cache(maxsize=8192)
def org_score(text: str) -> int:
    """How strongly a phrase reads as an organisation name (0 = no evidence).

    >>> org_score("Khulna Youth for Mangroves") > 0, org_score("Maya Okafor")
    (True, 0)
    """
    tokens = words(text)
    if not tokens:
        return 0
    score = 0
    if has_strong_word(tokens):
        score += 2
    if any(t in WEAK_ORG_WORDS for t in tokens):
        score += 1
    # Lower-case joiners ("of", "for", "the") never appear inside a personal name
    # except as particles ("de", "da"), which are also accepted below.
    if any(t in {"of", "for", "the", "and", "&", "against", "on", "in", "to", "with"} for t in tokens):
        score += 2
    if _SYMBOL.search(text):
        score += 1
    if len(tokens) >= 5:
        score += 1
    # An acronym such as "WWF" or "ACLU".
    if _ACRONYM.fullmatch(text.strip()):
        score += 2
    # A single word (no personal name is one word in a list).
    if len(tokens) == 1:
        score += 1
    return score


def looks_like_org(text: str) -> bool:
    """True if the phrase could be an organisation name (capitalised, not a bare role)."""
    stripped = text.strip(" \"“”'‘’")
    if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    return org_score(text) > 0 or len(words(text)) >= 2


@lru_cache(maxsize=8192)
def clean_org(text: str) -> str:
    """Tidy an organisation name: drop enclosing quotes and a final full stop.

    Inner quotes are part of the name and stay.

    >>> clean_org('"Southside Readers Circle"'), clean_org('"Sundarbans Watch" Public Union.')
    ('Southside Readers Circle', '"Sundarbans Watch" Public Union')
    """
    text = " ".join(text.split()).strip(" ,;:")
    text = strip_final_period(text)
    for open_, close in (('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"), ("«", "»")):
        if text.startswith(open_) and text.endswith(close) and len(text) > 2:
            inner = text[1:-1]
            if open_ not in inner and close not in inner:
                text = inner.strip()
    return text


_KEEP_PERIOD = re.compile(
    r"(?:\b(?:inc|ltd|llc|plc|lp|co|corp|jr|sr|st|bros|assn|assoc|dept|univ|intl|natl|e\.v|s\.a|n\.v|b\.v|p\.c|l\.l\.c|esq)"
    r"|\b[A-Z]|\b(?:[A-Za-z]\.){2,})\.$",
    re.IGNORECASE,
)


def strip_final_period(text: str) -> str:
    """Remove a sentence-ending full stop but keep one that ends an abbreviation.

    >>> strip_final_period("Tomas Berger."), strip_final_period("Acme, Inc."), strip_final_period("Washington, D.C.")
    ('Tomas Berger', 'Acme, Inc.', 'Washington, D.C.')
    """
    text = text.rstrip()
    if text.endswith(".") and not text.endswith("..") and not _KEEP_PERIOD.search(text):
        return text[:-1].rstrip()
    return text
