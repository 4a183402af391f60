"""What each piece of a line is: person, organisation, role, role and organisation, by score.

Each piece is scored from named features (`label_scores.WEIGHTS`) in three
layers, each reading the labels the layers before it gave: what the piece
says by itself, where it stands in the line, and what the list around the
line says. The first piece's label then decides the entry's kind. Where the
winning label was close to the runner-up, or won on list-level evidence only,
the entry keeps a doubt with the margin.
"""

from __future__ import annotations

from . import gazetteer, given_names, honorifics, names, places
from .label_scores import SMALL_MARGIN, PieceScore, score_piece
from .line_state import Context, Fields
from .piece_kinds import role_after_name, titles_after_dash

# What a doubt on a piece's label is about, by the label that won.
_FIELD_OF = {"person": "person", "org": "organization", "role": "title", "role_org": "title"}


def label_pieces(
    parts: list[str], dash_at: int | None, place: places.Place | None, context: Context, out: Fields
) -> list[str]:
    """Label each piece and set `out.kind`; `parts` may be split further (a name glued to its organisation)."""
    scores = [score_piece(p) for p in parts]
    kinds = _kinds(scores)
    # Position in the line: each layer reads the labels the layers before it gave.
    for layer in (_org_before_dash_and_name, titles_after_dash, role_after_name):
        kinds = _add(scores, kinds, layer(parts, kinds, dash_at))
    people_list = context.heading_kind == "individual" or (
        context.heading_kind is None
        and (context.people_share >= 0.5 or context.statement_kind == "individual")
    )
    list_feature = _list_evidence(parts, kinds, dash_at, context, people_list)
    if list_feature:
        kinds = _add(scores, kinds, [(0, list_feature)])
        out.doubt("kind", *_LIST_DOUBTS[list_feature], scores[0].margin)
    if _split_glued_name(parts, scores, kinds, people_list, place, context, out):
        kinds = _kinds(scores)
    kinds = _add(scores, kinds, _under_organisations_heading(parts, kinds, dash_at, context))
    _decide_kind(kinds, scores, people_list, dash_at, context, out)
    _note_close_calls(parts, scores, list_feature, out)
    return kinds


def _kinds(scores: list[PieceScore]) -> list[str]:
    return [s.kind for s in scores]


def _add(scores: list[PieceScore], kinds: list[str], found: list[tuple[int, str]]) -> list[str]:
    """Add the features found and return the labels they leave."""
    if not found:
        return kinds
    for at, feature in found:
        scores[at].add(feature)
    return _kinds(scores)


def _org_before_dash_and_name(
    parts: list[str], kinds: list[str], dash_at: int | None
) -> list[tuple[int, str]]:
    """ "Org – Person": when a name follows the dash, what stands before it is the
    organisation, even if it reads like a name ("Saatgut-Initiative Hessen")."""
    if (
        dash_at == 1
        and len(parts) > 1
        and kinds[1] == "person"
        and kinds[0] in {"person", "person?"}
        and not honorifics.split_honorific(parts[0])[0]
    ):
        return [(0, "before_dash_and_name")]
    return []


_LIST_DOUBTS = {
    "bare_name_signed_by_organisations": (
        "statement_signed_by_organisations",
        "kind guessed as organization: the statement is signed by organisations",
    ),
    "no_given_name_among_organisations": (
        "no_known_given_name",
        "kind guessed as organization: its first word is no known given name",
    ),
}


def _list_evidence(
    parts: list[str], kinds: list[str], dash_at: int | None, context: Context, people_list: bool
) -> str | None:
    """The list-level feature that speaks for the first piece being an organisation, if any."""
    if context.heading_kind is not None or not kinds or kinds[0] != "person":
        return None
    # "We, the undersigned businesses": "Eileen Fisher, Irvington, NY" is a company.
    # Only a bare name (with at most a place) is read so; a title, an honorific or
    # an affiliation still makes a person.
    if (
        context.statement_kind == "organization"
        and kinds == ["person"]
        and dash_at is None
        and not names.plainly_a_person(parts[0])
    ):
        return "bare_name_signed_by_organisations"
    if not (dash_at == 1 and len(kinds) > 1 and kinds[1] in {"org", "role_org"}) and _unnamed_by_person(
        parts[0], context, people_list
    ):
        return "no_given_name_among_organisations"
    return None


