"""Data elements on real Chromium: a code block's copy button clear of its text, a
ring's own figure in its centre, identifiers aligned left in a table, a refund's grey badge and a
stat's caption line."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    Box,
    box_where,
    column_runs,
    is_text,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

WHITE = (255, 255, 255)


async def picture(
    pool: ChromiumPool, *elements: dict[str, Any], width: int = 480, height: int = 200
) -> Image.Image:
    document = {"width": width, "height": height, "background": "#ffffff", "elements": list(elements)}
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def is_fill(colour: tuple[int, int, int]) -> bool:
    """A light grey fill (a code block's, a ring's track): neither white nor ink."""
    return 225 <= luminance(colour) <= 250 and max(colour) - min(colour) < 10


def is_red(colour: tuple[int, int, int]) -> bool:
    r, g, b = colour
    return r > 180 and g < 110 and b < 110


# -- a code block's copy button ------------------------------------------------------------------


async def test_a_copyable_blocks_button_sits_in_its_corner_clear_of_a_long_line(pool: ChromiumPool) -> None:
    long_line = "export ACME_KEY=sk_live_51H8xQ2eZvKYlo2C0a9bX7yQ_and_more_characters_than_fit"
    image = await picture(pool, {"type": "code", "text": long_line, "copyable": True})
    block = box_where(image, is_fill)
    assert block is not None
    left, top, right, bottom = block
    # the button: white inside the grey block, a square in its right end
    button = box_where(image, lambda c: c == WHITE, (left + 4, top + 4, right - 4, bottom - 4))
    assert button is not None
    b_left, b_top, b_right, b_bottom = button
    assert 20 <= b_right - b_left <= 28 and 20 <= b_bottom - b_top <= 28, button
    assert 8 <= right - b_right <= 14, (block, button)
    assert abs((b_top + b_bottom) / 2 - (top + bottom) / 2) <= 1.5, (block, button)
    # the text stops short of the button: its ink ends before the button begins
    ink = column_runs(image, is_text, (left, top, b_left - 1, bottom))
    assert ink and ink[-1][1] <= b_left - 6, (ink[-1], button)
    icon = box_where(image, lambda c: luminance(c) < 200, button)
    assert icon is not None, "the copy icon is drawn on the button"


async def test_a_code_block_without_copyable_draws_no_button(pool: ChromiumPool) -> None:
    image = await picture(pool, {"type": "code", "text": "npm install acme", "variant": "block"})
    block = box_where(image, is_fill)
    assert block is not None
    inner = (block[0] + 4, block[1] + 4, block[2] - 4, block[3] - 4)
    assert box_where(image, lambda c: c == WHITE, inner) is None


# -- a ring's own figure -------------------------------------------------------------------------


def _ring_and_centre(image: Image.Image) -> tuple[Box, Box, list[tuple[int, int]]]:
    """A lone ring's box (all that is not white), the ink inside its hole, and that ink's lines."""
    ring = box_where(image, lambda c: c != WHITE)
    assert ring is not None
    left, top, right, bottom = ring
    inset = (right - left) // 5
    hole = (left + inset, top + inset, right - inset, bottom - inset)
    ink = box_where(image, is_text, hole)
    assert ink is not None
    return ring, ink, row_runs(image, is_text, hole)


def _middle(box: Box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


async def test_a_rings_text_is_drawn_in_its_centre_where_the_percentage_was(pool: ChromiumPool) -> None:
    ring = {"type": "progress", "variant": "circle", "value": 21.5, "max": 30, "size": 120}
    box, ink, lines = _ring_and_centre(await picture(pool, {**ring, "text": "21.5°C"}))
    _, percent, _ = _ring_and_centre(await picture(pool, ring))
    assert len(lines) == 1
    assert abs(_middle(ink)[0] - _middle(box)[0]) <= 3, (box, ink)
    assert abs(_middle(ink)[1] - _middle(percent)[1]) <= 1, "on the percentage's line"
    assert (ink[2] - ink[0]) > (percent[2] - percent[0]) + 10, "the text, wider than 72%, replaced it"


async def test_a_long_ring_text_breaks_between_its_words_inside_the_hole(pool: ChromiumPool) -> None:
    ring = {"type": "progress", "variant": "circle", "value": 9, "max": 24, "text": "9/24 lessons"}
    box, ink, lines = _ring_and_centre(await picture(pool, ring))
    assert len(lines) == 2, lines
    stroke = (box[2] - box[0]) * 0.1
    assert ink[0] >= box[0] + stroke and ink[2] <= box[2] - stroke, (box, ink)


# -- a table's identifiers, a refund's badge -----------------------------------------------------


async def test_ip_addresses_and_versions_align_left_and_ports_right(pool: ChromiumPool) -> None:
    table = {
        "type": "table",
        "columns": ["IP address", "Version", "Port"],
        "rows": [["81.2.69.142", "1.2.10", "443"], ["10.0.4.12", "2.0.1", "8080"]],
        "layout": {"width": 432},
    }
    image = await picture(pool, table)
    header, first, second = row_runs(image, is_text, (24, 24, 456, 200))[:3]
    for column in range(3):
        span = (24 + column * 144, 24 + column * 144 + 144)
        head = box_where(image, is_text, (span[0], header[0], span[1], header[1]))
        cells = [box_where(image, is_text, (span[0], row[0], span[1], row[1])) for row in (first, second)]
        assert head is not None and None not in cells
        if column < 2:  # text: every cell starts where the header does
            assert all(abs(cell[0] - head[0]) <= 1 for cell in cells if cell), (column, head, cells)
        else:  # figures: every cell ends where the header does
            assert all(abs(cell[2] - head[2]) <= 1 for cell in cells if cell), (column, head, cells)


async def test_a_refund_is_a_grey_badge_and_a_failure_a_red_one(pool: ChromiumPool) -> None:
    table = {
        "type": "table",
        "columns": ["Invoice", "Status"],
        "rows": [["INV-2", "Refunded"], ["INV-3", "Failed"]],
    }
    image = await picture(pool, table)
    refunded, failed = row_runs(image, is_text, (24, 24, 456, 200))[1:3]
    assert box_where(image, is_red, (24, refunded[0] - 4, 456, refunded[1] + 4)) is None
    assert box_where(image, is_red, (24, failed[0] - 4, 456, failed[1] + 4)) is not None


# -- a stat's caption ----------------------------------------------------------------------------


async def test_a_stats_text_beside_its_value_is_a_line_under_the_figure(pool: ChromiumPool) -> None:
    stat = {"type": "stat", "label": "Revenue", "value": "$4,120", "layout": {"width": 300}}
    plain = await picture(pool, stat)
    captioned = await picture(pool, {**stat, "text": "vs last month"})
    region = (24, 24, 324, 200)
    lines = row_runs(captioned, is_text, region)
    assert len(lines) == len(row_runs(plain, is_text, region)) + 1 == 3, lines
