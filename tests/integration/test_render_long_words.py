"""Long words and small boxes on real Chromium: a card keeps a URL, an ID and a code inside it, German
compounds wrap (with a hyphen) inside their own column, a badge keeps its size and shows on a grey
page, and a coloured band keeps its text off the canvas corner."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    Box,
    box_where,
    close_to,
    column_runs,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

YELLOW = (255, 255, 0)
FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}
BARE_CARD = {"type": "card", "style": {"background": "transparent", **FLAT}}
"""A card that paints nothing, so whatever ran into it from its neighbour shows."""
NEUTRAL_FILL = (244, 244, 245)
COMPOUND = "Grundstücksverkehrsgenehmigungszuständigkeit"


def yellow(**more: Any) -> dict[str, Any]:
    return {"style": {"background": "#ffff00", **FLAT}, **more}


def yellow_cell(height: int = 120) -> dict[str, Any]:
    return {"type": "container", **yellow(layout={"height": height})}


async def picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, {"version": 1, **document})
    return rgb(image.data)


def text_in(image: Image.Image, region: Box) -> Box | None:
    return box_where(image, is_text, region)


def colour_in(image: Image.Image, colour: tuple[int, int, int]) -> Box | None:
    """Bounding box of the pixels close to `colour`."""
    return box_where(image, lambda c: close_to(c, colour))


def right_of(image: Image.Image, box: Box) -> Box:
    """The picture's part right of `box`, over its rows."""
    return (box[2], box[1], image.width, box[3])


# -- cards ----------------------------------------------------------------------------------------


async def test_a_url_in_a_cards_description_wraps_inside_the_card_beside_its_icon_and_badge(
    pool: ChromiumPool,
) -> None:
    url = "https://api.customer-domain.example.com/v2/integrations/northwind/webhooks/receive?tenant=org_01HZX9Q4M7K2"
    card = {"type": "card", "icon": "webhook", "title": "Webhooks", "badge": "Active",
            "description": f"Send a signed POST to {url} whenever an order changes state.", **yellow()}  # fmt: skip
    image = await picture(pool, {"width": 800, "height": 400, "elements": [
        {"type": "grid", "columns": 2, "children": [card, BARE_CARD]}]})  # fmt: skip
    card_box = colour_in(image, YELLOW)
    assert card_box is not None
    assert text_in(image, right_of(image, card_box)) is None  # nothing ran past the card
    text = text_in(image, card_box)
    icon = box_where(image, lambda c: close_to(c, (234, 233, 252), 4), card_box)  # the icon's soft tile
    badge = box_where(image, lambda c: close_to(c, (220, 240, 227), 6), card_box)  # the green pill
    assert text is not None and icon is not None and badge is not None
    assert icon[2] <= text[0] and icon[1] < text[3] and icon[3] > text[1]  # beside the text, not below
    title = text_in(image, (card_box[0], badge[1], badge[0], badge[3]))
    assert title is not None and abs(badge[1] - title[1]) <= 8  # on the title's line, at its end
    assert text[2] > badge[0] + 20  # the description runs on under the badge, the card's width


async def test_a_cards_text_wraps_a_long_id_and_its_code_is_cut_at_its_edge(pool: ChromiumPool) -> None:
    card = {"type": "card", "title": "Snowflake export", **yellow(),
            "text": "Nightly export to NORTHWIND_PROD_ANALYTICS.RAW_EVENTS_STAGING_SCHEMA_V3.ORDERS_LINE_ITEMS_DAILY",
            "children": [{"type": "code", "text": "sk_live_51NzQ8rKJ3v9XyZ0aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdef"}]}  # fmt: skip
    image = await picture(pool, {"width": 800, "height": 400, "elements": [
        {"type": "grid", "columns": 3, "children": [BARE_CARD, card, BARE_CARD]}]})  # fmt: skip
    card_box = colour_in(image, YELLOW)
    assert card_box is not None
    assert text_in(image, right_of(image, card_box)) is None
    lines = row_runs(image, is_text, card_box)
    assert len(lines) >= 5, lines  # the title, the text over three lines or more, the code


# -- long words -----------------------------------------------------------------------------------


async def test_long_german_labels_wrap_inside_their_own_column(pool: ChromiumPool) -> None:
    image = await picture(pool, {"lang": "de", "width": 420, "height": 320, "elements": [
        {"type": "grid", "columns": 2, "gap": 12, "children": [
            {"type": "input", "label": COMPOUND, "value": "Ja"}, yellow_cell(),
            {"type": "checkbox", "label": "Telekommunikationsüberwachungsverordnung", "checked": True},
            yellow_cell(60)]}]})  # fmt: skip
    cells = colour_in(image, YELLOW)
    assert cells is not None
    assert text_in(image, (cells[0] - 12, 0, image.width, image.height)) is None  # nothing in column 2
    label = text_in(image, (0, 0, cells[0], 44))  # above the input's box (its top edge at 46)
    assert label is not None and len(row_runs(image, is_text, label)) == 2  # two lines above the input


