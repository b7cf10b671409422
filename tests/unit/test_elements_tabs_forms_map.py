"""Segmented tabs given a width, the stepper's shares and current step, the slider's track and
values, the map's zoom controls and size in a stack, and the alignment of fields in a row: the
compiled HTML and CSS (the pixels are checked in tests/integration/test_render_tabs_forms_map.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements import feedback, forms, navigation
from kernel.dsl.compiler.registry import element_stylesheets
from kernel.dsl.model import Element
from kernel.dsl.options import RenderOptions, Viewport
from kernel.dsl.prepare import prepare_render
from kernel.dsl.validate import validate_document


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(Element.model_validate(fields))


def page(*elements: dict[str, Any], **document: Any) -> str:
    return prepare_render({"width": 500, "elements": list(elements), **document}, RenderOptions()).html


def outer_classes(html: str) -> list[str]:
    found = re.match(r'<\w+[^>]*\sclass="([^"]*)"', html)
    assert found is not None, html
    return found.group(1).split()


# -- tabs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sizing",
    [{"layout": {"width": "100%"}}, {"style": {"width": "100%"}}, {"layout": {"width": 300}}],
    ids=["layout-100%", "style-100%", "layout-300"],
)
@pytest.mark.parametrize("variant", ["segmented", "pills"])
def test_segmented_and_pill_tabs_given_a_width_are_stretched(sizing: dict[str, Any], variant: str) -> None:
    html = render(type="tabs", variant=variant, items=["Buy", "Sell"], **sizing)
    assert "is-stretched" in outer_classes(html)


@pytest.mark.parametrize("variant", ["segmented", "pills"])
def test_segmented_and_pill_tabs_without_a_width_keep_their_contents_width(variant: str) -> None:
    html = render(type="tabs", variant=variant, items=["Buy", "Sell"], layout={"minWidth": 200})
    assert "is-stretched" not in outer_classes(html)


def test_underline_tabs_given_a_width_are_not_stretched() -> None:
    """An underline strip spans its width already; its tabs keep their own widths."""
    html = render(type="tabs", items=["Buy", "Sell"], layout={"width": 300})
    assert "is-stretched" not in outer_classes(html)


def test_stretched_tabs_share_the_strip_equally() -> None:
    css = navigation.CSS
    assert (
        ":is(.dsl-tabs--segmented,.dsl-tabs--pills).is-stretched>.dsl-tabs-list{display:flex;align-self:stretch}"
        in css
    )
    assert (
        ":is(.dsl-tabs--segmented,.dsl-tabs--pills).is-stretched>.dsl-tabs-list>.dsl-tab{flex:1 1 0;" in css
    )


# -- stepper -------------------------------------------------------------------------------------


def step_states(html: str) -> list[str]:
    return re.findall(r'dsl-step (is-\w+)"', html)


@pytest.mark.parametrize("active", [1, "Team", "1"])
def test_a_stepper_without_current_takes_its_step_from_active(active: int | str) -> None:
    html = render(type="stepper", items=["Account", "Team", "Invite"], active=active)
    assert step_states(html) == ["is-done", "is-current", "is-upcoming"]


def test_a_steppers_current_wins_over_active_and_an_item_flagged_active_counts() -> None:
    both = render(type="stepper", items=["A", "B", "C"], current=2, active=0)
    assert step_states(both) == ["is-done", "is-done", "is-current"]
    flagged = render(type="stepper", items=["A", {"label": "B", "active": True}, "C"])
    assert step_states(flagged) == ["is-done", "is-current", "is-upcoming"]
    assert step_states(render(type="stepper", items=["A", "B"])) == ["is-current", "is-upcoming"]
    assert step_states(render(type="stepper", items=["A", "B"], active=2)) == ["is-done", "is-done"]


def test_a_horizontal_steppers_steps_share_the_width_equally() -> None:
    """Every step (the last too) grows from nothing: equal shares, whatever their labels."""
    css = navigation.CSS
    assert ".dsl-stepper--horizontal .dsl-step{flex:1 1 0;" in css and "text-align:center" in css
    assert ".dsl-step:last-child" not in css


# -- slider --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "percent"), [(0, "0.00"), (1, "1.00"), ("0", "0.00"), (100, "100.00")])
def test_a_sliders_value_of_zero_or_one_is_a_value(value: int | str, percent: str) -> None:
    """0 and 1 equal False and True in Python: they were read as missing, the thumb at the middle."""
    html = render(type="slider", label="Volume", value=value)
    assert f"inset-inline-start:{percent}%" in html
    assert f'<span class="dsl-slider-value">{value}</span>' in html


def test_a_slider_without_a_value_sits_at_the_middle() -> None:
    assert "inset-inline-start:50.00%" in render(type="slider", label="Volume")


def test_a_sliders_track_reaches_the_fields_edges() -> None:
    """The thumb travels 9 px inside the track's ends; the track itself is drawn out to them."""
    css = forms.CSS
    assert ".dsl-slider-track::before{" in css and "inset:0 -9px" in css
    assert ".dsl-slider-track{position:relative;height:6px;margin:6px 9px;background:none}" in css


@pytest.mark.parametrize(
    ("fields", "drawn"),
    [
        ({"label": "Volume"}, True),
        ({"label": "Volume", "marks": False}, False),
        ({}, False),
        ({"marks": True}, True),
    ],
)
def test_a_sliders_marks_are_drawn_as_marks_or_its_label_says(fields: dict[str, Any], drawn: bool) -> None:
    """A labelled slider always drew its min and max under the track: `marks: false` hides them."""
    assert ('class="dsl-slider-scale"' in render(type="slider", min=-3, max=3, **fields)) is drawn


