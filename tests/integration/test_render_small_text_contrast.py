"""Small texts of the built-in themes that read at 4.5:1 on real Chromium: a selected list row's
description, a code block's comments and language label, a dark calendar's selected day and a
field's error on an author's dark surface (each was between 4.04:1 and 4.47:1).

Each text is drawn large and bold by the document's CSS (its colour is what is judged, and a big
glyph's inside is that colour, not a blend with its ground): the colour the most unlike its
ground there is the text's."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, render_dsl, rgb
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration

LARGE = "font-size:40px!important;font-weight:800!important;line-height:48px!important"


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def ink_and_ground(picture: Image.Image, region: Box) -> tuple[RGB, RGB]:
    """The colour most of `region` is (its ground) and the one standing out from it the most
    (the text drawn on it)."""
    counts = picture.crop(region).getcolors(maxcolors=(region[2] - region[0]) * (region[3] - region[1]))
    assert counts
    ground: RGB = max(counts)[1]
    ink: RGB = max((colour for _, colour in counts), key=lambda colour: pixel_contrast(colour, ground))
    return ink, ground


async def test_a_selected_list_rows_description_reads_on_its_tint(pool: ChromiumPool) -> None:
    """ "July" under "On-call rota" on the selected row's indigo tint was 4.04:1."""
    items = [{"label": "On-call rota", "description": "July", "active": True}]
    css = f".dsl-list-label{{visibility:hidden}}.dsl-list-desc{{{LARGE}}}"
    picture = await _picture(pool, {"width": 400, "height": 140, "padding": 0, "css": css,
                                    "elements": [{"type": "list", "items": items}]})  # fmt: skip
    ink, ground = ink_and_ground(picture, (4, 4, 396, 90))
    assert ground != (255, 255, 255), ground  # the row's tint
    assert pixel_contrast(ink, ground) >= 4.5, (ink, ground)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_code_blocks_comment_reads_on_its_fill(pool: ChromiumPool, theme: str) -> None:
    """A light theme's comment grey on the block's fill was 4.14:1."""
    code = {"type": "code", "language": "python", "text": "# note", "layout": {"width": 380}}
    picture = await _picture(pool, {"width": 400, "height": 120, "padding": 0, "theme": theme,
                                    "css": f".tk-com{{{LARGE}}}", "elements": [code]})  # fmt: skip
    ink, ground = ink_and_ground(picture, (6, 6, 370, 46))  # inside the block
    assert ground != picture.getpixel((390, 110)), ground  # the block's fill, not the page
    assert pixel_contrast(ink, ground) >= 4.5, (ink, ground)


async def test_a_code_blocks_language_label_reads_on_its_fill(pool: ChromiumPool) -> None:
    """ "python" in the title bar, muted text on the block's fill, was 4.40:1."""
    code = {"type": "code", "language": "python", "title": "app.py", "text": "x = 1"}
    css = f".dsl-code-title>span:first-child,.dsl-code pre{{visibility:hidden}}.dsl-code-lang{{{LARGE}}}"
    picture = await _picture(pool, {"width": 400, "height": 160, "padding": 0, "css": css,
                                    "elements": [code]})  # fmt: skip
    ink, ground = ink_and_ground(picture, (200, 4, 396, 60))
    assert pixel_contrast(ink, ground) >= 4.5, (ink, ground)


async def test_a_dark_calendars_selected_day_reads_white_on_its_fill(pool: ChromiumPool) -> None:
    """White "17" on the dark theme's indigo was 4.47:1: the day is filled as a solid button is."""
    calendar = {"type": "calendar", "month": "2025-07", "value": "2025-07-17", "layout": {"width": 300}}
    css = ".dsl-cal-day:not(.is-selected){visibility:hidden}.dsl-cal-head,.dsl-cal-week{visibility:hidden}"
    picture = await _picture(pool, {"width": 340, "height": 360, "theme": "dark", "css": css,
                                    "elements": [calendar]})  # fmt: skip
    counts = picture.getcolors(maxcolors=340 * 360)
    assert counts
    fill = max((entry for entry in counts if max(entry[1]) - min(entry[1]) > 60), default=None)
    assert fill is not None and fill[0] >= 300, fill  # the selected day's square
    assert pixel_contrast(fill[1], (255, 255, 255)) >= 4.5, fill


async def test_a_fields_error_reads_on_an_authors_dark_surface(pool: ChromiumPool) -> None:
    """The dark theme's red on a dark violet surface (#2a1b4d) was 4.10:1: it is drawn a little
    lighter there, still red."""
    field = {"type": "input", "label": "Email", "value": "not-an-email", "error": "Enter a valid email"}
    theme = {"base": "dark", "background": "#1a1033", "surface": "#2a1b4d"}
    css = f".dsl-field-error{{{LARGE}}}.dsl-field-error>.dsl-i{{visibility:hidden}}"
    picture = await _picture(pool, {"width": 600, "height": 220, "theme": theme, "css": css,
                                    "elements": [{"type": "card", "children": [field]}]})  # fmt: skip
    ink, ground = ink_and_ground(picture, (40, 110, 560, 170))
    assert ground == (42, 27, 77), ground
    assert ink[0] > 200 and ink[0] > 2 * ink[1], ink  # red
    assert pixel_contrast(ink, ground) >= 4.5, (ink, ground)
