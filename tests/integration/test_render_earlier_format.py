"""The earlier format's screens on real Chromium: placed modals, crowded navbars, flex and grid
styled as CSS, see-through buttons, accordion answers, long bottom-tab labels, row containers."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    Box,
    colour_box,
    column_runs,
    is_ink,
    is_text,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

WHITE = (255, 255, 255)
FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}


def flat(colour: str, **more: Any) -> dict[str, Any]:
    """Style that leaves a box one flat colour, so its pixels give its exact place and size."""
    return {"style": {"background": colour, **FLAT}, **more}


def page(width: int, height: int, *elements: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"width": width, "height": height, "background": "#ffffff", "elements": list(elements), **more}


# -- modal -----------------------------------------------------------------------------------------

PLACED_MODAL = {
    "type": "modal",
    "layout": {"x": 50, "y": 50, "width": 400, "height": 200},
    "style": {"padding": "20px"},
    "children": [
        {"type": "text", "text": "Top", "layout": {"x": 0, "y": 0, "width": 360, "height": 20}},
        {"type": "button", "label": "OK", "layout": {"x": 260, "y": 120, "width": 100, "height": 40},
         **flat("#0000ff")},
    ],
}  # fmt: skip


async def test_a_placed_modal_without_a_title_places_its_children_inside_its_padding(
    pool: ChromiumPool,
) -> None:
    _, image = await render_dsl(pool, page(500, 300, PLACED_MODAL))
    # 50 px, then the modal's 1 px border and 20 px padding: OK sits where its coordinates say,
    # inside the modal's 200 px, not pushed down by a head row.
    assert colour_box(image.data, BLUE) == (331, 191, 431, 231)
    picture = rgb(image.data)
    assert picture.getpixel((10, 10)) == WHITE  # no backdrop dims the page
    top_right: Box = (380, 52, 448, 100)  # where a close × would sit
    assert column_runs(picture, is_ink, top_right) == []


async def test_a_placed_modal_over_the_documents_own_overlay_dims_the_page_once(pool: ChromiumPool) -> None:
    overlay = {
        "type": "container",
        "layout": {"x": 0, "y": 0, "width": 500, "height": 300},
        "style": {"background": "rgba(17, 24, 39, 0.55)", "zIndex": 50},
    }
    modal = {**PLACED_MODAL, "style": {**PLACED_MODAL["style"], "zIndex": 100}}
    _, dimmed_once = await render_dsl(pool, page(500, 300, overlay))
    _, with_modal = await render_dsl(pool, page(500, 300, overlay, modal))
    assert rgb(with_modal.data).getpixel((10, 10)) == rgb(dimmed_once.data).getpixel((10, 10))
    assert colour_box(with_modal.data, BLUE) == (331, 191, 431, 231)


# -- navbar ----------------------------------------------------------------------------------------

SHOP_LINKS = ["Home", "Shop all", "New arrivals", "Ceramics", "Textiles", "Woodwork", "Jewellery",
              "Prints", "Candles", "Gift cards", "Sale", "Sell with us"]  # fmt: skip
BAR: Box = (0, 8, 1280, 52)
"""The band of a 1280 px page's navbar that holds its brand, links, search and buttons."""


def shop_navbar(links: list[str]) -> dict[str, Any]:
    return page(
        1280,
        120,
        {
            "type": "navbar",
            "title": "Bramblewood Artisan Marketplace",
            "items": links,
            "children": [{"type": "search", "placeholder": "Search"}],
            "actions": [{"label": "Cart (3)"}],
        },
    )


