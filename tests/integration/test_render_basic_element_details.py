"""The basic element types' finer points on real Chromium: a sidebar's tree, a navbar's spacer and
search field, an icon button's glyph, a card padded 0 by CSS, a picture's fit, inputs of type
checkbox and range, and the shadow of filled buttons: where their pixels land."""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    Box,
    box_where,
    close_to,
    colour_box,
    column_runs,
    is_ink,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

WHITE = (255, 255, 255)
RED = (255, 0, 0)


def page(width: int, height: int, *elements: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"width": width, "height": height, "background": "#ffffff", "elements": list(elements), **more}


def solid_png(colour: tuple[int, int, int], size: tuple[int, int]) -> str:
    """A data: URI of a PNG of one colour: the only kind of picture a page may show."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


# -- a sidebar's tree -----------------------------------------------------------------------------


async def test_a_page_under_its_parent_is_inset_a_level_in_the_sidebar(pool: ChromiumPool) -> None:
    """Notion's page tree: "  Onboarding" sat flush with "Product Wiki", its leading spaces lost."""
    items = ["Product Wiki", "  Onboarding", "    Week one", "Roadmap"]
    sidebar = {"type": "sidebar", "items": items, "layout": {"width": 240}}
    _, image = await render_dsl(pool, page(400, 240, sidebar, padding=0))
    picture = rgb(image.data)
    lines = row_runs(picture, is_ink, (0, 0, 240, 240))
    assert len(lines) == 4, lines
    starts = [column_runs(picture, is_ink, (0, top, 240, bottom))[0][0] for top, bottom in lines]
    # 20 px a level, give or take the pixel by which one first letter's ink starts before another's
    indents = [start - starts[0] for start in starts]
    assert all(abs(indent - level * 20) <= 1 for indent, level in zip(indents, (0, 1, 2, 0), strict=True)), (
        starts
    )


# -- a navbar's search field and spacer -----------------------------------------------------------

GREEN_FIELD = {"background": "#00ff00", "borderColor": "#00ff00"}


async def test_a_search_in_a_navbar_is_a_usual_controls_width(pool: ChromiumPool) -> None:
    """A short placeholder ("Search") made the field a stub of 87 px."""
    navbar = {
        "type": "navbar",
        "title": "Jira",
        "items": [{"label": "Projects", "active": True}, "Filters"],
        "children": [{"type": "search", "placeholder": "Search", "style": GREEN_FIELD}],
        "actions": [{"label": "Create"}],
    }
    _, wide = await render_dsl(pool, page(1000, 80, navbar))
    field = colour_box(wide.data, GREEN)
    assert field is not None and field[2] - field[0] == 240, field
    _, phone = await render_dsl(pool, page(375, 80, {**navbar, "items": None}))
    field = colour_box(phone.data, GREEN)
    assert field is not None and field[2] - field[0] == 140, field  # narrower where room is short
    assert phone.measured_warnings == ()  # and it fits


def mark(colour: str) -> dict[str, Any]:
    return {"type": "container", "layout": {"width": 20, "height": 20}, "style": {"background": colour}}


async def test_a_spacer_in_a_navbar_keeps_what_comes_before_it_by_the_brand(pool: ChromiumPool) -> None:
    """Google Calendar's Today, arrows and month next to the brand; search and avatar at the end."""
    navbar = {
        "type": "navbar",
        "title": "Calendar",
        "children": [mark("#00ff00"), {"type": "spacer"}, mark("#0000ff")],
    }
    _, image = await render_dsl(pool, page(1000, 80, navbar))
    picture = rgb(image.data)
    brand = box_where(picture, is_text, (0, 0, 200, 60))
    before, after = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    assert brand is not None and before is not None and after is not None, (brand, before, after)
    assert 20 <= before[0] - brand[2] <= 28, (brand, before)  # the bar's 24 px gap after the brand
    assert after[2] == 1000 - 24, after  # the bar's end, inside its padding
    _, unspaced = await render_dsl(
        pool, page(1000, 80, {**navbar, "children": [mark("#00ff00"), mark("#0000ff")]})
    )
    together = colour_box(unspaced.data, GREEN)
    assert together is not None and together[2] == 1000 - 24 - 20 - 12, together  # no spacer: all at the end


# -- an icon button's glyph -----------------------------------------------------------------------


async def test_a_big_round_icon_buttons_glyph_grows_with_it(pool: ChromiumPool) -> None:
    """Spotify's 56 px play button drew a 16 px triangle, a dot in the middle of the disc."""
    play = {"type": "button", "icon": "play", "style": {"width": 56, "height": 56, "borderRadius": 999,
            "background": "#000000", "color": "#ffffff"}}  # fmt: skip
    _, image = await render_dsl(pool, page(200, 120, play, padding=20))
    inside: Box = (30, 30, 66, 66)  # the middle of the black disc (20..76), clear of its round edge
    glyph = box_where(rgb(image.data), lambda colour: min(colour) > 128, inside)
    assert glyph is not None, glyph
    height = glyph[3] - glyph[1]
    assert 18 <= height <= 22, glyph  # the triangle of a 24 px icon (a 16 px one is 13 px tall)


# -- a card padded 0 by CSS -----------------------------------------------------------------------


