"""The geometry of the dashboard's small SVG charts, worked out here so the templates only place shapes.

Each chart carries its numbers as text inside the drawing and in its accessible description, so nothing is
said by bar length alone.
"""

from dataclasses import dataclass

ROW = 28  # height of one bar's row, in SVG units
LABEL_WIDTH = 170
BAR_WIDTH = 190


@dataclass(frozen=True)
class ChartRow:
    label: str
    value: int
    y: int
    width: float
    key: str = ""


def bar_chart(bars) -> dict:
    """Rows of a horizontal bar chart: the longest bar is BAR_WIDTH long, an empty one has no length.

    >>> from undersigned.signatures.stats import bars
    >>> chart = bar_chart(bars([("Germany", 4), ("Austria", 1)]))
    >>> [(r.label, r.y, r.width) for r in chart["rows"]], chart["height"]
    ([('Germany', 0, 190.0), ('Austria', 28, 47.5)], 56)
    """
    rows = [
        ChartRow(bar.label, bar.value, i * ROW, round(bar.percent * BAR_WIDTH / 100, 1), bar.key)
        for i, bar in enumerate(bars)
    ]
    return {
        "rows": rows,
        "height": max(len(rows), 1) * ROW,
        "width": LABEL_WIDTH + BAR_WIDTH + 50,
        "bar_x": LABEL_WIDTH,
        "value_x": LABEL_WIDTH + 6,
        "text_y": ROW // 2 + 5,
        "bar_height": ROW - 10,
    }


COLUMN = 12  # width of one day's column
TIME_HEIGHT = 120


def time_chart(days) -> dict:
    """Columns of sign-ons per day (bars with ISO dates as labels), the tallest TIME_HEIGHT high.

    >>> from undersigned.signatures.stats import Bar
    >>> chart = time_chart([Bar("2026-11-01", 2, 100.0), Bar("2026-11-02", 0, 0.0)])
    >>> [(c["x"], c["height"], c["y"]) for c in chart["columns"]]
    [(0, 120.0, 20.0), (12, 0.0, 140.0)]
    """
    columns = []
    for i, day in enumerate(days):
        height = round(day.percent * TIME_HEIGHT / 100, 1)
        columns.append({"x": i * COLUMN, "height": height, "y": 20 + TIME_HEIGHT - height, "day": day})
    return {
        "columns": columns,
        # Wide enough for the first and last dates under the columns, however few days there are.
        "width": max(len(columns) * COLUMN, 300),
        "height": TIME_HEIGHT + 40,
        "base_y": TIME_HEIGHT + 20,
        "bar_width": COLUMN - 2,
        "first": days[0] if days else None,
        "last": days[-1] if days else None,
        "peak": max(days, key=lambda d: d.value) if days else None,
        "total": sum(d.value for d in days),
    }