async def test_a_crowded_navbar_keeps_its_search_and_actions_and_leaves_out_whole_links(
    pool: ChromiumPool,
) -> None:
    _, roomy = await render_dsl(pool, shop_navbar(SHOP_LINKS[:3]))
    _, crowded = await render_dsl(pool, shop_navbar(SHOP_LINKS))
    # nothing runs past the canvas: the cut is the navbar's own, and it names the links it left out
    (folded,) = crowded.measured_warnings
    assert folded.code == "content_folded" and "6 of its links, 'Jewellery'" in folded.message, folded
    roomy_bar, crowded_bar = rgb(roomy.data), rgb(crowded.data)
    # The right side (search field and Cart button) is drawn exactly as in a navbar with room to spare.
    end_start = _right_group_start(roomy_bar)
    right_side: Box = (end_start, 0, 1280, 60)
    assert crowded_bar.crop(right_side).tobytes() == roomy_bar.crop(right_side).tobytes()
    # Left of it, past the navbar's 24 px gap, the 48 px "more" item (an ellipsis and a chevron)
    # ends the links strip; the links before it are whole, so the link padding before it is blank.
    more_end = end_start - 24
    more = column_runs(crowded_bar, is_ink, (more_end - 48, BAR[1], more_end, BAR[3]))
    assert more and more[0][0] > more_end - 40 and more[-1][1] > more_end - 20, more
    assert column_runs(crowded_bar, is_ink, (more_end - 60, BAR[1], more_end - 48, BAR[3])) == []


async def test_the_more_item_of_a_coloured_navbar_takes_the_bars_colour(pool: ChromiumPool) -> None:
    links = ["Dashboard", "Projects", "Team members", "Billing and invoices", "Settings", "Help"]
    navbar = {"type": "navbar", "title": "Acme", "items": links, "actions": ["Upgrade"],
              "style": {"background": "#111827", "color": "white"}}  # fmt: skip
    _, image = await render_dsl(pool, page(700, 80, navbar))
    bar = rgb(image.data)
    upgrade = column_runs(bar, _is_primary_blue, (0, 8, 700, 52))[0][0]  # the Upgrade button's left edge
    more: Box = (upgrade - 24 - 48, 0, upgrade - 24, 59)
    counted = sorted(bar.crop(more).getcolors(48 * 59) or [], reverse=True)
    assert counted[0][1] == (17, 24, 39), counted[:3]  # its fill is the bar's, not a white box
    assert column_runs(bar, lambda colour: luminance(colour) > 60, more)  # its muted icons are drawn


def _is_primary_blue(colour: tuple[int, int, int]) -> bool:
    red, _, blue = colour
    return blue > 150 and red < 120


def _right_group_start(bar: Image.Image) -> int:
    """Where a navbar's right side (its children and actions) starts: the drawn columns after the
    widest blank stretch of the bar."""
    drawn = column_runs(bar, lambda colour: colour != WHITE, BAR)
    gaps = [after[0] - before[1] for before, after in itertools.pairwise(drawn)]
    return drawn[gaps.index(max(gaps)) + 1][0]


# -- flex and grid styled as CSS -------------------------------------------------------------------


async def test_a_flex_styled_as_a_column_stretches_its_children(pool: ChromiumPool) -> None:
    column = {
        "type": "flex",
        "layout": {"x": 10, "y": 10, "width": 280, "height": 140},
        "style": {"display": "flex", "flexDirection": "column", "border": "1px solid red"},
        "children": [
            {"type": "flex", "style": {"display": "flex", "justifyContent": "space-between",
                                       "background": "#0000ff", "color": "#ffffff"},
             "children": [{"type": "text", "text": "Name"}, {"type": "text", "text": "$1"}]},
        ],
    }  # fmt: skip
    _, image = await render_dsl(pool, page(300, 160, column))
    blue = colour_box(image.data, BLUE)
    assert blue is not None and (blue[0], blue[2]) == (11, 289)  # the full width inside the border


async def test_a_grid_with_css_columns_and_no_gap_has_no_seams(pool: ChromiumPool) -> None:
    grid = {
        "type": "grid",
        "layout": {"x": 10, "y": 10, "width": 280, "height": 80},
        "style": {"display": "grid", "gridTemplateColumns": "1fr 1fr"},
        "children": [
            {"type": "text", "text": "A", **flat("#0000ff")},
            {"type": "text", "text": "B", **flat("#00ff00")},
        ],
    }
    _, image = await render_dsl(pool, page(300, 120, grid))
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue == (10, 10, 150, 90) and green == (150, 10, 290, 90)


