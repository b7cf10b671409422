"""Where page chrome puts its content, on real Chromium: a large footer's children side by side, a
padded page header on the edge of rows padded alike, a phone's footer inset as its content is, and
a bottom tab bar's panel right after a search above it."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.prepare import prepare_render
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    box_where,
    colour_box,
    is_hairline,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)
from tests.support.page_boxes import page_boxes

pytestmark = pytest.mark.integration

RED = (255, 0, 0)
FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}


def flat(colour: str, **more: Any) -> dict[str, Any]:
    """Style that leaves a box one flat colour, so its pixels give its exact place and size."""
    return {"style": {"background": colour, **FLAT}, **more}


def block(colour: str, **layout: Any) -> dict[str, Any]:
    """A flat box 40 px tall (and `layout`'s width), standing for a footer's part."""
    return {"type": "container", **flat(colour), "layout": {"height": 40, **layout}}


LARGE_FOOTER = {
    "type": "footer",
    "text": "© 2025 Flowbase Inc.",
    "items": ["Privacy", "Terms"],
    "children": [
        block("#0000ff", width=280),
        {"type": "grid", "columns": 3, "children": [block("#00ff00")] * 3},
        block("#ff0000", width=300),
    ],
}


async def _boxes(pool: ChromiumPool, width: int) -> list[tuple[int, int, int, int]]:
    document = {"width": width, "height": 600, "background": "#ffffff", "elements": [LARGE_FOOTER]}
    _, image = await render_dsl(pool, document)
    found = [colour_box(image.data, colour) for colour in (BLUE, GREEN, RED)]
    assert all(found), found
    return [box for box in found if box is not None]


async def test_a_large_footers_children_stand_side_by_side_and_wrap_on_a_phone(pool: ChromiumPool) -> None:
    """A footer's brand blurb, link columns and newsletter form stood one under the other across
    the whole footer; they stand side by side, spread to its ends, the link columns taking the room
    between, and on a phone go one a line, each at the footer's inset."""
    brand, links, newsletter = await _boxes(pool, 1200)
    assert brand[1] == links[1] == newsletter[1], (brand, links, newsletter)  # one row, tops level
    assert (brand[0], brand[2]) == (24, 24 + 280), brand
    assert (newsletter[0], newsletter[2]) == (1176 - 300, 1176), newsletter
    assert brand[2] + 32 == links[0] and links[2] + 32 == newsletter[0], links  # the room between

    brand, links, newsletter = await _boxes(pool, 390)
    assert brand[3] <= links[1] and links[3] <= newsletter[1], (brand, links, newsletter)  # stacked
    assert brand[0] == links[0] == newsletter[0] == 16, (brand, links, newsletter)  # the phone's inset
    assert links[2] == 390 - 16, links


@pytest.mark.parametrize(
    "footer",
    [
        {"text": "© 2025 Flowbase Inc."},
        {"text": "© 2025", "children": [{"type": "paragraph", "text": "Content"}]},
    ],
    ids=["small", "large"],
)
async def test_a_phones_footer_keeps_the_inset_its_content_keeps(
    pool: ChromiumPool, footer: dict[str, Any]
) -> None:
    """On a phone the page's content keeps 16 px from the screen's sides but a footer's text started
    24 px in; now it starts where the content does."""
    document = {"width": 390, "height": 300, "background": "#ffffff", "elements": [
        {"type": "card", **flat("#0000ff"), "layout": {"height": 20}}, {"type": "footer", **footer}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    content = colour_box(image.data, BLUE)
    assert content is not None and content[0] == 16, content
    text = box_where(rgb(image.data), is_text, (0, content[3] + 8, 390, 300))
    assert text is not None and 16 <= text[0] <= 18, text


async def test_a_header_padded_at_its_sides_starts_where_rows_padded_alike_do(pool: ChromiumPool) -> None:
    """A top-level header padded 120 px at its sides kept the page's margin as well, so its title
    started 24 px further in than the rows under it padded alike; now they share one edge."""
    document = {"width": 900, "height": 260, "background": "#ffffff", "elements": [
        {"type": "header", "title": "The Flowbase Blog", "padding": "32px 120px 0"},
        {"type": "row", "padding": "0 120px", "children": [{"type": "container", **flat("#0000ff"), "layout": {"height": 20, "width": 40}}]},
    ]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    row_child = colour_box(image.data, BLUE)
    assert row_child is not None and row_child[0] == 120, row_child
    title = box_where(rgb(image.data), is_text, (0, 0, 900, row_child[1]))
    assert title is not None and 120 <= title[0] <= 123, title  # the first glyph's side bearing


async def test_a_bottom_tab_bars_content_follows_a_search_above_it_by_the_pages_gap(
    pool: ChromiumPool,
) -> None:
    """A search written above a bottom tab bar kept the margin above an edge-to-edge element and
    the tabs' panel added its own 16 px inset: 32 px to the first child where the children are 12
    apart. Now the first child follows the search as the next one follows it."""
    document = {"device": "mobile", "scale": 1, "height": 500, "background": "#ffffff", "elements": [
        {"type": "search", "placeholder": "Search", "style": {"background": "#ff0000", **FLAT}},
        {"type": "tabs", "variant": "bottom", "items": [{"label": "Home", "icon": "house"}, {"label": "Me", "icon": "user"}],
         "children": [block("#0000ff"), block("#00ff00")]},
    ]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    search, first, second = (colour_box(image.data, colour) for colour in (RED, BLUE, GREEN))
    assert search is not None and first is not None and second is not None
    assert first[1] - search[3] == second[1] - first[3], (search, first, second)
    assert first[0] == search[0] == 16, (search, first)  # the panel's side inset is the page's


def article_column(*closing: dict[str, Any]) -> dict[str, Any]:
    """A centred article column 720 px wide, gap 8: a heading, a paragraph, then `closing`."""
    texts = [
        {"type": "heading", "level": 2, "text": "Notes"},
        {"type": "paragraph", "text": "First paragraph."},
    ]
    column = {"type": "column", "layout": {"maxWidth": 720}, "style": {"margin": "0 auto"}, "gap": 8,
              "children": [*texts, *closing]}  # fmt: skip
    return {"width": 1280, "height": "auto", "background": "#ffffff", "elements": [column]}


async def test_a_footer_closing_a_centred_article_column_leaves_its_siblings_alone(
    pool: ChromiumPool,
) -> None:
    # The footer made the column a frame of page chrome: each child became a pane with the
    # page's 24 px on every side (a page grew from 1845 to 2519 px).
    footer = {"type": "footer", "text": "© 2025 The Journal", "items": ["About", "Privacy"]}
    _, plain = await render_dsl(pool, article_column())
    _, closed = await render_dsl(pool, article_column(footer))
    height = rgb(plain.data).height
    region = (0, 0, 1280, height)
    lines = [row_runs(rgb(image.data), is_text, region) for image in (plain, closed)]
    starts = [box_where(rgb(image.data), is_text, region) for image in (plain, closed)]
    assert lines[0] == lines[1] and len(lines[0]) == 2, lines  # the heading and the paragraph, unmoved
    assert starts[0] is not None and starts[1] is not None
    assert starts[0][0] == starts[1][0] < (1280 - 720) // 2 + 4, starts  # on the column's edge, not 24 px in


async def test_a_row_of_framed_phone_panes_each_opening_with_a_navbar_keeps_the_page_margin(
    pool: ChromiumPool,
) -> None:
    """Three bordered 200 px columns side by side, each an app screen under its own navbar: the
    navbars made the row page chrome, run to the canvas's left edge (and, at `height: auto`, to
    its bottom). The navbar spans its own frame; the row keeps the page's 24 px."""
    pane = {"type": "column", "layout": {"width": 200, "height": 200}, "style": {"border": "3px solid #ff0000"},
            "children": [{"type": "navbar", "title": "Screen", "back": True}, {"type": "text", "text": "Body"}]}  # fmt: skip
    document = {"width": 900, "height": "auto", "background": "#ffffff", "elements": [
        {"type": "heading", "level": 3, "text": "Flows"},
        {"type": "row", "gap": 24, "align": "start", "children": [pane, pane, pane]},
    ]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    frames = colour_box(image.data, RED)
    height = rgb(image.data).height
    assert frames is not None and frames[0] == 24 and frames[2] == 24 + 3 * 200 + 2 * 24, frames
    assert height - frames[3] == 24, (height, frames)  # the margin below the last element
    inside = (frames[0] + 3, frames[1] + 3, frames[0] + 197, frames[1] + 100)
    rule = box_where(rgb(image.data), is_hairline, inside)  # the navbar's bottom line
    assert rule is not None and (rule[0], rule[2]) == (inside[0], inside[2]), (
        rule,
        inside,
    )  # fills its frame


async def test_a_footer_closing_a_page_column_leaves_its_boxes_margins_and_gaps_alone(
    pool: ChromiumPool,
) -> None:
    """A heading and two dashed boxes 80 px high in a top-level column: a footer written last
    made every box with a size of its own run edge to edge (and each child 24 px apart on every
    side). With the footer, the boxes are where they were without it."""
    dashed = {"type": "container", "style": {"border": "2px dashed #ff0000", "height": 80},
              "children": [{"type": "text", "text": "Ad slot"}]}  # fmt: skip
    column = {
        "type": "column",
        "children": [{"type": "heading", "level": 3, "text": "Heading"}, dashed, dashed],
    }

    def page(*closing: dict[str, Any]) -> dict[str, Any]:
        return {"width": 800, "height": 360, "background": "#ffffff",
                "elements": [{**column, "children": [*column["children"], *closing]}]}  # fmt: skip

    _, plain = await render_dsl(pool, page())
    _, closed = await render_dsl(pool, page({"type": "footer", "text": "Footer"}))
    boxes_of = [colour_box(image.data, RED) for image in (plain, closed)]
    assert boxes_of[0] is not None and boxes_of[0][0] == 24 and boxes_of[0][2] == 800 - 24, boxes_of
    assert boxes_of[0] == boxes_of[1], boxes_of


async def test_a_full_width_button_under_a_phones_navbar_keeps_the_margin_its_neighbours_keep() -> None:
    """A 100%-tall column opening with a navbar, its last line a button of `width: 100%`: the
    button ran edge to edge (0..390) while the paragraph above kept the phone's 16 px."""
    document = {"device": "mobile", "elements": [{
        "type": "column", "layout": {"height": "100%"}, "children": [
            {"type": "navbar", "back": True, "title": "Step 3 of 3"},
            {"type": "paragraph", "text": "Choose what we notify you about, and how often."},
            {"type": "spacer"},
            {"type": "button", "text": "Finish setup", "variant": "primary", "layout": {"width": "100%"}},
        ]}]}  # fmt: skip
    prepared = prepare_render(document)
    found = await page_boxes(
        prepared.html, prepared.viewport, {"paragraph": ".dsl-paragraph", "button": ".dsl-button"}
    )
    (paragraph,), (button,) = found["paragraph"], found["button"]
    assert (button[0], button[2]) == (16, 390 - 16), button
    assert (paragraph[0], paragraph[2]) == (button[0], button[2]), (paragraph, button)
