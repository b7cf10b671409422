"""A map's `pin: false` (and `icon: none`) and its `markers`: what the validator says of them and
the HTML drawn (the pixels are checked in tests/integration/test_render_map_markers.py)."""

from __future__ import annotations

from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_data
from kernel.errors import Issue


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


def issues(element: dict[str, Any]) -> tuple[list[Issue], list[Issue]]:
    result = validate_data({"elements": [element]})
    return result.errors, result.warnings


# -- the centre pin ------------------------------------------------------------------------------


def test_a_map_draws_its_pin_by_default() -> None:
    assert "dsl-map-pin-body" in render(type="map")


@pytest.mark.parametrize("hidden", [{"pin": False}, {"icon": "none"}, {"icon": False}, {"icon": ""}])
def test_pin_false_or_icon_none_leaves_the_pin_out(hidden: dict[str, Any]) -> None:
    assert "dsl-map-pin-body" not in render(type="map", **hidden)
    labelled = render(type="map", label="Amsterdam", **hidden)
    assert "dsl-map-pin-body" not in labelled and ">Amsterdam</span>" in labelled  # the label stays


@pytest.mark.parametrize("hidden", [{"pin": False}, {"icon": "none"}, {"icon": False}])
def test_hiding_the_pin_is_not_warned_as_ignored(hidden: dict[str, Any]) -> None:
    errors, warnings = issues({"type": "map", **hidden})
    assert errors == [] and warnings == [], (errors, warnings)


def test_an_icon_name_on_a_map_is_still_told_it_is_not_drawn() -> None:
    _, warnings = issues({"type": "map", "icon": "home"})
    assert [(issue.path, issue.code) for issue in warnings] == [("/elements/0/icon", "field_ignored")]


# -- markers: HTML -------------------------------------------------------------------------------


def test_a_labelled_marker_is_a_pill_placed_at_its_percentages() -> None:
    html = render(type="map", markers=[{"x": 25, "y": 40.5, "label": "€ 485.000"}])
    assert 'class="dsl-map-marker dsl-map-marker--primary" style="left:25.000%;top:40.500%"' in html
    assert '<span class="dsl-map-tag">€ 485.000</span>' in html


def test_a_marker_without_a_label_is_a_pin_in_its_tone() -> None:
    html = render(type="map", markers=[{"x": 10, "y": 90, "variant": "Danger"}])
    assert 'dsl-map-marker--danger" style="left:10.000%;top:90.000%"' in html
    assert 'class="dsl-map-dot"' in html and "dsl-map-tag" not in html


def test_markers_are_drawn_before_the_zoom_controls_and_held_to_the_map() -> None:
    html = render(
        type="map", markers=[{"x": 130, "y": -5, "label": "far"}, {"x": 50, "y": 50, "variant": "x"}]
    )
    assert "left:100.000%;top:0.000%" in html
    assert html.count("dsl-map-marker--primary") == 2  # an unknown tone draws the default
    assert html.rindex("dsl-map-marker") < html.index("dsl-map-zoom")


# -- markers: validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("axis", "value", "edge"), [("x", 101, "right"), ("x", -3, "left"), ("y", 250, "bottom")]
)
def test_a_point_off_the_map_warns_out_of_range_at_its_axis(axis: str, value: float, edge: str) -> None:
    marker = {"x": 50, "y": 50, "label": "€ 1", axis: value}
    errors, warnings = issues({"type": "map", "markers": [{"x": 1, "y": 1}, marker]})
    assert errors == []
    assert [(issue.path, issue.code) for issue in warnings] == [
        (f"/elements/0/markers/1/{axis}", "out_of_range")
    ]
    assert f"drawn on its {edge} edge" in warnings[0].message


def test_points_on_the_edges_are_in_range() -> None:
    errors, warnings = issues({"type": "map", "markers": [{"x": 0, "y": 100}, {"x": 100, "y": 0.0}]})
    assert errors == [] and warnings == []


def test_an_unknown_marker_field_is_an_error_with_a_did_you_mean() -> None:
    errors, _ = issues({"type": "map", "markers": [{"x": 1, "y": 2, "lable": "€ 9"}]})
    assert [issue.path for issue in errors] == ["/elements/0/markers/0/lable"]
    assert "did you mean 'label'?" in f"{errors[0].message} {errors[0].suggestion}"


def test_a_marker_needs_its_point() -> None:
    errors, _ = issues({"type": "map", "markers": [{"label": "€ 9", "x": 5}]})
    assert [issue.path for issue in errors] == ["/elements/0/markers/0/y"]


def test_an_unknown_marker_tone_warns_with_a_did_you_mean() -> None:
    _, warnings = issues({"type": "map", "markers": [{"x": 1, "y": 2, "variant": "sucess"}]})
    assert [(issue.path, issue.code) for issue in warnings] == [
        ("/elements/0/markers/0/variant", "unknown_variant")
    ]
    assert warnings[0].suggestion == "did you mean 'success'?"


def test_markers_on_another_type_are_told_they_are_not_drawn() -> None:
    _, warnings = issues({"type": "image", "alt": "x", "markers": [{"x": 1, "y": 2}]})
    assert ("/elements/0/markers", "field_ignored") in [(issue.path, issue.code) for issue in warnings]
