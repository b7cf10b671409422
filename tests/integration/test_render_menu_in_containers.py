"""On real Chromium: a menu in a card or a bottom sheet is that container's list of actions. No
second border, shadow or fill is drawn around its items: between the container's edge and the
items there is only the container's surface, and the items' text starts on the container's
content edge (the card's title, the sheet's buttons). A menu on its own still floats: a border
around it and a shadow under it."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, box_where, luminance, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

WHITE = (255, 255, 255)
PAGE_BLUE = (219, 234, 254)  # #dbeafe: the page, so that a white surface stands out as a box
ITEMS = [
    {"label": "Share", "icon": "share-2"},
    {"label": "Copy link", "icon": "link"},
    {"label": "Add to playlist", "icon": "list-plus"},
    "-",
    {"label": "Delete", "icon": "trash-2", "variant": "danger"},
]
MENU = {"type": "menu", "items": ITEMS}


async def picture(pool: ChromiumPool, elements: list[dict[str, Any]], **document: Any) -> Image.Image:
    page = {"width": 420, "height": 420, "background": "#dbeafe", "elements": elements, **document}
    _, image = await render_dsl(pool, page, scale=1)
    return rgb(image.data)


def at(image: Image.Image, point: tuple[int, int]) -> RGB:
    red, green, blue = image.getpixel(point)  # type: ignore[misc]
    return red, green, blue


def only(image: Image.Image, surface: RGB, region: Box) -> bool:
    """Whether every pixel of `region` is the container's surface: no line, fill or shadow."""
    return box_where(image, lambda colour: colour != surface, region) is None


def marks_on(surface: RGB) -> Any:
    """Text and icons on `surface`, dark or light: far from it in brightness (hairlines are not)."""
    return lambda colour: abs(luminance(colour) - luminance(surface)) > 60


def lines_on(surface: RGB) -> Any:
    """Anything drawn on `surface`, hairlines too, but not the faint shadow around a button."""
    return lambda colour: abs(luminance(colour) - luminance(surface)) > 20


def ink_left(image: Image.Image, keep: Any, region: Box, band: tuple[int, int]) -> int:
    found = box_where(image, keep, (region[0], band[0], region[2], band[1]))
    assert found is not None
    return found[0]


async def test_a_menu_in_a_card_draws_no_frame_its_items_on_its_content_edge(pool: ChromiumPool) -> None:
    image = await picture(pool, [{"type": "card", "title": "Midnight City", "children": [MENU]}])
    card = box_where(image, lambda colour: colour == WHITE)
    assert card is not None
    left, _, right, bottom = card
    ink = marks_on(WHITE)
    lines = row_runs(image, ink, card)
    assert len(lines) == 5, lines  # the title, then four items; the separator is a hairline
    title, first, last = lines[0], lines[1], lines[-1]
    title_left = ink_left(image, ink, card, title)
    icon_left = ink_left(image, ink, card, first)
    assert abs(icon_left - title_left) <= 2, (icon_left, title_left)  # on the card's content edge
    # Left of the items, above them and below them (2 px off their marks' soft edges): only the
    # card's white, no border or shadow.
    assert only(image, WHITE, (left, first[0], icon_left - 2, last[1]))
    assert only(image, WHITE, (left, title[1] + 2, right, first[0] - 2))
    corner = 16  # the card's round corners draw its border inside the white's box
    assert only(image, WHITE, (left + corner, last[1] + 2, right - corner, bottom))
    # Right of the items, in the card's padding (as wide as on the left): nothing either.
    assert only(image, WHITE, (right - (title_left - left) + 2, first[0], right, last[1]))


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_menu_in_a_bottom_sheet_is_its_action_list(pool: ChromiumPool, theme: str) -> None:
    sheet = {"type": "modal", "variant": "sheet", "children": [MENU], "actions": ["Cancel"]}
    elements = [{"type": "heading", "level": 2, "text": "Library"}, sheet]
    page = {"width": 390, "height": 844, "device": "mobile", "theme": theme, "elements": elements}
    _, rendered = await render_dsl(pool, page, scale=1)
    image = rgb(rendered.data)
    surface = at(image, (195, 843))  # the sheet runs along the screen's bottom edge
    found = box_where(image, lambda colour: colour == surface)
    assert found is not None
    left, top, right, bottom = found
    assert (left, right, bottom) == (0, 390, 844), found
    ink = marks_on(surface)
    body = (left, top + 20, right, bottom)  # below the grab handle
    lines = row_runs(image, ink, body)
    assert len(lines) == 5, lines  # Share, Copy link, Add to playlist, Delete, then Cancel
    first, last, cancel = lines[0], lines[3], lines[4]
    icon_left = ink_left(image, ink, body, first)
    # The Cancel button's outline is the sheet's content edge: the icons start on it.
    button_left = ink_left(image, lines_on(surface), body, cancel)
    assert 0 <= icon_left - button_left <= 2, (icon_left, button_left)
    # The button is filled with the sheet's surface: its top is the outline above its label.
    button_top = next(y for y in range(cancel[0], top, -1) if at(image, (button_left + 12, y)) != surface)
    assert only(image, surface, (left, first[0], icon_left - 2, last[1]))  # no border beside them
    assert only(image, surface, (left, top + 20, right, first[0] - 2))  # none above
    assert only(image, surface, (left, last[1] + 2, right, button_top - 2))  # no border or shadow below


