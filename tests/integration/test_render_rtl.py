"""A right-to-left screen on real Chromium: numbers keep their order, forward arrows point forward."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image, ImageChops, ImageOps

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_ink, render_dsl, rgb

pytestmark = pytest.mark.integration


async def _drawn(pool: ChromiumPool, element: dict[str, Any], **document: Any) -> Any:
    """The inked part of a placed element's render, cropped to its ink."""
    page = {"width": 240, "height": 80, "background": "#ffffff", "elements": [element], **document}
    _, image = await render_dsl(pool, page)
    picture = rgb(image.data)
    ink = box_where(picture, is_ink)
    assert ink is not None
    return picture.crop(ink)


def same(first: Image.Image, second: Image.Image, tolerance: int = 0) -> bool:
    """Whether two crops have one size and pixels within `tolerance` levels (anti-aliasing of a
    mirrored drawing differs by a level or two)."""
    if first.size != second.size:
        return False
    return max(high for _, high in ImageChops.difference(first, second).getextrema()) <= tolerance


@pytest.mark.parametrize(
    "number",
    ["-18.50", "+3.2%", "+966 50 123 4567", "+972 52-123-4567", "-₪54.90", "IL62 0108 0000 0009 999"],
)
async def test_a_signed_or_spaced_number_reads_as_on_a_left_to_right_screen(
    pool: ChromiumPool, number: str
) -> None:
    """Unicode's rules put a leading sign on the far side in a right-to-left paragraph ("18.50-")
    and reverse a phone number's groups; Arabic products keep them left to right."""
    text = {"type": "text", "text": number, "layout": {"x": 20, "y": 20}}
    rtl, ltr = await _drawn(pool, text, lang="ar"), await _drawn(pool, text)
    assert same(rtl, ltr)


async def test_a_forward_arrow_points_left_on_a_right_to_left_screen(pool: ChromiumPool) -> None:
    icon = {"type": "icon", "name": "arrow-right", "size": 32, "layout": {"x": 20, "y": 20}}
    rtl, ltr = await _drawn(pool, icon, lang="ar"), await _drawn(pool, icon)
    assert same(rtl, ImageOps.mirror(ltr), tolerance=8)
    play = {**icon, "name": "play"}  # media controls keep their direction
    assert same(await _drawn(pool, play, lang="ar"), await _drawn(pool, play))


@pytest.mark.parametrize("frame", [None, "browser", "phone"])
async def test_a_right_to_left_screen_stays_left_of_its_notes_panel(
    pool: ChromiumPool, frame: str | None
) -> None:
    """The notes panel takes the page's right side; the screen (or its frame) keeps the left,
    in either direction (a right-to-left block sat right, under the panel)."""
    document: dict[str, Any] = {
        "width": 400,
        "height": 200,
        "background": "#ffffff",
        "frame": frame,
        "elements": [{"type": "button", "id": "b", "text": "Save", "style": {"width": "100%"}}],
        "annotations": [{"target": "b", "text": "Note"}],
    }
    _, ltr = await render_dsl(pool, document)
    _, rtl = await render_dsl(pool, {**document, "lang": "he"})
    primary = (79, 70, 229)
    for image in (ltr, rtl):
        picture = rgb(image.data)
        button = box_where(picture, lambda colour: colour == primary)
        assert button is not None and button[2] <= picture.width - 300, button  # left of the 320 px panel
    assert box_where(rgb(ltr.data), lambda c: c == primary) == box_where(
        rgb(rtl.data), lambda c: c == primary
    )
