"""How a page and its blocks are laid out, on real Chromium: the screen's margin, tables in
narrow boxes, a field's own flex, aligned text, and what headers and sections put on their right."""

from __future__ import annotations

import re
from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    box_where,
    colour_box,
    decode,
    luminance,
    mask_bbox,
    render_dsl,
    rgb,
    row_runs,
)
from tests.support.documents import TALL, TALL_CONTENT_HEIGHT, TALL_CUT_PX

pytestmark = pytest.mark.integration

RED = (255, 0, 0)
FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}


def flat(colour: str, **more: Any) -> dict[str, Any]:
    """Style that leaves a box one flat colour, so its pixels give its exact place and size."""
    return {"style": {"background": colour, **FLAT}, **more}


def dark(colour: tuple[int, int, int]) -> bool:
    return luminance(colour) < 110


# -- the screen's margin ---------------------------------------------------------------------------


async def test_content_written_straight_under_elements_keeps_off_the_canvas_edges(pool: ChromiumPool) -> None:
    document = {
        "width": 800,
        "height": 200,
        "background": "#ffffff",
        "elements": [{"type": "card", **flat("#0000ff", layout={"height": 40})}],
    }
    _, image = await render_dsl(pool, document)
    assert colour_box(image.data, BLUE) == (24, 24, 776, 64)

    _, phone = await render_dsl(pool, {**document, "width": 390})
    assert colour_box(phone.data, BLUE) == (16, 16, 374, 56)

    _, chosen = await render_dsl(pool, {**document, "padding": 40})
    assert colour_box(chosen.data, BLUE) == (40, 40, 760, 80)

    _, flush = await render_dsl(pool, {**document, "padding": 0})
    assert colour_box(flush.data, BLUE) == (0, 0, 800, 40)


@pytest.mark.parametrize(
    "edge_to_edge",
    [
        {"type": "navbar", "title": "Acme", **flat("#00ff00")},
        {"type": "column", "children": [{"type": "sidebar", "items": ["Home"], **flat("#00ff00")}]},
        {"type": "row", **flat("#00ff00", layout={"height": 60})},
        {"type": "column", "padding": 20, **flat("#00ff00", layout={"height": 60})},
    ],
    ids=["navbar", "sidebar-in-a-column", "coloured-row", "padded-column"],
)
async def test_a_page_designed_edge_to_edge_keeps_its_edges(
    pool: ChromiumPool, edge_to_edge: dict[str, Any]
) -> None:
    document = {"width": 600, "height": 300, "background": "#ffffff", "elements": [edge_to_edge]}
    _, image = await render_dsl(pool, document)
    box = colour_box(image.data, GREEN)
    assert box is not None and box[:2] == (0, 0), box


async def test_below_a_navbar_content_keeps_its_margin_and_the_navbar_its_edges(pool: ChromiumPool) -> None:
    document = {
        "width": 600,
        "height": 300,
        "background": "#ffffff",
        "elements": [
            {"type": "navbar", "title": "Acme", **flat("#00ff00")},
            {"type": "card", **flat("#0000ff", layout={"height": 40})},
            {"type": "column", "padding": "8px 0", "children": [{"type": "card", **flat("#ff0000")}]},
        ],
    }
    _, image = await render_dsl(pool, document)
    navbar, card, padded = (
        colour_box(image.data, GREEN),
        colour_box(image.data, BLUE),
        colour_box(image.data, RED),
    )
    assert navbar and card and padded
    assert (navbar[0], navbar[2]) == (0, 600)
    assert (card[0], card[2]) == (24, 576)
    assert (padded[0], padded[2]) == (24, 576)  # padded above and below only: the page's edges


async def test_boxes_as_wide_as_their_parent_fit_between_the_margins(pool: ChromiumPool) -> None:
    """An unlabelled input and a video are 100% wide: with the margin beside them they ran past the
    right edge of the canvas, their border cut off."""
    document = {
        "width": 600,
        "height": 260,
        "background": "#ffffff",
        "elements": [
            {"type": "input", "placeholder": "No label", **flat("#ff0000")},
            {"type": "video", "title": "Tour", **flat("#0000ff", layout={"height": 80})},
        ],
    }
    _, image = await render_dsl(pool, document)
    input_box, video = colour_box(image.data, RED), colour_box(image.data, BLUE)
    assert input_box and video
    assert (input_box[0], input_box[2]) == (24, 576)
    assert (video[0], video[2]) == (24, 576)


async def test_a_short_hero_and_a_row_holding_a_promo_card_keep_the_margins(pool: ChromiumPool) -> None:
    """What is content keeps the margin even when it is sized or holds a coloured box: a column
    200 px high, a row whose column is a rounded coloured card."""
    promo = {"type": "column", "padding": 12, "style": {"background": "#0000ff", "borderRadius": 8}}
    document = {
        "width": 600,
        "height": 300,
        "background": "#ffffff",
        "elements": [
            {"type": "column", "layout": {"height": 80}, "children": [{"type": "card", **flat("#00ff00")}]},
            {"type": "row", "children": [promo, {"type": "text", "text": "Next to it"}]},
        ],
    }
    _, image = await render_dsl(pool, document)
    hero, card = colour_box(image.data, GREEN), box_where(rgb(image.data), lambda c: c == BLUE)
    assert hero and card
    assert (hero[0], hero[2]) == (24, 576)
    assert card[0] == 24


