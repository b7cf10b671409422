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
    assert "stacks-panes" in _row_tag(390, children=children)
    assert "stacks-panes" not in _row_tag(1024, children=children)


def test_a_grid_without_columns_gets_automatic_columns_unless_its_style_places_them() -> None:
    stats = [{"type": "stat", "label": "A", "value": "1"}] * 2
    auto = prepare_render({"elements": [{"type": "grid", "children": stats}]}).html
    assert "grid-template-columns:repeat(auto-fit, minmax(min(160px, 100%), 1fr))" in auto
    styled = {"type": "grid", "style": {"gridTemplateColumns": "1fr 2fr"}, "children": stats}
    assert "auto-fit" not in prepare_render({"elements": [styled]}).html


FIELDS = [{"type": "input", "label": name} for name in ("City", "State", "ZIP code")]
FORM_CARD = {"type": "form", "variant": "card", "children": [{"type": "input", "label": "Name"}]}


def test_a_row_of_fields_wraps_on_a_phone_wide_canvas_only() -> None:
    assert "is-wrapping" in _row_tag(390, children=FIELDS)
    assert "is-wrapping" not in _row_tag(1024, children=FIELDS)


@pytest.mark.parametrize(
    "children",
    [
        [*FIELDS, {"type": "button", "text": "Apply"}],
        [{**FIELDS[0], "layout": {"width": 120}}, *FIELDS[1:]],
        FIELDS[:1],
    ],
    ids=["a-button-beside-them", "a-width", "one-field"],
)
def test_a_row_of_fields_with_something_else_a_width_or_one_field_keeps_its_line(
    children: list[dict[str, Any]],
) -> None:
    assert "is-wrapping" not in _row_tag(390, children=children)


def test_forms_drawn_as_cards_wrap_on_a_phone_as_cards_do() -> None:
    assert "is-wrapping" in _row_tag(390, children=[FORM_CARD, CARDS[0]])
    assert "is-wrapping" not in _row_tag(390, children=[{**FORM_CARD, "variant": None}, CARDS[0]])


@pytest.mark.parametrize(("width", "stacks"), [(380, True), (100, False), ("40%", False)])
def test_panes_stack_on_a_phone_when_they_do_not_fit_at_their_widths(width: object, stacks: bool) -> None:
    """A form beside a 380 px pane needs 200 + 16 + 380 px: more than a 390 px phone's 358."""
    children = [FORM_CARD, {**FORM_CARD, "layout": {"width": width}}]
    assert ("stacks-panes" in _row_tag(390, children=children)) is stacks
    assert "stacks-panes" not in _row_tag(1024, children=children)


def test_a_spacer_keeps_a_rows_fields_at_a_controls_width_a_flexed_field_does_not() -> None:
    select = {"type": "select", "label": "Sort by", "options": ["Relevance"]}
    assert "has-filler" in _row_tag(
        1280, children=[{"type": "text", "text": "24"}, {"type": "spacer"}, select]
    )
    flexed = {"type": "input", "label": "Search", "style": {"flex": 2}}
    assert "has-filler" not in _row_tag(1280, children=[flexed, select])


def test_a_row_of_text_fields_alone_may_wrap_at_any_width() -> None:
    """A [select 100 px, input, input] row in a tablet's narrow column ran past its card: a row of
    text fields alone wraps where they do not fit at their least widths, sized ones too."""
    sized = [{"type": "select", "label": "Title", "options": ["Ms"], "layout": {"width": 100}}, *FIELDS[1:]]
    for width in (390, 768, 1280):
        assert "wraps-fields" in _row_tag(width, children=sized)
        assert "wraps-fields" in _row_tag(width, children=FIELDS)


@pytest.mark.parametrize(
    "row",
    [
        {"wrap": False, "children": FIELDS},
        {"justify": "center", "children": FIELDS},
        {"children": [*FIELDS, {"type": "button", "text": "Apply"}]},
        {"children": FIELDS[:1]},
        {"children": [{"type": "input", "label": "Volume"}, {"type": "slider", "label": "Bass"}]},
    ],
    ids=["wrap-false", "spread", "a-button-beside-them", "one-field", "a-slider-beside-it"],
)
def test_a_row_of_fields_the_author_laid_out_or_mixed_does_not_wrap_them(row: dict[str, Any]) -> None:
    assert "wraps-fields" not in _row_tag(1024, **row)
