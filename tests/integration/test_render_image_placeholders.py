"""Image placeholders on real Chromium: the box a logo given one side or none takes, and a low,
wide placeholder's caption drawn whole instead of cut."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    boxes,
    is_ink,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

NO_PICTURE = "data:image/png;base64,AAAA"
"""A data URI that holds no picture: the image draws its placeholder."""
CAPTION_CSS = ".dsl-image-alt{color:#00c000!important}"
"""The caption green, so its ink is told from the icon's grey."""


def is_caption(colour: RGB) -> bool:
    red, green, blue = colour
    return green - max(red, blue) > 40


def is_placeholder(colour: RGB) -> bool:
    """The placeholder's stripes, dashed border, icon and caption: anything but the white page."""
    return min(colour) < 250


async def _drawn(pool: ChromiumPool, elements: list[dict[str, Any]]) -> Image.Image:
    document = {"width": 500, "height": 160, "css": CAPTION_CSS, "elements": elements}
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def _size(box: Box | None) -> tuple[int, int]:
    assert box is not None
    return box[2] - box[0], box[3] - box[1]


@pytest.mark.parametrize(
    ("layout", "size"),
    [({"height": 32}, (96, 32)), ({}, (120, 40)), ({"width": 150}, (150, 50))],
)
async def test_a_logo_placeholder_given_one_side_or_none_takes_a_wordmarks_box(
    pool: ChromiumPool, layout: dict[str, int], size: tuple[int, int]
) -> None:
    """`variant: logo` with `height: 32` drew a 16 px sliver, and with no size a 54 x 120 upright
    bar: a logo's placeholder is three times as wide as high, 120 x 40 when given no size."""
    image = {"type": "image", "src": NO_PICTURE, "variant": "logo", "layout": layout}
    pixels = await _drawn(pool, [image])
    width, height = _size(box_where(pixels, is_placeholder))
    assert abs(width - size[0]) <= 1 and abs(height - size[1]) <= 1, (width, height)


async def test_a_placeholder_given_only_a_height_in_a_row_is_a_photos_four_by_three(
    pool: ChromiumPool,
) -> None:
    """In a row its width was its icon's (a sliver); in a column it stays the column's width."""
    image = {"type": "image", "src": NO_PICTURE, "layout": {"height": 48}}
    pixels = await _drawn(pool, [{"type": "row", "children": [image]}])
    width, height = _size(box_where(pixels, is_placeholder))
    assert abs(width - 64) <= 1 and abs(height - 48) <= 1, (width, height)
    pixels = await _drawn(pool, [{"type": "column", "layout": {"width": 300}, "children": [image]}])
    assert abs(_size(box_where(pixels, is_placeholder))[0] - 300) <= 1


async def _caption(
    pool: ChromiumPool, alt: str, width: int, height: int
) -> tuple[Box, Box | None, Image.Image]:
    """The placeholder's box, its caption's ink and the pixels, for `alt` in a `width` x `height` box."""
    image = {"type": "image", "src": "logo.svg", "alt": alt, "layout": {"width": width, "height": height}}
    pixels = await _drawn(pool, [image])
    frame = box_where(pixels, is_placeholder)
    assert frame is not None
    return frame, box_where(pixels, is_caption, frame), pixels


async def test_a_wordmarks_caption_is_drawn_whole_not_cut(pool: ChromiumPool) -> None:
    """The caption "Acme wordmark" of a 120 x 40 box read "Acme word…" beside the icon: it is drawn whole,
    a little smaller and without the icon, as wide as nearly all of it at the usual 13 px (what
    is cut beside the icon can be no wider than the 82 px left there)."""
    _, whole, _ = await _caption(pool, "Acme wordmark", 400, 40)
    frame, caption, pixels = await _caption(pool, "Acme wordmark", 120, 40)
    assert whole is not None and caption is not None
    assert _size(caption)[0] >= max(84, 0.84 * _size(whole)[0]), (caption, whole)
    assert frame[0] < caption[0] and caption[2] < frame[2], (caption, frame)
    inside = (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2)
    grey = box_where(pixels, lambda c: is_ink(c) and not is_caption(c), inside)
    assert grey is None, grey  # no icon beside it


async def test_a_long_caption_takes_two_lines_beside_the_icon(pool: ChromiumPool) -> None:
    alt = "Company logo of the Acme Corporation International"
    frame, caption, pixels = await _caption(pool, alt, 200, 40)
    assert caption is not None and frame[1] < caption[1] and caption[3] < frame[3], (caption, frame)
    lines = row_runs(pixels, is_caption, caption)
    assert len(lines) == 2, lines
    inside = (frame[0] + 2, frame[1] + 2, caption[0], frame[3] - 2)
    assert box_where(pixels, is_ink, inside) is not None  # the icon, left of the words


def is_drawn(colour: RGB) -> bool:
    """Anything but the white page (a frame's stripes and dashes, an icon, letters)."""
    return min(colour) < 245


def _darkest(pixels: Image.Image) -> float:
    """The luminance of the darkest colour drawn."""
    return min(luminance(colour) for _, colour in pixels.getcolors(pixels.width * pixels.height) or [])


def _words(letters: list[Box]) -> list[Box]:
    """`letters` (left to right) joined into words: those under 10 px apart."""
    words: list[Box] = []
    for box in letters:
        if words and box[0] - words[-1][2] < 10:
            last = words.pop()
            box = (last[0], min(last[1], box[1]), box[2], max(last[3], box[3]))
        words.append(box)
    return words


async def test_a_logo_strips_placeholders_are_drawn_as_muted_wordmarks(pool: ChromiumPool) -> None:
    """Five 32 px placeholders in a row (a "trusted by" band) drew dashed, striped chips with an
    image icon: each is its alt alone, in a muted bold type, with no frame around it."""
    alts = ["Acme", "Globex", "Initech", "Umbrella", "Hooli"]
    logos = [
        {"type": "image", "src": f"{alt.lower()}.svg", "alt": alt, "layout": {"height": 32}} for alt in alts
    ]
    document = {"width": 700, "height": 80, "elements": [{"type": "row", "gap": 40, "children": logos}]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    marks = _words(boxes(pixels, is_drawn))
    assert len(marks) == len(alts), marks  # one word each, 40 px apart: no frame around one
    for left, top, right, bottom in marks:
        assert bottom - top <= 16 and right - left >= 30, marks  # letters (16 px), not a 32 px box
    darkest = _darkest(pixels)
    assert 60 < darkest < 150, darkest  # muted, not the foreground's near-black
    bold = {"type": "text", "text": "Acme", "style": {"fontWeight": 700}}
    _, text = await render_dsl(pool, {"width": 700, "height": 80, "elements": [bold]})
    assert _darkest(rgb(text.data)) < darkest - 30
