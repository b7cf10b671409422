"""On real Chromium: a tablet frame around a tablet's screen (a designer's iPad sketch drew a
768 px wide iPhone, its island and all). An even bezel on every side, a slim status bar with the
time and date and no island, the screen its own size, and the strips continuing a navbar and a
bottom tab bar as a phone's do."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from kernel.dsl.frames import PHONE_MARGIN, TABLET_BEZEL, TABLET_HOME_BAR, TABLET_STATUS_BAR
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, close_to, is_ink, render_dsl, rgb
from tests.support.page_layout import launched_browser, page_facts

pytestmark = pytest.mark.integration

SCREEN = PHONE_MARGIN + TABLET_BEZEL
"""Where the screen's column starts, from the image's top and left edges (at scale 1)."""
WIDTH, HEIGHT = 768, 1024
PURPLE = (0x4F, 0x46, 0xE5)
NAVBAR = {"type": "navbar", "title": "Library", "style": {"background": "#4f46e5", "color": "#fff"}}
TAB_BAR = {
    "type": "tabs", "variant": "bottom",
    "items": [{"label": "Home", "icon": "house"}, {"label": "Search", "icon": "search"}],
    "style": {"background": "#4f46e5", "color": "#fff"},
}  # fmt: skip


async def tablet(pool: ChromiumPool, frame: str, *elements: dict[str, Any]) -> Image.Image:
    page = {"device": "tablet", "scale": 1, "frame": frame, "elements": list(elements)}
    _, image = await render_dsl(pool, page)
    return rgb(image.data)


def at(image: Image.Image, point: tuple[int, int]) -> RGB:
    red, green, blue = image.getpixel(point)  # type: ignore[misc]
    return red, green, blue


def is_bezel(colour: RGB) -> bool:
    return max(colour) < 30


async def test_a_tablet_frame_has_an_even_bezel_a_slim_status_bar_and_no_island(pool: ChromiumPool) -> None:
    image = await tablet(pool, "tablet", {"type": "heading", "text": "Library"})
    assert image.size == (WIDTH + 2 * SCREEN, HEIGHT + 2 * SCREEN + TABLET_STATUS_BAR + TABLET_HOME_BAR)
    middle_y = image.height // 2
    for x in (PHONE_MARGIN + 2, PHONE_MARGIN + TABLET_BEZEL - 3, image.width - PHONE_MARGIN - 3):
        assert is_bezel(at(image, (x, middle_y))), (x, at(image, (x, middle_y)))
    assert is_bezel(at(image, (image.width // 2, PHONE_MARGIN + 3)))  # the top bezel, as thick
    assert is_bezel(at(image, (image.width // 2, image.height - PHONE_MARGIN - 3)))
    status = (SCREEN, SCREEN, SCREEN + WIDTH, SCREEN + TABLET_STATUS_BAR)
    centre = (image.width // 2 - 60, SCREEN, image.width // 2 + 60, SCREEN + TABLET_STATUS_BAR)
    assert box_where(image, is_bezel, centre) is None  # no island
    time = box_where(image, is_ink, (SCREEN + 20, SCREEN, SCREEN + 200, SCREEN + TABLET_STATUS_BAR))
    icons = box_where(image, is_ink, (SCREEN + WIDTH - 100, *status[1:]))
    assert time is not None and time[2] - time[0] > 60, time  # "9:41  Mon Jun 10"
    assert icons is not None and icons[3] <= SCREEN + TABLET_STATUS_BAR - 2, icons  # signal, wifi, battery
    heading = box_where(image, is_ink, (SCREEN, SCREEN + TABLET_STATUS_BAR, SCREEN + WIDTH, SCREEN + 120))
    assert heading is not None and abs(heading[0] - time[0]) <= 2, (heading, time)  # one margin line


async def test_a_phone_frame_around_a_tablet_screen_still_draws_the_island(pool: ChromiumPool) -> None:
    """The phone frame is unchanged (its island in the middle of its status bar)."""
    image = await tablet(pool, "phone", {"type": "heading", "text": "Library"})
    top = PHONE_MARGIN + 12 + 14  # the phone's bezel, then the island's middle row
    assert is_bezel(at(image, (image.width // 2, top)))


async def test_the_strips_continue_a_navbar_and_a_bottom_tab_bar(pool: ChromiumPool) -> None:
    image = await tablet(pool, "tablet", NAVBAR, {"type": "text", "text": "Shelves"}, TAB_BAR)
    assert close_to(at(image, (SCREEN + 300, SCREEN + 4)), PURPLE, 2)  # under the time and date
    home = SCREEN + TABLET_STATUS_BAR + HEIGHT
    bar = at(image, (SCREEN + 60, home - 4))  # the tab bar's own fill, above the strip
    assert close_to(bar, PURPLE, 12) and at(image, (SCREEN + 60, home + TABLET_HOME_BAR // 2)) == bar


STATUS = """() => { const date = document.querySelector('.dsl-frame-date'), range = document.createRange();
  range.selectNodeContents(date.previousSibling);
  return {time: rect(range), date: rect(date), text: date.textContent}; }"""
"""Where the status bar's time ("9:41", the text before the date) and its date are drawn."""


@pytest.mark.parametrize(
    ("page", "date"),
    [({"lang": "he"}, "יום ב׳, 10 ביוני"), ({"lang": "dv"}, "Mon Jun 10"), ({}, "Mon Jun 10")],
)
async def test_the_date_stands_apart_from_the_time_in_either_direction(
    page: dict[str, Any], date: str
) -> None:
    """Right to left the time and an English date ran together ("9:41Mon Jun 10"), and a Hebrew
    screen showed the date in English. The time is at the bar's start, the date after it, 6 px
    apart (Dhivehi, right to left, has no month names in CLDR: its date is the English one)."""
    document = {"device": "tablet", "frame": "tablet", "elements": [NAVBAR], **page}
    async with launched_browser() as browser:
        placed = await page_facts(browser, document, STATUS)
    time, drawn = placed["time"], placed["date"]
    assert placed["text"] == date
    # right to left (he, dv) the time is at the right, the date at its left
    gap = time["left"] - drawn["right"] if page else drawn["left"] - time["right"]
    assert 5 <= gap <= 8, placed
