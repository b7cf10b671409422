"""Chart data in other libraries' shapes is read as the DSL's own `{labels, values|series}`."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.chart_shapes import native_chart_data
from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document

MONTHS = ["Jan", "Feb", "Mar"]


@pytest.mark.parametrize(
    ("written", "native"),
    [
        (  # Chart.js
            {"labels": MONTHS, "datasets": [{"label": "Sales", "data": [1, 3, 2], "borderColor": "#e11d48"}]},
            {"labels": MONTHS, "series": [{"name": "Sales", "values": [1, 3, 2], "color": "#e11d48"}]},
        ),
        (  # Chart.js, a colour per point is not a series colour
            {
                "labels": MONTHS,
                "datasets": [{"data": [1, 3, 2], "backgroundColor": ["red", "blue", "green"]}],
            },
            {"labels": MONTHS, "series": [{"values": [1, 3, 2]}]},
        ),
        (  # points with one number each
            [{"label": "Jan", "value": 1}, {"label": "Feb", "value": 3}],
            {"labels": ["Jan", "Feb"], "values": [1, 3]},
        ),
        (  # Recharts-style points with several numbers: one series each
            [{"month": "Jan", "sales": 3, "costs": 1}, {"month": "Feb", "sales": 5, "costs": 2}],
            {
                "labels": ["Jan", "Feb"],
                "series": [{"name": "sales", "values": [3, 5]}, {"name": "costs", "values": [1, 2]}],
            },
        ),
        (  # {x, y} points: x along the axis, in order, and y up it (not two series "x" and "y")
            [{"x": 4, "y": 1}, {"x": 1, "y": 3}, {"x": 2.5, "y": 5}, {"x": 3.0, "y": None}],
            {"labels": ["1", "2.5", "3", "4"], "values": [3, 5, None, 1]},
        ),
        (  # points with no label at all give no labels (not "2 values for 0 labels")
            [{"sales": 3, "costs": 1}, {"sales": 5, "costs": 2}],
            {"series": [{"name": "sales", "values": [3, 5]}, {"name": "costs", "values": [1, 2]}]},
        ),
        ({"Web": 40, "Mobile": 60.5}, {"labels": ["Web", "Mobile"], "values": [40, 60.5]}),
        (  # Chart.js gaps are null
            {"labels": MONTHS, "datasets": [{"label": "Up", "data": [1, None, 2]}]},
            {"labels": MONTHS, "series": [{"name": "Up", "values": [1, None, 2]}]},
        ),
        (  # a point that leaves a number out is a gap in that series
            [{"month": "Jan", "sales": 3, "costs": 1}, {"month": "Feb", "sales": 5}],
            {
                "labels": ["Jan", "Feb"],
                "series": [{"name": "sales", "values": [3, 5]}, {"name": "costs", "values": [1, None]}],
            },
        ),
    ],
)
def test_other_shapes_are_read_as_the_native_one(written: Any, native: dict[str, Any]) -> None:
    assert native_chart_data(written) == native


@pytest.mark.parametrize(
    "written",
    [
        {"labels": MONTHS, "values": [1, 2, 3]},
        {"labels": MONTHS, "series": [{"values": [1, 2, 3]}]},
        {},
        [],
        [{"label": "Jan"}],  # no number to draw
        [{"label": "Jan", "value": 1}, {"label": "Feb", "value": "high"}],  # not every point has one
        {"labels": MONTHS, "datasets": [{"data": [1, "x"]}]},
        {"Web": 40, "Mobile": "sixty"},
        "1,2,3",
    ],
)
def test_anything_else_is_left_as_written_for_the_schema_to_judge(written: Any) -> None:
    assert native_chart_data(written) is written


def _chart_html(data: Any) -> str:
    document = Document.model_validate({"elements": [{"type": "chart", "variant": "bar", "data": data}]})
    return compile_html(document, Viewport(width=640, height=480, scale=1.0))


def test_a_chart_written_in_another_shape_draws_exactly_like_the_native_one() -> None:
    native = {
        "labels": MONTHS,
        "series": [{"name": "Sales", "values": [1, 3, 2]}, {"name": "Costs", "values": [2, 1, 1]}],
    }
    chart_js = {
        "labels": MONTHS,
        "datasets": [{"label": "Sales", "data": [1, 3, 2]}, {"label": "Costs", "data": [2, 1, 1]}],
    }
    points = [
        {"name": m, "Sales": s, "Costs": c} for m, s, c in zip(MONTHS, [1, 3, 2], [2, 1, 1], strict=True)
    ]
    assert _chart_html(chart_js) == _chart_html(native) == _chart_html(points)


def test_problems_in_another_shape_are_reported_at_the_chart_data() -> None:
    """The source has no `series/0/values` to point at: the warning names the data as written."""
    data = {"labels": MONTHS, "datasets": [{"label": "Sales", "data": [1, 3]}]}
    result = validate_document({"elements": [{"type": "chart", "data": data}]})
    assert result.errors == []
    assert [(w.path, w.code) for w in result.warnings] == [("/elements/0/data", "chart_data_mismatch")]
    assert "2 values for 3 labels" in result.warnings[0].message


def test_a_shape_that_is_not_recognized_is_a_schema_error_at_its_path() -> None:
    result = validate_document({"elements": [{"type": "chart", "data": [{"label": "Jan"}]}]})
    assert [e.path for e in result.errors] == ["/elements/0/data"]