def _split_glued_name(
    parts: list[str],
    scores: list[PieceScore],
    kinds: list[str],
    people_list: bool,
    place: places.Place | None,
    context: Context,
    out: Fields,
) -> bool:
    """A glued "Name Organisation" in a list of people becomes two pieces.

    Only with a place after it ("Name Org, City, ST") or under an "Individuals"
    heading: otherwise "Northern Lakes Canoe Guides" would lose two words.
    """
    if not (
        kinds
        and kinds[0] in {"org", "org?"}
        and people_list
        and "person" not in kinds
        and (place or context.heading_kind == "individual")
    ):
        return False
    glued = names.split_glued_name(parts[0])
    if glued:
        parts[0:1] = list(glued)
        scores[0:1] = [
            score_piece(glued[0], ("name_cut_from_organisation",)),
            score_piece(glued[1], ("organisation_cut_from_name",)),
        ]
        out.doubt(
            "person",
            "name_glued_to_organisation",
            "name and organisation were not separated; split guessed",
            0.2,
        )
    return bool(glued)


def _under_organisations_heading(
    parts: list[str], kinds: list[str], dash_at: int | None, context: Context
) -> list[tuple[int, str]]:
    """Under an "Organizations" heading a lone name-like line ("Médecins Sans
    Frontières") is an organisation, unless a dash or honorific says otherwise."""
    if (
        context.heading_kind == "organization"
        and kinds
        and kinds[0] in {"person", "person?"}
        and dash_at != 1
        and not honorifics.split_honorific(parts[0])[0]
    ):
        return [(0, "name_shape_under_organisations_heading")]
    return []


def _decide_kind(
    kinds: list[str],
    scores: list[PieceScore],
    people_list: bool,
    dash_at: int | None,
    context: Context,
    out: Fields,
) -> None:
    """The entry is a person's when its first piece is one; a guessed name counts in a list of people."""
    first = kinds[0] if kinds else "org?"
    if first == "person" or (first == "person?" and (people_list or len(kinds) > 1 and dash_at != 1)):
        out.kind = "individual"
    else:
        out.kind = "organization"
    if first in {"person?", "org?"} and context.heading_kind is None:
        margin = scores[0].margin if scores else 0.0
        out.doubt("kind", "kind_guessed", f"kind guessed as {out.kind}", margin)
    if context.heading_kind:
        out.kind = context.heading_kind


def _note_close_calls(
    parts: list[str], scores: list[PieceScore], list_feature: str | None, out: Fields
) -> None:
    """A piece whose label won over another evidenced reading by a small margin says so."""
    for n, (part, score) in enumerate(zip(parts, scores, strict=True)):
        # A guess ("person?", "org?") is read loosely later and the kind's doubt covers the first piece.
        if score.kind.endswith("?") or (n == 0 and list_feature) or score.margin >= SMALL_MARGIN:
            continue
        label, rival = score.label, score.runner_up
        out.doubt(
            _FIELD_OF[label], "close_call", f"{part} read as {label}, {rival} close behind", score.margin
        )


def _unnamed_by_person(piece: str, context: Context, people_list: bool) -> bool:
    """A name-shaped piece that is an organisation: "Sustain Dane", "Budapest Danube Rowers".

    Its first word is no known given name, and either nearly all the lines
    around it are organisations, or (outside a list of people) that word is a
    town's name. Names with more than their shape to show them ("Dr.", an
    initial, a particle) stay people, and so does every name when no
    dictionary of given names is installed.
    """
    if names.plainly_a_person(piece):
        return False
    first = piece.split()[0]
    if given_names.is_given_name(first) is not False:
        return False
    # Most lines around it are organisations: a name-shaped line whose first word
    # is no given name is one more ("Ankara Feminists", "Women's Theatre").
    if context.org_share is not None and context.org_share >= 0.6:
        return True
    return not people_list and gazetteer.is_city(first)
