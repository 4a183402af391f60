"""Near-match search for organization names, so one body signing twice stays one record.

Names are compared after folding case, accents, punctuation and legal-form suffixes, with rapidfuzz's
token-sort ratio (word order does not matter: "Union of River Communities, Austria" ~ "Austria River
Communities Union"). Matches are only offered, never merged silently: "Friends of the Elbe" and
"Friends of the Elbe Youth" are close and still two bodies.
"""

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

THRESHOLD = 85

# Legal forms and filler words that do not tell two organizations apart.
_NOISE = {
    "e",
    "v",
    "ev",
    "ev.",
    "gmbh",
    "ggmbh",
    "ag",
    "inc",
    "ltd",
    "llc",
    "asbl",
    "vzw",
    "aisbl",
    "ong",
    "ngo",
    "the",
    "of",
    "and",
    "a",
    "for",
    "der",
    "die",
    "das",
    "des",
    "und",
    "le",
    "la",
    "les",
    "de",
    "du",
    "et",
}


def organization_key(name: str) -> str:
    """`"Friends of the Spree e.V."` -> `"friends spree"`.

    >>> organization_key("  Société des Amis de la Loire, ASBL ")
    'societe amis loire'
    """
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().casefold()
    words = re.findall(r"[a-z0-9]+", folded)
    kept = [word for word in words if word not in _NOISE]
    return " ".join(kept or words)


@dataclass(frozen=True)
class Match:
    organization: object
    score: float


def similar_organizations(
    name: str, candidates, *, threshold: int = THRESHOLD, limit: int = 5
) -> list[Match]:
    """The candidates whose name or short name is a near match of `name`, best first."""
    key = organization_key(name)
    if not key:
        return []
    choices = {}
    for organization in candidates:
        for label in (organization.name, organization.short_name):
            label_key = organization_key(label) if label else ""
            if label_key:
                choices[(organization.pk, label_key)] = organization
    found = process.extract(
        key,
        {choice: choice[1] for choice in choices},
        scorer=fuzz.token_sort_ratio,
        score_cutoff=threshold,
        limit=None,
    )
    best: dict[int, Match] = {}
    for _label, score, choice in found:
        organization = choices[choice]
        if organization.pk not in best or score > best[organization.pk].score:
            best[organization.pk] = Match(organization, score)
    return sorted(best.values(), key=lambda m: (-m.score, m.organization.name))[:limit]