async def test_a_german_compound_longer_than_its_column_breaks_with_a_hyphen(pool: ChromiumPool) -> None:
    image = await picture(pool, {"lang": "de", "width": 420, "height": 240, "elements": [
        {"type": "grid", "columns": 2, "children": [
            {"type": "heading", "level": 3, "text": COMPOUND}, yellow_cell()]}]})  # fmt: skip
    cell = colour_in(image, YELLOW)
    assert cell is not None and text_in(image, (cell[0] - 16, 0, image.width, image.height)) is None
    heading = text_in(image, (0, 0, cell[0], image.height))
    assert heading is not None
    lines = row_runs(image, is_text, heading)
    assert len(lines) >= 3, lines
    top, bottom = lines[0]
    last_mark = column_runs(image, is_text, (heading[0], top, heading[2], bottom))[-1]
    dash = box_where(image, is_text, (last_mark[0], top, last_mark[1], bottom))
    assert dash is not None and dash[3] - dash[1] <= 4 and dash[1] > top + 6  # a flat stroke mid-line


# -- badges ---------------------------------------------------------------------------------------


async def test_a_badge_in_a_grid_keeps_its_own_height_and_width(pool: ChromiumPool) -> None:
    image = await picture(pool, {"width": 600, "height": 240, "background": "#ffffff", "elements": [
        {"type": "grid", "columns": 3, "children": [
            {"type": "card", "title": "Orders", "children": [{"type": "text", "text": "Some content"}]},
            {"type": "badge", "text": "Pending review"}]}]})  # fmt: skip
    pill = box_where(image, lambda c: c == NEUTRAL_FILL, (205, 0, 400, image.height))  # column 2
    assert pill is not None
    assert pill[3] - pill[1] <= 22 and pill[1] <= 26  # at the cell's top, its own 22 px
    assert pill[2] - pill[0] < 130  # as wide as its words, not the 173 px column


async def test_a_badge_narrower_than_its_words_ends_them_inside_the_pill(pool: ChromiumPool) -> None:
    image = await picture(pool, {"lang": "de", "width": 400, "height": 120, "background": "#ffffff",
        "elements": [{"type": "grid", "columns": 2, "children": [
            {"type": "badge", "text": "Bundesausbildungsförderungsgesetz"}, yellow_cell(40)]}]})  # fmt: skip
    cell = colour_in(image, YELLOW)
    pill = box_where(image, lambda c: c == NEUTRAL_FILL)
    assert cell is not None and pill is not None
    assert pill[2] <= cell[0] - 16 and text_in(image, (pill[2], 0, image.width, image.height)) is None


async def test_a_neutral_badge_shows_on_a_light_grey_page_and_looks_as_before_on_white(
    pool: ChromiumPool,
) -> None:
    row = {
        "type": "row",
        "children": [{"type": "text", "text": "In progress"}, {"type": "badge", "text": "2"}],
    }
    grey = await picture(pool, {"width": 300, "height": 80, "background": "#f1f5f9", "elements": [row]})
    page = grey.getpixel((2, 2))
    assert page == (241, 245, 249)
    badge_column = (110, 0, grey.width, grey.height)
    drawn = box_where(
        grey, lambda c: max(abs(a - b) for a, b in zip(c, page, strict=True)) >= 6, badge_column
    )
    assert drawn is not None and drawn[3] - drawn[1] >= 20, drawn  # its edge, not only the digit

    white = await picture(pool, {"width": 300, "height": 80, "background": "#ffffff", "elements": [row]})
    pill = box_where(white, lambda c: c != (255, 255, 255), badge_column)
    assert pill is not None and pill[3] - pill[1] in (22, 23)
    middle = (pill[1] + pill[3]) // 2
    assert white.getpixel((pill[0] + 3, middle)) == NEUTRAL_FILL  # the light palette's fill up to its edge


# -- a coloured band ------------------------------------------------------------------------------


async def test_a_coloured_band_keeps_its_text_off_the_canvas_corner_and_placed_boxes_in_place(
    pool: ChromiumPool,
) -> None:
    placed = {"type": "container", "style": {"background": "#0000ff", **FLAT},
              "layout": {"x": 1000, "y": 24, "width": 200, "height": 40}}  # fmt: skip
    band = {"type": "container", "style": {"background": "#e2e8f0"}, "layout": {"height": 300},
            "children": [placed, {"type": "heading", "level": 3, "text": "214 vehicles on the road"}]}  # fmt: skip
    image = await picture(pool, {"width": 1280, "height": 400, "elements": [band]})
    heading = text_in(image, (0, 0, 900, 300))
    assert heading is not None and heading[0] >= 24 and heading[1] >= 24, heading
    assert image.getpixel((2, 2)) == (226, 232, 240)  # the band still runs to the corner
    assert colour_in(image, BLUE) == (1000, 24, 1200, 64)
