"""Short hyphenated words in a narrow table on real Chromium: drawn whole on one line ("Self-employed"),
never "Self-" over "employed"; a long one may still break after a hyphen."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

GREEN_CSS = ".dsl-table :is(td,th):nth-child(2){color:#00c000!important}"
"""The second column's words green, so its lines are told from the others'."""


def is_green_ink(colour: RGB) -> bool:
    red, green, blue = colour
    return green - max(red, blue) > 60


async def _lines(pool: ChromiumPool, header: str, cell: str) -> list[tuple[int, int]]:
    """The lines of green ink (the second column's header, then its cell) in a narrow table."""
    table = {
        "type": "table",
        "columns": ["Name", header, "Location"],
        "rows": [["Alice Johnson", cell, "San Francisco"]],
    }
    document = {"width": 300, "height": 240, "scale": 1, "css": GREEN_CSS, "elements": [table]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    return row_runs(pixels, is_green_ink, (0, 0, pixels.width, pixels.height))


async def test_a_short_hyphenated_word_in_a_narrow_cell_is_drawn_on_one_line(pool: ChromiumPool) -> None:
    """The header's "Full-time" and the cell's "Self-employed" each took two lines, broken after
    the hyphen, while the table had room for them whole (the names wrap at their space instead)."""
    lines = await _lines(pool, "Full-time", "Self-employed")
    assert len(lines) == 2, lines  # the header's one line and the cell's one


async def test_a_long_hyphenated_word_may_still_break(pool: ChromiumPool) -> None:
    """Past 20 characters a compound keeps its break after the hyphen: kept whole it would take
    the table's width."""
    lines = await _lines(pool, "Type", "Self-employed-contractor-abroad")
    assert len(lines) >= 3, lines
