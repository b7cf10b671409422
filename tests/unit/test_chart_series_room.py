"""A chart of several series in a short box: axes from 80 px as for one series, the legend only
with room for it, and a warning whenever the series can no longer be told apart (no legend, or
more series than distinct colours)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

TWO_SERIES = {
    "labels": ["Jan", "Feb", "Mar", "Apr"],
    "series": [{"name": "Sessions", "values": [1, 3, 2, 4]}, {"name": "Sign-ups", "values": [2, 2, 3, 3]}],
}


def chart(height: int, data: dict[str, Any] = TWO_SERIES) -> dict[str, Any]:
    return {"type": "chart", "variant": "line", "layout": {"height": height}, "data": data}


def html_of(element: dict[str, Any]) -> str:
    return compile_html(Document.model_validate({"elements": [element]}), Viewport(480, 300, 1.0))


def warnings_of(element: dict[str, Any]) -> list[tuple[str, str]]:
    result = validate_document(json.dumps({"elements": [element]}))
    return [(w.code, w.message) for w in result.warnings]


@pytest.mark.parametrize("height", [90, 100, 113])
def test_two_series_too_short_for_their_legend_keep_their_axes_and_warn(height: int) -> None:
    """At 100 px two series became a sparkline, though one series keeps its axes down to 80."""
    html = html_of(chart(height))
    assert "is-line is-spark" not in html and 'class="dsl-chart-y"' in html
    assert 'dsl-chart-legend"' not in html
    assert warnings_of(chart(height)) == [
        (
            "chart_legend_dropped",
            f"a chart {height} px tall has no room for the legend of its 2 series under its axes: "
            "the legend is left out",
        )
    ]


def test_two_series_with_room_for_their_legend_draw_it_without_a_warning() -> None:
    html = html_of(chart(114))
    assert "is-line is-spark" not in html and 'class="dsl-chart-legend' in html
    assert warnings_of(chart(114)) == []


def test_two_series_under_80_px_are_a_sparkline_and_warn() -> None:
    assert "is-line is-spark" in html_of(chart(79))
    assert [code for code, _ in warnings_of(chart(79))] == ["chart_legend_dropped"]


def test_one_series_is_a_sparkline_under_80_px_only() -> None:
    one = {"labels": ["a", "b"], "values": [1, 2]}
    assert "is-line is-spark" not in html_of(chart(80, one)) and "is-line is-spark" in html_of(chart(79, one))
    assert warnings_of(chart(79, one)) == []


def test_a_13th_series_says_it_repeats_the_first_ones_colour() -> None:
    series = [{"name": f"S{n}", "values": [n, n + 1]} for n in range(1, 14)]
    warnings = warnings_of(
        {"type": "chart", "variant": "line", "data": {"labels": ["Q1", "Q2"], "series": series}}
    )
    assert warnings == [
        (
            "chart_colours_repeat",
            "a chart has 12 distinct series colours and 13 series: they repeat "
            "('S13' takes the colour of 'S1')",
        )
    ]
    series[12]["color"] = "#000000"
    assert (
        warnings_of({"type": "chart", "variant": "line", "data": {"labels": ["Q1", "Q2"], "series": series}})
        == []
    )
