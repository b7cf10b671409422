"""How wide form fields and form panes are in a row, on real Chromium: a wrapping row of fields
shares the row, fields and card-like forms stack on a phone, a form drawn as a card grows as a
card does, a labelled select after a spacer keeps a control's width, and short radio cards share
one line."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    Box,
    boxes,
    colour_box,
    is_blue,
    painted,
    render_dsl,
    rgb,
)

pytestmark = pytest.mark.integration

RED = (255, 0, 0)
COLOURS = ((BLUE, "#0000ff"), (GREEN, "#00ff00"), (RED, "#ff0000"))


def page(width: int, *elements: dict[str, Any], css: str = "") -> dict[str, Any]:
    return {"width": width, "height": "auto", "css": css, "elements": list(elements)}


def fields_row(**row: Any) -> dict[str, Any]:
    return {"type": "row", **row, "children": [
        {"type": "input", "label": "City", "value": "New York"},
        {"type": "select", "label": "State", "options": ["New York"], "value": "New York"},
        {"type": "input", "label": "ZIP code", "value": "10036"}]}  # fmt: skip


def paint_children(path: str, count: int, part: str = "") -> str:
    """CSS painting the first `count` children of the element at `path` blue, green and red."""
    return "".join(
        painted(f'[data-path="{path}/children/{index}"]{part}', css)
        for index, (_, css) in enumerate(COLOURS[:count])
    )


async def child_boxes(pool: ChromiumPool, document: dict[str, Any], count: int) -> list[Box]:
    """The painted boxes of the first `count` children (see `paint_children`), in order."""
    _, image = await render_dsl(pool, document)
    found = [colour_box(image.data, colour) for colour, _ in COLOURS[:count]]
    assert all(found), found
    return [box for box in found if box]


FIELDS_CSS = paint_children("/elements/0", 3, " .dsl-control")


async def test_a_wrapping_row_of_fields_shares_the_row_as_one_that_does_not_wrap(pool: ChromiumPool) -> None:
    """`wrap: true` on a form's row: each field as wide as without wrap (each a third of 852 px),
    not shrunk to its value ("New York" in an 80 px box)."""
    wrapping = await child_boxes(pool, page(900, fields_row(wrap=True), css=FIELDS_CSS), 3)
    plain = await child_boxes(pool, page(900, fields_row(), css=FIELDS_CSS), 3)
    assert len({box[1] for box in wrapping}) == 1, wrapping  # one line
    for one, other in zip(wrapping, plain, strict=True):
        assert abs(one[0] - other[0]) <= 1 and abs(one[2] - other[2]) <= 1, (wrapping, plain)
    assert wrapping[-1][2] == 900 - 24, wrapping  # the last ends at the page's margin


async def test_a_wrapping_row_of_fields_moves_a_field_on_only_below_240_px(pool: ChromiumPool) -> None:
    """At 600 px, two fields of 240 px fit on the 552 px line and the third goes below it."""
    city, state, zip_code = await child_boxes(pool, page(600, fields_row(wrap=True), css=FIELDS_CSS), 3)
    assert city[1] == state[1] and city[2] - city[0] >= 240, (city, state)
    assert zip_code[1] > city[3], (city, zip_code)


@pytest.mark.parametrize("width", [390, 1024])
async def test_a_row_of_fields_stacks_on_a_phone_and_stays_side_by_side_on_a_desktop(
    pool: ChromiumPool, width: int
) -> None:
    city, state, zip_code = await child_boxes(pool, page(width, fields_row(), css=FIELDS_CSS), 3)
    if width == 1024:
        assert city[1] == state[1] == zip_code[1], (city, state, zip_code)
        return
    assert city[3] < state[1] and state[3] < zip_code[1], (city, state, zip_code)  # one under another
    assert all(box[0] == 16 and box[2] == 390 - 16 for box in (city, state, zip_code)), (city, state)


IDENTITY = {"type": "form", "variant": "card", "title": "Identity", "children": [
    {"type": "row", "children": [{"type": "input", "label": "First name", "value": "Li"},
                                 {"type": "input", "label": "Last name", "value": "Wei"}]}]}  # fmt: skip
ACCESS = {"type": "form", "variant": "card", "title": "Access", "layout": {"width": 380}, "children": [
    {"type": "select", "label": "Role", "options": ["Editor"], "value": "Editor"}]}  # fmt: skip
PANES_CSS = paint_children("/elements/0", 2)


@pytest.mark.parametrize("second", [ACCESS, IDENTITY], ids=["beside-a-380-px-pane", "two-forms"])
async def test_forms_drawn_as_cards_stack_across_a_phone(pool: ChromiumPool, second: dict[str, Any]) -> None:
    """On a 390 px phone a form beside a 380 px pane (squeezed to 30 px) or beside another form
    goes one under the other, each as wide as the screen within its margins."""
    row = {"type": "row", "align": "start", "children": [IDENTITY, second]}
    first, other = await child_boxes(pool, page(390, row, css=PANES_CSS), 2)
    assert first[3] < other[1], (first, other)
    assert all(box[0] == 16 and box[2] == 390 - 16 for box in (first, other)), (first, other)


async def test_a_form_drawn_as_a_card_beside_a_pane_of_set_width_grows_as_a_card_does(
    pool: ChromiumPool,
) -> None:
    as_card = {**IDENTITY, "type": "card"}
    card_access = {**ACCESS, "type": "card"}
    forms = {"type": "row", "align": "start", "children": [IDENTITY, ACCESS]}
    cards = {"type": "row", "align": "start", "children": [as_card, card_access]}
    form_boxes = await child_boxes(pool, page(1280, forms, css=PANES_CSS), 2)
    card_boxes = await child_boxes(pool, page(1280, cards, css=PANES_CSS), 2)
    assert [(box[0], box[2]) for box in form_boxes] == [(box[0], box[2]) for box in card_boxes]
    assert form_boxes[0][2] - form_boxes[0][0] > 800, form_boxes  # 1232 px less the 380 px pane


async def test_a_labelled_select_after_a_spacer_keeps_a_controls_width(pool: ChromiumPool) -> None:
    toolbar = {"type": "row", "children": [
        {"type": "text", "text": "24 results", "size": "sm"}, {"type": "spacer"},
        {"type": "select", "label": "Sort by", "options": ["Relevance"], "value": "Relevance"}]}  # fmt: skip
    css = painted('[data-path="/elements/0/children/2"] .dsl-control', "#0000ff")
    _, image = await render_dsl(pool, page(1280, toolbar, css=css))
    select = colour_box(image.data, BLUE)
    assert select is not None
    assert select[2] - select[0] == 240 and select[2] == 1280 - 24, select  # not 540 px


async def test_four_short_radio_cards_share_one_line_of_a_600_px_form(pool: ChromiumPool) -> None:
    radio = {"type": "radio", "label": "Team size", "variant": "cards", "direction": "row", "value": "b",
             "options": [{"label": size, "value": key} for size, key in
                         (("1-10", "a"), ("11-50", "b"), ("51-200", "c"), ("200+", "d"))]}  # fmt: skip
    form = {"type": "form", "variant": "card", "layout": {"width": 640}, "children": [radio]}
    _, image = await render_dsl(pool, page(700, form, css=painted(".dsl-choice.is-card", "#0000ff")))
    cards = boxes(rgb(image.data), is_blue)
    assert len(cards) == 4 and len({card[1] for card in cards}) == 1, cards  # not 3 + "200+" below
