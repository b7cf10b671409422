"""A muted fill on a page of its own colour, on real Chromium: a `variant: muted` card on a
#f4f4f5 page (the light theme's `--muted`) was the page's colour exactly, with no border, and
only its floating text was left; it is drawn a step off the page, darker on a light page and
lighter on a dark one."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl, rgb
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration

STEP = 1.08
"""How far the muted card stands off its page at least (the light theme's own muted fill on
white is 1.09:1)."""


@pytest.mark.parametrize(("theme", "page"), [("light", "#f4f4f5"), ("light", "#f1f5f9"), ("dark", "#27272a")])
async def test_a_muted_card_stands_off_a_page_of_the_muted_colour(
    pool: ChromiumPool, theme: str, page: str
) -> None:
    cards = {"type": "row", "children": [
        {"type": "card", "title": "Plain", "text": "Shipped 12 Aug"},
        {"type": "card", "variant": "muted", "title": "Muted", "text": "Shipped 9 Aug"}]}  # fmt: skip
    document = {"width": 600, "height": 200, "theme": theme, "background": page, "elements": [cards]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    ground = picture.getpixel((4, 4))
    inside = picture.getpixel((540, 60))  # in the muted card, right of its words
    assert pixel_contrast(inside, ground) >= STEP, (inside, ground)
    # Darker than a light page, lighter than a dark one.
    assert (sum(inside) < sum(ground)) == (theme == "light")


async def test_a_muted_fill_on_a_white_card_keeps_the_palettes_colour(pool: ChromiumPool) -> None:
    # The white card is a ground of its own: the palette's #f4f4f5 stands off it already.
    inner = {"type": "card", "variant": "muted", "text": "Shipped 9 Aug"}
    outer = {"type": "card", "title": "Done", "layout": {"width": 400}, "children": [inner]}
    document = {"width": 500, "height": 240, "background": "#f4f4f5", "elements": [outer]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    assert picture.getpixel((4, 4)) == (244, 244, 245)
    column = [picture.getpixel((380, y)) for y in range(picture.height)]
    white = [y for y, colour in enumerate(column) if colour == (255, 255, 255)]
    inside_the_card = column[white[0] : white[-1]]
    assert (244, 244, 245) in inside_the_card and (231, 231, 232) not in inside_the_card


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_cards_on_a_muted_band_are_raised_in_either_theme(pool: ChromiumPool, theme: str) -> None:
    # On the dark theme the cards (#18181b) on a `var(--muted)` band (#27272a) were darker than
    # it, sunk in; on the light theme they are white on grey. Now a step lighter than the band.
    card = {"type": "card", "title": "Fast", "description": "Raised off the band."}
    band = {"type": "section", "padding": 40, "style": {"background": "var(--muted)"},
            "children": [{"type": "grid", "columns": 2, "children": [card, card]}]}  # fmt: skip
    document = {"width": 700, "height": 240, "padding": 0, "theme": theme, "elements": [band]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    ground = picture.getpixel((8, 8))
    inside = picture.getpixel((320, 100))  # in the first card, right of its words
    assert pixel_contrast(inside, ground) >= STEP, (inside, ground)
    assert sum(inside) > sum(ground), (inside, ground)  # lighter than the band: raised
