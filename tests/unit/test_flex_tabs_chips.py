"""What the compiler writes for a row whose child has its own flex, for a tab panel, and the CSS
that lets a segmented control fit a narrow box and centres a stretched chip's content."""

from __future__ import annotations

from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from tests.support.css_rules import css_rule
from tests.support.elements import classes_of
from tests.support.elements import render_element as render

"""Every stylesheet, its comments left out so that each rule starts with its selectors."""
TEXT = {"type": "text", "text": "Hello"}


def row_with(style: dict[str, Any] | None, **more: Any) -> list[str]:
    """The classes of a row holding a column with `style` beside a plain column."""
    flexed = {"type": "column", "children": [TEXT], **({"style": style} if style else {})}
    return classes_of(render(type="row", children=[flexed, {"type": "column", "children": [TEXT]}], **more))


# -- a child's own flex ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "style",
    [
        {"flex": 1},
        {"flex": "2 1 0"},
        {"flex": "auto"},
        {"flex": "200px"},
        {"flexGrow": 1},
        {"flexGrow": "0.5"},
    ],
    ids=["number", "shorthand", "auto", "lone-basis", "flexGrow", "flexGrow-text"],
)
def test_a_row_whose_child_grows_by_its_own_flex_is_marked(style: dict[str, Any]) -> None:
    assert "has-flexed-child" in row_with(style)


@pytest.mark.parametrize(
    "style",
    [None, {"flex": "none"}, {"flex": 0}, {"flex": "0 0 120px"}, {"flexGrow": 0}, {"flex": "initial"},
     {"width": 200}],
    ids=["nothing", "none", "zero", "no-grow", "flexGrow-zero", "initial", "a-width"],
)  # fmt: skip
def test_a_row_keeps_sharing_its_room_when_no_child_grows_by_its_own_flex(
    style: dict[str, Any] | None,
) -> None:
    assert "has-flexed-child" not in row_with(style)


def test_only_a_row_of_flowing_children_is_marked() -> None:
    """A column's flex is about height, and a child placed by coordinates is not in the flow."""
    column = render(type="column", children=[{**TEXT, "style": {"flex": 1}}])
    assert "has-flexed-child" not in classes_of(column)
    placed = {**TEXT, "style": {"flex": 1}, "layout": {"x": 10, "y": 10}}
    assert "has-flexed-child" not in classes_of(render(type="row", children=[placed, TEXT]))
    across = render(type="flex", children=[{**TEXT, "style": {"flex": 1}}, TEXT])
    assert "has-flexed-child" in classes_of(across)


def test_in_a_marked_row_columns_and_covered_cards_stop_growing() -> None:
    shared = (
        ".dsl-hflow:not(.is-spread,.is-wrapping,.has-flexed-child)>:is(.dsl-column,.dsl-grid):not(.has-width)"
    )
    assert css_rule(shared) == {"flex": "1 1 auto"}
    card = ".dsl-hflow.has-flexed-child>.dsl-card.has-cover:not(.has-width)"
    assert css_rule(card) == {"flex-grow": "0"}


# -- the tab panel ---------------------------------------------------------------------------------


def test_a_tab_strips_panel_flows_its_children_as_a_column() -> None:
    html = render(type="tabs", items=["One", "Two"], children=[TEXT, TEXT])
    assert '<div class="dsl-tabs-panel dsl-vflow" role="tabpanel">' in html
    panel = css_rule(".dsl-tabs-panel")
    assert (panel["display"], panel["flex-direction"], panel["gap"]) == ("flex", "column", "var(--gap)")


def test_a_tab_panel_takes_the_tabs_own_gap_and_nothing_without_children() -> None:
    spaced = render(type="tabs", variant="pills", items=["One"], children=[TEXT], gap=4)
    assert 'class="dsl-tabs-panel dsl-vflow" role="tabpanel" style="gap:4px"' in spaced
    assert "dsl-tabs-panel" not in render(type="tabs", items=["One"], gap=4)


# -- a segmented control in a narrow box, a stretched chip -----------------------------------------


def test_a_segmented_control_keeps_to_its_box_and_its_labels_may_spread_over_their_padding() -> None:
    """The strip is at most its box's width (what still does not fit is cut at its side), a segment
    may shrink to its padding, and its label (centred) keeps its whole text while the segment is
    4 px wider than it (the padding is 2 * (control-h / 2 - 4px), so `100% + control-h - 12px`
    leaves 2 px a side), then ends in an ellipsis."""
    strip = css_rule(".dsl-tabs--segmented>.dsl-tabs-list")
    assert (strip["max-width"], strip["overflow-x"]) == ("100%", "clip")
    segment = css_rule(".dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab")
    assert (segment["min-width"], segment["justify-content"]) == ("0", "center")
    assert segment["padding"] == "0 calc(var(--control-h) / 2 - 4px)"
    label = css_rule(".dsl-tabs--segmented>.dsl-tabs-list>.dsl-tab>span:not(.dsl-nav-count)")
    assert label["max-width"] == "calc(100% + var(--control-h) - 12px)"
    assert label["text-overflow"] == "ellipsis" and label["overflow"] == "clip"


def test_a_chip_centres_its_content_when_stretched() -> None:
    assert css_rule(".dsl-chip")["justify-content"] == "safe center"
