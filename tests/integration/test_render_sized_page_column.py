"""On real Chromium: a top-level column holding a navbar keeps the page's margin beside its
content whether or not it is given the canvas's size, and a board in it that grows by its own
`flex` runs down to the bottom margin. Edges are measured from boxes painted in flat colours."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, GREEN, colour_box, painted, render_dsl

pytestmark = pytest.mark.integration

WIDTH, HEIGHT, MARGIN = 1440, 900, 24
PAINT = painted(".lane", "#0000ff") + painted(".title", "#00ff00")
NAVBAR = {"type": "navbar", "title": "FreightFlow", "items": ["Loads", "Shipments"]}
BOARD = {
    "type": "column",
    "gap": 14,
    "style": {"flex": 1, "minHeight": 0},
    "children": [
        {"type": "heading", "level": 2, "text": "Loads", "className": "title"},
        {
            "type": "row",
            "gap": 12,
            "align": "stretch",
            "style": {"flex": 1, "minHeight": 0},
            "children": [
                {"type": "container", "className": "lane", "style": {"flex": 1}, "children": [{"type": "text", "text": "x"}]}
            ],
        },
    ],
}  # fmt: skip


async def board(
    pool: ChromiumPool, **column: Any
) -> tuple[tuple[int, int, int, int], tuple[int, int, int, int]]:
    document = {
        "width": WIDTH,
        "height": HEIGHT,
        "css": PAINT,
        "elements": [{"type": "column", "children": [NAVBAR, BOARD], **column}],
    }
    _, image = await render_dsl(pool, document)
    lane, title = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert lane is not None and title is not None
    return lane, title


async def test_a_column_sized_to_the_canvas_keeps_the_margin_and_its_board_fills_the_height(
    pool: ChromiumPool,
) -> None:
    """The lane and the title sat at x=0 and the lane touched the right edge."""
    lane, title = await board(pool, layout={"width": WIDTH, "height": HEIGHT})
    assert title[0] == MARGIN, title
    assert (lane[0], lane[2], lane[3]) == (MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN), lane


async def test_the_same_column_without_a_size_fills_the_screen_too(pool: ChromiumPool) -> None:
    """Without `layout` the margins were there but the board ended below its content (~540 px)."""
    lane, title = await board(pool)
    assert title[0] == MARGIN, title
    assert (lane[0], lane[2], lane[3]) == (MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN), lane


async def test_a_column_padded_at_its_sides_keeps_the_authors_edges(pool: ChromiumPool) -> None:
    lane, _ = await board(pool, layout={"width": WIDTH, "height": HEIGHT}, padding="0 40px")
    assert (lane[0], lane[2]) == (40, WIDTH - 40), lane
