"""Bar charts whose bars the render drew too thin to read apart (`chart_too_dense`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kernel.errors import Issue

CHART_TOO_DENSE = "chart_too_dense"

READABLE_BAR_PX = 2.0
"""Bars narrower than this (CSS px) touch their neighbours and cannot be told apart: 2 series x
150 labels in a 430 px chart draw 1.3 px bars, a solid block of colour."""


@dataclass(frozen=True)
class DrawnBars:
    """A bar chart (by JSON path) as drawn: how many bars, in a plot how many CSS px wide, each
    how many px wide, and whether the values asked over its upright bars (`valueLabels`) are
    left out, the bars too narrow for them."""

    path: str
    bars: int
    plot_px: float
    bar_px: float
    values_left_out: bool = False


def dense_chart_warnings(charts: Sequence[DrawnBars]) -> list[Issue]:
    """A warning for each chart whose bars are narrower than `READABLE_BAR_PX`."""
    return [dense_chart_warning(chart) for chart in charts if chart.bars and chart.bar_px < READABLE_BAR_PX]


def dense_chart_warning(chart: DrawnBars) -> Issue:
    """The warning for a chart's bars too thin to read, at its data."""
    per_px = chart.bars / max(chart.plot_px, 1.0)
    return Issue(
        path=f"{chart.path}/data",
        message=(
            f"the chart's {chart.bars:,} bars are drawn {chart.bar_px:.1f} px wide in a plot {chart.plot_px:,.0f} px "
            f"wide ({per_px:.1f} bars per px): too thin to read apart"
        ),
        code=CHART_TOO_DENSE,
        suggestion=(
            "show fewer points (a week's or a month's totals instead of each day's), draw a line or area "
            "chart (variant: line), or give the chart more width (layout.width, fewer grid columns, a wider canvas)"
        ),
    )
