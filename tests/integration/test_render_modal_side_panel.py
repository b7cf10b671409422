"""On real Chromium: a modal with `variant: drawer` on a laptop's canvas is a side panel: the
full height of the screen on its right edge, 440 px wide, the page beside it dimmed, a hairline
under its head and one over its footer, Cancel then the primary Save at the footer's end, its
edge's corners square. The same document 390 px wide draws the bottom sheet a phone shows; a
`left` panel sits on the left edge, and on a phone keeps a strip of the page beside it."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    WHITE,
    box_where,
    is_hairline,
    render_dsl,
    rgb,
    white_box,
)

pytestmark = pytest.mark.integration

DRAWER = {
    "type": "modal",
    "variant": "drawer",
    "title": "Edit member",
    "description": "marcus@northwind.com",
    "children": [
        {"type": "input", "label": "Name", "value": "Marcus Johnson"},
        {"type": "select", "label": "Role", "options": ["Admin", "Viewer"], "value": "Admin"},
    ],
    "actions": ["Cancel", "Save"],
}
PAGE = [
    {"type": "heading", "text": "Team"},
    {
        "type": "table",
        "columns": ["Name", "Role"],
        "rows": [["Marcus Johnson", "Admin"], ["Ana Souza", "Viewer"]],
    },
]


async def screen(pool: ChromiumPool, width: int, height: int, elements: list[dict[str, Any]]) -> Image.Image:
    page = {"width": width, "height": height, "elements": elements}
    _, image = await render_dsl(pool, page, scale=1)
    return rgb(image.data)


def at(image: Image.Image, point: tuple[int, int]) -> RGB:
    red, green, blue = image.getpixel(point)  # type: ignore[misc]
    return red, green, blue


def is_primary(colour: RGB) -> bool:
    """The light theme's indigo primary, a filled button's fill."""
    red, green, blue = colour
    return blue > 180 and blue - red > 80 and blue - green > 80


def full_rows(image: Image.Image, keep: Any, left: int, right: int) -> list[int]:
    """The rows where every pixel between `left` and `right` is kept: rules drawn across a box."""
    return [y for y in range(image.height) if all(keep(at(image, (x, y))) for x in range(left, right, 7))]


async def test_on_a_laptop_a_drawer_is_a_side_panel_with_a_footer_of_actions(pool: ChromiumPool) -> None:
    plain = await screen(pool, 1280, 800, PAGE)
    shown = await screen(pool, 1280, 800, [*PAGE, DRAWER])
    left, top, right, bottom = white_box(shown)
    # 440 px wide with its hairline on the side facing the page.
    assert (left, top, right, bottom) == (1280 - 440 + 1, 0, 1280, 800), (left, top, right, bottom)
    # The page beside it is dimmed: the white page is grey now.
    for point in ((400, 300), (left - 30, 700)):
        assert at(plain, point) == WHITE and sum(at(shown, point)) < 3 * 200, at(shown, point)
    # Square corners on the screen's edge; those facing the page are round (the page shows there).
    assert at(shown, (1279, 0)) == WHITE and at(shown, (1279, 799)) == WHITE
    assert at(shown, (left + 1, 1)) != WHITE and at(shown, (left + 1, 798)) != WHITE
    # A hairline under the head and one over the footer, across the panel's whole width.
    rules = full_rows(shown, is_hairline, left + 2, right)
    assert len(rules) == 2 and 60 < rules[0] < 120 and 700 < rules[1] < 760, rules
    # Save, the primary, at the footer's end under the lower rule; Cancel (outlined) before it.
    save = box_where(shown, is_primary, (left, rules[1], right, 800))
    assert save is not None
    assert 16 <= right - save[2] <= 32 and save[3] < 800 - 8, save
    cancel = box_where(
        shown, lambda c: c != WHITE and not is_primary(c), (left + 2, rules[1] + 2, save[0], 798)
    )
    assert cancel is not None and save[0] - cancel[2] < 16, (cancel, save)
    # The form sits between the rules: its fields' borders start under the head.
    field = box_where(shown, lambda c: c != WHITE, (left + 2, rules[0] + 2, right, rules[1]))
    assert field is not None and field[1] < rules[0] + 60, field


async def test_on_a_phone_the_same_drawer_is_a_bottom_sheet(pool: ChromiumPool) -> None:
    shown = await screen(pool, 390, 844, [*PAGE, DRAWER])
    left, top, right, bottom = white_box(shown)
    assert (left, right, bottom) == (0, 390, 844), (left, top, right, bottom)
    assert 844 // 2 < top < 844 - 250, top  # its content's height, on the bottom edge
    # Its actions stack full width, the primary Save on top.
    save = box_where(shown, is_primary, (0, top, 390, 844))
    assert save is not None and save[2] - save[0] > 390 - 2 * 30, save


@pytest.mark.parametrize(("width", "height", "panel"), [(1280, 800, 440), (390, 844, 390 - 48)])
async def test_a_left_panel_sits_on_the_left_edge_beside_the_dimmed_page(
    pool: ChromiumPool, width: int, height: int, panel: int
) -> None:
    menu = {"type": "menu", "items": ["Dashboard", "Orders", "Settings"]}
    shown = await screen(pool, width, height, [*PAGE, {"type": "modal", "variant": "left", "title": "Menu", "children": [menu]}])  # fmt: skip
    assert white_box(shown) == (0, 0, panel - 1, height)  # its hairline faces the page
    assert sum(at(shown, (width - 10, height // 2))) < 3 * 200  # the page on its right is dimmed


async def test_a_panel_whose_children_run_past_its_footer_says_how_much_is_hidden(pool: ChromiumPool) -> None:
    fields = [{"type": "input", "label": f"Field {index}", "value": "x"} for index in range(12)]
    page = {"width": 1280, "height": 800, "elements": [*PAGE, {**DRAWER, "children": fields}]}
    _, image = await render_dsl(pool, page, scale=1)
    (warning,) = [issue for issue in image.measured_warnings if issue.code == "content_cut"]
    assert warning.path == "/elements/2" and "past the bottom of its box" in warning.message, warning
    px = int(warning.message.split(" px")[0].rsplit(" ", 1)[-1])
    # Twelve fields of about 74 px (label, input, gap) less the body's ~590 px between the rules.
    assert 250 < px < 330, px
    assert f"give the box that holds it {px} px more height" in (warning.suggestion or "")
    shown = rgb(image.data)
    assert white_box(shown)[3] == 800  # the panel stays the screen's height; its footer stays put
    assert box_where(shown, is_primary, (840, 720, 1280, 800)) is not None
