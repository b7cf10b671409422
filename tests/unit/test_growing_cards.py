"""Which rows let their cards share the free room (`grows-cards`, see layout.grows_cards): a row
of cards, or cards beside a sidebar, a list, a divider (a mail client's reading pane) or a box of a
set width (a side panel), unless a child takes the room by its own flex or the author placed the
cards with `justify`."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.base_css import BASE_CSS
from tests.support.elements import classes_of, render_element

CARD = {"type": "card", "title": "Reading pane", "text": "Short body."}
SIDEBAR = {"type": "sidebar", "title": "Mail", "items": ["Inbox", "Sent"]}
MESSAGES = {"type": "list", "items": [{"label": "Stripe", "description": "Invoice ready"}]}
CHART = {"type": "chart", "title": "Trend", "data": {"labels": ["Mon", "Tue"], "values": [3, 5]}}
SIDE_PANEL = {"type": "column", "layout": {"width": 380}, "children": [CARD]}
FORM_CARD = {"type": "form", "variant": "card", "children": [{"type": "input", "label": "Name"}]}


def row_classes(*children: dict[str, Any], **fields: Any) -> set[str]:
    return set(classes_of(render_element(type="row", children=list(children), **fields)))


@pytest.mark.parametrize(
    "children",
    [
        [CARD, CARD, CARD],  # KPI cards, plans
        [CARD],  # a lone card in a dashboard's band fills it
        [SIDEBAR, MESSAGES, CARD],  # a mail client: folders, messages, the reading pane
        [MESSAGES, CARD],
        [SIDEBAR, CARD],
        [SIDEBAR, {"type": "divider", "direction": "vertical"}, CARD],
        [MESSAGES, FORM_CARD],
        [CARD, CHART],  # a funnel card beside a trend: they share the row
        [CHART, CARD, CHART],
        [CARD, {**CHART, "style": {"width": 400}}],  # the chart keeps its width, the card the rest
        [CARD, {**MESSAGES, "layout": {"x": 10, "y": 10}}],  # a placed child is out of the flow
        [CARD, SIDE_PANEL],  # content beside a side panel: the card takes what the panel leaves
        [CARD, {**SIDE_PANEL, "layout": None, "style": {"width": "380px"}}],
        [{**SIDE_PANEL, "type": "container", "layout": {"width": "30%"}}, CARD],
    ],
)
def test_cards_beside_sidebars_and_lists_grow(children: list[dict[str, Any]]) -> None:
    assert "grows-cards" in row_classes(*children)


@pytest.mark.parametrize(
    "children",
    [
        [SIDEBAR, MESSAGES],  # no card to grow
        [CHART, CHART],  # charts share the row by their own rule
        [{"type": "column", "children": [MESSAGES]}, CARD],  # the column takes the room
        [CARD, {"type": "button", "label": "Save"}],
        [CARD, {"type": "spacer"}, CARD],  # the spacer takes the room
        [MESSAGES, {**CARD, "style": {"flex": 1}}],  # the author's own flex says who grows
        [CARD, {**SIDE_PANEL, "layout": {"width": "100%"}}],  # it wants the whole row
        [CARD, {**SIDE_PANEL, "style": {"width": 380, "flex": 1}}],  # it grows by its own flex
        [CARD, {"type": "image", "src": "a.png", "layout": {"width": 200}}],  # no pane
    ],
)
def test_rows_holding_other_things_leave_cards_at_their_width(children: list[dict[str, Any]]) -> None:
    assert "grows-cards" not in row_classes(*children)


@pytest.mark.parametrize("justify", ["start", "center", "end", "between"])
def test_a_lone_card_in_a_row_with_justify_keeps_its_own_width(justify: str) -> None:
    """A chat bubble drawn as a card, at the end (`end`) or at the start (`start`, the other
    side's bubble): filling the row, it made `justify` do nothing."""
    assert "grows-cards" not in row_classes(CARD, justify=justify)
    assert "grows-cards" not in row_classes(CARD, style={"justifyContent": "flex-end"})


@pytest.mark.parametrize("justify", ["center", "end", "between", "around", "evenly"])
def test_several_cards_spread_by_justify_keep_their_widths(justify: str) -> None:
    assert "grows-cards" not in row_classes(CARD, CARD, justify=justify)


def test_several_cards_with_justify_start_still_share_the_row() -> None:
    """`start` is the default, often written out: a row of KPI cards stays filled."""
    assert "grows-cards" in row_classes(CARD, CARD, justify="start")
    assert "grows-cards" in row_classes(SIDEBAR, CARD, style={"justifyContent": "flex-start"})


def test_the_css_grows_the_cards_and_keeps_a_list_at_a_panes_width() -> None:
    assert (
        ".dsl-hflow.grows-cards:not(.stacks-panes)>:is(.dsl-card,.dsl-form--card):not(.has-width){flex:1 1 0%"
        in BASE_CSS
    )
    rule = BASE_CSS.split(".dsl-hflow.grows-cards>.dsl-list:not(.dsl-list--plain,.has-width){", 1)[1]
    assert rule.startswith(
        "flex:0 1 auto;width:max-content;min-width:min(240px,40%);max-width:min(360px,50%)}"
    )
