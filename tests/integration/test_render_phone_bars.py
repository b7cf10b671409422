"""A phone screen's top bar and page edges on real Chromium: the back button and navigation glyphs at
the bar's start, a centred title, and icon and ghost buttons whose ink sits on the margin line."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    Box,
    box_where,
    column_runs,
    is_brand_red,
    is_hairline,
    is_ink,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

PHONE: dict[str, Any] = {"width": 390, "height": 400, "theme": {"primary": "#ff0000"}}


async def _pixels(pool: ChromiumPool, *elements: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, {**PHONE, "elements": list(elements)})
    return rgb(image.data)


def _bands(pixels: Image.Image) -> list[Box]:
    """The ink of each band of rows that holds some (one bar, one line), top to bottom."""
    whole = (0, 0, pixels.width, pixels.height)
    found = [
        box_where(pixels, is_ink, (0, top, pixels.width, bottom))
        for top, bottom in row_runs(pixels, is_ink, whole)
    ]
    return [box for box in found if box is not None]


# -- the top bar ----------------------------------------------------------------------------------


async def test_a_navigation_glyph_is_a_plain_icon_button_and_align_center_centres_the_title(
    pool: ChromiumPool,
) -> None:
    """`icon: chevron-left` drew the brand's filled logo tile (in the primary colour) and
    `align: center` left the title at the start."""
    bar = {"type": "navbar", "title": "Edit profile", "icon": "chevron-left", "align": "center",
           "actions": [{"label": "Save", "variant": "ghost"}]}  # fmt: skip
    pixels = await _pixels(pool, bar)
    assert box_where(pixels, is_brand_red, (0, 0, 390, 80)) is None  # no tile in the primary colour
    title = box_where(pixels, is_ink, (120, 0, 270, 80))
    assert title is not None and abs((title[0] + title[2]) / 2 - 195) <= 3, title
    chevron = box_where(pixels, is_ink, (0, 0, 60, 80))
    assert chevron is not None and chevron[2] - chevron[0] <= 12, chevron  # a thin chevron, not a tile


async def test_a_back_button_starts_the_bar_on_its_margin_line_in_the_link_colour(pool: ChromiumPool) -> None:
    """`back: Settings`: the chevron and the word in the primary colour, the chevron's ink where
    a bar's title starts without one (the bar's margin line); the title still centred."""
    plain = {"type": "navbar", "title": "Acme"}
    back = {"type": "navbar", "title": "Profile", "back": "Settings", "align": "center",
            "actions": [{"label": "Save", "variant": "ghost"}]}  # fmt: skip
    pixels = await _pixels(pool, plain, back)
    first, second = _bands(pixels)[:2]
    red = box_where(pixels, is_brand_red, (0, second[1], 195, second[3]))
    assert red is not None and abs(red[0] - first[0]) <= 1, (red, first)
    assert red[2] - red[0] > 60, red  # the chevron and "Settings"
    title = box_where(pixels, is_ink, (150, second[1], 260, second[3]))
    assert title is not None and abs((title[0] + title[2]) / 2 - 195) <= 3, title


async def test_a_long_title_between_a_back_button_and_actions_ends_in_an_ellipsis(pool: ChromiumPool) -> None:
    """The centred title gives way first: the back button and the action stay whole on the screen."""
    bar = {"type": "navbar", "title": "A screen title far too long for a phone's top bar", "back": "Back",
           "align": "center", "actions": [{"icon": "share", "variant": "ghost"}]}  # fmt: skip
    _, image = await render_dsl(pool, {**PHONE, "elements": [bar]})
    assert any("…" in warning.message for warning in image.measured_warnings), image.measured_warnings
    pixels = rgb(image.data)
    ink = box_where(pixels, is_ink, (0, 0, 390, 80))
    assert ink is not None and ink[2] <= 390 - 12, ink  # the share button is on the screen


@pytest.mark.parametrize("title", [None, ""])
async def test_a_bar_of_only_actions_draws_them_on_the_right_over_its_hairline(
    pool: ChromiumPool, title: str | None
) -> None:
    """A navbar with buttons and no title (a mail app's archive and delete) was drawn as the earlier
    format's styled box: its buttons on the left and no hairline under it."""
    bar = {"type": "navbar", "children": [{"type": "button", "icon": "archive", "variant": "ghost"},
                                          {"type": "button", "icon": "trash-2", "variant": "ghost"}]}  # fmt: skip
    pixels = await _pixels(pool, bar if title is None else {**bar, "title": title})
    buttons = _bands(pixels)[0]
    assert buttons[0] > 390 / 2 and 390 - MARGIN - buttons[2] <= 4, buttons  # on the right margin
    rule = box_where(pixels, is_hairline, (0, buttons[3], 390, buttons[3] + 40))
    assert rule is not None and rule[2] - rule[0] >= 390 - 2 and rule[3] - rule[1] == 1, rule


# -- ghost buttons at the screen's margin ----------------------------------------------------------------

MARGIN = 16
"""A phone screen's margin: where the text starts and ends."""


async def test_a_ghost_icon_button_alone_on_the_screen_has_its_glyph_on_the_margin_line(
    pool: ChromiumPool,
) -> None:
    """The back arrow stood 12 px in from the heading's first letter: its invisible box was on the line."""
    pixels = await _pixels(
        pool,
        {"type": "button", "icon": "arrow-left", "variant": "ghost"},
        {"type": "heading", "text": "Welcome"},
    )
    arrow, heading = _bands(pixels)[:2]
    assert heading[0] - 2 <= MARGIN and 0 <= arrow[0] - heading[0] <= 4, (
        arrow,
        heading,
    )  # the arrow's own 3 px


async def test_a_sections_see_all_is_a_link_whose_words_end_on_the_margin_line(pool: ChromiumPool) -> None:
    section = {"type": "section", "title": "Recommended", "actions": ["See all"],
               "children": [{"type": "text", "text": "Body text on the page margin"}]}  # fmt: skip
    pixels = await _pixels(pool, section)
    see_all = box_where(pixels, is_brand_red)
    assert see_all is not None, "See all is not in the link colour"
    assert abs(see_all[2] - (390 - MARGIN)) <= 2, see_all


@pytest.mark.parametrize("align", [None, "center"])
async def test_a_ghost_buttons_words_end_on_the_margin_in_a_row_of_the_screens_column(
    pool: ChromiumPool, align: str | None
) -> None:
    """An onboarding screen's "Skip" in a row of a column as tall as the screen ended 21 px short of
    the margin, where a row of the screen's own puts its ghost button's words on it."""
    row = {
        "type": "row",
        "justify": "end",
        "children": [{"type": "button", "label": "Skip", "variant": "ghost"}],
    }
    column = {
        "type": "column",
        "layout": {"height": "100%"},
        "children": [row, {"type": "text", "text": "Welcome"}],
    }
    pixels = await _pixels(pool, column if align is None else {**column, "align": align})
    skip = _bands(pixels)[0]
    assert abs(skip[2] - (390 - MARGIN)) <= 2, skip


async def test_the_icon_buttons_at_both_ends_of_a_screens_row_sit_on_its_margins(pool: ChromiumPool) -> None:
    """A screen's own toolbar: back arrow, title, more. Both glyphs were 12 px inside the margins."""
    row = {"type": "row", "children": [
        {"type": "button", "icon": "arrow-left", "variant": "ghost"}, {"type": "text", "text": "Trip"},
        {"type": "spacer"}, {"type": "button", "icon": "ellipsis-vertical", "variant": "ghost"}]}  # fmt: skip
    pixels = await _pixels(pool, row, {"type": "text", "text": "Body text"})
    toolbar, body = _bands(pixels)[:2]
    assert 0 <= toolbar[0] - body[0] <= 4, (toolbar, body)
    assert 0 <= (390 - MARGIN) - toolbar[2] <= 11, toolbar  # the three dots stand in the glyph's middle


async def test_a_ghost_buttons_padding_on_the_page_margin_is_not_content_cut_off(pool: ChromiumPool) -> None:
    """A ghost button whose words end on the margin line has its (unpainted) padding past them: on a
    phone, 20 px of it against a 16 px margin, 4 px past the screen's side. A render said "its
    content runs 4 px past the side of the image and is cut off" of a section's "See all", fully
    drawn. What runs past the side is what is drawn there; a filled button there is still named."""
    section = {"type": "section", "title": "Recently played", "actions": ["See all"],
               "children": [{"type": "paragraph", "text": "Nothing played yet."}]}  # fmt: skip
    row = {"type": "row", "children": [
        {"type": "button", "label": "Back", "variant": "ghost"}, {"type": "text", "text": "Trip"},
        {"type": "spacer"}, {"type": "button", "label": "Edit", "variant": "ghost"}]}  # fmt: skip
    header = {
        "type": "header",
        "title": "Orders",
        "children": [{"type": "button", "label": "Export", "variant": "ghost"}],
    }
    phone = {"device": "mobile", "height": 400, "scale": 1}  # the touch density: 44 px controls
    _, image = await render_dsl(pool, {**phone, "elements": [section, row, header]})
    assert image.measured_warnings == ()
    pushed = {
        "type": "row",
        "children": [
            {"type": "text", "text": "Trip"},
            {"type": "button", "label": "Edit", "layout": {"minWidth": 400}},
        ],
    }
    _, cut = await render_dsl(pool, {**phone, "elements": [pushed]})
    (warning,) = cut.measured_warnings
    assert warning.path == "/elements/0/children/1" and "past the side" in warning.message, warning


# -- a top bar too narrow for all it holds -------------------------------------------------------------

ON_PHONE: dict[str, Any] = {"device": "mobile", "height": 120, "scale": 1, "theme": {"primary": "#ff0000"}}
"""A phone at its own density (44 px controls, 17 px titles), the primary red."""
CART: dict[str, Any] = {"type": "button", "icon": "shopping-cart", "variant": "ghost"}


async def _bar(pool: ChromiumPool, navbar: dict[str, Any], **page: Any) -> tuple[Image.Image, list[Any]]:
    _, image = await render_dsl(pool, {**ON_PHONE, **page, "elements": [navbar]})
    return rgb(image.data), list(image.measured_warnings)


async def test_a_phone_bars_title_gives_way_so_its_action_stays_whole_on_the_screen(
    pool: ChromiumPool,
) -> None:
    """Title, three links and a "New customer" action: the links folded into "... v" but the
    title kept its width, and the button was cut at the screen's edge ("New custome"). The title
    gives way now, ending in an ellipsis that the render names, and the button is whole."""
    bar = {"type": "navbar", "title": "Northwind CRM", "icon": "briefcase", "items": ["Pipeline", "Customers", "Reports"],
           "actions": [{"label": "New customer", "icon": "plus", "variant": "primary"}]}  # fmt: skip
    pixels, warnings = await _bar(pool, bar)
    button = box_where(pixels, lambda c: c == (255, 0, 0), (100, 0, 390, 60))  # its fill, not the logo's
    assert button is not None and button[2] <= 390 - MARGIN and button[2] - button[0] > 120, button
    assert [w.code for w in warnings] == ["text_truncated", "content_folded"], warnings
    assert "the title 'Northwind CRM'" in warnings[0].message and "…" in warnings[0].message
    assert "3 of its links, 'Pipeline' (/elements/0/items/0)" in warnings[1].message  # all in "more"


async def test_a_phone_bars_search_folds_to_an_icon_button_and_its_cart_stays_on_the_screen(
    pool: ChromiumPool,
) -> None:
    """Title, two links, a search and a cart button: the cart was not drawn at all, 72 px past the
    side. Now the search is a search icon button, the title whole, and the render says so."""
    bar = {"type": "navbar", "title": "Northwind Outdoor", "items": ["Tents", "Packs"],
           "children": [{"type": "search", "placeholder": "Search gear"}, CART]}  # fmt: skip
    pixels, warnings = await _bar(pool, bar)
    glyphs = column_runs(pixels, is_ink, (250, 10, 390, 50))  # right of the title and the more item
    assert len(glyphs) == 2, glyphs  # the magnifier and the cart, no field's placeholder
    assert all(right - left <= 26 for left, right in glyphs), glyphs
    assert glyphs[1][1] <= 390 - MARGIN + 1, glyphs  # the cart's ink on the margin line
    (warning,) = warnings
    assert (warning.code, warning.path) == ("content_folded", "/elements/0"), warning
    assert "its search (/elements/0/children/0) is drawn as a search icon button" in warning.message


async def test_the_links_a_wide_bar_folds_into_its_more_item_are_named(pool: ChromiumPool) -> None:
    """Long German links on a 1024 px canvas: four of six went to the "more" item (… ⌄) and the
    render said nothing. The warning names exactly the links not drawn."""
    items = [{"label": "Übersicht", "active": True}, "Bestellungsverwaltung", "Kundenbeziehungsmanagement",
             "Lagerbestandsverwaltung", "Rechnungsstellung", "Berichterstattung"]  # fmt: skip
    bar = {"type": "navbar", "title": "Northwind Handelsgesellschaft", "items": items,
           "children": [{"type": "avatar", "name": "Jürgen Müller"}],
           "actions": [{"label": "Neue Bestellung", "icon": "plus"}]}  # fmt: skip
    pixels, warnings = await _bar(pool, bar, width=1024, height=120, device=None, lang="de")
    (warning,) = [w for w in warnings if w.code == "content_folded"]
    assert warning.path == "/elements/0", warning
    named = [f"/elements/0/items/{index}" for index in range(2, 6)]
    assert all(path in warning.message for path in named), warning.message
    assert "/items/1)" not in warning.message and "4 of its links" in warning.message
    links = column_runs(pixels, is_ink, (280, 15, 700, 45))  # the words drawn after the title
    assert links and links[-1][1] < 560, links  # "Bestellungsverwaltung" ends the strip's words


@pytest.mark.parametrize(
    ("width", "folded"),
    [(720, ""), (460, "search"), (380, "search, button")],
)
async def test_a_bar_folds_its_search_then_its_labels_as_it_narrows(
    pool: ChromiumPool, width: int, folded: str
) -> None:
    """As wide as a tablet's bar, all is whole; on a narrower one the search folds first, then the
    buttons with an icon show it alone (their labels left out); the title keeps at least 5 em."""
    bar = {"type": "navbar", "title": "Northwind Outdoor", "items": ["Tents", "Packs"],
           "children": [{"type": "search", "placeholder": "Search gear"}, CART],
           "actions": [{"label": "New order", "icon": "plus"}]}  # fmt: skip
    pixels, warnings = await _bar(
        pool, bar, width=width, device=None, theme={"primary": "#ff0000", "density": "touch"}
    )
    named = [w.message for w in warnings if w.code == "content_folded"]
    assert ("search" in (named[0] if named else "")) is ("search" in folded), named
    assert ("'New order' shows its icon alone" in (named[0] if named else "")) is ("button" in folded), named
    assert not [w for w in warnings if w.code == "content_cut"], warnings
    red = box_where(pixels, lambda c: c == (255, 0, 0), (0, 0, width, 60))  # the action's fill
    assert red is not None and red[2] <= width - MARGIN, red
    title = box_where(pixels, is_ink, (0, 0, 200, 60))
    assert title is not None and title[2] - title[0] >= 5 * 17 - 4, title


async def test_a_headers_actions_wrap_inside_the_content_edge_on_a_phone(pool: ChromiumPool) -> None:
    """German actions under a header on a phone: "Änderungen speichern" ended 10 px past the
    content edge (at 384 of 390 px), as the actions kept one line. They wrap now, the primary
    button under the ghost one, inside the 16 px margin, and nothing is cut."""
    header = {"type": "header", "title": "Benutzerkontoeinstellungen",
              "description": "Verwalten Sie, wie Northwind für Sie funktioniert.",
              "actions": [{"label": "Abbrechen", "variant": "ghost"},
                          {"label": "Änderungen speichern", "icon": "arrow-right", "iconPosition": "end"}]}  # fmt: skip
    _, image = await render_dsl(pool, {**ON_PHONE, "height": 400, "lang": "de", "elements": [header]})
    pixels = rgb(image.data)
    primary = box_where(pixels, is_brand_red, (0, 0, 390, 400))
    assert primary is not None and primary[2] <= 390 - MARGIN, primary
    ghost = box_where(pixels, is_ink, (0, 80, 390, primary[1] - 2))  # "Abbrechen", above the primary
    assert ghost is not None and ghost[3] < primary[1], (ghost, primary)
    assert not [w for w in image.measured_warnings if w.code == "content_cut"], image.measured_warnings
