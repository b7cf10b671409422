"""Centred sections, toned sidebar items, alert actions, codes in table cells, tables in grids,
a full calendar's lone event and a table's checkbox column, on real Chromium: where their pixels land."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from kernel.dsl.compiler.base_css import BASE_CSS
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    RGB,
    Box,
    box_where,
    close_to,
    colour_box,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

PRIMARY = (79, 70, 229)
"""The light theme's brand colour (#4f46e5): a filled primary button, a ticked checkbox."""


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, {"background": "#ffffff", **document})
    return rgb(image.data)


def _is_indigo(colour: RGB) -> bool:
    r, g, b = colour
    return b > r + 80 and b > g + 80


# -- a section's align -------------------------------------------------------------------------------


async def test_a_centred_section_centres_its_badge_and_button_as_its_text(pool: ChromiumPool) -> None:
    """Only the text was centred: the badge and the button stayed at the left edge."""
    children = [
        {"type": "badge", "text": "New: AI tagging", "style": {"background": "#00ff00"}},
        {"type": "text", "text": "Centered text"},
        {
            "type": "button",
            "label": "Centered button",
            "style": {"background": "#0000ff", "boxShadow": "none"},
        },
    ]
    document = {
        "width": 600,
        "height": 200,
        "elements": [{"type": "section", "align": "center", "children": children}],
    }
    _, image = await render_dsl(pool, {"background": "#ffffff", **document})
    for colour in (GREEN, BLUE):
        box = colour_box(image.data, colour)
        assert box is not None and abs((box[0] + box[2]) / 2 - 300) <= 1, (colour, box)


# -- a sidebar item's tone ---------------------------------------------------------------------------


@pytest.mark.skipif(
    ".dsl-sidebar-item.is-danger" not in BASE_CSS,
    reason="needs the sidebar item tone rules in base_css.py (the compiler writes is-danger...)",
)
async def test_a_danger_sidebar_item_is_drawn_red_and_the_active_one_keeps_its_look(
    pool: ChromiumPool,
) -> None:
    items = [
        {"label": "Overview", "icon": "house", "active": True, "variant": "danger"},
        {"label": "Delete workspace", "icon": "trash-2", "variant": "danger"},
        {"label": "Upgraded", "icon": "check", "variant": "success"},
    ]
    picture = await _picture(pool, {"width": 300, "height": 200, "padding": 0,
                                    "elements": [{"type": "sidebar", "layout": {"width": 220}, "items": items}]})  # fmt: skip
    lines = row_runs(picture, lambda c: c != (255, 255, 255) and max(c) - min(c) > 40, (12, 16, 208, 200))
    active, danger, success = lines[:3]
    reddish = box_where(
        picture, lambda c: c[0] > c[1] + 60 and c[0] > c[2] + 60, (12, *danger[:1], 208, danger[1])
    )
    greenish = box_where(
        picture, lambda c: c[1] > c[0] + 40 and c[1] > c[2] + 20, (12, success[0], 208, success[1])
    )
    assert reddish is not None and reddish[0] < 40, "the icon and label of the danger item are red"
    assert greenish is not None
    assert box_where(picture, _is_indigo, (12, active[0], 208, active[1])) is not None, "the active item"


# -- an alert's actions ------------------------------------------------------------------------------


@pytest.mark.parametrize("tone", ["danger", "warning"])
async def test_an_alerts_action_is_a_neutral_button_not_the_brands(pool: ChromiumPool, tone: str) -> None:
    """A filled indigo button sat on the red alert: now a white outline button."""
    alert = {"type": "alert", "variant": tone, "title": "Critical result", "text": "Troponin I 0.42 ng/mL.",
             "actions": ["Acknowledge"]}  # fmt: skip
    picture = await _picture(pool, {"width": 600, "height": 180, "elements": [alert]})
    assert box_where(picture, _is_indigo) is None
    white = box_where(picture, lambda c: c == (255, 255, 255), (40, 60, 560, 150))
    assert white is not None and white[2] - white[0] > 80, "the button's white face"


# -- codes in table cells ----------------------------------------------------------------------------


async def test_a_code_in_a_narrow_table_stays_on_one_line(pool: ChromiumPool) -> None:
    """ "BRG-6204-2RS" broke after its first hyphen at 460 px; its column now takes the width
    (the items' words wrap instead)."""
    table = {"type": "table", "columns": ["SKU", "Item", "Qty", "Total", "Status"],
             "rows": [["A-100", "Bolts M8", "400", "$120.00", "Paid"],
                      ["BRG-6204-2RS", "Nuts M8", "400", "$80.00", "Pending"]]}  # fmt: skip
    picture = await _picture(pool, {"width": 460, "height": 260, "elements": [table]})
    sku_lines = row_runs(picture, is_text, (17, 17, 125, 260))
    assert len(sku_lines) == 3, sku_lines  # the header's, then one line a row
    code = box_where(picture, is_text, (17, sku_lines[2][0], 150, sku_lines[2][1]))
    assert code is not None and code[2] - code[0] > 80, code  # "BRG-6204-2RS" whole


