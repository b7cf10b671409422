"""On real Chromium: a modal with `variant: sheet` is a bottom sheet. On a phone it spans the
screen's width on its bottom edge, its top corners round, the page above it dimmed, its buttons
full width, the primary on top; in a phone frame the home indicator's strip continues its surface
(it was dimmed with the page); on a desktop canvas it is capped at 640 px and centred."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from kernel.dsl.frames import PHONE_BEZEL, PHONE_HOME_BAR, PHONE_MARGIN, PHONE_STATUS_BAR
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, WHITE, box_where, close_to, render_dsl, rgb, white_box

pytestmark = pytest.mark.integration

WIDTH, HEIGHT = 390, 844
SHEET = {
    "type": "modal",
    "variant": "sheet",
    "title": "Add to playlist",
    "description": "Choose where to save this song",
    "children": [{"type": "input", "placeholder": "Search playlists", "icon": "search"}],
    "actions": ["Cancel", "Save"],
}
PAGE = [
    {"type": "navbar", "title": "Playlists"},
    {"type": "list", "items": ["Morning run", "Deep focus", "Road trip", "Chill evening"]},
]


async def screen(pool: ChromiumPool, elements: list[dict[str, Any]], **document: Any) -> Image.Image:
    page = {"width": WIDTH, "height": HEIGHT, "device": "mobile", "elements": elements, **document}
    _, image = await render_dsl(pool, page, scale=1)
    return rgb(image.data)


def at(image: Image.Image, point: tuple[int, int]) -> RGB:
    red, green, blue = image.getpixel(point)  # type: ignore[misc]
    return red, green, blue


def is_primary(colour: RGB) -> bool:
    """The light theme's indigo primary, a filled button's fill."""
    red, green, blue = colour
    return blue > 180 and blue - red > 80 and blue - green > 80


async def test_on_a_phone_a_sheet_spans_the_bottom_edge_below_the_dimmed_page(pool: ChromiumPool) -> None:
    plain = await screen(pool, PAGE)
    shown = await screen(pool, [*PAGE, SHEET])
    left, top, right, bottom = white_box(shown)
    assert (left, right, bottom) == (0, WIDTH, HEIGHT), (left, top, right, bottom)
    assert HEIGHT // 2 < top < HEIGHT - 250, top  # its content's height, not the screen's
    # The page above it is dimmed: its white navbar and list are grey now.
    for point in ((WIDTH // 2, 20), (WIDTH - 10, top - 40)):
        assert at(plain, point) == WHITE and sum(at(shown, point)) < 3 * 200, at(shown, point)
    # The top corners are round (the dimmed page shows in them), the bottom ones square.
    for x in (1, WIDTH - 2):
        assert at(shown, (x, top + 1)) != WHITE and at(shown, (x, top + 16)) == WHITE
        assert at(shown, (x, HEIGHT - 1)) == WHITE
    assert at(shown, (30, top + 1)) == WHITE
    # A grab handle: grey, centred above the title, in the sheet's first rows.
    handle = box_where(shown, lambda c: c != WHITE and max(c) - min(c) < 12, (150, top, 240, top + 20))
    assert handle is not None
    assert abs((handle[0] + handle[2]) / 2 - WIDTH / 2) <= 1 and 30 <= handle[2] - handle[0] <= 40, handle


async def test_a_sheets_buttons_are_stacked_full_width_the_primary_on_top(pool: ChromiumPool) -> None:
    shown = await screen(pool, [*PAGE, SHEET])
    _, top, _, _ = white_box(shown)
    save = box_where(shown, is_primary, (0, top, WIDTH, HEIGHT))
    assert save is not None
    left, save_top, right, save_bottom = save
    assert left == WIDTH - right and right - left >= WIDTH - 2 * 30, save  # inset only by the padding
    assert save_bottom - save_top >= 44, save  # a touch target
    # Cancel, outlined, as wide and under it: its border's grey runs across the same columns.
    row = [at(shown, (x, save_bottom + 8 + 44 // 2)) for x in range(WIDTH)]
    edges = [x for x, colour in enumerate(row) if colour != WHITE and sum(colour) > 3 * 150]
    assert edges and abs(edges[0] - left) <= 1 and abs(edges[-1] + 1 - right) <= 1, (edges[:3], edges[-3:])
    assert HEIGHT - save_bottom < 44 + 8 + 48, save_bottom  # near the bottom edge


SCREEN = PHONE_MARGIN + PHONE_BEZEL
HOME_TOP = SCREEN + PHONE_STATUS_BAR + HEIGHT
HOME_FILL = (SCREEN + 60, HOME_TOP + PHONE_HOME_BAR // 2)
STATUS_FILL = (SCREEN + 120, SCREEN + PHONE_STATUS_BAR - 4)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_in_a_phone_frame_the_home_strip_continues_the_sheet(pool: ChromiumPool, theme: str) -> None:
    plain = await screen(pool, PAGE, frame="phone", theme=theme)
    shown = await screen(pool, [*PAGE, SHEET], frame="phone", theme=theme)
    sheet = at(shown, (SCREEN + 8, HOME_TOP - 4))  # the sheet's surface, at the screen's bottom
    assert at(shown, HOME_FILL) == sheet, (at(shown, HOME_FILL), sheet)
    navbar_plain = at(plain, (SCREEN + 8, SCREEN + PHONE_STATUS_BAR + 8))
    assert at(plain, STATUS_FILL) == navbar_plain  # the navbar runs up under the time
    # The status bar (continuing the navbar) is dimmed with the navbar above the sheet; the
    # sheet stands out from the dimmed page.
    navbar = at(shown, (SCREEN + WIDTH - 8, SCREEN + PHONE_STATUS_BAR + 8))
    assert navbar != at(plain, (SCREEN + WIDTH - 8, SCREEN + PHONE_STATUS_BAR + 8))
    assert close_to(at(shown, STATUS_FILL), navbar, 2), (at(shown, STATUS_FILL), navbar)
    dim = at(shown, (SCREEN + WIDTH - 8, SCREEN + PHONE_STATUS_BAR + 200))
    assert sum(sheet) > sum(dim) + 24, (sheet, dim)  # the dark theme's surface reads on its black too


async def test_on_a_desktop_a_sheet_is_capped_and_centred_on_the_bottom_edge(pool: ChromiumPool) -> None:
    page = {"width": 1280, "height": 800, "elements": [{"type": "heading", "text": "Orders"}, SHEET]}
    _, image = await render_dsl(pool, page, scale=1)
    left, top, right, bottom = white_box(rgb(image.data))
    assert (left, right, bottom) == ((1280 - 640) // 2, (1280 + 640) // 2, 800), (left, top, right, bottom)
    assert top > 400, top  # its content's height