# -- buttons ---------------------------------------------------------------------------------------


async def test_a_see_through_button_casts_no_shadow(pool: ChromiumPool) -> None:
    ghost = {
        "type": "button",
        "label": "Ghost?",
        "layout": {"x": 20, "y": 30, "width": 120, "height": 40},
        "style": {"background": "transparent", "color": "#333333", "border": "none"},
    }
    _, image = await render_dsl(pool, page(300, 100, ghost))
    picture = rgb(image.data)
    label: Box = (40, 30, 120, 70)
    # Around the label, over the button's box and 6 px past it where a shadow would fall: page white.
    around = picture.crop((14, 24, 146, 78))
    around.paste(WHITE, (label[0] - 14, label[1] - 24, label[2] - 14, label[3] - 24))
    assert around.getcolors() == [(around.width * around.height, WHITE)]
    assert row_runs(picture, is_text, label)  # the label is drawn


# -- accordion -------------------------------------------------------------------------------------


async def test_an_open_accordion_item_shows_its_text(pool: ChromiumPool) -> None:
    accordion = {
        "type": "accordion",
        "items": [{"label": "Question one?", "text": "Answer placeholder text.", "active": True},
                  {"label": "Question two?"}],
    }  # fmt: skip
    _, image = await render_dsl(pool, page(400, 220, accordion))
    lines = row_runs(rgb(image.data), is_ink, (40, 0, 300, 220))
    assert len(lines) == 3, lines  # question one, its answer, question two


# -- bottom tabs -----------------------------------------------------------------------------------


async def test_long_bottom_tab_labels_stay_within_their_tabs(pool: ChromiumPool) -> None:
    labels = ["Início", "Transferências", "Investimentos", "Notificações", "Configurações"]
    tabs = {
        "type": "tabs",
        "variant": "bottom",
        "items": [{"label": label, "icon": "house"} for label in labels],
    }
    _, image = await render_dsl(pool, {"lang": "pt-BR", "width": 375, "height": 200, "elements": [tabs]})
    picture = rgb(image.data)
    label_band = row_runs(picture, is_ink, (0, 160, 375, 200))[-1]
    words = _words(column_runs(picture, is_ink, (0, label_band[0], 375, label_band[1])))
    assert len(words) == 5, words  # five labels, each ending in an ellipsis where it does not fit
    assert all(after[0] - before[1] >= 8 for before, after in itertools.pairwise(words)), words
    share = 375 / 5
    assert all(
        index * share <= left and right <= (index + 1) * share for index, (left, right) in enumerate(words)
    )


def _words(runs: list[tuple[int, int]], *, space: int = 7) -> list[tuple[int, int]]:
    """Letters' column runs joined into words: runs less than `space` px apart belong together."""
    words: list[tuple[int, int]] = []
    for left, right in runs:
        if words and left - words[-1][1] < space:
            words[-1] = (words[-1][0], right)
        else:
            words.append((left, right))
    return words


# -- containers ------------------------------------------------------------------------------------


async def test_a_row_containers_flexed_child_takes_the_free_room(pool: ChromiumPool) -> None:
    container = {
        "type": "container",
        "direction": "row",
        "gap": 10,
        "layout": {"width": 600},
        "children": [
            {
                "type": "column",
                "layout": {"height": 40},
                "style": {"background": "#0000ff", "flex": 1, **FLAT},
            },
            {"type": "column", **flat("#00ff00"), "children": [{"type": "text", "text": "B"}]},
        ],
    }
    _, image = await render_dsl(pool, page(700, 120, container, padding=0))
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue is not None and green is not None
    assert green[2] - green[0] < 40  # the unflexed column keeps its content's width
    assert (blue[0], blue[2] + 10, green[2]) == (0, green[0], 600)