async def test_a_card_padded_0_by_its_style_lets_its_text_run_to_its_edges(pool: ChromiumPool) -> None:
    """The earlier format's `style: {padding: "0"}`: the text's band started 20 px in, 12 down."""
    card = {
        "type": "card",
        "layout": {"x": 0, "y": 0, "width": 300, "height": 100},
        "style": {
            "padding": "0",
            "background": "#ffff00",
            "border": "none",
            "borderRadius": "0",
            "boxShadow": "none",
        },
        "children": [
            {"type": "text", "text": "Edge to edge", "style": {"background": "#0000ff", "color": "#fff"}}
        ],
    }
    _, image = await render_dsl(pool, page(300, 120, card))
    band = colour_box(image.data, BLUE)
    assert band is not None and band[:3] == (0, 0, 300), band


# -- a picture's fit ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ({"objectFit": "contain"}, (43, 10, 177, 110)),  # 64x48 in 200x100: 133 px wide, centred
        ({"objectFit": "contain", "objectPosition": "left"}, (10, 10, 144, 110)),
        ({}, (10, 10, 210, 110)),  # covers its box
    ],
    ids=["contain", "contain-left", "cover"],
)
async def test_object_fit_places_the_picture_in_its_box(
    pool: ChromiumPool, style: dict[str, str], expected: Box
) -> None:
    picture = {"type": "image", "src": solid_png((0, 255, 0), (64, 48)),
               "layout": {"x": 10, "y": 10, "width": 200, "height": 100},
               "style": {"background": "#ff0000", "borderRadius": 0, **style}}  # fmt: skip
    _, image = await render_dsl(pool, page(240, 130, picture))
    drawn = colour_box(image.data, GREEN)
    assert drawn is not None and all(abs(a - b) <= 1 for a, b in zip(drawn, expected, strict=True)), drawn
    if style:
        assert colour_box(image.data, RED) is not None  # the box's colour shows beside it


# -- inputs of type checkbox and range ------------------------------------------------------------


async def test_an_input_of_type_checkbox_is_drawn_as_a_ticked_checkbox(pool: ChromiumPool) -> None:
    """`customAttributes: {type: checkbox, checked: checked}` drew an empty text field."""
    agree = {"type": "input", "layout": {"x": 10, "y": 10, "width": 20, "height": 20},
             "customAttributes": {"type": "checkbox", "checked": "checked"}}  # fmt: skip
    _, image = await render_dsl(pool, page(100, 40, agree, theme={"primary": "#0000ff"}))
    mark_box = colour_box(image.data, BLUE)
    assert mark_box is not None and mark_box[2] - mark_box[0] == 18 and mark_box[3] - mark_box[1] == 18, (
        mark_box
    )
    tick = box_where(rgb(image.data), lambda colour: min(colour) > 220, (mark_box[0] + 2, mark_box[1] + 2,
                                                                        mark_box[2] - 2, mark_box[3] - 2))  # fmt: skip
    assert tick is not None  # the white tick inside


async def test_an_input_of_type_range_is_drawn_as_a_slider_at_its_value(pool: ChromiumPool) -> None:
    volume = {"type": "input", "layout": {"x": 10, "y": 10, "width": 200, "height": 40},
              "customAttributes": {"type": "range", "min": "0", "max": "100", "value": "40"}}  # fmt: skip
    _, image = await render_dsl(pool, page(220, 60, volume, theme={"primary": "#0000ff"}))
    filled = colour_box(image.data, BLUE)
    assert filled is not None, filled
    assert filled[0] == 10 and abs((filled[1] + filled[3]) / 2 - 30) <= 1, (
        filled
    )  # from its start, in its middle
    assert abs(filled[2] - (10 + 9 + 0.4 * (200 - 18))) <= 10, filled  # to the thumb, at 40 % of its travel


# -- buttons made flat by a class -----------------------------------------------------------------


def flat_button(**fields: Any) -> dict[str, Any]:
    return {
        "type": "button",
        "label": "Account",
        "layout": {"x": 20, "y": 20, "width": 200, "height": 36},
        **fields,
    }


async def test_a_filled_button_keeps_its_soft_shadow(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, page(300, 80, flat_button(), scale=2))
    under: Box = (40, 112, 440, 118)  # the 3 px under the button (2x)
    faint = box_where(rgb(image.data), lambda colour: colour != WHITE and close_to(colour, WHITE, 12), under)
    assert faint is not None and faint[2] - faint[0] > 300, faint  # along the button's length


async def test_a_sidebars_bottom_children_line_up_with_its_items(pool: ChromiumPool) -> None:
    """The version line at a sidebar's foot started 10 px left of the items above it."""
    sidebar = {"type": "sidebar", "layout": {"width": 220, "height": 300}, "items": [{"label": "Home"}],
               "children": [{"type": "text", "text": "v2.4.1"}]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 400, "height": 300, "padding": 0, "elements": [sidebar]})
    picture = rgb(image.data)
    item = box_where(picture, is_text, (0, 0, 220, 80))
    child = box_where(picture, is_text, (0, 220, 220, 300))
    assert item is not None and child is not None
    assert abs(item[0] - child[0]) <= 2, (item, child)
