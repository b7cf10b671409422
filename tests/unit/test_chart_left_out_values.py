"""valueLabels left out on upright bars too narrow for them (told at the chart's valueLabels), and
a short plot whose x labels turn leaving every other value tick out."""

from __future__ import annotations

import re

from kernel.dsl.chart_density import DrawnBars
from kernel.dsl.chart_value_labels import left_out_value_warnings
from kernel.dsl.compiler.charts.draw import chart_html
from render_worker.measure import ContentExtent


def test_values_left_out_are_told_at_value_labels_with_what_to_do() -> None:
    (warning,) = left_out_value_warnings([DrawnBars("/elements/0", 5, 183.0, 20.0, values_left_out=True)])
    assert (warning.path, warning.code) == ("/elements/0/valueLabels", "field_ignored")
    assert "5 upright bars, in a plot 183 px wide" in warning.message
    assert "orientation: horizontal" in (warning.suggestion or "")
    assert left_out_value_warnings([DrawnBars("/elements/1", 5, 400.0, 40.0)]) == []


def test_the_measuring_answer_carries_whether_values_are_left_out() -> None:
    answer: list[object] = [500, 300, 300, 0, *([[]] * 12), 0, [["/elements/0", 5, 183.0, 20.0, True]], []]
    extent = ContentExtent.from_answer(answer)
    assert extent.drawn_bars[0].values_left_out
    assert [issue.path for issue in extent.measured_warnings()] == ["/elements/0/valueLabels"]


def _ticks(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<span class="dsl-chart-y([^"]*)"[^>]*>([^<]*)<', html)


def test_a_short_plot_leaves_every_other_tick_out_where_its_names_turn() -> None:
    data = {"labels": ["Visited", "Added to cart", "Checkout started", "Payment", "Purchased"],
            "values": [1000, 342, 187, 121, 94]}  # fmt: skip
    html = chart_html("bar", data, width=240, height=140, uid="c1")
    assert [(name.strip(), text) for name, text in _ticks(html)] == [
        ("", "0"), ("dsl-chart-between", "250"), ("", "500"), ("dsl-chart-between", "750"), ("", "1k"),
    ]  # fmt: skip
    rule = re.search(
        r"@container \(width < ([\d.]+)px\)\{\.dsl-x-c1 \.dsl-chart-between\{display:none\}\}", html
    )
    assert rule is not None
    tall = chart_html("bar", data, width=240, height=300, uid="c2")
    assert "dsl-chart-between" not in tall  # room for five ticks even with the names turned
