"""Scores for what a piece of a line is: named features, each speaking for one label with a hand-set weight.

A piece's labels are "role_org" (a role with its organisation), "role",
"person" and "org". Each feature found on a piece adds its weight to the
label it speaks for; the best score wins, and how far it is ahead of the
runner-up is the choice's margin (0 = a tie, 1 = no contest). A person or an
organisation that wins without enough evidence of its own is only a guess,
written "person?" / "org?", which the assembly treats more loosely.

All weights are in `WEIGHTS`, so what decides a piece can be read in one place.
"""

from __future__ import annotations

from functools import lru_cache

from . import names, orgs, roles

LABELS = ("role_org", "role", "person", "org")

# feature: (the label it speaks for, its weight)
WEIGHTS: dict[str, tuple[str, float]] = {
    # What the piece says by itself.
    "role_with_organisation": ("role_org", 10.0),  # "Director of the Lake Trust"
    "role_word": ("role", 8.0),  # "Vorsitzende", "Professor of Law"
    "full_name_shape": ("person", 3.0),  # "Jane Roe", "J. R. de Vries"
    "weak_name_shape": ("person", 1.0),  # capitalised words that could be a name
    "organisation_words": ("org", 2.0),  # "Association", "e. V.", "Trust"
    # Whatever else a line holds is most often an organisation's name.
    "organisation_prior": ("org", 0.5),
    # Where the piece stands in the line. Each must outweigh a full name's shape:
    # position is stronger evidence than the look of the words.
    "before_dash_and_name": ("org", 4.0),  # "Saatgut-Initiative Hessen – Jane Roe"
    "title_after_representative": ("role", 4.0),  # "Org – Jane Roe, Vorsitzende"
    "title_between_name_and_org": ("role", 4.0),  # "Jane Roe – Chair, Acme Trust"
    "role_after_name": ("role", 4.0),  # "Jane Roe, Ferry operator"
    "role_head_word": ("role", 2.0),  # "Jane Roe, Software Engineer": a name's shape, a job's head word
    # What the list around the line says.
    "bare_name_signed_by_organisations": ("org", 4.0),  # "We, the undersigned businesses"
    "no_given_name_among_organisations": ("org", 4.0),  # "Sustain Dane" among clubs
    "name_shape_under_organisations_heading": ("org", 4.0),  # "Médecins Sans Frontières"
    # A piece cut in two ("Jane Roe Lakeside Ploughshares" in a list of people): the cut is the evidence.
    "name_cut_from_organisation": ("person", 3.0),
    "organisation_cut_from_name": ("org", 2.0),
}
# Below these scores a person or an organisation is only a guess.
SURE = {"person": 3.0, "org": 2.0}
# A choice closer than this is shown on the review screen.
SMALL_MARGIN = 0.3
# Margins are measured against at least one full name's worth of evidence, so
# that a label won on the prior alone ("org?") is not "no contest".
EVIDENCE_UNIT = 3.0


class PieceScore:
    """One piece's score for each label and the features that gave them."""

    __slots__ = ("scores", "features", "_ranked", "_kind")

    def __init__(self, scores: dict[str, float], features: list[str]) -> None:
        self.scores = scores
        self.features = features
        self._ranked: list[str] | None = None
        self._kind: str | None = None

    def add(self, feature: str) -> None:
        label, weight = WEIGHTS[feature]
        self.scores[label] += weight
        self.features.append(feature)
        self._ranked = self._kind = None

    def ranked(self) -> list[str]:
        # The sort is stable, so ties go to the label listed first in LABELS.
        if self._ranked is None:
            self._ranked = sorted(LABELS, key=self.scores.__getitem__, reverse=True)
        return self._ranked

    @property
    def label(self) -> str:
        return self.ranked()[0]

    @property
    def runner_up(self) -> str:
        return self.ranked()[1]

    @property
    def kind(self) -> str:
        """The label, with "?" when a person or organisation won on too little evidence."""
        # Read after every layer of the labelling, so it is kept until the scores change.
        if self._kind is None:
            label = self.ranked()[0]
            self._kind = f"{label}?" if self.scores[label] < SURE.get(label, 0.0) else label
        return self._kind

    @property
    def margin(self) -> float:
        ranked = self.ranked()
        first = self.scores[ranked[0]]
        return round((first - self.scores[ranked[1]]) / max(first, EVIDENCE_UNIT), 2)


@lru_cache(maxsize=16384)
def piece_evidence(piece: str) -> tuple[str, ...]:
    """The features one piece shows by itself.

    A role with its organisation already holds a role word, and a role word
    makes the piece a role whatever its capitals, so neither is weighed
    against the name and organisation features.
    """
    if roles.split_role(piece, orgs.looks_like_org):
        return ("role_with_organisation",)
    if roles.is_role(piece):
        return ("role_word",)
    shape = names.person_score(piece)
    if shape == 2:
        # A full name outweighs organisation words (3 > 2.5), so they are not looked up:
        # this runs for every piece of every line.
        return ("organisation_prior", "full_name_shape")
    found = ["organisation_prior", "weak_name_shape"] if shape == 1 else ["organisation_prior"]
    if orgs.org_score(piece) >= 2:
        found.append("organisation_words")
    return tuple(found)


def score_piece(piece: str, evidence: tuple[str, ...] | None = None) -> PieceScore:
    """A piece's scores from its own features, or from the `evidence` given instead."""
    features = piece_evidence(piece) if evidence is None else evidence
    return PieceScore(dict(_scores_of(features)), list(features))


@lru_cache(maxsize=256)
def _scores_of(features: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    scores = dict.fromkeys(LABELS, 0.0)
    for feature in features:
        label, weight = WEIGHTS[feature]
        scores[label] += weight
    return tuple(scores.items())
