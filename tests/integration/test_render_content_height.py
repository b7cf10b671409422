"""`height: auto` on real Chromium: the image is as tall as the content, at least 100 px."""

from __future__ import annotations

import pytest

from kernel.dsl.options import AUTO_HEIGHT_MIN
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import decode, render_dsl
from tests.support.documents import TALL, TALL_CONTENT_HEIGHT

pytestmark = pytest.mark.integration


async def test_a_canvas_of_height_auto_is_as_tall_as_its_content(pool: ChromiumPool) -> None:
    """Taller than the 300 px TALL gave itself, and shorter than 600 for one card: the content's
    height with the page's margins, and nothing cut."""
    _, tall = await render_dsl(pool, {**TALL, "height": "auto"})
    assert decode(tall.data).size == (400, TALL_CONTENT_HEIGHT) and tall.cut_px == 0
    one_card = {**TALL, "height": "auto", "elements": TALL["elements"][:1]}
    _, short = await render_dsl(pool, one_card)
    assert decode(short.data).size == (400, 16 + 200 + 16)


async def test_a_canvas_of_height_auto_is_at_least_the_least_height(pool: ChromiumPool) -> None:
    _, image = await render_dsl(
        pool, {"width": 300, "height": "auto", "elements": [{"type": "text", "text": "Hi"}]}
    )
    assert decode(image.data).size == (300, AUTO_HEIGHT_MIN)