async def test_content_beside_a_sidebar_fills_the_row_and_keeps_the_margin(pool: ChromiumPool) -> None:
    """A navbar, then a plain row of a sidebar and a column, as agents write a settings page: the
    column takes the width left and keeps the page's margin, the sidebar runs to the bottom of the
    screen and meets the navbar with no strip of page between them."""
    document = {
        "width": 800,
        "height": 400,
        "background": "#ffffff",
        "elements": [
            {"type": "navbar", "title": "Acme", **flat("#00ff00", layout={"height": 50})},
            {
                "type": "row",
                "gap": 16,
                "children": [
                    {"type": "sidebar", "items": ["Profile"], **flat("#ff0000", layout={"width": 200})},
                    {
                        "type": "column",
                        "children": [{"type": "card", **flat("#0000ff", layout={"height": 40})}],
                    },
                ],
            },
        ],
    }
    _, image = await render_dsl(pool, document)
    navbar, sidebar, card = (colour_box(image.data, colour) for colour in (GREEN, RED, BLUE))
    assert navbar and sidebar and card
    assert sidebar[1] == navbar[3] and sidebar[3] == 400  # under the navbar, down to the bottom
    assert card == (200 + 16 + 24, navbar[3] + 24, 800 - 24, navbar[3] + 24 + 40)


