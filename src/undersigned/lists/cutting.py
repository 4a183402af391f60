"""Cut one signatory line into pieces: at commas, semicolons, spaced dashes and full stops.

Pieces are what `fields.py` then recognises as a place, a role, a name or an
organisation. Cutting knows what must stay whole: parentheses and quotes,
company suffixes ("Acme, LLC"), abbreviations ("Prof.", "St. Louis"). Contact
details are removed here, because no field holds them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer, honorifics, names, orgs, places

Prepared = tuple[tuple[str, ...], int | None]


# Abbreviations whose full stop does not end a piece ("Prof. Daniel", "St. Louis").
_NO_SPLIT_BEFORE = re.compile(
    r"(?:\b(?:Dr|Prof|Dipl|Ing|Mag|Lic|Dott|Mgr|Drs|Ir|Rev|Mr|Mrs|Ms|Mx|Fr|Hon|Sr|Jr|St|Mt|Ft|Inc|Ltd|Co|Corp|Bros|Ave|Dept|Univ|Assn|Assoc|Intl|Natl|No|vs|etc|Gen|Col|Capt|Lt|Sen|Rep|Gov)|\b[A-Z]|\b[a-z]|\.[A-Za-z]{1,2})$"
)
# A hyphen that closes a word before "and" ("netwerk- en website", "Anwältinnen- und Anwälte") shares
# the word's second half; it is no dash between fields.
_DASH = re.compile(
    r"(?:\s+[-–—]+\s+|(?<=[\w\"”’').])[-–—]+\s+(?!(?:en|und|and|e|y|et|oder|or|of|o|ou|ve|i)\s)|\s+[–—]+(?=\S))"
)


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,;:])")
_SPACE_AFTER = re.compile(r"([,;])(?=\S)")
_COMMA = re.compile(r"[,;]\s*")
_SENTENCE = re.compile(r"\.\s+(?=[A-Z\"“])")


_INLINE_CONTACT = re.compile(
    r"(?:\b(?:tel|telephone|phone|mobile|fax|e-?mail|web|website)\s*[:.]\s*)?"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://[^\s,;)]+|www\.[^\s,;)]+|(?<!\w)\+?\(?\d[\d ().-]{5,}\d(?!\w))",
    re.IGNORECASE,
)
# Seven digits with little between them: the least a phone number has.
_PHONE_LIKE = re.compile(r"\d(?:[ ().-]{0,3}\d){6}")
_LOOSE_END = re.compile(r"(?:\s*[,;|/]\s*|\s+[-–—]+\s*|\s*\(\s*\))+$")
_EMPTY_FIELD = re.compile(r"\s*[,;]\s*(?=[,;])|\(\s*\)")
# "TuxIC - http://… - consultancy": the address leaves two dashes with nothing between.
_EMPTY_DASHED = re.compile(r"\s+[-–—]\s+(?=[-–—]\s)")


# A web or e-mail address, which ends the name before it (phone numbers come anywhere).
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://|www\.", re.IGNORECASE)


def text_before_address(text: str) -> str | None:
    """The line up to its first web or e-mail address, or None without one."""
    if "@" not in text and "www." not in text.casefold() and "://" not in text:
        return None  # most lines have none, and these tests are cheaper than the search
    match = _ADDRESS.search(text)
    return text[: match.start()] if match else None


def strip_contacts(text: str) -> str:
    """Remove e-mail and web addresses and phone numbers, which belong to no field.

    >>> strip_contacts("Kim Roberts, Patients for Rural Care, kim@example.org, Austin, TX")
    'Kim Roberts, Patients for Rural Care, Austin, TX'
    >>> strip_contacts("Kenya Climate Justice Network – info@kcjn.example.ke"), strip_contacts("Local 1199, 350.org")
    ('Kenya Climate Justice Network', 'Local 1199, 350.org')
    >>> strip_contacts("Okkerlo - www.okkerlo.example - web design")
    'Okkerlo - web design'
    """
    if "@" not in text and "www." not in text and "://" not in text and not _PHONE_LIKE.search(text):
        return text

    def drop(match: re.Match[str]) -> str:
        found = match.group(0)
        is_phone = "@" not in found and "www." not in found.casefold() and "://" not in found
        return found if is_phone and sum(ch.isdigit() for ch in found) < 7 else ""

    text = _EMPTY_DASHED.sub(" ", _EMPTY_FIELD.sub("", _INLINE_CONTACT.sub(drop, text)))
    return _LOOSE_END.sub("", text).strip()


# "(in a personal capacity)", ", for identification purposes only": how someone
# signs, not a field.
_CAPACITY = re.compile(
    r"\s*(?:[(\[][^()\[\]]*?(?:capacity|identification)[^()\[\]]*[)\]]"
    r"|[,;–—-]\s*(?:signing\s+)?(?:in\s+(?:a|an|my|her|his|their)\s+)?(?:personal|individual|own)\s+capacity\b"
    r"|[,;–—-]\s*(?:affiliation\s+)?(?:listed\s+)?for\s+identification(?:\s+purposes)?(?:\s+only)?)",
    re.IGNORECASE,
)


# "(verified)", "(signed version 2)", "(pending; in a personal capacity)": what a list
# prints after a line about the signature, not about the signatory.
_NOTE_ITEM = re.compile(
    r"""(?:
        (?:not\s+|un)?verified | (?:un)?confirmed | provisional | tbc
      | (?:pending|awaiting)(?:\s+(?:verification|confirmation|approval|review))?
      | to\s+be\s+(?:confirmed|verified)
      | (?:signed|endorsed)\s+(?:version|v\.?)\s*\d+ | version\s+\d+ | v\d+
      | (?:signature\s+)?(?:withdrawn|retracted|revoked|removed)(?:\s+(?:on|in)\s+[\w ,.-]+)?
      | (?:signing\s+|signed\s+)?in\s+(?:a|an|my|her|his|their)\s+(?:personal|individual|own)\s+capacity
      | (?:personal|individual)\s+capacity
      | (?:affiliation\s+)?(?:listed\s+)?for\s+identification(?:\s+purposes)?(?:\s+only)?
      | verifiziert | vérifiée? | verificad[oa] | verificat[oa] | geverifieerd | zweryfikowan[ya]
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LAST_PARENTHESIS = re.compile(r"\s*[(\[](?P<inner>[^()\[\]]+)[)\]]$")


def _split_notes(text: str) -> tuple[str, list[str]]:
    """Take status notes in parentheses off the end of a line.

    >>> _split_notes("Union of River Communities, Vienna – Maria Hofer, Chair (verified; signed version 2)")
    ('Union of River Communities, Vienna – Maria Hofer, Chair', ['verified', 'signed version 2'])
    >>> _split_notes("Federation of Oyster Exchanges (FOX)")
    ('Federation of Oyster Exchanges (FOX)', [])
    """
    found: list[str] = []
    while text.endswith((")", "]")):
        match = _LAST_PARENTHESIS.search(text)
        if not match or match.start() == 0:
            break
        items = [i.strip() for i in re.split(r"[;,]", match["inner"]) if i.strip()]
        if not items or not all(_NOTE_ITEM.fullmatch(i) for i in items):
            break
        found[:0] = items
        text = text[: match.start()].rstrip()
    return text, found


@lru_cache(maxsize=16384)
def notes(text: str) -> tuple[str, ...]:
    """The notes on how a line was signed, which no field holds: "verified", "in a personal capacity".

    >>> notes("Jane Doe, Acme Trust (in a personal capacity)"), notes("Maria Hofer, Chair (verified)")
    (('in a personal capacity',), ('verified',))
    """
    text = text.strip()
    found: list[str] = []
    if text.endswith((")", "]")):
        text, found = _split_notes(text)
    if "apacit" in text or "dentif" in text:
        found += [m.group(0).strip(" ,;–—-()[]") for m in _CAPACITY.finditer(text)]
    return tuple(found)


def tidy(text: str) -> str:
    """Normalise spacing and a final full stop before cutting a line into pieces.

    >>> tidy("Dr Grace Liu , Asian American Families for Libraries, Naperville, IL")
    'Dr Grace Liu, Asian American Families for Libraries, Naperville, IL'
    """
    text = honorifics.unglue(text)
    if text.startswith(("/s/", "s/")):
        text = text.split("/", 2)[-1]  # "/s/ Jane Roe": a typed signature
    text = strip_contacts(text)
    if text.endswith((")", "]")):
        text = _split_notes(text)[0]
    if "apacit" in text or "dentif" in text:
        text = _CAPACITY.sub("", text)
    text = " ".join(text.split())
    if " ," in text or " ;" in text or " :" in text:
        text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1 ", text).replace(",,", ",")
    text = text.strip(" ,;")
    # A footnote mark: "Alliance to End Hunger*", "Jane Roe†".
    if text.endswith(("*", "†", "‡")):
        text = text.rstrip("*†‡ ")
    return orgs.strip_final_period(text)


_GROUPING = re.compile(r'[(\["“]')


def _split_outside(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split at `pattern`, but not inside parentheses or double quotes."""
    if not _GROUPING.search(text):
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
        if _NO_SPLIT_BEFORE.search(piece[last : match.start()]):
            continue
        parts.append(piece[last : match.start()])
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
            for inside, sentence in (
                (k > 0, x) for s in _split_sentences(piece) for k, x in enumerate(open_parenthesis(s))
            ):
                # "PhD", "MD", "Jr." only after a name: "Baltimore, MD" is a place; and
                # what came out of parentheses ("(D-MA)") is a field of its own.
                if (
                    result
                    and not inside
                    and (
                        orgs.is_company_suffix(sentence)
                        and not _region_after_city(result[-1], sentence)
                        or (honorifics.is_postnominal(sentence) or honorifics.is_generational(sentence))
                        and names.person_score(result[-1]) >= 1
                    )
                ):
                    result[-1] = f"{result[-1]}, {sentence}"
                else:
                    result.append(sentence)
    _seat_last(result, text)
    return tuple(result), dash_at


def _seat_last(result: list[str], text: str) -> None:
    """ "Jane Roe (WA-07), chair of the X Caucus": the state of a seat is a place, so it goes last."""
    if (
        len(result) > 2
        and len(result[1]) == 2
        and result[1].isupper()
        and places.region_code(result[1])
        and re.search(re.escape(result[0]) + r"\s*\(", text)
    ):
        result.append(result.pop(1))


def _region_after_city(before: str, piece: str) -> bool:
    """ "Calgary, AB", "Denver, CO": a province or state code, not a company suffix."""
    return (
        len(piece) == 2
        and piece.isupper()
        and places.region_code(piece) is not None
        and gazetteer.is_city(before)
    )


_SEAT = re.compile(r"(?:[DRI]|Ind|Dem|Rep)?-?\s?(?P<state>[A-Z]{2})(?:-(?:\d{1,2}|AL))?")
_TRAILING_PARENTHESIS = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.-]{1,11}")


def _country_only(text: str) -> bool:
    place = places.parse_place(text)
    return bool(place and place.country and not place.region and not place.city)


def open_parenthesis(piece: str) -> list[str]:
    """Split a closing parenthesis off a piece when it holds another field.

    "Jane Doe (Acme Foundation)" and "Priya Natarajan (Chair)" give a name and
    an affiliation or role. After an organisation the parenthesis is part of
    its name: an acronym ("Federation of Oyster Exchanges (FOX)") or a country
    ("Comité des Marais (France)"), which `places.infer_country` reads there.

    >>> open_parenthesis("Jane Doe (Acme Foundation)"), open_parenthesis("Comité des Marais (France)")
    (['Jane Doe', 'Acme Foundation'], ['Comité des Marais (France)'])
    >>> open_parenthesis("Federation of Oyster Exchanges (FOX)"), open_parenthesis("Feeding America (Chicago, IL)")
    (['Federation of Oyster Exchanges (FOX)'], ['Feeding America', 'Chicago', 'IL'])
    """
    if not piece.endswith(")"):
        return [piece]
    match = _TRAILING_PARENTHESIS.match(piece)
    if not match:
        return [piece]
    head, inner = match["head"].strip(), match["inner"].strip()
    parts = [p.strip() for p in inner.split(",") if p.strip()] if "," in inner else [inner]
    if names.person_score(head) == 2:
        # "Sen. Ed Markey (D-MA)", "Rep. Pramila Jayapal (WA-07)": party and state, or district.
        seat = _SEAT.fullmatch(inner)
        if seat and places.region_code(seat["state"]):
            return [head, seat["state"]]
        # "Blue Planet (BP)" is an organisation and its acronym; "Jane Doe (WWF)" a person and hers.
        initials = "".join(w[0] for w in head.split() if w[:1].isupper())
        if not (_ACRONYM.fullmatch(inner) and inner.upper() == inner and inner.replace(".", "") == initials):
            return [head, *parts]
        return [piece]
    # "Feeding America (Chicago, IL)": a place in parentheses after an organisation.
    if len(parts) == 2 and places.parse_place(parts[-1]) and not _country_only(parts[0]):
        return [head, *parts]
    return [piece]


def prepare(body: str) -> Prepared:
    """The pieces of a line and where a dash cut it; computed once per line by the caller."""
    return _pieces(tidy(body))
