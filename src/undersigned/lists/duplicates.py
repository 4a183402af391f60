"""Exact and probable duplicate signatories.

Exact: same person and organisation after folding case, quotes, full stops,
hyphens, apostrophes and spacing. Commas are kept, because in an affiliation
they separate units: "Dhaka University, Wetland Ecology Society" (a society of
the university) is not proven to be "Dhaka University Wetland Ecology Society".
Such pairs, typos and short forms ("Intl.") are probable duplicates, found with rapidfuzz and
then checked word by word: names that differ in a distinctive word (a place, a number, another
proper noun) are different signatories, however close the rest ("Manisa Teachers' Association"
and "Samsun Teachers' Association").

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

# Close enough to be compared word by word (rapidfuzz ratio); `names_may_be_same` then decides.
PROBABLE_SCORE = 92
# A name with a short form ("Intl.", "Assn.") is compared more widely: "amnesty intl" scores 73
# against "amnesty international". Only such names are, so long lists stay fast.
SHORT_FORM_SCORE = 70
_SHORT_FORM = re.compile(r"(?<![.\w])([^\W\d_]{3,6})\.")
_NOT_SHORT_FORMS = frozenset({"inc", "ltd", "corp", "llc", "mrs", "prof", "phd"})


def _has_short_form(name: str | None) -> bool:
    """`"Amnesty Intl."` -> True; `"Acme Inc."` -> False (a legal form, not a shortened word)."""
    if not name or "." not in name:
        return False
    return any(m.casefold() not in _NOT_SHORT_FORMS for m in _SHORT_FORM.findall(name))


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


# Words that name the kind of body, not which one: a name that differs only in one of these
# can still be the same organization written two ways ("Riverside Club" / "Riverside Club e.V.").
_GENERIC = frozenset(
    "the of and for in at on to a an de del des du la le les el los las der die das und et y e v ev "
    "inc ltd llc gmbh ggmbh ag asbl vzw ong ngo".split()
)


def _same_word(a: str, b: str) -> bool:
    """Whether two differing words can be one word misspelt or shortened.

    >>> _same_word("netwrk", "network"), _same_word("intl", "international"), _same_word("manisa", "samsun")
    (True, True, False)
    """
    if a.isdigit() or b.isdigit() or min(len(a), len(b)) <= 3:
        return False
    short, long = sorted((a, b), key=len)
    if short[0] == long[0] and _is_subsequence(short, long):  # "intl", "assn", "dept"
        return True
    return fuzz.ratio(a, b) >= 80  # one or two typing slips in a word of some length


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)


def _distinctive_words_agree(a: str, b: str) -> bool:
    """Every word that only one name has must be a slip or a short form of a word only the other has.

    A word present in one name only, with no such counterpart, distinguishes two organizations:
    a place ("Manisa ... Association" / "Samsun ... Association"), a number, another proper noun.

    >>> _distinctive_words_agree("amnesty international", "amnesty intl")
    True
    >>> _distinctive_words_agree("manisa teachers association", "samsun teachers association")
    False
    """
    words_a = [w for w in a.replace(",", " ").replace("|", " ").split() if w not in _GENERIC]
    words_b = [w for w in b.replace(",", " ").replace("|", " ").split() if w not in _GENERIC]
    only_a = [w for w in words_a if w not in words_b]
    only_b = [w for w in words_b if w not in words_a]
    if "".join(only_a) == "".join(only_b):  # "river side" written "riverside"
        return True
    return all(any(_same_word(w, v) for v in only_b) for w in only_a) and all(
        any(_same_word(w, v) for v in only_a) for w in only_b
    )


def names_may_be_same(a: str, b: str) -> bool:
    """Whether two close names (fuzzy keys) may be one signatory: they must not differ in a number,
    a country or any other distinctive word. Used for the list itself and against stored signatures.
    """
    if _DIGITS.findall(a) != _DIGITS.findall(b):
        return False
    if countries_in_name(a.title())[0] != countries_in_name(b.title())[0]:
        return False
    return _distinctive_words_agree(a, b)


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
    # Names with different numbers are never the same signatory, so blocks are split by the
    # numbers a name holds: "Club 1" ... "Club 3000" would otherwise make one block of all.
    blocks: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    rank = {w: (n, w) for w, n in frequency.items()}
    for i, ws in enumerate(words):
        numbers = tuple(_DIGITS.findall(fuzzy[i]))
        for word in sorted(ws, key=rank.__getitem__)[:2]:
            blocks[word, numbers].append(i)
    probable: set[tuple[int, int]] = set()
    short_form = [bool(_SHORT_FORM.search(f"{e.organization or ''} {e.person or ''}")) for e in entries]
    # ratio = 100 * (1 - distance / (la + lb)) and distance >= lb - la, so a
    # string can only reach the cut-off against one at most `stretch` times longer:
    # sorting a block by length bounds each search to a short window.
    stretch = {score: 200 / score - 1 for score in (PROBABLE_SCORE, SHORT_FORM_SCORE)}
    for members in blocks.values():
        if len(members) < 2 or len(members) > _BLOCK_LIMIT:
            continue
        members = sorted(members, key=lambda m: len(fuzzy[m]))
        strings = [fuzzy[j] for j in members]
        lengths = [len(x) for x in strings]
        for n, i in enumerate(members[:-1]):
            cutoff = SHORT_FORM_SCORE if short_form[i] else PROBABLE_SCORE
            end = bisect_right(lengths, lengths[n] * stretch[cutoff], n + 1)
            if end <= n + 1:
                continue
            for _choice, _score, k in process.extract(
                fuzzy[i], strings[n + 1 : end], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                j = members[n + 1 + k]
                pair = (
                    min(entries[i].position, entries[j].position),
                    max(entries[i].position, entries[j].position),
                )
                if pair not in exact and names_may_be_same(fuzzy[i], fuzzy[j]):
                    probable.add(pair)
    return sorted(exact), sorted(probable)
