"""Page bands and the room a column shares, on real Chromium: a coloured section runs edge to edge
as the same band written as a column does, a placeholder picture under a stack's other layers
recedes, and a child that takes a column's free room is cut instead of pushing what follows it
off the screen."""

from __future__ import annotations

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
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

INDIGO_BAND, AMBER_BAND = (238, 242, 255), (254, 243, 199)


async def picture(pool: ChromiumPool, document: dict[str, Any], **options: Any) -> Image.Image:
    _, image = await render_dsl(pool, {"version": 1, **document}, **options)
    return rgb(image.data)


def colour_in(image: Image.Image, colour: tuple[int, int, int], region: Box | None = None) -> Box | None:
    return box_where(image, lambda c: close_to(c, colour, 6), region)


# -- a section on a band ---------------------------------------------------------------------------


def landing(band: dict[str, Any]) -> dict[str, Any]:
    """A desktop page: a navbar, then `band` on an indigo tint padded 64 px by 160 px."""
    tinted = {"padding": "64px 160px", "style": {"background": "#eef2ff"}, **band}
    return {"device": "desktop", "height": 400, "elements": [
        {"type": "navbar", "title": "Fieldnote", "items": ["Product", "Pricing"]}, tinted,
        {"type": "column", "padding": "64px 160px", "style": {"background": "#fef3c7"},
         "children": [{"type": "heading", "level": 2, "text": "Next band"}]}]}  # fmt: skip


async def test_a_coloured_section_runs_edge_to_edge_under_the_navbar_as_a_column_does(
    pool: ChromiumPool,
) -> None:
    """A section on a band was inset 24 px on each side, with a white strip under the navbar and
    another above the next band; its title sat at x 184 where the column's sat at 160."""
    section = await picture(pool, landing({"type": "section", "title": "Loved by busy teams", "level": 2,
                                           "children": [{"type": "paragraph", "text": "Testimonials."}]}))  # fmt: skip
    column = await picture(pool, landing({"type": "column", "children": [
        {"type": "heading", "level": 2, "text": "Loved by busy teams"},
        {"type": "paragraph", "text": "Testimonials."}]}))  # fmt: skip
    band, same = colour_in(section, INDIGO_BAND), colour_in(column, INDIGO_BAND)
    assert band is not None and same is not None
    assert (band[0], band[2]) == (0, section.width), band  # edge to edge
    assert band[1] == same[1], (band, same)  # right under the navbar, as the column's band
    after = colour_in(section, AMBER_BAND)
    assert after is not None and after[1] == band[3], (band, after)  # the next band abuts it
    title = box_where(section, is_text, band)
    heading = box_where(column, is_text, same)
    assert title is not None and heading is not None
    assert abs(title[0] - heading[0]) <= 2 and 158 <= title[0] <= 164, (title, heading)


async def test_a_plain_section_keeps_the_pages_margin(pool: ChromiumPool) -> None:
    """A section with no background and no side padding is content: its title keeps 24 px."""
    image = await picture(pool, {"width": 600, "height": 200, "elements": [
        {"type": "section", "title": "Recent", "children": [{"type": "paragraph", "text": "Nothing yet."}]}]})  # fmt: skip
    title = box_where(image, is_text)
    assert title is not None and 24 <= title[0] <= 27, title


# -- a placeholder under other layers --------------------------------------------------------------


def hero(*over: dict[str, Any]) -> dict[str, Any]:
    """A 1000x300 stack: a placeholder photo, then `over` it."""
    photo = {"type": "image", "alt": "Team photo at the Lisbon offsite"}
    return {"width": 1000, "height": 300, "padding": 0, "elements": [
        {"type": "stack", "layout": {"height": 300}, "children": [photo, *over]}]}  # fmt: skip


async def test_a_placeholder_under_a_headline_keeps_its_hatching_and_moves_its_caption_to_a_corner(
    pool: ChromiumPool,
) -> None:
    """The placeholder's centred icon and caption showed through the headline over it; now the
    only dark ink of the backdrop is its small caption in the bottom end corner."""
    headline = {"type": "column", "align": "center", "justify": "center", "children": [
        {"type": "heading", "level": 1, "text": "Build the logistics layer", "style": {"color": "#0000ff"}}]}  # fmt: skip
    image = await picture(pool, hero(headline))
    ink = box_where(image, is_text)
    assert ink is not None and ink[0] >= 1000 - 320 and ink[1] >= 300 - 40, ink  # the caption's corner
    assert ink[3] - ink[1] <= 16, ink  # one small line
    words = box_where(image, lambda c: close_to(c, BLUE, 60))
    assert words is not None and 300 < (words[0] + words[2]) / 2 < 700, words  # the headline in the middle
    hatching = {image.getpixel((x, 20)) for x in range(100, 200)}
    assert len(hatching) > 1, hatching  # the stripes are still drawn