# -- a table in a grid -------------------------------------------------------------------------------

BLUE_FRAME = {"border": "1px solid #0000ff"}


def _grid_tables(first: dict[str, Any]) -> dict[str, Any]:
    second = {"type": "table", "columns": ["SKU", "Item"], "rows": [["A-100", "Bolts"], ["A-101", "Nuts"],
              ["A-102", "Washers"], ["A-103", "Pins"]], "style": {"border": "1px solid #00ff00"}}  # fmt: skip
    return {
        "width": 900,
        "height": 400,
        "elements": [{"type": "grid", "columns": 2, "children": [first, second]}],
    }


async def test_a_short_table_in_a_grid_ends_after_its_last_row(pool: ChromiumPool) -> None:
    """Its frame grew to the row's height, an empty framed area under its rows."""
    short = {"type": "table", "columns": ["SKU", "Item"], "rows": [["A-100", "Bolts"]], "style": BLUE_FRAME}
    _, image = await render_dsl(pool, {"background": "#ffffff", **_grid_tables(short)})
    left, right = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert left is not None and right is not None
    assert left[1] == right[1] and right[3] - left[3] > 80, (left, right)
    assert left[3] - left[1] < 110, left  # a header and one row


async def test_a_table_given_a_height_in_a_grid_keeps_it(pool: ChromiumPool) -> None:
    short = {
        "type": "table",
        "columns": ["SKU"],
        "rows": [["A-100"]],
        "style": BLUE_FRAME,
        "layout": {"height": 300},
    }
    _, image = await render_dsl(pool, {"background": "#ffffff", **_grid_tables(short)})
    left = colour_box(image.data, BLUE)
    assert left is not None and left[3] - left[1] == 300, left


# -- a full calendar's lone event --------------------------------------------------------------------


def _chip(picture: Image.Image) -> Box | None:
    """Where a blue event's tinted chip is (15 % blue over white)."""
    return box_where(picture, lambda c: close_to(c, (217, 217, 255), 6))


@pytest.mark.parametrize("height", [320, 480])
async def test_a_day_with_one_event_shows_it_when_short(pool: ChromiumPool, height: int) -> None:
    """At 320 px the day said "+1 more" and drew no event: now the event is drawn beside the
    day's number, cut short; at 480 it is under the number, as before."""
    calendar = {"type": "calendar", "variant": "full", "month": "2025-07", "layout": {"height": height},
                "events": [{"date": "2025-07-10", "label": "Supplier review", "color": "#0000ff"}]}  # fmt: skip
    picture = await _picture(pool, {"width": 700, "height": height + 40, "elements": [calendar]})
    chip = _chip(picture)
    assert chip is not None, "the event is drawn"
    # the chip's words are blue, not grey: the grey text here is the day's number
    number = box_where(picture, is_text, (304, chip[1] - 25, chip[2], chip[3]))
    assert number is not None, "the day's number, left of the chip or above it"
    if height == 320:
        assert abs((number[1] + number[3]) / 2 - (chip[1] + chip[3]) / 2) <= 2, (number, chip)
    else:
        assert number[3] < chip[1] and chip[2] - chip[0] > 70, (number, chip)


# -- a table's checkbox column -----------------------------------------------------------------------


async def _render_selectable(pool: ChromiumPool, document: dict[str, Any], **fields: Any) -> Image.Image:
    """`document` drawn with `fields` added to its first element."""
    first, *rest = document["elements"]
    _, image = await render_dsl(pool, {**document, "elements": [{**first, **fields}, *rest]})
    return rgb(image.data)


async def test_a_selectable_table_draws_a_narrow_checkbox_column(pool: ChromiumPool) -> None:
    """The header's box is filled (a dash: some rows chosen), as is the chosen row's; the
    others are empty; the first column of text starts right after the boxes."""
    table = {"type": "table", "columns": ["Order", "Customer"],
             "rows": [["SO-1001", "Acme"], ["SO-1002", "Globex"], ["SO-1003", "Initech"]]}  # fmt: skip
    document = {"width": 600, "height": 260, "background": "#ffffff", "elements": [table]}
    picture = await _render_selectable(pool, document, selectable=True, selectedRows=[1])
    filled = row_runs(picture, lambda c: close_to(c, PRIMARY, 10), (24, 24, 80, 260))
    texts = row_runs(picture, is_text, (80, 24, 576, 260))
    assert len(filled) == 2 and len(texts) == 4, (filled, texts)  # header, then rows 1-3
    header, second = filled
    assert header[0] < texts[0][1] and texts[2][0] <= second[1] and second[0] <= texts[2][1]
    order = box_where(picture, is_text, (24, texts[1][0], 200, texts[1][1]))
    assert order is not None and order[0] - 24 < 70, order
