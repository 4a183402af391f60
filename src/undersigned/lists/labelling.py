"""What each piece of a line is: person, organisation, role, role and organisation.

`piece_kinds.classify` reads each piece alone; the rules here correct that
reading from the line's shape and the list around it, in a fixed order, and
record a doubt wherever a rule decided on weak evidence. The first piece's
label then decides the entry's kind.
"""

from __future__ import annotations

from . import gazetteer, given_names, honorifics, names, places
from .line_state import Context, Fields
from .piece_kinds import classify, role_after_name, titles_after_dash


def label_pieces(
    parts: list[str], dash_at: int | None, place: places.Place | None, context: Context, out: Fields
) -> list[str]:
    """Label each piece and set `out.kind`; `parts` may be split further (a name glued to its organisation)."""
    kinds = [classify(p) for p in parts]
    # "Org – Person": when a name follows the dash, what stands before it is the
    # organisation, even if it reads like a name ("Saatgut-Initiative Hessen").
    if (
        dash_at == 1
        and len(parts) > 1
        and kinds[1] == "person"
        and kinds[0] in {"person", "person?"}
        and not honorifics.split_honorific(parts[0])[0]
    ):
        kinds[0] = "org"
    titles_after_dash(parts, kinds, dash_at)
    role_after_name(parts, kinds, dash_at)

    people_list = context.heading_kind == "individual" or (
        context.heading_kind is None
        and (context.people_share >= 0.5 or context.statement_kind == "individual")
    )
    # "We, the undersigned businesses": "Eileen Fisher, Irvington, NY" is a company.
    # Only a bare name (with at most a place) is read so; a title, an honorific or
    # an affiliation still makes a person.
    if (
        context.heading_kind is None
        and context.statement_kind == "organization"
        and kinds == ["person"]
        and dash_at is None
        and not names.plainly_a_person(parts[0])
    ):
        kinds[0] = "org"
        out.doubt(
            "kind",
            "statement_signed_by_organisations",
            "kind guessed as organization: the statement is signed by organisations",
            0.3,
        )
    if (
        context.heading_kind is None
        and kinds
        and kinds[0] == "person"
        and not (dash_at == 1 and len(kinds) > 1 and kinds[1] in {"org", "role_org"})
        and _unnamed_by_person(parts[0], context, people_list)
    ):
        kinds[0] = "org"
        out.doubt(
            "kind",
            "no_known_given_name",
            "kind guessed as organization: its first word is no known given name",
            0.3,
        )
    # A glued "Name Organisation" in a list of people.
    # Only with a place after it ("Name Org, City, ST") or under an "Individuals"
    # heading: otherwise "Northern Lakes Canoe Guides" would lose two words.
    if (
        kinds
        and kinds[0] in {"org", "org?"}
        and people_list
        and "person" not in kinds
        and (place or context.heading_kind == "individual")
    ):
        glued = names.split_glued_name(parts[0])
        if glued:
            parts[0:1] = list(glued)
            kinds[0:1] = ["person", "org"]
            out.doubt(
                "person",
                "name_glued_to_organisation",
                "name and organisation were not separated; split guessed",
                0.2,
            )

    # Under an "Organizations" heading a lone name-like line ("Médecins Sans
    # Frontières") is an organisation, unless a dash or honorific says otherwise.
    if (
        context.heading_kind == "organization"
        and kinds
        and kinds[0] in {"person", "person?"}
        and dash_at != 1
        and not honorifics.split_honorific(parts[0])[0]
    ):
        kinds[0] = "org"
    first = kinds[0] if kinds else "org?"
    if first == "person" or (first == "person?" and (people_list or len(parts) > 1 and dash_at != 1)):
        out.kind = "individual"
    else:
        out.kind = "organization"
    if first in {"person?", "org?"} and context.heading_kind is None:
        out.doubt("kind", "kind_guessed", f"kind guessed as {out.kind}", 0.1)
    if context.heading_kind:
        out.kind = context.heading_kind
    return kinds


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
