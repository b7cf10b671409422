"""On real Chromium: what a crowded phone screen, a page wider than 16,384 image px and a render
out of time give. A phone frame's screen cut its overflowing content by squeezing a search field
to a 2 px line; a full page wider than 16,384 image px lost its right side without a word; a
large WebP that ran out of time was told only "did not finish within 15 s"."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.options import Viewport
from kernel.errors import RenderTimeoutError
from render_worker.pool import ChromiumPool
from render_worker.timeouts import TIMEOUT_SETTING
from tests.integration.render_fixtures import BLUE, colour_box, decode, render_dsl

pytestmark = pytest.mark.integration

RED = (255, 0, 0)


def crowded_phone(**document: Any) -> dict[str, Any]:
    """A phone settings screen whose 30 toggles run far below it, a blue search field on top
    (at scale 1, so the image stays small)."""
    toggles = [{"type": "toggle", "label": f"Notification type {i}"} for i in range(30)]
    return {
        "device": "mobile", "scale": 1, **document,
        "elements": [
            {"type": "navbar", "title": "Settings"},
            {"type": "search", "placeholder": "Search settings", "style": {"background": "#0000ff"}},
            *toggles,
        ],
    }  # fmt: skip


async def test_a_crowded_phone_frame_cuts_its_content_at_the_bottom_not_the_fields_above(
    pool: ChromiumPool,
) -> None:
    _, framed = await render_dsl(pool, crowded_phone(frame="phone"))
    _, bare = await render_dsl(pool, crowded_phone())
    field, unframed = colour_box(framed.data, BLUE), colour_box(bare.data, BLUE)
    assert field is not None and unframed is not None
    assert field[3] - field[1] == unframed[3] - unframed[1] >= 40, (field, unframed)  # it was 2 px
    assert framed.cut_px > 0  # what does not fit is cut below the screen, and said


async def test_a_share_of_a_crowded_phone_screen_still_gives_way(pool: ChromiumPool) -> None:
    """A top-level `height: 100%` under the field is the one box that gives way: the field keeps
    its height and the button after the box stays on the screen."""
    document = crowded_phone(frame="phone")
    document["elements"][2:] = [
        {"type": "container", "style": {"height": "100%", "background": "#00ff00"}},
        {"type": "button", "label": "Continue", "style": {"background": "#ff0000"}},
    ]
    _, image = await render_dsl(pool, document)
    field = colour_box(image.data, BLUE)
    assert field is not None and field[3] - field[1] >= 40, field
    assert colour_box(image.data, RED) is not None, "the button was pushed off the screen"


WIDE_PAGE = (
    "<html><body style='margin:0'><div style='display:flex;justify-content:space-between'>"
    "<div style='width:20px;height:60px;background:#0000ff'></div>"
    "<div style='width:20px;height:60px;background:#ff0000'></div></div></body></html>"
)
"""A page with a blue box at its left edge and a red one at its right edge."""


async def test_a_full_page_wider_than_16384_image_px_is_captured_whole(pool: ChromiumPool) -> None:
    """4,100 CSS px at scale 4 are 16,400 image px: the capture stopped at 16,384 and dropped the
    right edge silently, though Chromium captures the whole width (the height alone is capped)."""
    image = await pool.render(WIDE_PAGE, Viewport(4100, 60, 4.0), full_page=True)
    assert (image.width, image.height) == (16_400, 240) == decode(image.data).size
    right = colour_box(image.data, RED)
    assert right is not None and right[2] == 16_400, right
    assert image.measured_warnings == ()


async def test_a_webp_out_of_time_is_told_what_would_make_it_finish(pool: ChromiumPool) -> None:
    with pytest.raises(RenderTimeoutError) as caught:
        await pool.render(WIDE_PAGE, Viewport(400, 60, 2.0), format="webp", full_page=True, timeout_s=0.001)
    message = str(caught.value)
    assert message.startswith("render did not finish within 0.001 s: render it as png or jpeg")
    assert "lower scale than 2" in message and TIMEOUT_SETTING in message
