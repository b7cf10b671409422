"""On real Chromium: a stat's change measured against something ("Down 2 from last week") keeps
its figure in a pill of one line, as tall as a short change's, the words after it in muted
text (the pill wrapped into a rounded blob of two lines); a change too long for its card ends
its one-line pill at the card's edge. A progress of value 1 beside "100%", or a bare 1.0 after
fractions, fills its bar (it filled 1 %); beside "1%" it stays a sliver."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    close_to,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

FRAMELESS = {"border": "none", "boxShadow": "none"}
CARD_PX = 220


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document, scale=1)
    return rgb(image.data)


def _pill(picture: Image.Image, region: Box) -> tuple[Box, RGB]:
    """A stat's change pill in `region` and its tint: the most common colour of a frameless stat
    after the white page (its words are thin; the pill is a filled band)."""
    colours = picture.crop(region).getcolors(maxcolors=1 << 16) or []
    _, tint = max((count, colour) for count, colour in colours if colour != (255, 255, 255))
    found = box_where(picture, lambda c: close_to(c, tint, 2), region)
    assert found is not None, region
    return found, tint


async def test_a_change_measured_against_last_week_keeps_a_one_line_pill(pool: ChromiumPool) -> None:
    changes = [
        "+12%",
        "Down 2 from last week",
        "-$1,200 vs last month",
        "-2,000 units, mostly enterprise accounts",
    ]
    stats = [
        {"type": "stat", "label": "Tickets", "value": "14", "change": change, "style": FRAMELESS}
        for change in changes
    ]
    row = {"type": "row", "gap": 0, "children": stats}
    width = CARD_PX * len(changes)
    picture = await _picture(pool, {"width": width, "height": 160, "padding": 0, "elements": [row]})
    cells = [(index * CARD_PX, 0, (index + 1) * CARD_PX, picture.height) for index in range(len(changes))]
    pills = [_pill(picture, cell)[0] for cell in cells]
    heights = [pill[3] - pill[1] for pill in pills]
    # Every pill is one line: as tall as "+12%"'s (the long one was two lines, ~40 px).
    assert max(heights) - min(heights) <= 1 and heights[0] < 26, heights
    for pill, cell in zip(pills[1:3], cells[1:3], strict=True):
        # The pill holds the figure only; the words follow it on its line, in muted ink.
        assert pill[2] - pill[0] < 90, pill
        words = box_where(picture, is_text, (pill[2] + 2, pill[1], cell[2], pill[3]))
        assert words is not None and words[2] - pill[2] > 60, (pill, words)
    # A change of words with no "vs"/"from" stays in its pill, cut at the card's edge, one line.
    last, cell = pills[3], cells[3]
    assert last[2] <= cell[2] - 16 + 1 and last[2] - last[0] > CARD_PX - 2 * 24, (last, cell)


async def test_a_progress_of_1_fills_its_bar_unless_its_text_says_1_percent(pool: ChromiumPool) -> None:
    bars = [
        {"type": "progress", "label": "Half", "value": 0.5},
        {"type": "progress", "label": "Done", "value": 1, "text": "100%"},
        {"type": "progress", "label": "Last of the fractions", "value": 1.0},
        {"type": "progress", "label": "One percent", "value": 1, "text": "1%"},
    ]
    picture = await _picture(pool, {"width": 500, "height": 260, "elements": bars})

    def indigo(colour: RGB) -> bool:
        return close_to(colour, (79, 70, 229), 24)

    fills = [
        box_where(picture, indigo, (0, top, picture.width, bottom))
        for top, bottom in row_runs(picture, indigo, (0, 0, picture.width, picture.height))
    ]
    widths = [fill[2] - fill[0] for fill in fills if fill is not None]
    assert len(widths) == 4, fills
    half, done, last, one = widths
    assert done == last and abs(half / done - 0.5) < 0.01, widths  # the whole track, twice half's
    assert one <= 8, widths  # 1 % of the track: its round end's few px
