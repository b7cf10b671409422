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


CTA_SCREEN = {
    "device": "mobile",
    "height": "auto",
    "elements": [
        {"type": "navbar", "back": True, "title": "Step 3 of 3"},
        {
            "type": "column",
            "gap": 16,
            "layout": {"height": "100%"},
            "children": [
                {"type": "heading", "text": "Stay in the loop", "level": 2},
                {"type": "paragraph", "text": "Choose what we notify you about."},
                {"type": "spacer"},
                {"type": "button", "text": "Finish setup", "variant": "primary", "layout": {"width": "100%"}},
            ],
        },
    ],
}
"""A tester's onboarding screen: a call to action pinned to the bottom of a `100%` column under a
navbar, given `height: auto` as a cut warning advised."""


async def test_a_screen_share_on_a_canvas_of_height_auto_is_as_tall_as_its_content(
    pool: ChromiumPool,
) -> None:
    """No screen to share: the column is drawn as tall as its content, not 100% of the least
    height (100 px, which its content overran by 481 px, under a warning)."""
    prepared, image = await render_dsl(pool, CTA_SCREEN)
    assert image.cut_px == 0 and not image.measured_warnings, image.measured_warnings
    assert AUTO_HEIGHT_MIN < image.height / prepared.viewport.scale < 844


async def test_height_auto_in_a_phone_frame_is_a_phone_that_grows(pool: ChromiumPool) -> None:
    """In a phone frame `height: auto` starts from a phone's own height (844 px at 390), not a
    390x100 phone on its side with the content run over, and grows to hold what runs past it."""
    prepared, image = await render_dsl(pool, CTA_SCREEN, frame="phone")
    assert prepared.viewport.screen_height == 844
    assert not [issue for issue in prepared.warnings if issue.code == "frame_mismatch"]
    assert image.cut_px == 0 and not image.measured_warnings, image.measured_warnings
    frame = prepared.viewport.frame.insets
    assert image.height / prepared.viewport.scale > 844 + frame.top + frame.bottom  # grew past the screen
