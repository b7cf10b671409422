"""Hairlines on a muted fill on real Chromium: a divider and a list's row lines in a muted card, and
a code block's line under its title, show on either theme (the dark theme's border was the muted
fill itself, #27272a: a muted card's divider was not there)."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, render_dsl, rgb
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration

LINE = 1.25
"""How far a hairline stands out from the fill under it, at least (a normal card's divider on
its surface: 1.27:1 on white, 1.2:1 on the dark surface)."""


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def lines_down(picture: Image.Image, x: int, top: int, bottom: int) -> tuple[RGB, list[RGB]]:
    """Down the column `x` from `top` to `bottom` (clear of any text), on the box only (not on
    the page's colour, seen in a corner): the fill (its most common colour) and the colours of
    the rows that differ from it."""
    page = picture.getpixel((2, picture.height - 2))
    column = [colour for y in range(top, bottom) if (colour := picture.getpixel((x, y))) != page]
    fill: RGB = max(set(column), key=column.count)  # type: ignore[arg-type]
    return fill, [colour for colour in column if colour != fill]  # type: ignore[misc]


@pytest.mark.parametrize("theme", ["dark", "light"])
async def test_a_divider_shows_in_a_muted_card(pool: ChromiumPool, theme: str) -> None:
    card = {"type": "card", "variant": "muted", "layout": {"width": 360},
            "children": [{"type": "text", "text": "Shipping"}, {"type": "divider"}, {"type": "text", "text": "Total"}]}  # fmt: skip
    picture = await _picture(pool, {"width": 400, "height": 200, "theme": theme, "elements": [card]})
    fill, lines = lines_down(picture, 300, 30, 150)  # right of the words, inside the card
    assert lines, fill
    assert max(pixel_contrast(line, fill) for line in lines) >= LINE, (fill, lines)


async def test_a_lists_row_lines_show_in_a_dark_muted_card(pool: ChromiumPool) -> None:
    items = [
        {"label": label, "value": value}
        for label, value in (("Subtotal", "$40"), ("Shipping", "$5"), ("Total", "$45"))
    ]
    rows = {"type": "list", "items": items}
    card = {"type": "card", "variant": "muted", "layout": {"width": 360}, "children": [rows]}
    picture = await _picture(pool, {"width": 400, "height": 240, "theme": "dark", "elements": [card]})
    fill, lines = lines_down(picture, 300, 30, 190)
    strong = [line for line in lines if pixel_contrast(line, fill) >= LINE]
    assert len(strong) >= 2, (fill, lines)  # under the first two rows


async def test_a_code_blocks_title_line_shows_on_a_dark_theme(pool: ChromiumPool) -> None:
    code = {"type": "code", "title": "app.py", "text": "x = 1", "layout": {"width": 360}}
    picture = await _picture(pool, {"width": 400, "height": 160, "theme": "dark", "elements": [code]})
    fill, lines = lines_down(picture, 200, 24, 100)  # from inside the title bar to the code
    assert max((pixel_contrast(line, fill) for line in lines), default=1.0) >= LINE, (fill, lines)
