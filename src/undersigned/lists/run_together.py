"""A one-line list whose separators were lost: "Adhieren: Org A - Perú Org B Fundación C - Chile ...".

Pages copied without their line breaks run every signatory into one line. Two
signs still show where one name ends:

* a country after a dash closes a signatory ("Hiperderecho - Perú", "X - Chiapas, México");
* a word that opens an organisation's name in the Romance languages ("Fundación",
  "Instituto", "Centro") starts the next one, and so does a capitalised word after
  a closing parenthesis, a hashtag, a country ("Wikimedia Perú") or a word that
  closes English names ("Foundation"), unless a dash or a connecting word ("de", "y")
  comes right before it. A scope after a dash ("- Global") closes a name like a country;
* an acronym opening a name, followed by words that do not spell it, is a name alone.

Only a line announced as a list ("Adhieren:", "Signed by:") with at least three
dash-country endings is read so; anything less is left as it is.
"""

from __future__ import annotations

import re

from . import places
from .words.joins import CONNECTING_WORDS, SCOPE_WORDS
from .words.orgs import NAME_CLOSING_ORG_WORDS, NAME_OPENING_ORG_WORDS

_SMILEY = re.compile(r"\s*[;:]-?[)(]\s*$")
_LABEL = re.compile(r"^(?P<label>[^:]{3,80}?)\s*:\s*(?P<rest>\S.*)$")
_DASH = re.compile(r"\s*[-–—]\s+")
_WORD = re.compile(r"\S+")
# "... y por supuesto X", "... and of course X": the writer adds one more at the end.
_AND_ALSO = re.compile(r"\.{2,}|…|\s+(?:y|e|and)\s+(?:por\s+supuesto|of\s+course|claro)\s+", re.IGNORECASE)


def _country_after(text: str, at: int) -> int | None:
    """End of "Country" or "Region, Country" starting at `at`, if that is what follows a dash."""
    words = list(_WORD.finditer(text, at))[:5]
    best = None
    for n in range(1, len(words) + 1):
        candidate = text[at : words[n - 1].end()].rstrip(",.;")
        tail = candidate.split(",")[-1].strip()
        scope = n == 1 and tail.casefold() in SCOPE_WORDS
        if (places.country_code(tail) or scope) and candidate.count(",") <= 1:
            best = at + len(candidate)
    return best


def _country_ends(text: str) -> list[int]:
    ends = []
    for dash in _DASH.finditer(text):
        end = _country_after(text, dash.end())
        if end is not None:
            ends.append(end)
    return ends


def _starts_a_name(before: str, word: str) -> bool:
    """Whether `word` begins a new name right after `before`, in run-together text."""
    if (
        not word[:1].isupper()
        or before.casefold() in CONNECTING_WORDS
        or before.endswith(("-", "–", "—", ","))
    ):
        return False
    if before.endswith(")") or before.startswith("#"):
        return True  # "Acme (ACM) Beta Trust", "Acme #Hashtag Beta": a parenthesis or a hashtag closes a name
    if places.country_code(before.strip(".,")):
        return True  # "Wikimedia Freedonia Beta Trust": a country ends a name it closes
    if not before[:1].isupper():
        return False
    return (
        word.casefold() in NAME_OPENING_ORG_WORDS
        or before.casefold() in NAME_CLOSING_ORG_WORDS
        # "TEDIC- Expansion": an acronym glued to its dash opens a name.
        or _ACRONYM_DASH.fullmatch(word) is not None
    )


_ACRONYM_DASH = re.compile(r"[A-Z][A-Z0-9]{1,9}[-–]")


def _lone_acronym(acronym: str, word: str) -> bool:
    """ "APC Red Verde": an acronym opening a name, followed by words that do not spell it, is a name alone.

    Next to its own expansion ("ADC Asociación por los Derechos Civiles") its
    first letter opens the next word, and the two stay together.
    """
    return (
        2 <= len(acronym) <= 6
        and acronym.isalpha()
        and acronym.isupper()
        and word[:1].isupper()
        and not word.isupper()
        and word[:1] != acronym[:1]
    )


def _opening_splits(chunk: str) -> list[str]:
    """Cut a chunk where a new name starts."""
    out, last, opening = [], 0, 0  # `opening`: the index of the word that opens the current name
    words = list(_WORD.finditer(chunk))
    for k, word in enumerate(words[1:], start=1):
        before = words[k - 1].group(0)
        lone = k - 1 == opening and _lone_acronym(before, word.group(0))
        if lone or _starts_a_name(before, word.group(0)):
            out.append(chunk[last : word.start()])
            last, opening = word.start(), k
    out.append(chunk[last:])
    return [p.strip(" ,.") for p in out if p.strip(" ,.")]


def split_run_together(line: str, is_marker) -> list[str] | None:
    """The signatories of a one-line list without separators, or None.

    >>> split_run_together("Adhieren: Red Verde - Perú Fundación Sol - Chile Lago Azul Instituto Norte - Bolivia Casa Abierta", bool)
    ['Adhieren:', 'Red Verde - Perú', 'Fundación Sol - Chile', 'Lago Azul', 'Instituto Norte - Bolivia', 'Casa Abierta']
    """
    match = _LABEL.match(line.strip())
    if not match or match["rest"].count(";") > 1 or not is_marker(match["label"] + ":"):
        return None
    # "Name (www.example.org)" may reach here with its address taken out.
    rest = re.sub(r"\(\s*\)", "", match["rest"])
    if len(rest.split()) < 12:
        return None
    ends = _country_ends(rest)
    if len(ends) < 3:
        return None
    chunks, last = [], 0
    for end in ends:
        chunks.append(rest[last:end])
        last = end
    chunks.append(rest[last:])
    pieces = []
    for chunk in chunks:
        for part in _AND_ALSO.split(chunk):
            pieces.extend(_opening_splits(part))
    pieces = [_SMILEY.sub("", p).strip(" ;") for p in pieces]
    return [match["label"].strip() + ":", *(p for p in pieces if len(p) > 1)]
