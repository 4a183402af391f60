"""Who signed, at a glance: the statement page's charts of the public list, drawn as SVG on the server.

Counts by country (bars), a world map shaded by count, organizations against individuals, and sign-ons over
time. All numbers come from the counts `signatures.selectors` keeps with the list's order (a confirmation
adds one to its cells; never a Python loop over signatures), and the rendered HTML is cached per list revision and reader's language, so a list of 100,000
costs one render per change, and during a surge of confirmations at most one every REFRESH_SECONDS. The map is `world_map.json`, built once by `scripts/build-world-map` from
Natural Earth's public-domain country shapes and shipped with the code: nothing is fetched at run time.
"""

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from undersigned.signatures import selectors
from undersigned.statements.models import Statement

MAX_BARS = 12
# Light to dark; the darkest holds white text nowhere, so only its contrast with the page matters.
SHADES = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
BAR_WIDTH = 400  # the longest country bar, in SVG units
TIMELINE_WIDTH, TIMELINE_HEIGHT = 640, 80
WEEKLY_AFTER_DAYS = 92  # longer campaigns are drawn a bar a week
# During a surge every confirmation bumps the list revision, and rebuilding the charts (grouped queries
# over every row) after each one would cost a rebuild on nearly every page view. So newcomers joining the
# list, the one change that leaves `list_reordered_revision` alone, show in the charts at most this many
# seconds late; any other change (a withdrawal, an erasure, a hidden name) is part of the key, shown at once.
REFRESH_SECONDS = 5


def now() -> float:
    """The clock of the refresh (tests replace it)."""
    return time.time()


def cached_per_revision(parts: tuple, statement: Statement, build: Callable[[], object]):
    """`build()`'s result for the statement's list as it is, or as it was up to REFRESH_SECONDS ago when
    only newcomers joined since; `parts` name what else the result depends on (the language, ...)."""
    key = ":".join(str(part) for part in (*parts, statement.pk, statement.list_reordered_revision))
    entry = cache.get(key)
    if entry is not None:
        revision, built_at, value = entry
        if revision == statement.list_revision or now() - built_at < REFRESH_SECONDS:
            return value
    revision, built_at = statement.list_revision, now()
    value = build()
    cache.set(key, (revision, built_at, value), timeout=3600)
    return value


