"""On real Chromium: a phone frame's status bar and home indicator strips continue what is at that
edge of the screen, as a phone draws them. A modal's backdrop dims them as it dims the screen (it
stopped at a white strip above and below); a navbar's fill, a coloured band's or a map's runs up
under the time and battery, and a bottom tab bar's down under the home indicator (they stayed the
page's colour: a #f2f2f7 strip above a purple navbar). The ink on each strip still reads."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PIL import Image

from kernel.dsl.frames import PHONE_BEZEL, PHONE_HOME_BAR, PHONE_MARGIN, PHONE_STATUS_BAR
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, close_to, render_dsl, rgb
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration

SCREEN = PHONE_MARGIN + PHONE_BEZEL
"""Where the screen's column starts, from the image's top and left edges (at scale 1)."""
WIDTH, HEIGHT = 390, 500
HOME_TOP = SCREEN + PHONE_STATUS_BAR + HEIGHT
"""The home indicator strip's top row."""
STATUS_FILL = (SCREEN + 120, SCREEN + PHONE_STATUS_BAR - 4)
"""A pixel of the status bar's own fill: between the time and the camera, below both."""
HOME_FILL = (SCREEN + 60, HOME_TOP + PHONE_HOME_BAR // 2)
"""A pixel of the home strip's own fill, beside the indicator and inside the rounded corner."""
TIME: Box = (SCREEN + 20, SCREEN + 8, SCREEN + 110, SCREEN + 36)
INDICATOR: Box = (SCREEN + 100, HOME_TOP + 4, SCREEN + WIDTH - 100, HOME_TOP + 24)

PURPLE = (0x4F, 0x46, 0xE5)
NAVBAR = {"type": "navbar", "title": "Wallet", "style": {"background": "#4f46e5", "color": "#fff"}}
TAB_BAR = {
    "type": "tabs", "variant": "bottom", "active": 0,
    "items": [{"label": "Home", "icon": "house"}, {"label": "Cards", "icon": "credit-card"}],
}  # fmt: skip


async def phone(pool: ChromiumPool, elements: list[dict[str, Any]], **document: Any) -> Image.Image:
    page = {"width": WIDTH, "height": HEIGHT, "frame": "phone", "elements": elements, **document}
    _, image = await render_dsl(pool, page)
    return rgb(image.data)


def at(image: Image.Image, point: tuple[int, int]) -> RGB:
    red, green, blue = image.getpixel(point)  # type: ignore[misc]
    return red, green, blue


def ink_contrast(image: Image.Image, region: Box) -> float:
    """How far the strongest ink of `region` stands out from the fill most of it is."""
    pixels: list[RGB] = list(image.crop(region).get_flattened_data())  # type: ignore[arg-type]
    ground = Counter(pixels).most_common(1)[0][0]
    return max(pixel_contrast(pixel, ground) for pixel in pixels)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_modal_dims_the_status_bar_and_home_indicator_as_it_dims_the_screen(
    pool: ChromiumPool, theme: str
) -> None:
    """The tester's Photos screen with a Share sheet: the grey stopped at a white 44 px strip above
    and a 28 px one below."""
    heading = {"type": "heading", "text": "Photos"}
    modal = {
        "type": "modal",
        "title": "Share to",
        "children": [{"type": "paragraph", "text": "Pick an app."}],
    }
    plain = await phone(pool, [heading], theme=theme)
    dimmed = await phone(pool, [heading, modal], theme=theme)
    screen = at(plain, (SCREEN + 8, HOME_TOP - 8))
    dim = at(dimmed, (SCREEN + 8, HOME_TOP - 8))  # the backdrop, beside and below the dialog
    assert at(plain, STATUS_FILL) == at(plain, HOME_FILL) == screen
    assert sum(dim) < sum(screen) - 12, (dim, screen)  # darker (the dark theme's black a bit more)
    assert close_to(at(dimmed, STATUS_FILL), dim, 1), (at(dimmed, STATUS_FILL), dim)
    assert close_to(at(dimmed, HOME_FILL), dim, 1), (at(dimmed, HOME_FILL), dim)
    assert ink_contrast(dimmed, TIME) >= 4.5
    assert ink_contrast(dimmed, INDICATOR) >= 3


@pytest.mark.parametrize(
    ("navbar", "document", "fill"),
    [
        (NAVBAR, {"background": "#f2f2f7"}, PURPLE),  # the tester's Wallet screen
        ({"type": "navbar", "title": "Inbox"}, {"background": "#f2f2f7"}, (255, 255, 255)),  # the surface
        ({"type": "navbar", "title": "Inbox"}, {"theme": "dark"}, (0x18, 0x18, 0x1B)),
        ({**NAVBAR, "style": {"background": "var(--primary)"}}, {}, PURPLE),
    ],
)
async def test_the_status_bar_continues_a_navbar_at_the_top_of_the_screen(
    pool: ChromiumPool, navbar: dict[str, Any], document: dict[str, Any], fill: RGB
) -> None:
    image = await phone(pool, [navbar, {"type": "heading", "text": "Cards"}], **document)
    below = at(image, (SCREEN + 300, SCREEN + PHONE_STATUS_BAR + 8))  # the navbar, right of its title
    assert close_to(below, fill, 1), below
    assert close_to(at(image, STATUS_FILL), fill, 1), at(image, STATUS_FILL)
    assert ink_contrast(image, TIME) >= 4.5
    assert at(image, HOME_FILL) == at(image, (SCREEN + 8, HOME_TOP - 8))  # nothing at the bottom


async def test_the_status_bar_continues_a_band_or_a_map_and_not_a_padded_screen(pool: ChromiumPool) -> None:
    band = {
        "type": "column", "style": {"background": "linear-gradient(180deg, #1e3a8a, #3b82f6)"},
        "children": [{"type": "heading", "text": "Good morning", "style": {"color": "#fff"}}],
    }  # fmt: skip
    image = await phone(pool, [band, {"type": "heading", "text": "Tasks"}])
    assert close_to(at(image, STATUS_FILL), (0x1E, 0x3A, 0x8A), 2)  # the band's top colour
    assert close_to(at(image, (SCREEN + 300, SCREEN + PHONE_STATUS_BAR + 1)), (0x1E, 0x3A, 0x8A), 3)
    assert ink_contrast(image, TIME) >= 4.5
    ride = {"type": "stack", "layout": {"height": HEIGHT}, "children": [
        {"type": "map", "variant": "plain"},
        {"type": "search", "placeholder": "Where to?", "layout": {"x": 16, "y": 16, "width": 358}},
    ]}  # fmt: skip
    image = await phone(pool, [ride], padding=0)
    # The map's land: its theme's muted ground lightened towards the surface, not the white page.
    assert close_to(at(image, STATUS_FILL), (246, 246, 247), 1), at(image, STATUS_FILL)
    padded = await phone(pool, [NAVBAR], padding=24, background="#f2f2f7")
    assert at(padded, STATUS_FILL) == (0xF2, 0xF2, 0xF7)  # the navbar is 24 px down: the page shows


@pytest.mark.parametrize(
    ("bar", "options"),
    [(TAB_BAR, {}), ({**TAB_BAR, "style": {"background": "#1e1b4b"}}, {}), (TAB_BAR, {"full_page": True})],
)
async def test_the_home_indicator_continues_a_bottom_tab_bar(
    pool: ChromiumPool, bar: dict[str, Any], options: dict[str, Any]
) -> None:
    """A tab bar on the screen's bottom edge (its theme surface, or a dark bar's own), also below
    content taller than the screen in a full-page shot, where the phone grows to hold it all."""
    feed = [{"type": "card", "title": f"Post {n}", "layout": {"height": 300}} for n in range(3)]
    elements = [{"type": "heading", "text": "Feed"}, *(feed if options else []), bar]
    page = {"width": WIDTH, "height": HEIGHT, "frame": "phone", "background": "#f8fafc", "elements": elements}
    _, rendered = await render_dsl(pool, page, **options)
    image = rgb(rendered.data)
    home_top = image.height - PHONE_MARGIN - PHONE_BEZEL - PHONE_HOME_BAR
    fill = at(image, (SCREEN + 60, home_top + PHONE_HOME_BAR // 2))
    bar_ground = at(image, (SCREEN + 60, home_top - 2))  # the bar, below its tabs
    assert fill == bar_ground and fill != (0xF8, 0xFA, 0xFC), (fill, bar_ground)
    indicator = (SCREEN + 100, home_top + 4, SCREEN + WIDTH - 100, home_top + 24)
    assert ink_contrast(image, indicator) >= 3


@pytest.mark.parametrize(
    "screen",
    [
        {"type": "map", "label": "Pickup", "layout": {"height": HEIGHT}},
        {"type": "stack", "layout": {"height": HEIGHT}, "children": [{"type": "map", "variant": "plain"}]},
        {"type": "column", "layout": {"height": HEIGHT}, "style": {"background": "#0b3d2e"},
         "children": [{"type": "heading", "text": "Now playing", "style": {"color": "#fff"}}]},
    ],
)  # fmt: skip
async def test_full_bleed_content_as_tall_as_the_screen_runs_on_under_the_home_indicator(
    pool: ChromiumPool, screen: dict[str, Any]
) -> None:
    """A full-screen map ended above a white strip under the home indicator, though the status bar
    continued it at the top: the strip continues the screen's bottom edge (the map's water, a
    band's colour), its indicator still reading on it."""
    image = await phone(pool, [screen])
    edge = at(image, (SCREEN + 60, HOME_TOP - 2))  # the screen's bottom row, beside the map's road
    assert edge != (255, 255, 255)
    assert close_to(at(image, HOME_FILL), edge, 2), (at(image, HOME_FILL), edge)
    assert ink_contrast(image, INDICATOR) >= 3


MAP_LAND = (246, 246, 247)
"""The map's land where nothing is drawn on it: its theme's muted ground lightened towards the surface."""


@pytest.mark.parametrize(
    ("first", "document"),
    [
        ({"type": "map", "layout": {"height": 200}}, {}),  # first on the screen: edge to edge
        ({"type": "map", "layout": {"width": 390, "height": 200}}, {}),  # the full width, as written
        ({"type": "stack", "layout": {"width": 390, "height": 200}, "children": [{"type": "map"}]}, {}),
        ({"type": "map", "layout": {"height": 200}}, {"padding": 0}),
        (
            {
                "type": "stack",
                "layout": {"height": 200},
                "children": [{"type": "map"}, {"type": "badge", "text": "3 min"}],
            },
            {},
        ),
    ],
)
async def test_a_map_first_on_a_phone_runs_edge_to_edge_up_under_the_status_bar_with_square_corners(
    pool: ChromiumPool, first: dict[str, Any], document: dict[str, Any]
) -> None:
    """A ride app's map: it stayed a rounded, bordered card inside the 16 px margins under a white
    status bar, and `width: 390` was shrunk to 358."""
    image = await phone(pool, [first, {"type": "search", "placeholder": "Where to?"}], **document)
    top = SCREEN + PHONE_STATUS_BAR
    assert close_to(at(image, STATUS_FILL), MAP_LAND, 1), at(image, STATUS_FILL)
    for x in (
        SCREEN,
        SCREEN + WIDTH - 1,
    ):  # the screen's corners under the status bar: land, no border or curve
        assert close_to(at(image, (x, top)), MAP_LAND, 2), (x, at(image, (x, top)))
    assert close_to(
        at(image, (SCREEN, top + 100)), at(image, (SCREEN + 3, top + 100)), 2
    )  # no hairline at the side


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_toast_pinned_near_the_bottom_keeps_its_shadow_on_the_screen(
    pool: ChromiumPool, theme: str
) -> None:
    """The tester's notifications screen: a toast 24 px above the screen's bottom had its shadow
    cut in a hard line there, above the home indicator. Its shadow now fades out within the
    room below it: the screen's last row is the screen's own fill under the toast."""
    toast = {
        "type": "toast", "title": "All caught up", "text": "Marked 5 notifications as read.",
        "style": {"position": "absolute", "left": 16, "right": 16, "bottom": 24},
    }  # fmt: skip
    image = await phone(pool, [{"type": "heading", "text": "Notifications"}, toast], theme=theme)
    screen = at(image, (SCREEN + 4, HOME_TOP - 1))  # beside the toast, no shadow there
    for x in range(SCREEN + 40, SCREEN + WIDTH - 40, 20):
        assert close_to(at(image, (x, HOME_TOP - 1)), screen, 2), (x, at(image, (x, HOME_TOP - 1)), screen)
    assert sum(at(image, (SCREEN + WIDTH // 2, HOME_TOP - 20))) < sum(screen) - 2 or theme == "dark"
