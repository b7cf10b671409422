"""Large text on real Chromium: a price or a figure set past 24 px through its `style` (or `size`)
sits on a line tightened as a heading's, not on body text's 1.5; a line height of its own wins."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, box_where, close_to, render_dsl, rgb

pytestmark = pytest.mark.integration


async def line_box_height(pool: ChromiumPool, element: dict[str, Any]) -> int:
    """The height of the element's box (one line of text), found by a blue fill the document's
    `css` gives it (not its `style`, so that nothing else about it changes)."""
    document = {
        "width": 400,
        "height": 200,
        "css": ".measured{background:#0000ff}",
        "elements": [{**element, "className": "measured"}],
    }
    _, image = await render_dsl(pool, document)
    box = box_where(rgb(image.data), lambda colour: close_to(colour, BLUE, 8))
    assert box is not None
    return box[3] - box[1]


@pytest.mark.parametrize(
    ("element", "height"),
    [
        # The tester's pricing card: "$8" at 44 px stood on a 66 px line, 22 px of air under it.
        ({"type": "text", "text": "$8", "style": {"fontSize": 44, "fontWeight": 800}}, 52),
        ({"type": "text", "text": "$8", "style": {"fontSize": "2.75rem"}}, 52),
        ({"type": "text", "text": "$8", "size": 44}, 52),
        ({"type": "paragraph", "text": "$8", "style": {"fontSize": 44}}, 52),
        ({"type": "label", "text": "$8", "style": {"fontSize": 44}}, 52),  # was 20: glyphs over its edges
        ({"type": "text", "text": "48.2k", "style": {"fontSize": 30}}, 38),  # as an h1's 30 px on 38
        ({"type": "text", "text": "48.2k", "style": {"fontSize": 72}}, 80),
    ],
)
async def test_large_text_sits_on_a_line_tightened_as_a_headings(
    pool: ChromiumPool, element: dict[str, Any], height: int
) -> None:
    assert await line_box_height(pool, element) == height


@pytest.mark.parametrize(
    ("element", "height"),
    [
        ({"type": "text", "text": "$8", "style": {"fontSize": 44, "lineHeight": 1}}, 44),
        ({"type": "text", "text": "$8", "style": {"fontSize": 44, "lineHeight": "60px"}}, 60),
        ({"type": "text", "text": "$8", "style": {"fontSize": 20}}, 30),  # body text's 1.5, as before
        ({"type": "paragraph", "text": "$8", "style": {"fontSize": 24}}, 38),  # a paragraph's 1.6
    ],
)
async def test_a_line_height_of_its_own_and_text_up_to_24_px_keep_their_lines(
    pool: ChromiumPool, element: dict[str, Any], height: int
) -> None:
    assert await line_box_height(pool, element) == height
