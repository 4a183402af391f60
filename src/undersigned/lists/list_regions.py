"""Regions learned across the list: a place the list uses as a province is one wherever it stands alone.

Lists that locate signatories on several levels ("Org, Town, Province,
Country") also write the province alone ("Org, Province, Country") when the
signatory is in its capital or names no town. Alone, the name reads as a town
("Córdoba" is both); the list's own multi-level lines show which level it is.
Only a line stating the same country is read so, and only a name the list
never uses as a town.
"""

from __future__ import annotations

from .line_state import Fields


def settle_regions(parsed: list[Fields]) -> None:
    """Move a lone "Place, Country" to the region when the list uses that place as a region of that country.

    >>> a = Fields(city="Tarnville", region="Okkerland", country="AR", country_source="line")
    >>> b = Fields(city="Okkerland", country="AR", country_source="line")
    >>> settle_regions([a, b]); (b.city, b.region)
    (None, 'Okkerland')
    """
    stated = [f for f in parsed if f.country and f.country_source == "line"]
    regions = {(f.region, f.country) for f in stated if f.city and f.region}
    if not regions:
        return
    towns = {(f.city, f.country) for f in stated if f.city and f.region}
    for f in stated:
        if not f.region and (f.city, f.country) in regions and (f.city, f.country) not in towns:
            f.region, f.city = f.city, None
