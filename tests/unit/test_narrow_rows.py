"""Rows of cards and rows holding a sidebar on a phone-wide canvas: the classes that wrap them."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.prepare import prepare_render

CARDS = [{"type": "card", "title": name} for name in ("Free", "Pro", "Team")]


def _row_tag(width: int, **row: Any) -> str:
    html = prepare_render({"width": width, "height": 600, "elements": [{"type": "row", **row}]}).html
    start = html.index('<div class="dsl-row')
    return html[start : html.index(">", start)]


def test_a_row_of_cards_wraps_on_a_phone_wide_canvas_only() -> None:
    assert "is-wrapping" in _row_tag(390, children=CARDS)
    assert "flex-wrap:wrap" in _row_tag(390, children=CARDS)
    assert "is-wrapping" not in _row_tag(800, children=CARDS)


@pytest.mark.parametrize(
    "row",
    [
        {"wrap": False, "children": CARDS},
        {"children": [{**CARDS[0], "layout": {"width": 120}}, *CARDS[1:]]},
        {"children": [*CARDS, {"type": "button", "text": "More"}]},
        {"layout": {"width": 1280}, "children": CARDS},
    ],
    ids=["wrap-false", "a-width", "not-only-cards", "a-row-drawn-for-a-wider-screen"],
)
def test_what_the_author_decided_is_kept(row: dict[str, Any]) -> None:
    assert "is-wrapping" not in _row_tag(390, **row)


def test_a_row_holding_a_sidebar_stacks_its_panes_on_a_phone() -> None:
    children = [{"type": "column", "children": [{"type": "text", "text": "Body"}]}, {"type": "sidebar"}]
    assert "stacks-sidebar" in _row_tag(390, children=children)
    assert "stacks-sidebar" not in _row_tag(1024, children=children)


def test_a_grid_without_columns_gets_automatic_columns_unless_its_style_places_them() -> None:
    stats = [{"type": "stat", "label": "A", "value": "1"}] * 2
    auto = prepare_render({"elements": [{"type": "grid", "children": stats}]}).html
    assert "grid-template-columns:repeat(auto-fit, minmax(min(160px, 100%), 1fr))" in auto
    styled = {"type": "grid", "style": {"gridTemplateColumns": "1fr 2fr"}, "children": stats}
    assert "auto-fit" not in prepare_render({"elements": [styled]}).html