async def test_a_column_as_high_as_the_screen_pushes_what_follows_a_spacer_to_the_bottom(
    pool: ChromiumPool,
) -> None:
    """`height: 100%` on a top-level column is the screen's height less the margins, which it
    keeps: CSS alone reads it as no height, since the page grows with its content."""
    document = {
        "width": 400,
        "height": 500,
        "background": "#ffffff",
        "elements": [
            {
                "type": "column",
                "layout": {"height": "100%"},
                "children": [
                    {"type": "text", "text": "Welcome"},
                    {"type": "spacer"},
                    {"type": "button", "label": "Get started", **flat("#0000ff", layout={"height": 40})},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    button = colour_box(image.data, BLUE)
    assert button is not None and (button[0], button[3]) == (16, 500 - 16)  # the page's margins kept


async def test_elements_placed_by_coordinates_count_from_the_canvas_corner(pool: ChromiumPool) -> None:
    """A placed element (a toast in a corner) keeps its coordinates and takes nothing from the
    flowed content's margin."""
    document = {
        "width": 400,
        "height": 200,
        "background": "#ffffff",
        "elements": [
            {"type": "card", **flat("#00ff00", layout={"height": 40})},
            {"type": "container", **flat("#0000ff", layout={"x": 10, "y": 120, "width": 50, "height": 30})},
        ],
    }
    _, image = await render_dsl(pool, document)
    assert colour_box(image.data, BLUE) == (10, 120, 60, 150)
    assert colour_box(image.data, GREEN) == (16, 16, 384, 56)  # a narrow screen: 16 px


# -- blocks ------------------------------------------------------------------------------------------


async def test_a_table_too_wide_for_its_box_keeps_its_words_whole(pool: ChromiumPool) -> None:
    """Cells wrap between words, never inside one: a table wider than its box is cut at the box's
    edge as a scrolled table would be (letters used to stack one under another)."""
    document = {
        "width": 260,
        "height": 200,
        "background": "#ffffff",
        "padding": 0,
        "elements": [
            {
                "type": "table",
                "layout": {"width": 200},
                "columns": ["Deal", "Stage", "Amount"],
                "rows": [["Enterprise", "Negotiation", "$84,000"]],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    # The body row starts below the header (~37 px): its text is one line high.
    body = box_where(rgb(image.data), dark, (0, 45, 200, 200))
    assert body is not None
    assert body[3] - body[1] <= 20, body


async def test_a_fields_own_flex_weighs_against_its_siblings(pool: ChromiumPool) -> None:
    document = {
        "width": 640,
        "height": 120,
        "padding": 0,
        "background": "#ffffff",
        "elements": [
            {
                "type": "row",
                "gap": 20,
                "children": [
                    {
                        "type": "input",
                        "label": "Destination",
                        **flat("#ff0000", style={"flex": 2, "background": "#ff0000", **FLAT}),
                    },
                    {"type": "input", "label": "Check-in", **flat("#0000ff")},
                    {"type": "input", "label": "Check-out", **flat("#00ff00")},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    wide, narrow, other = (
        colour_box(image.data, RED),
        colour_box(image.data, BLUE),
        colour_box(image.data, GREEN),
    )
    assert wide and narrow and other
    assert (wide[2] - wide[0], narrow[2] - narrow[0], other[2] - other[0]) == (300, 150, 150)


@pytest.mark.parametrize(("align", "centre"), [("center", 200), ("end", None)])
async def test_align_lines_up_a_headings_text(pool: ChromiumPool, align: str, centre: int | None) -> None:
    document = {
        "width": 400,
        "height": 100,
        "padding": 0,
        "background": "#ffffff",
        "elements": [{"type": "heading", "level": 2, "text": "Title", "align": align}],
    }
    _, image = await render_dsl(pool, document)
    text = mask_bbox(image.data, dark)
    assert text is not None
    if centre is not None:
        assert abs((text[0] + text[2]) / 2 - centre) <= 2, text
    else:
        assert 394 <= text[2] <= 400, text


async def test_a_headers_buttons_line_up_with_a_labelled_field_and_badges_follow_the_title(
    pool: ChromiumPool,
) -> None:
    document = {
        "width": 700,
        "height": 200,
        "padding": 0,
        "background": "#ffffff",
        "elements": [
            {
                "type": "header",
                "title": "Orders",
                "children": [
                    {"type": "badge", "text": "Live", **flat("#00ff00")},
                    {"type": "select", "label": "Range", "value": "30 days", **flat("#0000ff")},
                    {"type": "button", "label": "Export", **flat("#ff0000")},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    badge, select = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    button = colour_box(image.data, RED)
    title = box_where(rgb(image.data), dark, (0, 0, 200, 200))
    assert badge and select and button and title
    assert button[3] == select[3], (button, select)  # the field's box holds its label above
    assert badge[0] - title[2] < 20 and badge[0] < select[0], (badge, title)


async def test_a_sections_action_is_a_quiet_button_centred_on_the_title(pool: ChromiumPool) -> None:
    document = {
        "width": 500,
        "height": 120,
        "padding": 0,
        "background": "#ffffff",
        "theme": {"primary": "#ff0000"},
        "elements": [
            {"type": "section", "title": "Recent", "actions": [{"label": "See all"}], "children": []}
        ],
    }
    _, image = await render_dsl(pool, document)
    assert colour_box(image.data, RED) is None  # not filled with the primary colour
    title = box_where(rgb(image.data), dark, (0, 0, 250, 120))
    label = box_where(rgb(image.data), dark, (250, 0, 500, 120))
    assert title and label
    assert abs((title[1] + title[3]) / 2 - (label[1] + label[3]) / 2) <= 2, (title, label)


async def test_a_card_without_padding_lets_its_table_reach_its_border_and_keeps_its_titles_inset(
    pool: ChromiumPool,
) -> None:
    document = {
        "width": 400,
        "height": 260,
        "padding": 0,
        "background": "#ffffff",
        "elements": [
            {
                "type": "card",
                "title": "Timeline",
                "padding": 0,
                "children": [{"type": "table", "columns": ["Task", "Owner"], "rows": [["Cart", "Sam"]]}],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    picture = decode(image.data).convert("RGB")
    column = [picture.getpixel((200, y)) for y in range(picture.height)]
    header = next(y for y in range(60, 200) if column[y] != (255, 255, 255) and luminance(column[y]) > 200)
    band = column[header + 8]
    # The header row's shade runs to the card's border (x = 0), with no border of its own inside.
    assert picture.getpixel((1, header + 8)) == band == picture.getpixel((2, header + 8))
    title = box_where(rgb(image.data), dark, (0, 0, 400, header - 4))
    assert title is not None and 18 <= title[0] <= 24, title


async def test_a_form_inside_a_titled_card_has_a_smaller_title_than_the_card(pool: ChromiumPool) -> None:
    document = {
        "width": 400,
        "height": 200,
        "padding": 0,
        "background": "#ffffff",
        "elements": [
            {
                "type": "card",
                "title": "HHHH",
                "children": [{"type": "form", "title": "HHHH", "children": []}],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    lines = row_runs(rgb(image.data), dark, (0, 0, 400, 200))
    assert len(lines) == 2, lines
    (card_top, card_bottom), (form_top, form_bottom) = lines
    assert form_bottom - form_top < card_bottom - card_top, lines


@pytest.mark.parametrize(
    ("options", "cut_px"), [({}, TALL_CUT_PX), ({"scale": 2}, TALL_CUT_PX), ({"full_page": True}, 0)]
)
async def test_the_render_measures_how_much_content_ran_below_the_canvas(
    pool: ChromiumPool, options: dict[str, Any], cut_px: int
) -> None:
    _, image = await render_dsl(pool, TALL, **options)
    assert image.cut_px == cut_px
    _, fitting = await render_dsl(pool, {**TALL, "height": TALL_CONTENT_HEIGHT}, **options)
    assert fitting.cut_px == 0


def _cards_in_a_row(card_width: int, **document: Any) -> dict[str, Any]:
    """Three cards of `card_width` px in a plain row of a 600 px canvas without page margins."""
    card = {"type": "card", "title": "Card", "style": {"minWidth": card_width}}
    return {
        "width": 600,
        "height": 200,
        "padding": 0,
        "elements": [{"type": "row", "gap": 12, "children": [card] * 3}],
        **document,
    }


@pytest.mark.parametrize("document", [{}, {"lang": "ar"}, {"frame": "browser"}], ids=["ltr", "rtl", "frame"])
@pytest.mark.parametrize(
    "options", [{}, {"full_page": True}, {"scale": 2}], ids=["viewport", "full-page", "scale"]
)
async def test_the_render_measures_how_much_content_ran_past_the_canvas_side(
    pool: ChromiumPool, document: dict[str, Any], options: dict[str, Any]
) -> None:
    # 3 x 220 + 2 x 12 = 684 px of cards in a 600 px wide page (less inside a frame's border):
    # the third card runs past the side (the left one, right to left).
    _, image = await render_dsl(pool, _cards_in_a_row(220, **document), **options)
    (warning,) = image.measured_warnings
    assert (warning.code, warning.path) == ("content_cut", "/elements/0/children/2"), warning
    px = int(warning.message.split(" px ")[0].rsplit(" ", 1)[1])
    assert 84 <= px <= 90, warning.message
    assert image.width == 600 * options.get("scale", 1)  # the image stays the canvas's width
    _, fitting = await render_dsl(pool, _cards_in_a_row(150, **document), **options)
    assert fitting.measured_warnings == ()


async def test_a_table_too_wide_for_its_box_names_the_columns_it_cuts_off(pool: ChromiumPool) -> None:
    columns = ["Workout", "Duration", "Avg heart rate", "Calories", "Date"]
    row = ["Yoga flow", "30:00", "98 bpm", "140", "2025-06-13"]
    document = {
        "width": 320,
        "height": 200,
        "elements": [{"type": "table", "columns": columns, "rows": [row]}],
    }
    _, image = await render_dsl(pool, document)
    (warning,) = image.measured_warnings
    assert warning.path == "/elements/0" and "wider than its box" in warning.message, warning
    assert "'Date'" in warning.message and "'Workout'" not in warning.message, warning.message
    _, fitting = await render_dsl(pool, {**document, "width": 800})
    assert fitting.measured_warnings == ()


async def test_a_page_margin_below_the_last_element_is_not_content_cut_off(pool: ChromiumPool) -> None:
    # 24 px margin + a 560 px card end at 584 px on a 600 px canvas; the margin below runs on.
    document = {
        "width": 800,
        "height": 600,
        "elements": [{"type": "card", "title": "A", "layout": {"height": 560}}],
    }
    _, image = await render_dsl(pool, document)
    assert image.cut_px == 0
    _, taller = await render_dsl(pool, {**document, "height": 570})
    assert taller.cut_px == 38  # the margin below counts once content is cut: 'make height 38 px larger'


async def test_a_sidebar_stretched_into_the_margin_below_its_pane_cuts_off_nothing(
    pool: ChromiumPool,
) -> None:
    """The pane beside a sidebar keeps a 24 px margin below its 300 px box, and the sidebar
    stretches into it, 8 px past a 400 px canvas: nothing it draws is lost (it warned 'runs 8 px
    below'); a box with a bottom edge there is still cut."""
    pane = {"type": "column", "children": [{"type": "container", "layout": {"height": 300}}]}
    row = {
        "type": "row",
        "children": [{"type": "sidebar", "layout": {"width": 160}, "items": ["Board"]}, pane],
    }
    document = {"width": 600, "height": 400, "elements": [{"type": "navbar", "title": "Jira"}, row]}
    _, image = await render_dsl(pool, document)
    assert image.cut_px == 0
    edged = {"type": "card", "title": "Backlog", "layout": {"height": 330}}
    _, cut = await render_dsl(pool, {**document, "elements": [{"type": "navbar", "title": "Jira"}, edged]})
    assert cut.cut_px > 0


async def test_content_centred_in_a_box_too_short_for_it_is_named_with_what_runs_out_above(
    pool: ChromiumPool,
) -> None:
    """A 900 px card centred (by the author's CSS) in an 800 px column of an 800 px canvas runs out
    50 px above and below: the page-height advice alone could not bring back its top. The DSL's
    `justify: center` centres safely: the card starts at the column's top and runs out below only,
    where a taller page shows it."""
    card = {"type": "card", "title": "Tall card", "layout": {"width": 300, "height": 900}}
    column = {
        "type": "column",
        "style": {"justifyContent": "center"},
        "layout": {"width": 1280, "height": 800},
        "children": [card],
    }
    _, image = await render_dsl(pool, {"width": 1280, "height": 800, "elements": [column]})
    named = [w for w in image.measured_warnings if w.code == "content_overflow"]
    assert [w.path for w in named] == ["/elements/0"], image.measured_warnings
    assert "100 px more" in named[0].message and "50 px above its top" in named[0].message
    safely = {**column, "style": {}, "justify": "center"}
    _, image = await render_dsl(pool, {"width": 1280, "height": 800, "elements": [safely]})
    assert [w for w in image.measured_warnings if w.code == "content_overflow"] == []
    assert image.cut_px == 100, image.cut_px  # all of the overflow below the canvas, its top in view


async def test_what_runs_out_above_the_top_or_past_the_left_side_is_named(pool: ChromiumPool) -> None:
    """A box placed at y: -12 or at x: -10 was cut off with no word: no taller or wider page shows
    it. (A tooltip's bubble over a button at the top is drawn below it instead, and one that fits
    nowhere is named as the tooltip: test_render_tooltip_placement.py.)"""
    raised = {"type": "container", "layout": {"x": 20, "y": -12, "width": 100, "height": 60},
              "style": {"background": "#0000ff"}}  # fmt: skip
    _, above = await render_dsl(pool, {"width": 400, "height": 200, "elements": [raised]})
    (warning,) = above.measured_warnings
    assert (warning.code, warning.path) == ("content_cut", "/elements/0"), warning
    assert "12 px above the top of the image" in warning.message and "layout.y" in (warning.suggestion or "")
    # A filled box: one that draws nothing (no fill, border or text) loses nothing there.
    placed = {"type": "container", "layout": {"x": -10, "y": 20, "width": 100, "height": 60},
              "style": {"background": "#0000ff"}}  # fmt: skip
    _, left = await render_dsl(pool, {"width": 400, "height": 200, "elements": [placed]})
    (warning,) = left.measured_warnings
    assert warning.path == "/elements/0" and "10 px past the left side" in warning.message, warning
    lowered = {
        "type": "column",
        "padding": 60,
        "children": [{**raised, "layout": {"width": 100, "height": 60}}],
    }
    _, room = await render_dsl(pool, {"width": 400, "height": 200, "elements": [lowered]})
    assert room.measured_warnings == ()


async def test_tabs_past_the_end_of_their_strip_are_named(pool: ChromiumPool) -> None:
    """The strip fades out at its end; the tab that ran past it ('Simil') was cut without a word."""
    tabs = {"type": "tabs", "items": ["Ingredients", "Steps", "Nutrition", "Reviews", "Similar recipes"]}
    _, image = await render_dsl(pool, {"width": 390, "height": 100, "elements": [tabs]})
    (warning,) = image.measured_warnings
    assert (warning.code, warning.path) == ("content_cut", "/elements/0/items/4"), warning
    assert "1 of 5 tabs" in warning.message and "'Similar recipes'" in warning.message
    _, wide = await render_dsl(pool, {"width": 600, "height": 100, "elements": [tabs]})
    assert wide.measured_warnings == ()


async def test_what_a_box_clips_inside_the_canvas_is_not_counted_as_cut_at_the_side(
    pool: ChromiumPool,
) -> None:
    """Long text ellipsized in a button, or a code line clipped at its block's edge, stay
    inside the canvas: nothing runs past its side (the button's label is told of as a text
    ended in an ellipsis, not as content cut)."""
    document = {
        "width": 400,
        "height": 200,
        "elements": [
            {"type": "button", "text": "A very long label " * 10, "style": {"width": 200}},
            {"type": "code", "variant": "block", "text": "x = 1  # " + "long comment " * 40},
        ],
    }
    _, image = await render_dsl(pool, document)
    assert [(w.code, w.path) for w in image.measured_warnings] == [("text_truncated", "/elements/0")]


async def test_segmented_tabs_are_as_tall_as_the_controls_beside_them(pool: ChromiumPool) -> None:
    document = {
        "width": 500,
        "height": 100,
        "padding": 0,
        "background": "#ffffff",
        "theme": {"radius": 0},
        "elements": [
            {
                "type": "row",
                "children": [
                    {"type": "tabs", "variant": "segmented", "items": ["Day", "Week"]},
                    {"type": "button", "label": "Filter", **flat("#0000ff")},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    button = colour_box(image.data, BLUE)
    assert button is not None
    # The strip is the only thing drawn left of the button (its muted track and the active tab).
    strip = decode(image.data).convert("RGB").crop((0, 0, button[0], 100))
    track = (
        strip.point(lambda v: 0 if v == 255 else 255).convert("L").point(lambda v: 255 if v else 0).getbbox()
    )
    assert track is not None
    assert track[3] - track[1] == button[3] - button[1], (track, button)


@pytest.mark.parametrize("width", [390, 600, 1280])
async def test_a_browser_frames_three_dots_show_however_narrow_the_window(
    pool: ChromiumPool, width: int
) -> None:
    document = {"width": width, "height": 100, "frame": "browser", "title": "Onboarding", "elements": []}
    _, image = await render_dsl(pool, document)
    dots = [colour_box(image.data, colour) for colour in ((255, 95, 87), (254, 188, 46), (40, 200, 64))]
    assert all(dots), dots  # red, yellow and green, none covered by the address bar


async def test_the_rows_of_a_card_without_padding_touch(pool: ChromiumPool) -> None:
    """`padding: 0` says the content runs to the card's border: rows with hairlines between them
    meet, with no gap above or below each line."""
    rows = [
        {"type": "row", **flat(colour, layout={"height": 30})} for colour in ("#ff0000", "#00ff00", "#0000ff")
    ]
    document = {
        "width": 300,
        "height": 200,
        "padding": 0,
        "elements": [{"type": "card", "padding": 0, "children": rows}],
    }
    _, image = await render_dsl(pool, document)
    red, green, blue = (colour_box(image.data, c) for c in (RED, GREEN, BLUE))
    assert red and green and blue
    assert red[3] == green[1] and green[3] == blue[1], (red, green, blue)


@pytest.mark.parametrize("bar", [{"type": "progress", "value": 100}, {"type": "slider", "value": 100}])
async def test_a_bar_in_a_row_takes_the_room_its_neighbours_leave(
    pool: ChromiumPool, bar: dict[str, Any]
) -> None:
    """A progress bar or slider between two texts in a row: it had no width of its own and shrank
    to nothing (an unlabelled bar vanished)."""
    document = {
        "width": 400,
        "height": 100,
        "background": "#ffffff",
        "theme": {"primary": "#0000ff"},
        "elements": [
            {
                "type": "row",
                "children": [{"type": "text", "text": "Upload"}, bar, {"type": "text", "text": "40 MB"}],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    fill = box_where(rgb(image.data), lambda colour: colour == BLUE)
    assert fill is not None and fill[2] - fill[0] > 200, fill


async def test_a_footer_with_columns_of_links_spreads_them_above_its_small_print(pool: ChromiumPool) -> None:
    """A site's large footer: the grid of link columns spans the footer and the copyright line sits
    in a bar below it (all of it was squeezed onto one line, the grid at the far right)."""
    column = {"type": "container", **flat("#0000ff", layout={"height": 20})}
    footer = {"type": "footer", "text": "© 2025 The Ledger", "items": ["Privacy", "Terms"],
              "children": [{"type": "grid", "columns": 3, "children": [column, column, column]}]}  # fmt: skip
    document = {"width": 900, "height": 220, "background": "#ffffff", "padding": 0, "elements": [footer]}
    _, image = await render_dsl(pool, document)
    grid = colour_box(image.data, BLUE)
    assert grid is not None and (grid[0], grid[2]) == (24, 876), grid
    small_print = box_where(rgb(image.data), lambda colour: luminance(colour) < 160, (0, grid[3], 300, 220))
    assert small_print is not None and small_print[0] == pytest.approx(24, abs=2), small_print


async def test_a_grid_in_a_plain_row_takes_the_rows_width(pool: ChromiumPool) -> None:
    cell = {"type": "container", **flat("#0000ff", layout={"height": 20})}
    row = {"type": "row", "children": [{"type": "grid", "columns": 3, "children": [cell, cell, cell]}]}
    document = {"width": 600, "height": 100, "background": "#ffffff", "elements": [row]}
    _, image = await render_dsl(pool, document)
    assert colour_box(image.data, BLUE) == (24, 24, 576, 44)


async def test_a_narrow_sidebar_is_an_icon_rail_with_short_labels_under_the_icons(pool: ChromiumPool) -> None:
    """An 88 px sidebar (a point-of-sale rail) cut its labels to one letter ("S.."); it now draws each
    label whole under its icon, and below 72 px only the icons."""
    item = {"label": "Settings", "icon": "settings"}
    rail = {"type": "sidebar", "layout": {"width": 88}, "items": [item], "style": {"borderRight": "none"}}
    document = {"width": 300, "height": 120, "background": "#ffffff", "padding": 0, "elements": [rail]}
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    ink = lambda colour: luminance(colour) < 200  # noqa: E731
    icon_band, label_band = row_runs(picture, ink, (0, 0, 88, 120))
    label = box_where(picture, ink, (0, label_band[0], 88, label_band[1]))
    icon = box_where(picture, ink, (0, icon_band[0], 88, icon_band[1]))
    assert label is not None and icon is not None
    assert 36 <= label[2] - label[0] < 80 and label[0] > 2 and label[2] < 86, label  # the whole word
    assert abs((label[0] + label[2]) / 2 - (icon[0] + icon[2]) / 2) <= 2  # centred under its icon

    _, narrow = await render_dsl(pool, {**document, "elements": [{**rail, "layout": {"width": 60}}]})
    assert len(row_runs(rgb(narrow.data), ink, (0, 0, 60, 120))) == 1  # the icon alone


async def test_a_badge_over_a_picture_keeps_off_the_stacks_edges(pool: ChromiumPool) -> None:
    """A badge in a stack's corner sat flush on the corner, its pill cut by the picture's edge."""
    stack = {"type": "stack", "align": "start", "justify": "end", "layout": {"width": 300, "height": 120},
             "children": [{"type": "container", **flat("#ffffff")},
                          {"type": "badge", "text": "3 min away", **flat("#0000ff")}]}  # fmt: skip
    document = {"width": 400, "height": 200, "background": "#ffffff", "padding": 0, "elements": [stack]}
    _, image = await render_dsl(pool, document)
    badge = colour_box(image.data, BLUE)
    assert badge is not None and (badge[1], badge[2]) == (12, 300 - 12), badge


async def test_a_row_over_a_picture_keeps_off_the_stacks_edges_as_one_control_does(
    pool: ChromiumPool,
) -> None:
    """A back button and a badge in a row over a map sat flush on the stack's corners; now the
    row keeps the 12 px a single control keeps, each end of it."""
    row = {"type": "row", "align": "start", "justify": "between",
           "children": [{"type": "badge", "text": "Back", **flat("#0000ff")}, {"type": "badge", "text": "3 min", **flat("#00ff00")}]}  # fmt: skip
    stack = {"type": "stack", "layout": {"width": 300, "height": 120},
             "children": [{"type": "container", **flat("#ffffff")}, row]}  # fmt: skip
    document = {"width": 400, "height": 200, "background": "#ffffff", "padding": 0, "elements": [stack]}
    _, image = await render_dsl(pool, document)
    back, eta = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert back is not None and (back[0], back[1]) == (12, 12), back
    assert eta is not None and (eta[1], eta[2]) == (12, 300 - 12), eta


async def test_a_button_beside_a_labelled_field_lines_up_with_its_box(pool: ChromiumPool) -> None:
    """A newsletter's Subscribe beside a labelled Email field sat 13 px above the input's box."""
    field = {
        "type": "input",
        "label": "Email",
        "placeholder": "you@example.com",
        "style": {"background": "#00ff00"},
    }  # fmt: skip (the style colours the whole field)
    button = {"type": "button", "label": "Go", **flat("#0000ff")}
    document = {
        "width": 400,
        "height": 120,
        "background": "#ffffff",
        "elements": [{"type": "row", "children": [field, button]}],
    }
    _, image = await render_dsl(pool, document)
    box, pressed = colour_box(image.data, GREEN), colour_box(image.data, BLUE)
    assert box is not None and pressed is not None
    assert pressed[3] == box[3] and pressed[1] == box[1] + 26, (box, pressed)  # the field: label, 6 px, box


async def test_a_row_of_buttons_too_wide_for_the_screen_goes_on_to_the_next_line(pool: ChromiumPool) -> None:
    """Two long German buttons on a phone: the second ran off the canvas ("Zurück zum W")."""
    buttons = [{"type": "button", "label": label, **flat("#0000ff")}
               for label in ("Zahlungsinformationen speichern", "Zurück zum Warenkorb")]  # fmt: skip
    document = {
        "width": 360,
        "height": 160,
        "background": "#ffffff",
        "elements": [{"type": "row", "children": buttons}],
    }
    _, image = await render_dsl(pool, document)
    bands = row_runs(rgb(image.data), lambda colour: colour == BLUE, (0, 0, 360, 160))
    assert len(bands) == 2, bands  # one button per line
    drawn = colour_box(image.data, BLUE)
    assert drawn is not None and drawn[2] <= 360 - 16, drawn  # inside the margin, not cut


async def test_a_phone_keeps_its_shape_and_cuts_a_screen_too_tall_for_it(pool: ChromiumPool) -> None:
    screen = {"width": 390, "height": 844, "frame": "phone", "background": "#ffffff"}
    tall = {**screen, "elements": [{"type": "skeleton", "variant": "rect", "layout": {"height": 1400}}]}
    _, fitting = await render_dsl(pool, {**screen, "elements": [{"type": "heading", "text": "Wallet"}]})
    _, image = await render_dsl(pool, tall)
    assert (image.width, image.height) == (fitting.width, fitting.height)  # the phone did not stretch
    # Its bottom edge is drawn: the bezel's dark band crosses the middle column near the bottom.
    picture = rgb(image.data)
    middle = [picture.getpixel((image.width // 2, y)) for y in range(image.height - 80, image.height)]
    assert any(max(colour) < 40 for colour in middle), middle
    assert image.cut_px >= 1400 - 844, image.cut_px


async def test_a_full_page_shot_of_a_phone_grows_the_phone_to_hold_all_the_screen(pool: ChromiumPool) -> None:
    """--full-page asks for all the content: the phone's screen cut it silently at its edge."""
    screen = {"width": 390, "height": 844, "frame": "phone", "background": "#ffffff"}
    block = {"type": "skeleton", "variant": "rect", "layout": {"height": 1400}, **flat("#0000ff")}
    _, fitting = await render_dsl(pool, {**screen, "elements": [{"type": "heading", "text": "Wallet"}]})
    _, image = await render_dsl(pool, {**screen, "elements": [block]}, full_page=True)
    assert image.width == fitting.width and image.height >= fitting.height + 1400 - 844, image.height
    assert image.cut_px == 0
    drawn = colour_box(image.data, BLUE)
    assert drawn is not None and drawn[3] - drawn[1] >= 1400 - 2, drawn  # the whole block is drawn
    # The phone's bottom edge follows the block: the bezel crosses the middle column below it.
    picture = rgb(image.data)
    below = [picture.getpixel((image.width // 2, y)) for y in range(drawn[3], image.height)]
    assert any(max(colour) < 40 for colour in below), below


async def test_text_taller_than_the_box_it_was_given_says_it_runs_over_what_follows(
    pool: ChromiumPool,
) -> None:
    sentence = "This sentence of eighty characters cannot fit in a box twenty px tall, or so."
    text = {"type": "text", "text": sentence, "layout": {"x": 20, "y": 20, "width": 200, "height": 20}}
    button = {"type": "button", "text": "Next", "layout": {"x": 20, "y": 60, "width": 100, "height": 36}}
    document = {"width": 400, "height": 200, "elements": [text, button]}
    _, image = await render_dsl(pool, document)
    (warning,) = image.measured_warnings
    assert (warning.code, warning.path) == ("content_overflow", "/elements/0"), warning
    _, roomy = await render_dsl(pool, {**document, "elements": [{**text, "text": "Short"}, button]})
    assert roomy.measured_warnings == ()
    # One 40 px line in a 48 px box runs out of it by its leading only: nothing is overlapped.
    title = {"type": "text", "text": "Pricing", "style": {"fontSize": 40},
             "layout": {"x": 20, "y": 20, "width": 300, "height": 48}}  # fmt: skip
    _, leading = await render_dsl(
        pool, {**document, "elements": [title, {**button, "layout": {**button["layout"], "y": 80}}]}
    )
    assert leading.measured_warnings == (), leading.measured_warnings


# -- content wider than its room -------------------------------------------------------------------


def centred(card: dict[str, Any]) -> dict[str, Any]:
    """A phone's screen with a centred column holding `card` (painted blue, edge to edge)."""
    return {"width": 390, "height": 300, "background": "#ffffff",
            "elements": [{"type": "column", "align": "center", "children": [card]}]}  # fmt: skip


async def test_a_box_given_a_width_wider_than_its_column_keeps_to_it(pool: ChromiumPool) -> None:
    """A 560 px card in a phone's centred column was cut on both sides: its title read "...bout
    your team". A box given a width keeps to the room it flows in (max-width: 100%)."""
    card = {"type": "card", "title": "Tell us about your team", "layout": {"width": 560}, **flat("#0000ff")}
    _, image = await render_dsl(pool, centred(card))
    assert image.measured_warnings == ()
    blue = colour_box(image.data, BLUE)
    assert blue is not None and (blue[0], blue[2]) == (16, 390 - 16), blue  # between the margins
    placed = {**card, "layout": {"x": 0, "y": 0, "width": 560, "height": 80}}  # placed: keeps its width
    _, cut = await render_dsl(pool, {"width": 390, "height": 300, "elements": [placed]})
    assert any(w.code == "content_cut" for w in cut.measured_warnings), cut.measured_warnings


def _placed_menu(x: int) -> dict[str, Any]:
    """A menu placed by coordinates in a row beside a spacer and a button (a filter's dropdown)."""
    menu = {
        "type": "menu",
        "layout": {"x": x, "y": 44, "width": 200},
        "items": ["Due today"],
        **flat("#0000ff"),
    }
    row = {
        "type": "row",
        "style": {"position": "relative"},
        "children": [{"type": "spacer"}, {"type": "button", "label": "Filter"}, menu],
    }
    return {"width": 640, "height": 200, "background": "#ffffff", "elements": [row]}


async def test_a_placed_element_past_the_side_is_blamed_on_its_own_x_not_a_spacer_beside_it(
    pool: ChromiumPool,
) -> None:
    """A menu placed at x: 500 in a row ran past the side; the warning said the row's spacer
    pushed it there and to narrow the spacer, which does nothing: a placed element is out of the
    row's flow. It names its own x and width, and the x that fits, which then does."""
    _, image = await render_dsl(pool, _placed_menu(500))
    (warning,) = image.measured_warnings
    assert warning.path == "/elements/0/children/2", warning
    assert "spacer" not in warning.message and "pushes" not in warning.message, warning
    assert "its layout.x, 500 px from the left of the box it is placed in (/elements/0)" in warning.message
    fit = re.search(r"layout\.x: (\d+)", warning.suggestion or "")
    assert fit is not None, warning
    blue = colour_box(image.data, BLUE)
    assert blue is not None and blue[2] == 640, blue  # cut at the side
    _, moved = await render_dsl(pool, _placed_menu(int(fit[1])))
    assert moved.measured_warnings == ()
    blue = colour_box(moved.data, BLUE)
    assert blue is not None and blue[2] == 640 and blue[2] - blue[0] == _placed_width(warning.message), blue


def _placed_width(message: str) -> int:
    """The width a placed element's warning gives it ("plus its width, 200 px")."""
    found = re.search(r"plus its width, (\d+) px", message)
    assert found is not None, message
    return int(found[1])


async def test_content_wider_than_its_centred_box_runs_past_its_end_only(pool: ChromiumPool) -> None:
    """Centred, content wider than its box ran out on both sides, its start lost past the
    screen's left edge where no wider canvas shows it; safely centred it starts at the box's
    start and runs past the end side, where the render names it."""
    card = {
        "type": "card",
        "title": "Tell us about your team",
        "layout": {"minWidth": 560},
        **flat("#0000ff"),
    }
    _, image = await render_dsl(pool, centred(card))
    blue = colour_box(image.data, BLUE)
    assert blue is not None and blue[0] == 16 and blue[2] == 390, blue  # from the margin to the side
    (warning,) = image.measured_warnings
    assert "past the side of the image" in warning.message and "left" not in warning.message, warning
    wide = {
        "type": "button",
        "label": "A very long button label, wider than the screen",
        "style": {"maxWidth": "none"},
    }
    ended = {"type": "row", "justify": "end", "children": [wide]}  # ended: the same, its start in view
    _, image = await render_dsl(pool, {"width": 300, "height": 100, "elements": [ended]})
    (warning,) = image.measured_warnings
    assert "past the side of the image" in warning.message and "left" not in warning.message, warning


async def test_an_element_pushed_past_the_side_names_the_wider_one_beside_it(pool: ChromiumPool) -> None:
    row = {"type": "row", "children": [{"type": "select", "value": "Production", "options": ["Production"],
           "layout": {"width": 300}}, {"type": "avatar", "name": "Dev Patel", "size": "sm"}]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 340, "height": 100, "padding": 0, "elements": [row]})
    (warning,) = image.measured_warnings
    assert warning.path == "/elements/0/children/1", warning
    assert "the select at /elements/0/children/0 beside it, 300 px wide" in warning.message, warning


async def test_what_an_authors_negative_margin_moves_out_is_said_to_be_that_margin(
    pool: ChromiumPool,
) -> None:
    """A heading pulled up by `marginTop: -80` was said to be "pushed up out of the box it is in
    (content centred...)", one pulled left by `marginLeft: -300` to have content wider than its
    room: the style the author wrote is the cause to name."""
    up = {"type": "heading", "text": "Title", "style": {"marginTop": -80}}
    left = {"type": "heading", "text": "Subtitle", "style": {"marginLeft": -300}}
    _, image = await render_dsl(pool, {"width": 600, "height": 300, "elements": [up, left]})
    cut = {w.path: w for w in image.measured_warnings if w.code == "content_cut"}
    assert set(cut) == {"/elements/0", "/elements/1"}, image.measured_warnings
    assert "above the top of the image" in cut["/elements/0"].message
    assert (cut["/elements/0"].suggestion or "").startswith("its style moves it out (margin-top: -80px)")
    assert "past the left side of the image" in cut["/elements/1"].message
    assert (cut["/elements/1"].suggestion or "").startswith("its style moves it out (margin-left: -300px)")


async def test_a_main_column_and_an_aside_in_the_page_column_start_at_the_same_top(
    pool: ChromiumPool,
) -> None:
    """A row of panes inside the page's column: the short aside stood centred halfway down beside
    the tall hero (only a top-level row was a page layout). A list item's avatar column beside its
    two lines of text stays centred."""

    def flat(colour: str, height: int) -> dict[str, Any]:
        return {
            "type": "container",
            "layout": {"height": height},
            "style": {"background": colour, "border": "none", "borderRadius": 0},
        }

    main = {
        "type": "column",
        "style": {"flex": 2},
        "children": [flat("#0000ff", 260), {"type": "heading", "level": 3, "text": "Headline"}],
    }
    aside = {
        "type": "column",
        "style": {"flex": 1},
        "children": [{"type": "heading", "level": 4, "text": "Trending"}, flat("#00ff00", 60)],
    }
    item = {
        "type": "row",
        "children": [
            {"type": "column", "children": [flat("#ff0000", 20)]},
            {"type": "column", "children": [flat("#ff00ff", 60), {"type": "text", "text": "Line"}]},
        ],
    }
    document = {"width": 800, "height": 500, "background": "#ffffff",
                "elements": [{"type": "column", "children": [{"type": "row", "children": [main, aside]}, item]}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    hero, bar, dot = (colour_box(image.data, colour) for colour in ((0, 0, 255), (0, 255, 0), (255, 0, 0)))
    assert hero is not None and bar is not None and dot is not None
    heading = box_where(rgb(image.data), lambda c: luminance(c) < 120, (bar[0], hero[1], bar[2], bar[1]))
    assert heading is not None and heading[1] - hero[1] < 12, (hero, heading)  # the aside starts at the top
    tall = colour_box(image.data, (255, 0, 255))
    assert tall is not None and dot[1] > tall[1] + 20, (dot, tall)  # the avatar column stays centred
