"""Stacked bar charts: what `stacked` takes and says where it draws nothing, and where each
series' segment of a label's bar starts and ends (the pixels: test_render_stacked_bars.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.charts.draw import chart_html
from kernel.dsl.compiler.charts.spec import normalize
from kernel.dsl.compiler.charts.stacked_areas import area_bands
from kernel.dsl.compiler.charts.stacks import Segment, stacked_frame, stacked_segments
from kernel.dsl.model import ChartData, Element
from kernel.dsl.validate import validate_document
from mcp_adapter.reference import element_choices, element_fields

TWO_SERIES = {
    "labels": ["Mon", "Tue"],
    "series": [{"name": "DHL", "values": [3, 4]}, {"name": "UPS", "values": [1, 2]}],
}


def y_ticks(html: str) -> list[str]:
    return re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', html)


def chart(stacked: Any, data: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    return {"elements": [{"type": "chart", "stacked": stacked, "data": data or TWO_SERIES, **fields}]}


@pytest.mark.parametrize(
    ("written", "read"),
    [(True, True), (False, False), ("percent", "percent"), ("Percent", "percent"), ("100%", "percent"),
     ("normalize", "percent"), ("normal", True)],
)  # fmt: skip
def test_stacked_takes_true_false_or_percent_in_other_libraries_words_too(written: Any, read: Any) -> None:
    result = validate_document(chart(written))
    assert result.ok and not result.warnings, (result.errors, result.warnings)
    assert Element.model_validate(chart(written)["elements"][0]).stacked == read


@pytest.mark.parametrize(
    ("written", "shown"),
    [(3, "3"), ("full", "'full'"), ([True], "a list"), ({"mode": "percent"}, "an object")],
)
def test_any_other_stacked_is_an_error_at_its_path(written: Any, shown: str) -> None:
    (error,) = validate_document(chart(written)).errors
    assert (error.path, error.code) == ("/elements/0/stacked", "invalid_value")
    assert error.message == f"stacked is true, false or 'percent', not {shown}"
    assert error.suggestion == (
        "stacked: true stacks a bar chart's series into one bar per label, percent their shares of each "
        "label's total"
    )


def test_a_percent_stack_refuses_a_value_below_zero_at_its_path() -> None:
    data = {"labels": ["Q1", "Q2"], "series": [{"values": [3, 4]}, {"values": [-1, 2]}]}
    assert validate_document(chart(True, data)).ok  # stacked downward from zero
    (error,) = validate_document(chart("percent", data)).errors
    assert (error.path, error.code) == ("/elements/0/data/series/1/values/0", "invalid_value")
    assert error.message == (
        "a stack of shares (stacked: percent) draws each value as its part of the label's total: -1 is below zero"
    )
    assert error.suggestion == "stacked: true stacks values below zero downward from it"


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"variant": "line"}, "a line chart does not stack its series: 'stacked' is not drawn"),
     ({"variant": "doughnut"}, "a donut chart does not stack its series: 'stacked' is not drawn"),
     ({"data": {"labels": ["a"], "values": [1]}}, "a chart of one series has nothing to stack: 'stacked' is not drawn")],
)  # fmt: skip
def test_stacked_where_nothing_stacks_is_a_warning(fields: dict[str, Any], message: str) -> None:
    result = validate_document(chart(True, **fields))
    assert result.ok
    (warning,) = [
        issue for issue in result.warnings if issue.path.endswith("/stacked")
    ]  # a donut: series left out too
    assert (warning.path, warning.code, warning.message) == ("/elements/0/stacked", "field_ignored", message)


def test_stacked_on_a_column_chart_stacks_it() -> None:
    assert not validate_document(chart(True, variant="Column")).warnings


def test_stacked_on_a_line_points_at_bars_and_areas() -> None:
    (warning,) = validate_document(chart(True, variant="line")).warnings
    assert warning.suggestion == "only bars and areas stack: use variant: bar or variant: area, or remove it"


@pytest.mark.parametrize("stacked", [True, "percent"])
def test_stacked_on_an_area_chart_stacks_it_without_a_warning(stacked: Any) -> None:
    """`stacked: true` on an area chart was ignored with a warning (sessions by channel, cost by
    service: a staple of dashboards)."""
    assert not validate_document(chart(stacked, variant="area")).warnings
    data = {"labels": ["Q1", "Q2"], "series": [{"values": [3, 4]}, {"values": [-1, 2]}]}
    assert validate_document(chart(True, data, variant="area")).ok
    assert not validate_document(chart("percent", data, variant="area")).ok  # no share below zero


AREA_DATA = {"labels": ["Mon", "Tue", "Wed", "Thu"],
             "series": [{"name": "Organic", "values": [10, 12, 11, 14]}, {"name": "Paid", "values": [5, 6, 7, 6]}]}  # fmt: skip


def test_stacked_areas_are_bands_each_on_the_ones_before_it() -> None:
    """Paid's band runs from Organic's line to their sum (15, 18, 18, 20), the axis up to 20."""
    bands = area_bands(normalize(AREA_DATA), "values")
    assert [(band.series, band.bases, band.tops) for band in bands] == [
        (0, (0.0, 0.0, 0.0, 0.0), (10.0, 12.0, 11.0, 14.0)),
        (1, (10.0, 12.0, 11.0, 14.0), (15.0, 18.0, 18.0, 20.0)),
    ]
    html = chart_html("area", AREA_DATA, stacked=True)
    assert html.count('class="dsl-chart-area is-band"') == 2
    assert y_ticks(html)[-1] == "20"
    assert y_ticks(chart_html("area", AREA_DATA))[-1] == "15"  # unstacked, the areas overlap, up to 14
    assert 'class="dsl-chart-area is-band"' not in chart_html("line", AREA_DATA, stacked=True)


def test_a_percent_area_stack_draws_shares_on_a_0_to_100_percent_axis() -> None:
    bands = area_bands(normalize(AREA_DATA), "percent")
    assert all(round(top or 0, 9) == 100 for top in bands[-1].tops)
    assert y_ticks(chart_html("area", AREA_DATA, stacked="percent")) == ["0%", "25%", "50%", "75%", "100%"]


def test_a_missing_value_breaks_its_band_and_counts_as_0_for_the_ones_above() -> None:
    data = {"labels": list("abcd"), "series": [{"values": [1, None, 1, 1]}, {"values": [2, 2, 2, 2]},
                                               {"name": "Target", "values": [9, 9, 9, 9], "fill": False}]}  # fmt: skip
    bands = area_bands(normalize(data), "values")
    assert [band.series for band in bands] == [0, 1]  # a line with no fill is no band
    assert bands[0].tops == (1.0, None, 1.0, 1.0)
    assert bands[1].bases == (1.0, 0.0, 1.0, 1.0)


@pytest.mark.parametrize(
    ("element", "path", "suggestion"),
    [({"stacking": "percent"}, "/elements/0/stacking",
      "did you mean 'stacked'? stacked: true stacks the series into one bar per label (stacked: percent, their shares)"),
     ({"data": {"labels": ["a"], "series": [{"values": [1], "stackId": "a"}]}}, "/elements/0/data/series/0/stackId",
      "stacking is the chart's: stacked: true on the chart stacks every series; remove it; a series takes 'name', "
      "'values', 'color' and 'fill'")],
)  # fmt: skip
def test_other_libraries_stacking_words_point_at_stacked(
    element: dict[str, Any], path: str, suggestion: str
) -> None:
    source = {"elements": [{"type": "chart", "data": TWO_SERIES, **element}]}
    (error,) = validate_document(source).errors
    assert (error.path, error.code, error.suggestion) == (path, "unknown_field", suggestion)


def spec_of(*series: list[float | None]) -> Any:
    labels = [f"L{i}" for i in range(len(series[0]))]
    return normalize(ChartData.model_validate({"labels": labels, "series": [{"values": v} for v in series]}))


def test_series_stack_in_order_from_zero_skipping_nulls_and_zeros() -> None:
    segments = stacked_segments(spec_of([5, 2], [3, None], [0, 4]), "values")
    assert segments == [
        Segment(series=0, label=0, base=0, end=5, on_another=False, outer=False),
        Segment(series=1, label=0, base=5, end=8, on_another=True, outer=True),
        Segment(series=0, label=1, base=0, end=2, on_another=False, outer=False),
        Segment(series=2, label=1, base=2, end=6, on_another=True, outer=True),
    ]


def test_a_stack_of_zeros_is_a_stub_and_one_of_nulls_nothing() -> None:
    segments = stacked_segments(spec_of([None, None, 2], [0, None, 0], [0, None, 3]), "values")
    assert [(s.series, s.label, s.base, s.end) for s in segments] == [
        (1, 0, 0, 0),
        (0, 2, 0, 2),
        (2, 2, 2, 5),
    ]
    html = chart_html("bar", ChartData.model_validate({"labels": ["a", "b"], "series": [
        {"values": [0, 1]}, {"values": [0, 2]}]}), stacked=True)  # fmt: skip
    assert html.count('class="dsl-chart-zero-bar"') == 1


def test_values_below_zero_stack_downward_and_each_side_is_rounded_at_its_end() -> None:
    segments = stacked_segments(spec_of([4], [-2], [3], [-1]), "values")
    assert [(s.series, s.base, s.end, s.on_another, s.outer) for s in segments] == [
        (0, 0, 4, False, False), (2, 4, 7, True, True), (1, 0, -2, False, False), (3, -2, -3, True, True),
    ]  # fmt: skip
    _, frame, ticks = stacked_frame(spec_of([4], [-2], [3], [-1]), "values", 200)
    assert ticks[0] <= -3 and ticks[-1] >= 7 and (frame.low, frame.high) == (ticks[0], ticks[-1])


def test_the_axis_reaches_the_tallest_stack_not_the_largest_value() -> None:
    _, frame, ticks = stacked_frame(spec_of([200, 150], [150, 100], [50, 0]), "values", 200)
    assert ticks == [0, 100, 200, 300, 400] and frame.high == 400


def test_a_percent_stack_draws_shares_on_a_hundred() -> None:
    segments, frame, ticks = stacked_frame(spec_of([1, 30], [3, None]), "percent", 200)
    assert [(s.label, s.base, s.end) for s in segments] == [(0, 0, 25), (0, 25, 100), (1, 0, 100)]
    assert ticks == [0, 25, 50, 75, 100] and frame.high == 100


def test_the_percent_axis_labels_carry_the_sign() -> None:
    html = chart_html("bar", ChartData.model_validate(TWO_SERIES), stacked="percent")
    assert ">100%</span>" in html and ">50%</span>" in html and "is-stacked" in html


@pytest.mark.parametrize(
    ("variant", "data"),
    [("bar", {"labels": ["a", "b"], "values": [1, -2]}), ("line", TWO_SERIES), ("area", {"labels": ["a", "b"], "values": [1, 2]}),
     ("pie", TWO_SERIES)],
)  # fmt: skip
def test_where_nothing_stacks_stacked_draws_as_without_it(variant: str, data: dict[str, Any]) -> None:
    chart_data = ChartData.model_validate(data)
    assert chart_html(variant, chart_data, stacked=True) == chart_html(variant, chart_data)


def test_agents_are_told_a_chart_takes_stacked_and_its_values() -> None:
    assert "stacked" in element_fields("chart")
    assert element_choices("chart")["stacked"] == ["true", "false", "percent"]
    assert "stacked" not in element_fields("table")
