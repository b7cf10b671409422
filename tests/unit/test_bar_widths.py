"""Bar widths in a bar chart: gaps give way to a narrow slot, and no bar is narrower than a pixel."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.charts.bar_widths import MIN_BAR_PX, SERIES_GAP_PX, bar_widths
from kernel.dsl.compiler.charts.draw import chart_html
from kernel.dsl.model import ChartData


def test_a_roomy_chart_keeps_its_gaps() -> None:
    widths = bar_widths(12, 2, 520)
    assert widths.gap == pytest.approx(SERIES_GAP_PX / 520 * 100)
    assert widths.group == pytest.approx(100 / 12 * 0.74)


def test_a_narrow_slot_drops_the_gap_between_series_first() -> None:
    # 2 series x 40 labels in 400 px: a 10 px slot, 7.4 px for the group, 2.2 px bars with a gap
    widths = bar_widths(40, 2, 400)
    assert widths.gap == 0
    assert widths.group == pytest.approx(100 / 40 * 0.74)


@pytest.mark.parametrize(("count", "series"), [(150, 2), (200, 2), (400, 1), (300, 4)])
def test_a_dense_chart_drops_every_gap_and_keeps_bars_a_pixel_wide(count: int, series: int) -> None:
    widths = bar_widths(count, series, 400)
    assert widths.gap == 0
    assert widths.bar >= MIN_BAR_PX / 400 * 100 - 1e-9
    assert widths.group >= 100 / count - 1e-9


def test_the_repro_of_an_empty_plot_gives_no_bar_a_negative_width() -> None:
    labels = [f"D{n}" for n in range(200)]
    data = ChartData.model_validate(
        {"labels": labels, "series": [{"name": f"S{s}", "values": list(range(1, 201))} for s in range(2)]}
    )
    html = chart_html("bar", data, width=480, height=240, uid="c")
    assert 'width="-' not in html
    assert 'width="0%"' not in html