@lru_cache(maxsize=1)
def world_map() -> dict:
    return json.loads((Path(__file__).parent / "world_map.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class CountryBar:
    country: str
    name: str
    short_name: str
    organizations: int
    individuals: int
    total: int
    y: int
    organizations_width: float
    individuals_width: float

    @property
    def total_width(self) -> float:
        return round(self.organizations_width + self.individuals_width, 1)


def shade_level(count: int, largest: int) -> int:
    """1 (lightest) to 5 (darkest, the largest count) on a log scale, so that a few big countries do not
    wash out the rest; 0 for none.

    >>> [shade_level(n, 1000) for n in (0, 1, 6, 32, 178, 1000)]
    [0, 1, 2, 3, 4, 5]
    """
    if count <= 0:
        return 0
    if largest <= 1:
        return len(SHADES)
    return 1 + min(len(SHADES) - 1, int((len(SHADES) - 1) * math.log(count) / math.log(largest)))


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def glance_context(statement: Statement, language: str) -> dict:
    counts = selectors.signatory_counts(statement)
    ranked = sorted(
        (row for row in counts.by_country),
        key=lambda row: (-row.total, row.country == selectors.NO_COUNTRY, row.country),
    )
    largest = ranked[0].total if ranked else 0
    names = {row.country: selectors.group_label(row.country, language) for row in ranked}
    bars = [
        CountryBar(
            country=row.country,
            name=names[row.country],
            short_name=_short(names[row.country]),
            organizations=row.organizations,
            individuals=row.individuals,
            total=row.total,
            y=index * 26,
            organizations_width=round(BAR_WIDTH * row.organizations / largest, 1),
            individuals_width=round(BAR_WIDTH * row.individuals / largest, 1),
        )
        for index, row in enumerate(ranked[:MAX_BARS])
    ]
    rest = ranked[MAX_BARS:]
    shapes = world_map()["countries"]
    levels = {row.country: shade_level(row.total, largest) for row in ranked if row.country}
    map_countries = [
        {"code": code, "path": path, "shade": SHADES[levels[code] - 1] if code in levels else "",
         "name": names.get(code, ""), "total": next((r.total for r in ranked if r.country == code), 0)}
        for code, path in shapes.items()
    ]  # fmt: skip
    legend = []
    for level, shade in enumerate(SHADES, start=1):
        totals = [row.total for row in ranked if row.country and levels[row.country] == level]
        if totals:
            legend.append(
                {
                    "shade": shade,
                    "level": level,
                    "low": min(totals),
                    "high": max(totals),
                    "x": len(legend) * 110,
                }
            )
    total = counts.total
    return {
        "statement": statement,
        "total": total,
        "organizations": counts.organizations,
        "individuals": counts.individuals,
        "organizations_percent": round(100 * counts.organizations / total, 1) if total else 0,
        "countries": [{"name": names[row.country], "total": row.total} for row in ranked if row.country],
        "all_rows": [{"name": names[row.country], "row": row} for row in ranked],
        "bars": bars,
        "bars_height": len(bars) * 26,
        "bar_label_width": 180,
        "rest_count": len(rest),
        "rest_total": sum(row.total for row in rest),
        "map": {"width": world_map()["width"], "height": world_map()["height"], "countries": map_countries},
        "legend": legend,
        "off_map": [{"name": names[row.country], "total": row.total} for row in ranked if row.country and row.country not in shapes],
        "timeline": _timeline(selectors.signatory_timeline(statement)),
    }  # fmt: skip


def _timeline(days: list[tuple]) -> dict | None:
    """Bars of sign-ons per day (per week for a long campaign), from the first day to the last."""
    if not days:
        return None
    first, last = days[0][0], days[-1][0]
    weekly = (last - first).days > WEEKLY_AFTER_DAYS
    step = 7 if weekly else 1
    slots = (last - first).days // step + 1
    counts = [0] * slots
    for day, n in days:
        counts[(day - first).days // step] += n
    peak = max(counts)
    width = TIMELINE_WIDTH / slots
    busiest = counts.index(peak)
    return {
        "weekly": weekly,
        "first": first,
        "last": last,
        "peak": peak,
        "peak_start": first + timedelta(days=busiest * step),
        "bars": [
            {
                "x": round(index * width, 2),
                "width": round(max(width - (1 if width > 3 else 0), 0.5), 2),
                "height": round(TIMELINE_HEIGHT * n / peak, 2),
                "y": round(TIMELINE_HEIGHT - TIMELINE_HEIGHT * n / peak, 2),
                "count": n,
                "start": first + timedelta(days=index * step),
            }
            for index, n in enumerate(counts)
            if n
        ],
        "total": sum(counts),
    }


def _cached_render(prefix: str, template: str, statement: Statement) -> str:
    language = translation.get_language() or statement.language
    parts = (prefix, statement.earlier_versions, statement.baseline_version_number(), language)
    return cached_per_revision(
        parts, statement, lambda: render_to_string(template, glance_context(statement, language))
    )


def map_svg(statement: Statement) -> str:
    """The world map shaded by count, a standalone SVG document (cached like the charts)."""
    return _cached_render("statement-map", "signatures/map.svg", statement)


def glance_html(statement: Statement) -> SafeString:
    """The rendered charts, cached per list revision (every change to the public list bumps it) and language,
    and at most REFRESH_SECONDS behind while only newcomers join."""
    html = _cached_render("statement-glance", "signatures/_glance.html", statement)
    return mark_safe(html)  # noqa: S308 - rendered by our own template, which escapes every value
