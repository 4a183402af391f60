"""Countries settled across the list: the coalition's theme is no place, and a group shares its country.

A country is worth giving only when it is sure: a wrong flag on a published
list is worse than none. Two list-wide rules follow from that:

* A country named in the organisation names of most entries or most groups
  ("X Cultural Association", "Union of Xs in Austria" throughout a diaspora
  coalition) is what the coalition is about, not where its members are. A
  country read from a name alone is dropped when it is that theme.
* In a group (under a heading, or between blank lines when the list has
  several), when most lines, and at least three, state a country and all agree, the other
  lines of the group are given it too; a country read from a name that
  disagrees with them is dropped. When the lines disagree, nothing is given.
"""

from __future__ import annotations

from collections import Counter

from . import places
from .fields import Fields

_MIN_FOR_THEME = 5


def theme_countries(parsed: list[Fields], groups: list[int]) -> set[str]:
    """The countries named across most entries or most groups of the list.

    >>> a = Fields(organization="Freedonian Cultural Association"); b = Fields(organization="Union of Freedonians")
    >>> theme_countries([a, b], [1, 1])
    set()
    """
    if len(parsed) < _MIN_FOR_THEME:
        return set()
    per_entry: Counter[str] = Counter()
    per_group: dict[str, set[int]] = {}
    for fields, group in zip(parsed, groups, strict=True):
        codes, _multi = places.countries_in_name(fields.organization or "")
        for code in codes:
            per_entry[code] += 1
            per_group.setdefault(code, set()).add(group)
    n_groups = len(set(groups))
    return {
        code
        for code, count in per_entry.items()
        if count >= 0.5 * len(parsed) and (n_groups < 2 or len(per_group[code]) >= 0.8 * n_groups)
    }


def _drop_theme(parsed: list[Fields], themes: set[str]) -> None:
    for fields in parsed:
        if fields.country in themes and fields.country_source == "name":
            fields.doubt(
                "country",
                "country_is_theme",
                f"country {fields.country} left out: it is named across the whole list, so it is the coalition's theme",
                0.0,
            )
            fields.country = fields.country_source = None


def _share_group_country(members: list[Fields]) -> None:
    stated = Counter(f.country for f in members if f.country and f.country_source in {"line", "heading"})
    if not stated:
        return
    if len(stated) > 1:
        for fields in members:
            if not fields.country:
                fields.doubt(
                    "country",
                    "group_countries_disagree",
                    "country left empty: the lines of its group name different countries ("
                    + ", ".join(sorted(stated))
                    + ")",
                )
        return
    ((code, count),) = stated.items()
    # Precision first: most of the group, and at least three lines, must say it.
    if count < 3 or count < 0.5 * len(members):
        return
    for fields in members:
        if fields.country_source == "name" and fields.country != code:
            fields.doubt(
                "country",
                "name_disagrees_with_group",
                f"country {fields.country} from the name left out: its group's lines say {code}",
                0.0,
            )
            fields.country = fields.country_source = None
        if not fields.country:
            fields.country, fields.country_source = code, "group"
            fields.doubt(
                "country", "country_from_group", f"country {code} given by the other lines of its group", 0.5
            )


def settle(parsed: list[Fields], groups: list[int], *, grouped: bool) -> None:
    """Apply the list-wide country rules in place. `grouped`: the list has real groups."""
    _drop_theme(parsed, theme_countries(parsed, groups))
    if not grouped:
        return
    by_group: dict[int, list[Fields]] = {}
    for fields, group in zip(parsed, groups, strict=True):
        by_group.setdefault(group, []).append(fields)
    for members in by_group.values():
        _share_group_country(members)
