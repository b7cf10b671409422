"""chart_too_dense: bar charts whose drawn bars are too thin to read apart."""

from __future__ import annotations

from kernel.dsl.chart_density import CHART_TOO_DENSE, DrawnBars, dense_chart_warnings


def test_bars_a_pixel_wide_are_told_with_how_many_per_px() -> None:
    (warning,) = dense_chart_warnings([DrawnBars("/elements/0", 400, 400.0, 1.0)])
    assert (warning.path, warning.code) == ("/elements/0/data", CHART_TOO_DENSE)
    assert warning.message == (
        "the chart's 400 bars are drawn 1.0 px wide in a plot 400 px wide (1.0 bars per px): too thin to read apart"
    )


def test_bars_two_px_wide_or_more_are_not_told() -> None:
    assert dense_chart_warnings([DrawnBars("/elements/0", 80, 400.0, 2.0), DrawnBars("/e", 0, 0, 0)]) == []
