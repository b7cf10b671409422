"""A chart written with Chart.js, Plotly, Vega or d3 habits is told the DSL's own field, at the
path of the field written (kernel/dsl/hints/chart_fields.py): an axis title, a target, Chart.js'
options, colour lists, format strings and a reference line's fields."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.validate import validate_document
from kernel.errors import Issue


def chart(**fields: Any) -> dict[str, Any]:
    return {
        "elements": [{"type": "chart", "data": {"labels": ["A", "B", "C"], "values": [3, 5, 2]}, **fields}]
    }


def only_error(**fields: Any) -> Issue:
    result = validate_document(chart(**fields))
    assert len(result.errors) == 1, result.errors
    return result.errors[0]


def test_an_axis_title_is_told_the_chart_draws_none_and_where_the_unit_goes() -> None:
    error = only_error(xAxis={"title": "Month"})
    assert error.path == "/elements/0/xAxis"
    assert error.suggestion is not None
    assert error.suggestion.startswith("a chart draws no axis titles")
    assert "'suffix'" in error.suggestion
    assert "not under 'xAxis'" not in error.suggestion  # no longer "move it into the chart's title"


def test_an_axis_range_is_told_the_axis_is_fitted_to_the_values() -> None:
    error = only_error(yAxis={"min": 0, "max": 10})
    assert error.path == "/elements/0/yAxis"
    assert error.suggestion is not None and "remove min and max" in error.suggestion


@pytest.mark.parametrize(
    ("field", "value", "lines"),
    [
        ("target", 4, "referenceLines: [4]"),
        ("thresholds", [1, 2], "referenceLines: [1, 2]"),
        ("goal", "95", "referenceLines: [95]"),
        ("annotations", [{"type": "line", "yMin": 4, "yMax": 4, "label": "Target"}],
         "referenceLines: [{value: 4, label: Target}]"),
        ("markLine", {"data": [{"yAxis": 3, "name": "Avg"}]}, "referenceLines: [{value: 3, label: Avg}]"),
        ("shapes", [{"type": "line", "y0": 2, "y1": 2}], "referenceLines: [2]"),
        ("referenceLine", {"y": 7}, "referenceLines: [7]"),
    ],
)  # fmt: skip
def test_a_target_in_another_librarys_words_is_a_reference_line_with_its_value(
    field: str, value: Any, lines: str
) -> None:
    error = only_error(**{field: value})
    assert error.path == f"/elements/0/{field}"
    assert error.suggestion is not None
    assert error.suggestion.startswith("did you mean 'referenceLines'?")
    assert lines in error.suggestion
    assert "link" not in error.suggestion  # `target` was told "a picture follows no link"


def test_chartjs_options_are_not_read_and_each_is_told_its_own_field() -> None:
    options = {"indexAxis": "y", "plugins": {"datalabels": {"display": True}}, "scales": {"y": {"ticks": {}}}}
    error = only_error(options=options)
    assert error.path == "/elements/0/options"
    assert "Chart.js options are not read" in error.message
    assert "expected a list" not in error.message
    assert error.suggestion is not None
    for field in ("orientation: horizontal", "valueLabels: true", "format, prefix and suffix"):
        assert field in error.suggestion


def test_a_select_still_hears_that_its_options_are_a_list() -> None:
    result = validate_document({"elements": [{"type": "select", "options": {"a": 1}}]})
    assert [issue.message for issue in result.errors] == ["expected a list, got an object"]


@pytest.mark.parametrize(("color", "tone"), [("red", "danger"), ("green", "success"), ("amber", "warning")])
def test_a_reference_lines_colour_is_its_variant_with_the_tone_named(color: str, tone: str) -> None:
    error = only_error(referenceLines=[{"value": 4, "label": "Target", "color": color}])
    assert error.path == "/elements/0/referenceLines/0/color"
    assert error.suggestion is not None
    assert error.suggestion.startswith(f"did you mean 'variant'? variant: {tone}")


@pytest.mark.parametrize(
    ("color", "tone"), [("red", "danger"), ("green", "success"), ("orange", "warning"), ("yellow", "warning"),
                        ("amber", "warning"), ("grey", "neutral"), ("gray", "neutral")]
)  # fmt: skip
def test_a_colour_word_as_a_reference_lines_variant_names_the_tone_meant(color: str, tone: str) -> None:
    result = validate_document(chart(referenceLines=[{"value": 4, "variant": color}]))
    assert not result.errors
    [warning] = result.warnings
    assert warning.path == "/elements/0/referenceLines/0/variant"
    assert warning.suggestion == f"did you mean '{tone}'?"


def test_a_reference_lines_y_is_one_error_naming_value() -> None:
    error = only_error(referenceLines=[{"y": 4, "label": "Target"}])
    assert error.path == "/elements/0/referenceLines/0/y"
    assert error.suggestion == "did you mean 'value'? value: 4"


@pytest.mark.parametrize(
    ("written", "told"),
    [
        ("currency", "prefix: $"),
        ("$,.2s", "write prefix: $ and format: compact"),
        (".1%", "write format: percent"),
        ("#,##0", "write format: full"),
    ],
)
def test_a_currency_or_a_format_string_is_told_the_prefix_and_format_meant(written: str, told: str) -> None:
    error = only_error(format=written)
    assert error.path == "/elements/0/format"
    assert error.suggestion is not None and told in error.suggestion


def test_a_colour_list_is_told_that_each_series_takes_its_own_color() -> None:
    error = only_error(colors=["#f00", "#0f0"])
    assert error.path == "/elements/0/colors"
    assert error.suggestion is not None
    assert 'series: [{name: ..., values: [...], color: "#f00"}' in error.suggestion
    assert "does not draw" not in error.suggestion


def test_index_axis_x_is_the_default_not_bars_across() -> None:
    error = only_error(indexAxis="x")
    assert error.suggestion is not None
    assert error.suggestion.startswith("indexAxis: x is the default, upright bars: remove it")
    across = only_error(indexAxis="y")
    assert across.suggestion is not None and across.suggestion.startswith(
        "did you mean orientation: horizontal?"
    )
