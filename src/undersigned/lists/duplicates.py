"""Exact and probable duplicate signatories.

Exact: same person and organisation after folding case, quotes, full stops,
hyphens, apostrophes and spacing. Commas are kept, because in an affiliation
they separate units: "Dhaka University, Wetland Ecology Society" (a society of
the university) is not proven to be "Dhaka University Wetland Ecology Society".
Such pairs, and typos, are probable duplicates, found with rapidfuzz.

To stay fast on long lists the fuzzy comparison is blocked: an entry is only
compared with entries that share one of its two rarest words (rare words make
small blocks; a typo usually spoils one word, not both). Two typos that hit
both of a name's rarest words go unnoticed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

from .model import Entry
from .places import countries_in_name

PROBABLE_SCORE = 92
_BLOCK_LIMIT = 3000


def exact_key(entry: Entry) -> str:
    """The normalised identity of an entry.

    >>> from types import SimpleNamespace as E
    >>> exact_key(E(person="Tomas  Berger.", organization="“Reed & Rush” Society"))
    'reed & rush society|tomas berger'
    """
    return f"{_norm(entry.organization)}|{_norm(entry.person)}"


_DROP = re.compile(r"[\"'“”‘’`´.()\[\]!?]")
_TO_SPACE = re.compile(r"[-–—_/]")
_COMMAS = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=16384)
def _norm(value: str | None) -> str:
    value = _TO_SPACE.sub(" ", _DROP.sub("", (value or "").casefold()))
    return _SPACES.sub(" ", _COMMAS.sub(", ", value)).strip(" ,")


def _fuzzy_key(key: str) -> str:
    return " ".join(key.replace(",", " ").replace("|", " ").split())


def _words(key: str) -> set[str]:
    return {w for w in key.split() if len(w) > 2 and w not in {"the", "and", "for", "of"}}


def _compatible(a: str, b: str) -> bool:
    """Names that differ in a country or a number are different signatories."""
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return False
    return countries_in_name(a.title())[0] == countries_in_name(b.title())[0]


def find_duplicates(entries: list[Entry]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(exact pairs, probable pairs) of positions, each pair (p, q) with p < q."""
    keys = [exact_key(e) for e in entries]
    exact: set[tuple[int, int]] = set()
    first_seen: dict[str, list[int]] = defaultdict(list)
    for entry, key in zip(entries, keys, strict=True):
        if key.strip("|"):
            for earlier in first_seen[key]:
                exact.add((earlier, entry.position))
            first_seen[key].append(entry.position)

    fuzzy = [_fuzzy_key(k) for k in keys]
    words = [_words(k) for k in fuzzy]
    frequency = Counter(w for ws in words for w in ws)
    blocks: dict[str, list[int]] = defaultdict(list)
    rank = {w: (n, w) for w, n in frequency.items()}
    for i, ws in enumerate(words):
        for word in sorted(ws, key=rank.__getitem__)[:2]:
            blocks[word].append(i)
    probable: set[tuple[int, int]] = set()
    # ratio = 100 * (1 - distance / (la + lb)) and distance >= lb - la, so a
    # string can only reach the cut-off against one at most `stretch` times longer:
    # sorting a block by length bounds each search to a short window.
    stretch = 200 / PROBABLE_SCORE - 1
    for members in blocks.values():
        if len(members) < 2 or len(members) > _BLOCK_LIMIT:
            continue
        members = sorted(members, key=lambda m: len(fuzzy[m]))
        strings = [fuzzy[j] for j in members]
        lengths = [len(x) for x in strings]
        for n, i in enumerate(members[:-1]):
            end = bisect_right(lengths, lengths[n] * stretch, n + 1)
            if end <= n + 1:
                continue
            for _choice, _score, k in process.extract(
                fuzzy[i], strings[n + 1 : end], scorer=fuzz.ratio, score_cutoff=PROBABLE_SCORE, limit=None
            ):
                j = members[n + 1 + k]
                pair = (
                    min(entries[i].position, entries[j].position),
                    max(entries[i].position, entries[j].position),
                )
                if pair not in exact and _compatible(fuzzy[i], fuzzy[j]):
                    probable.add(pair)
    return sorted(exact), sorted(probable)
