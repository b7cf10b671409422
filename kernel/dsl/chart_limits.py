"""The points a chart may draw: each is an SVG shape Chromium lays out, about 0.28 ms apiece."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.chart_shapes import native_chart_data
from kernel.errors import Issue

MAX_CHART_SERIES_POINTS = 5000
"""Points of one series (or of a chart's `values`)."""
MAX_CHART_POINTS = 10_000
"""Points of one chart, all its series together. A render costs some 0.28 ms a point on a loaded
2-core machine (20,000 points x 5 series took 28-33 s, past the 15 s render deadline): 10,000
take about 3 s, within the deadline with margin; more than a chart's width in pixels shows."""


def check_chart_size(chart: Mapping[str, Any], path: str) -> list[Issue]:
    """A chart's points within MAX_CHART_SERIES_POINTS a series and MAX_CHART_POINTS in all, told
    at the series (or `values`) past the one, at `data` past the other."""
    written = chart.get("data")
    data = native_chart_data(written)
    if not isinstance(data, Mapping):
        return []
    at = f"{path}/data" if data is written else None  # another library's shape: only `data` is there
    lists: list[tuple[str, Any]] = [("values", data.get("values"))]
    series = data.get("series")
    for index, entry in enumerate(series if isinstance(series, list) else ()):
        lists.append((f"series/{index}/values", entry.get("values") if isinstance(entry, Mapping) else None))
    counts = [(where, len(values)) for where, values in lists if isinstance(values, list | tuple)]
    fewer = "sample or aggregate the points: a chart shows no more of them than its width in pixels"
    for where, count in counts:
        if count > MAX_CHART_SERIES_POINTS:
            return [
                Issue(
                    path=f"{at}/{where}" if at else f"{path}/data",
                    message=f"the chart's {where.removesuffix('/values').replace('/', ' ')} has {count:,} "
                    f"points, past the limit of {MAX_CHART_SERIES_POINTS:,} points a series may have",
                    code="limit_chart_points",
                    suggestion=fewer,
                )
            ]
    total = sum(count for _, count in counts)
    if total > MAX_CHART_POINTS:
        return [
            Issue(
                path=f"{path}/data",
                message=f"the chart has {total:,} points, past the limit of {MAX_CHART_POINTS:,} points a chart may have",
                code="limit_chart_points",
                suggestion=fewer,
            )
        ]
    return []
