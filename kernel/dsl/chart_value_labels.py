"""Bar charts whose values (`valueLabels`) the render left out, the upright bars too narrow for
them (`field_ignored`)."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.chart_density import DrawnBars
from kernel.errors import Issue

LEFT_OUT_VALUES_HINT = (
    "give the chart more width (layout.width, fewer grid columns, a wider canvas), show fewer bars, "
    "or draw them across (orientation: horizontal), which writes each value beyond its bar's end"
)


def left_out_value_warnings(charts: Sequence[DrawnBars]) -> list[Issue]:
    """A warning, at its `valueLabels`, for each chart whose values were left out: the chart's
    container query hides them where a bar's slot is narrower than the widest, for the width the
    chart is drawn at, which only the render knows (a grid's column, a row's share)."""
    return [left_out_value_warning(chart) for chart in charts if chart.values_left_out]


def left_out_value_warning(chart: DrawnBars) -> Issue:
    """The warning for a chart's values left out, with its bars and the plot's width."""
    return Issue(
        path=f"{chart.path}/valueLabels",
        message=(
            f"the chart's {chart.bars:,} upright bars, in a plot {chart.plot_px:,.0f} px wide, are too narrow "
            "for their values, which would run into each other: 'valueLabels' is not drawn"
        ),
        code="field_ignored",
        suggestion=LEFT_OUT_VALUES_HINT,
    )