async def test_a_menu_on_its_own_still_floats_in_its_frame(pool: ChromiumPool) -> None:
    image = await picture(pool, [MENU])
    found = box_where(image, lambda colour: colour == WHITE)
    assert found is not None
    left, top, right, bottom = found
    middle = (left + right) // 2
    border = at(image, (left - 1, (top + bottom) // 2))
    assert border != PAGE_BLUE and max(border) - min(border) < 12, border  # a grey hairline
    assert at(image, (middle, bottom)) not in (WHITE, PAGE_BLUE)  # its bottom border
    below = at(image, (middle, bottom + 3))
    assert luminance(below) < luminance(PAGE_BLUE) - 3, below  # the page darkened by its shadow


# -- icons at the end and the icon column ----------------------------------------------------------


DESKTOP_MENU = {
    "type": "menu",
    "layout": {"x": 40, "y": 30},
    "items": [
        {"label": "Open", "shortcut": "⌘O"},
        {"label": "Open With", "icon": "chevron-right", "iconPosition": "end"},
        {"label": "Get Info", "icon": "info", "shortcut": "⌘I"},
        "-",
        {"label": "Copy", "shortcut": "⌘C"},
    ],
}


async def test_a_menus_end_icon_trails_and_its_labels_share_one_column(pool: ChromiumPool) -> None:
    """`iconPosition: end` drew a submenu's chevron before "Open With", and the items without an
    icon started 26 px left of "Get Info": now the labels start in one column (the others keep
    the icon's room) and the chevron ends the row, right of its label, near the menu's edge."""
    image = await picture(pool, [DESKTOP_MENU], width=400, height=260, background="#ffffff")
    frame = box_where(image, lambda c: luminance(c) < 235)  # the border, not the faint shadow
    assert frame is not None
    inside = (frame[0] + 3, frame[1] + 3, frame[2] - 3, frame[3] - 3)
    lines = [(top, bottom) for top, bottom in row_runs(image, marks_on(WHITE), inside) if bottom - top > 5]
    assert len(lines) == 4, lines  # Open, Open With, Get Info, Copy
    label = lambda c: luminance(c) < 60  # noqa: E731  the labels' ink; icons and shortcuts are muted
    starts = [ink_left(image, label, inside, line) for line in lines]
    assert max(starts) - min(starts) <= 1, starts
    assert starts[0] - frame[0] >= 30, starts  # after the icon column's room
    open_with = lines[1]
    words = box_where(image, label, (inside[0], open_with[0], inside[2], open_with[1]))
    marks = box_where(image, marks_on(WHITE), (inside[0], open_with[0], inside[2], open_with[1]))
    assert words is not None and marks is not None
    assert marks[0] == words[0], (marks, words)  # nothing before the label
    assert marks[2] - words[2] > 40 and frame[2] - marks[2] < 24, (marks, words, frame)  # the chevron trails
