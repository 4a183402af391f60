"""The world map as a PNG picture, for documents that cannot hold SVG (the press release's DOCX), and the
text that says what it shows (its alt text and caption).

The picture is drawn with Pillow from the same shapes and shades as /s/<slug>/map.svg, so no SVG renderer
(and no system library) is needed; it is cached per list revision like the SVG.
"""

import io
import re

from django.core.cache import cache
from django.utils.translation import gettext, ngettext
from PIL import Image, ImageDraw

from undersigned.signatures.glance import glance_context, world_map
from undersigned.statements.models import Statement

NO_SHADE = "#e4e7eb"  # as map.svg draws a country without signatories
SCALE = 2  # twice the SVG's size, sharp enough for print at the width of a page
NAMED_COUNTRIES = 10  # the alt text names the largest; the rest are summed up

_TOKEN = re.compile(r"[MmLlZz]|-?\d+(?:\.\d+)?")


def path_polygons(path: str) -> list[list[tuple[float, float]]]:
    """The closed shapes of an SVG path made of M (move), l (relative line) and z (close), as the
    country shapes in world_map.json are.

    >>> path_polygons("M10 10l5 0 0 5z M0 0l1 1z")
    [[(10.0, 10.0), (15.0, 10.0), (15.0, 15.0)], [(0.0, 0.0), (1.0, 1.0)]]
    """
    polygons: list[list[tuple[float, float]]] = []
    command, numbers, x, y = "", [], 0.0, 0.0
    for token in _TOKEN.findall(path):
        if token in "MmLlZz":
            command, numbers = token, []
            if token in "Zz" and polygons and polygons[-1]:
                x, y = polygons[-1][0]
            continue
        numbers.append(float(token))
        if len(numbers) < 2:
            continue
        dx, dy = numbers
        numbers = []
        if command == "M":
            x, y = dx, dy
            polygons.append([(x, y)])
            command = "L"  # pairs after a move are lines
        elif command == "m":
            x, y = x + dx, y + dy
            polygons.append([(x, y)])
            command = "l"
        elif command == "L":
            x, y = dx, dy
            polygons[-1].append((x, y))
        elif command == "l":
            x, y = x + dx, y + dy
            polygons[-1].append((x, y))
    return polygons


def map_png(statement: Statement, language: str) -> bytes:
    """The shaded world map as PNG bytes, SCALE times the SVG's size."""
    key = f"statement-map-png:{statement.pk}:{statement.list_revision}:{statement.earlier_versions}"
    png = cache.get(key)
    if png is None:
        png = _draw(glance_context(statement, language)["map"])
        cache.set(key, png, timeout=3600)
    return png


def _draw(shapes: dict) -> bytes:
    image = Image.new("RGB", (shapes["width"] * SCALE, shapes["height"] * SCALE), "white")
    draw = ImageDraw.Draw(image)
    for country in shapes["countries"]:
        for polygon in path_polygons(country["path"]):
            if len(polygon) > 2:
                points = [(x * SCALE, y * SCALE) for x, y in polygon]
                draw.polygon(points, fill=country["shade"] or NO_SHADE, outline="white")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def map_size() -> tuple[int, int]:
    """The map's size in CSS pixels, for the width and height of an <img>."""
    return world_map()["width"], world_map()["height"]


def map_description(statement: Statement, language: str) -> str:
    """What the map shows, in words: its alt text and caption.

    `Map of signatories by country: Germany 12, Austria 3, France 1.`, naming the largest countries and
    summing up the rest: `…, Italy 2 and 14 signatories in 9 more countries.`
    """
    countries = glance_context(statement, language)["countries"]
    if not countries:
        return gettext("Map of signatories by country: no signatories yet.")
    named = ", ".join(f"{row['name']} {row['total']}" for row in countries[:NAMED_COUNTRIES])
    rest = countries[NAMED_COUNTRIES:]
    if rest:
        more = ngettext(
            "%(signatories)s signatories in %(n)s more country",
            "%(signatories)s signatories in %(n)s more countries",
            len(rest),
        ) % {"signatories": sum(row["total"] for row in rest), "n": len(rest)}
        return gettext("Map of signatories by country: %(named)s and %(more)s.") % {
            "named": named,
            "more": more,
        }
    return gettext("Map of signatories by country: %(named)s.") % {"named": named}
