"""Style idioms on real Chromium: a card centred by `margin: "0 auto"` is as wide as its
`maxWidth`, centred, below the page's margin; a `lineHeight: 24` draws 24 px lines."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, colour_box, render_dsl

pytestmark = pytest.mark.integration

FLAT = {"background": "#0000ff", "border": "none", "borderRadius": 0, "boxShadow": "none"}


@pytest.mark.parametrize(("width", "expected"), [(800, 480), (390, 390 - 2 * 16)])
async def test_a_card_centred_by_margin_auto_is_its_max_width_and_keeps_the_page_margin(
    pool: ChromiumPool, width: int, expected: int
) -> None:
    card = {"type": "card", "title": "Sign in", "style": {"maxWidth": 480, "margin": "0 auto", **FLAT}}
    _, image = await render_dsl(pool, {"width": width, "height": 300, "elements": [card]})
    box = colour_box(image.data, BLUE)
    assert box is not None
    left, top, right, _ = box
    assert abs((right - left) - expected) <= 1, box
    assert abs(left - (width - right)) <= 1, box  # centred
    assert top >= 16, box  # the page's margin above, not the canvas top


async def test_a_line_height_of_24_draws_24_px_lines(pool: ChromiumPool) -> None:
    text = {"type": "text", "text": "one two three four five six", "style": {"lineHeight": 24, **FLAT,
            "color": "#0000ff", "width": 60}}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 400, "height": 600, "padding": 0, "elements": [text]})
    box = colour_box(image.data, BLUE)
    assert box is not None
    height = box[3] - box[1]
    assert height % 24 == 0 and 48 <= height <= 24 * 6, box
