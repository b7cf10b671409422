"""What an `align` or a stack leaves to a box's children, on real Chromium: a centred section's
title and description, a row with a `justify` in a centred column, and rows of buttons over a
cover picture."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    box_where,
    colour_box,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}


def flat(colour: str, **more: Any) -> dict[str, Any]:
    """Style that leaves a box one flat colour, so its pixels give its exact place and size."""
    return {"style": {"background": colour, **FLAT}, **more}


def centre(box: tuple[int, int, int, int]) -> float:
    return (box[0] + box[2]) / 2


async def test_a_centred_section_centres_its_description_under_its_title(pool: ChromiumPool) -> None:
    """`align: center` centred the section's head as a block, the description left at the title's
    start inside it; now both lines are centred on the section."""
    section = {"type": "section", "level": 2, "align": "center", "title": "Why teams switch to Orbit",
               "description": "Three reasons, in one sentence each.",
               "children": [{"type": "button", "label": "See all features"}]}  # fmt: skip
    document = {"width": 800, "height": 200, "background": "#ffffff", "padding": 0, "elements": [section]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    title_line, description_line = row_runs(picture, is_text, (0, 0, 800, 90))[:2]
    title = box_where(picture, is_text, (0, title_line[0], 800, title_line[1]))
    description = box_where(picture, is_text, (0, description_line[0], 800, description_line[1]))
    assert title is not None and description is not None
    assert description[0] - title[0] > 20, (title, description)  # not at the title's start
    assert abs(centre(title) - 400) <= 2 and abs(centre(description) - 400) <= 2, (title, description)


@pytest.mark.parametrize(
    ("justify", "ends"),
    [("end", {"end": 390}), ("between", {"start": 0, "end": 390})],
)
async def test_a_row_that_places_its_children_keeps_a_centred_columns_width(
    pool: ChromiumPool, justify: str, ends: dict[str, int]
) -> None:
    """In a column with `align: center` a row with `justify: end` shrank to its content and was
    centred with it, its "Skip" in the middle of the screen; now it spans the column, so its
    children go where its `justify` puts them."""
    buttons = [{"type": "button", "label": "Skip", **flat("#00ff00")}]
    if justify == "between":
        buttons.insert(0, {"type": "button", "label": "Back", **flat("#0000ff")})
    column = {"type": "column", "align": "center", "children": [
        {"type": "row", "justify": justify, "children": buttons}, {"type": "heading", "text": "Plan trips"}]}  # fmt: skip
    document = {"width": 390, "height": 200, "background": "#ffffff", "padding": 0, "elements": [column]}
    _, image = await render_dsl(pool, document)
    skip = colour_box(image.data, GREEN)
    assert skip is not None and skip[2] == ends["end"], skip
    if "start" in ends:
        back = colour_box(image.data, BLUE)
        assert back is not None and back[0] == ends["start"], back


async def test_a_row_that_keeps_to_its_content_is_still_centred_in_a_centred_column(
    pool: ChromiumPool,
) -> None:
    row = {"type": "row", "children": [{"type": "button", "label": "Next", **flat("#00ff00")}]}
    column = {"type": "column", "align": "center", "children": [row]}
    document = {"width": 390, "height": 120, "background": "#ffffff", "padding": 0, "elements": [column]}
    _, image = await render_dsl(pool, document)
    button = colour_box(image.data, GREEN)
    assert button is not None and abs(centre(button) - 195) <= 1, button


async def test_buttons_over_a_cover_picture_sit_at_its_top_alone_or_in_a_row(pool: ChromiumPool) -> None:
    """A lone back button over a cover photo sat in its top corner, but a row of back and share
    buttons sat in the middle of the picture (the row was as tall as the stack); now the row runs
    along the top too, each button 12 px from the picture's edges, as an app's header does."""
    cover = {"type": "image", "alt": "Cover photo"}
    back = {"type": "button", "icon": "arrow-left", **flat("#0000ff")}
    share = {"type": "button", "icon": "share", **flat("#00ff00")}
    pair = {"type": "stack", "layout": {"height": 200},
            "children": [cover, {"type": "row", "justify": "between", "children": [back, share]}]}  # fmt: skip
    alone = {"type": "stack", "layout": {"height": 200}, "children": [cover, back]}
    for stack in (pair, alone):
        document = {"width": 390, "height": 220, "background": "#ffffff", "padding": 0, "elements": [stack]}
        _, image = await render_dsl(pool, document)
        left = colour_box(image.data, BLUE)
        assert left is not None and (left[0], left[1]) == (12, 12), left
    right = colour_box((await render_dsl(pool, {**document, "elements": [pair]}))[1].data, GREEN)
    assert right is not None and (right[1], right[2]) == (12, 390 - 12), right


async def test_a_row_the_author_aligned_over_a_picture_keeps_its_alignment(pool: ChromiumPool) -> None:
    row = {"type": "row", "align": "end", "justify": "center",
           "children": [{"type": "badge", "text": "Live", **flat("#0000ff")}]}  # fmt: skip
    stack = {"type": "stack", "layout": {"height": 200}, "children": [{"type": "image", "alt": "Stage"}, row]}
    document = {"width": 390, "height": 220, "background": "#ffffff", "padding": 0, "elements": [stack]}
    _, image = await render_dsl(pool, document)
    badge = colour_box(image.data, BLUE)
    assert badge is not None and badge[3] == 200 - 12 and abs(centre(badge) - 195) <= 1, badge


@pytest.mark.parametrize(
    ("align", "top"), [(None, 24), ("center", 24 + (300 - 36) // 2)], ids=["panes", "centred"]
)
async def test_a_top_level_row_of_panes_stretches_them_as_a_page_layout_does(
    pool: ChromiumPool, align: str | None, top: int
) -> None:
    """A calendar's short left pane (a Create button, a checkbox) beside a 300 px grid stood
    centred halfway down it: a top-level row of panes now lays them from the top, unless the
    author asked for `align`."""
    left = {"type": "column", "layout": {"width": 160}, "children": [{"type": "button", "label": "Create"}]}
    grid = {"type": "column", "style": {"flex": 1}, "children": [
        {"type": "container", "layout": {"height": 300}, "style": {"background": "#0000ff"}}]}  # fmt: skip
    row = {"type": "row", "gap": 0, "children": [left, grid], **({"align": align} if align else {})}
    document = {"width": 600, "height": 400, "theme": {"primary": "#00ff00"}, "elements": [row]}
    _, image = await render_dsl(pool, document)
    pane, button = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert pane is not None and button is not None, (pane, button)
    assert pane[1] == 24, pane
    assert abs(button[1] - top) <= 2, (button, top)


async def test_align_items_in_a_style_centres_buttons_and_badges_as_a_browser_does(
    pool: ChromiumPool,
) -> None:
    """A container whose `style` says `display: flex; flex-direction: column; align-items: center`
    centred its heading but left its button and badge at the left edge (the built-in start for
    those in a flowing box won over the author's align-items)."""
    button = {"type": "button", "label": "Go", **flat("#0000ff")}
    badge = {"type": "badge", "text": "New", **flat("#00ff00")}
    container = {"type": "container", "style": {"display": "flex", "flexDirection": "column",
                                                "alignItems": "center", "padding": 0},
                 "children": [badge, button]}  # fmt: skip
    document = {"width": 600, "height": 200, "background": "#ffffff", "padding": 0, "elements": [container]}
    _, image = await render_dsl(pool, document)
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue is not None and green is not None
    assert abs(centre(blue) - 300) <= 2 and abs(centre(green) - 300) <= 2, (blue, green)


LONG_NAME = "Alexandra Konstantinopoulou-Ramírez and more words here"


async def text_lines(
    pool: ChromiumPool, box: dict[str, Any], lang: str | None = None
) -> list[tuple[int, int, int, int]]:
    """The boxes of the lines of text of `box` alone on a 300 px screen with no margin."""
    document: dict[str, Any] = {"width": 300, "height": "auto", "background": "#ffffff", "padding": 0,
                                "elements": [box], **({"lang": lang} if lang else {})}  # fmt: skip
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    found = [
        box_where(picture, is_text, (0, top, 300, bottom))
        for top, bottom in row_runs(picture, is_text, (0, 0, 300, picture.height))
    ]
    return [line for line in found if line is not None]


@pytest.mark.parametrize("kind", ["column", "card"])
async def test_a_text_wrapped_in_a_centred_column_centres_each_line(pool: ChromiumPool, kind: str) -> None:
    """`align: center` centred the texts' boxes, but a long name wrapped onto two lines kept them
    at the box's start, beside short lines centred; now every line's middle is the column's."""
    children = [{"type": "text", "text": LONG_NAME, "style": {"fontSize": 18, "fontWeight": 700}},
                {"type": "paragraph", "text": LONG_NAME}, {"type": "text", "text": "a short one"}]  # fmt: skip
    style = {"border": "none", "boxShadow": "none", "padding": 0} if kind == "card" else {}
    lines = await text_lines(pool, {"type": kind, "align": "center", "style": style, "children": children})
    assert len(lines) >= 5, lines  # each long text wraps
    assert all(abs(centre(line) - 150) <= 2 for line in lines), lines


@pytest.mark.parametrize(("lang", "edge"), [(None, 300), ("he", 0)], ids=["ltr", "rtl"])
async def test_a_text_wrapped_in_a_column_aligned_at_the_end_ends_each_line_there(
    pool: ChromiumPool, lang: str | None, edge: int
) -> None:
    """`align: end` puts each wrapped line at the column's end side: the right in English, the
    left in Hebrew (as the text's own `align: end` would)."""
    text = "שיעור שני על ירידה במורד הגרדיאנט ועל קצב הלמידה" if lang else LONG_NAME
    lines = await text_lines(
        pool, {"type": "column", "align": "end", "children": [{"type": "paragraph", "text": text}]}, lang
    )
    assert len(lines) >= 2, lines
    ends = [line[2] if edge else line[0] for line in lines]
    assert all(abs(end - edge) <= 2 for end in ends), lines


@pytest.mark.parametrize(("align", "left"), [("center", 200), ("end", 400), (None, 0)])
async def test_a_divider_given_a_width_is_placed_by_its_columns_align(
    pool: ChromiumPool, align: str | None, left: int
) -> None:
    """A 200 px rule in a centred 600 px column was drawn at its start (x 24 to 224 with the page's
    margin); now it sits where the column's `align` puts its children, and at the start without."""
    rule = {"type": "divider", "layout": {"width": 200}, "style": {"background": "#0000ff", "height": 4}}
    column = {"type": "column", "children": [{"type": "heading", "text": "Certificate"}, rule],
              **({"align": align} if align else {})}  # fmt: skip
    document = {"width": 600, "height": 120, "background": "#ffffff", "padding": 0, "elements": [column]}
    _, image = await render_dsl(pool, document)
    blue = colour_box(image.data, BLUE)
    assert blue is not None and abs(blue[0] - left) <= 1 and blue[2] - blue[0] == 200, blue