async def test_a_placeholder_alone_in_a_stack_keeps_its_centred_icon_and_caption(pool: ChromiumPool) -> None:
    image = await picture(pool, hero())
    ink = box_where(image, is_text)
    assert ink is not None and abs((ink[0] + ink[2]) / 2 - 500) <= 4 and ink[1] < 150 < ink[3], ink


# -- a child that takes a column's free room -------------------------------------------------------

BUBBLE = {"type": "container", "layout": {"height": 40}, "style": {"background": "#0000ff"}}
INPUT_BAR = {"type": "container", "layout": {"height": 48}, "style": {"background": "#00ff00"}}


def chat(height: Any = 460, count: int = 14) -> dict[str, Any]:
    """A column of set `height`: a header, messages that take the free room (`flex: 1`), an
    input bar."""
    messages = {"type": "column", "gap": 8, "style": {"flex": 1}, "children": [BUBBLE] * count}
    column = {
        "type": "column",
        "gap": 0,
        "children": [{"type": "text", "text": "Maya Chen"}, messages, INPUT_BAR],
    }
    if height is not None:
        column["layout"] = {"height": height}
    return column


async def test_messages_that_take_a_columns_free_room_are_cut_above_the_input_bar(pool: ChromiumPool) -> None:
    """Fourteen messages pushed the input bar 300 px below the column's end and off the screen;
    now the bar ends where the column does and the messages stop at its top."""
    image = await picture(pool, {"width": 400, "height": 520, "padding": 20, "elements": [chat(460)]})
    bar, bubbles = colour_in(image, GREEN), colour_in(image, BLUE)
    assert bar is not None and bubbles is not None
    assert bar == (20, 20 + 460 - 48, 380, 20 + 460), bar
    assert bubbles[3] <= bar[1], (bubbles, bar)  # cut at the bar, not drawn over or under it


async def test_top_level_messages_that_take_the_free_room_leave_the_input_bar_on_screen(
    pool: ChromiumPool,
) -> None:
    """The same at the top level: the screen is the column of set height."""
    elements = chat(None)["children"]
    image = await picture(pool, {"width": 400, "height": 520, "padding": 20, "elements": elements})
    bar, bubbles = colour_in(image, GREEN), colour_in(image, BLUE)
    assert bar is not None and bubbles is not None
    assert bar[3] == 520 - 20, bar
    assert bubbles[3] <= bar[1], (bubbles, bar)


async def test_a_column_that_grows_with_its_content_shows_all_its_messages(pool: ChromiumPool) -> None:
    """A column with no set height still grows to hold every message (nothing cut)."""
    image = await picture(pool, {"width": 400, "height": 300, "padding": 20, "elements": [chat(None, 10)]},
                          full_page=True)  # fmt: skip
    bubbles = row_runs(image, lambda c: close_to(c, BLUE, 6), (0, 0, image.width, image.height))
    assert len(bubbles) == 10 and all(bottom - top == 40 for top, bottom in bubbles), bubbles


async def test_a_list_that_takes_a_cards_free_room_is_cut_above_the_cards_footer(pool: ChromiumPool) -> None:
    """In a card of set height (no layout type on the page), a flexed list of twelve entries
    pushed the footer bar below the card's border; now the bar stays inside the card."""
    entries = {"type": "list", "style": {"flex": 1}, "items": [f"Entry {n}" for n in range(12)]}
    card = {"type": "card", "layout": {"height": 300}, "style": {"borderColor": "#0000ff"},
            "children": [entries, INPUT_BAR]}  # fmt: skip
    image = await picture(pool, {"width": 400, "height": 400, "padding": 20, "elements": [card]})
    frame, bar = colour_in(image, BLUE), colour_in(image, GREEN)
    assert frame is not None and bar is not None
    assert (frame[1], frame[3]) == (20, 320), frame
    assert frame[3] - 40 <= bar[3] < frame[3], (bar, frame)  # at the card's foot, inside its padding
    text = box_where(image, is_text, (frame[0] + 1, frame[1] + 1, frame[2] - 1, bar[1]))
    assert text is not None and text[3] <= bar[1], text  # the entries stop above the bar
    assert box_where(image, is_text, (0, frame[3], image.width, image.height)) is None  # none below the card