@pytest.mark.parametrize(
    ("low", "high", "value", "fill"),
    [
        (-3, 3, 1.5, "inset-inline-start:50.00%;width:25.00%"),  # from 0 rightwards
        (-100, 100, -60, "inset-inline-start:20.00%;width:30.00%"),  # from 0 leftwards
        (-1, 1, 0, "inset-inline-start:50.00%;width:0.00%"),
        (0, 100, 30, "width:calc(30.00% + 9px)"),  # from the start, as before
        (-10, 0, -5, "width:calc(50.00% + 9px)"),  # 0 at an end: from the start
    ],
)
def test_a_slider_across_zero_is_filled_from_zero(low: float, high: float, value: float, fill: str) -> None:
    """A -3..+3 exposure slider was filled from its left end, as if -3 were nothing."""
    html = render(type="slider", label="Exposure", min=low, max=high, value=value)
    assert f'<span class="dsl-slider-range" style="{fill}">' in html


def test_marks_are_a_sliders_switch() -> None:
    """`marks` is true or false; it is a slider's, and elsewhere warned of as not drawn."""
    assert validate_document({"elements": [{"type": "slider", "marks": False}]}).warnings == []
    (warning,) = validate_document({"elements": [{"type": "progress", "value": 3, "marks": True}]}).warnings
    assert (warning.code, warning.path) == ("field_ignored", "/elements/0/marks")
    assert validate_document({"elements": [{"type": "slider", "marks": 3}]}).errors


# -- map -----------------------------------------------------------------------------------------


def test_a_map_draws_zoom_controls_in_its_bottom_right_corner() -> None:
    assert "dsl-map-zoom" in render(type="map", label="Milan")
    assert ".dsl-map-zoom{position:absolute;right:12px;bottom:12px;" in feedback.CSS


def test_a_plain_map_has_no_zoom_controls() -> None:
    html = render(type="map", label="Milan", variant="plain")
    assert "dsl-map-zoom" not in html and "dsl-map-pin" in html


def test_a_map_placed_by_coordinates_is_marked_placed() -> None:
    assert "is-placed" in outer_classes(render(type="map", layout={"x": 10, "y": 10, "width": 100}))
    assert "is-placed" not in outer_classes(render(type="map"))


def test_a_map_in_a_stack_is_a_backdrop_that_fills_a_set_height() -> None:
    css = feedback.CSS
    assert ".dsl-stack>.dsl-map:not(.has-height,.is-placed){height:auto;min-height:240px}" in css
    assert (
        '.dsl-stack:is([style^="height:"],[style*=";height:"])>.dsl-map:not(.has-height,.is-placed){min-height:0}'
        in css
    )
    # What the selector reads: a stack's height opens its style, or follows a semicolon.
    for stack in (
        {"layout": {"height": 300}},
        {"layout": {"x": 0, "y": 0, "height": 300}},
        {"style": {"height": 300}},
    ):
        html = page({"type": "stack", "children": [{"type": "map"}], **stack})
        assert re.search(r'<div class="dsl-stack[^"]*" style="(height:|[^"]*;height:)', html), html
    tall = page({"type": "stack", "layout": {"maxHeight": 300}, "children": [{"type": "map"}]})
    assert not re.search(r'<div class="dsl-stack[^"]*" style="(height:|[^"]*;height:)', tall)


# -- fields in a row -----------------------------------------------------------------------------

ROW_OF_FIELDS = {
    "type": "row",
    "children": [
        {"type": "input", "label": "Expiry", "error": "Enter a valid date"},
        {"type": "input", "label": "CVC"},
    ],
}
FIELDS_AT_TOP = (
    ".dsl-hflow.has-fields:not([style*=align-items])>.dsl-field,"
    ".dsl-hflow.has-fields:not([style*=align-items])>.dsl-slider:has(>.dsl-slider-head){align-self:flex-start}"
)


def test_fields_in_a_row_line_up_at_their_top_on_a_page_of_inputs_only() -> None:
    """The rule is sent with any field, though inputs are drawn by another module than forms."""
    html = page(ROW_OF_FIELDS)
    assert FIELDS_AT_TOP in html
    row = re.search(r'<div class="dsl-row[^"]*"[^>]*>', html)
    assert row is not None and "align-items" not in row.group(), row
    assert "has-fields" in row.group().split('"')[1].split()


def test_a_row_without_fields_is_not_marked_and_its_page_leaves_the_field_rules_out() -> None:
    """The form rows' rules match rows marked `has-fields` only: a login's column of fields and a
    toolbar of buttons do not carry their `:has()` selectors to Chromium."""
    html = page(
        {"type": "row", "children": [{"type": "button", "label": "Go"}, {"type": "text", "text": "Hi"}]}
    )
    assert "has-fields" not in html and ".has-fields" not in html
    login = page({"type": "column", "children": [{"type": "input", "label": "Email"}]})
    assert ".dsl-hflow.has-fields" not in login


def test_a_row_the_author_aligns_says_so_in_its_style() -> None:
    """The rule steps aside for a row whose `align` (or style) sets align-items."""
    html = page({**ROW_OF_FIELDS, "align": "center"})
    row = re.search(r'<div class="dsl-row[^"]*"[^>]*>', html)
    assert row is not None and "align-items:safe center" in row.group(), row
    styled = page({**ROW_OF_FIELDS, "style": {"alignItems": "end"}})
    assert re.search(r'<div class="dsl-row[^"]*" style="[^"]*align-items:end', styled)


def test_the_field_row_rule_is_left_out_of_pages_without_fields() -> None:
    assert FIELDS_AT_TOP not in page({"type": "row", "children": [{"type": "button", "label": "Go"}]})
    assert any(FIELDS_AT_TOP in sheet for sheet in element_stylesheets(["button"]))  # sent, then pruned
