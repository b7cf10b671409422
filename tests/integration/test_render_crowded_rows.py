"""Crowded rows on real Chromium: a short text keeps its line while its longer neighbour wraps, a
header's controls keep their values, a wrapping filter bar breaks only when it must, a button in a
grid of labelled fields lines up with their boxes, and accordions side by side share their row."""

from __future__ import annotations

from collections.abc import Callable
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
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

RED = (255, 0, 0)
YELLOW = (255, 255, 0)
FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}
STAMP = {"type": "text", "text": "Tue, Jul 15, 10:42 AM", "size": "sm", "style": {"color": "#ff0000"}}
SENDER = {
    "type": "avatar",
    "name": "Priya Raman",
    "description": "Priya Raman <priya@acme.io> · to me, Marcus",
}


def flat(colour: str, **more: Any) -> dict[str, Any]:
    """Style that leaves a box one flat colour, so its pixels give its exact place and size."""
    return {"style": {"background": colour, **FLAT}, **more}


def reddish(colour: tuple[int, int, int]) -> bool:
    """The red text's pixels, antialiased edges included."""
    r, g, b = colour
    return r > 150 and g < 120 and b < 120


def dark(colour: tuple[int, int, int]) -> bool:
    return max(colour) < 120


def ink(colour: tuple[int, int, int]) -> bool:
    """Black or grey text (a description's muted grey too), not the red one."""
    return max(colour) < 200 and max(colour) - min(colour) < 40


async def picture(pool: ChromiumPool, width: int, height: int, *elements: dict[str, Any]) -> Image.Image:
    document = {
        "width": width,
        "height": height,
        "padding": 0,
        "background": "#ffffff",
        "elements": list(elements),
    }
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def painted(colour: tuple[int, int, int]) -> Callable[[tuple[int, int, int]], bool]:
    """Whether a pixel is exactly `colour` (a flat box's fill)."""
    return lambda pixel: pixel == colour


def lines_in(image: Image.Image, keep: Callable[[tuple[int, int, int]], bool], region: Box) -> int:
    return len(row_runs(image, keep, region))


# -- a short text beside a longer one ----------------------------------------------------------------


async def test_a_timestamp_beside_a_sender_stays_on_one_line_while_the_sender_wraps(
    pool: ChromiumPool,
) -> None:
    """A mail's "Tue, Jul 15, 10:42 AM" beside its sender broke into "10:42 / AM"."""
    row = {"type": "row", "children": [SENDER, {"type": "spacer"}, STAMP]}
    image = await picture(pool, 420, 160, row)
    stamp = box_where(image, reddish)
    assert stamp is not None and stamp[2] <= 420, stamp
    assert lines_in(image, reddish, (0, 0, 420, 160)) == 1
    caption = (52, 0, stamp[0] - 4, 160)  # right of the 40 px face and its 12 px gap
    assert lines_in(image, ink, caption) >= 3  # the name, then the description on two lines


async def test_a_short_text_in_a_row_too_narrow_for_both_wraps_too_and_leaves_its_neighbour_a_share(
    pool: ChromiumPool,
) -> None:
    message = {"type": "column", "gap": 2, "children": [
        {"type": "text", "text": "Lena Fischer — Lunch on Friday?"},
        {"type": "text", "text": "There's a new ramen place around the corner, want to try?"}]}  # fmt: skip
    stamp = {**STAMP, "text": "Tuesday, July 15, 2025 10:42", "size": None}
    image = await picture(pool, 240, 400, {"type": "row", "children": [message, stamp]})
    drawn = box_where(image, reddish)
    assert drawn is not None and drawn[2] <= 240, drawn  # nothing runs past the canvas
    assert lines_in(image, reddish, (0, 0, 240, 400)) == 2
    assert drawn[2] - drawn[0] <= 0.6 * 240 + 1, drawn  # at most 60% of the row
    words = box_where(image, dark, (0, 0, drawn[0] - 4, 400))
    assert words is not None and words[2] - words[0] >= 80, words  # not squeezed to a word a line


async def test_a_long_text_beside_a_short_label_wraps_and_the_label_does_not(pool: ChromiumPool) -> None:
    label = {**STAMP, "text": "Status: pending review"}
    long = {
        "type": "text",
        "text": "The request was sent to the finance team on Monday and waits for their review.",
    }
    image = await picture(pool, 360, 200, {"type": "row", "children": [long, label]})
    drawn = box_where(image, reddish)
    assert drawn is not None and drawn[2] <= 360
    assert lines_in(image, reddish, (0, 0, 360, 200)) == 1
    assert lines_in(image, dark, (0, 0, drawn[0] - 4, 200)) >= 3


async def test_a_short_link_beside_a_pagination_keeps_its_line_and_the_pagination_narrows(
    pool: ChromiumPool,
) -> None:
    """A row of a button, pills, "A link" and a pagination in 700 px: the link wrapped onto two
    lines ("A / link") while the pagination, shrunk as much, left 40 px of its room empty. The
    pagination now takes its tighter form first and the link stays on one line, all in the row."""
    link = {
        "type": "link",
        "text": "A link",
        "style": {"color": "#ff0000", "textDecoration": "none"},
    }  # its lines, not its underline
    row = {"type": "row", "children": [
        {"type": "button", "label": "Primary button"}, {"type": "badge", "text": "Solid badge", "variant": "solid"},
        {"type": "badge", "text": "Primary badge", "variant": "primary"},
        {"type": "chip", "text": "Active chip", "active": True}, link, {"type": "pagination", "current": 2, "total": 3}]}  # fmt: skip
    image = await picture(pool, 652, 100, row)
    drawn = box_where(image, reddish)
    assert drawn is not None, drawn
    assert lines_in(image, reddish, (0, 0, 652, 100)) == 1
    assert drawn[2] - drawn[0] >= 30, drawn  # "A link" whole on its line (35 px of ink)
    pages = box_where(image, dark, (drawn[2] + 4, 0, 652, 100))
    assert pages is not None and pages[2] <= 652, pages  # the pagination's arrows, in the row


# -- headers ----------------------------------------------------------------------------------------


def fleet_header(*selects: dict[str, Any]) -> dict[str, Any]:
    return {"type": "header", "title": "Fleet", "description": "4,812 devices across 23 sites",
            "children": list(selects)}  # fmt: skip


SITES = {"type": "select", "options": ["All sites", "Berlin DC"], "value": "All sites", **flat("#0000ff")}
RANGE = {
    "type": "select",
    "options": ["Last 24 hours", "Last 7 days"],
    "value": "Last 24 hours",
    **flat("#00ff00"),
}


async def test_two_selects_in_a_header_keep_the_width_of_their_values(pool: ChromiumPool) -> None:
    """With ~400 px free, the second select read "Last 24 …": both were squeezed to equal halves."""
    both = await picture(pool, 700, 100, fleet_header(SITES, RANGE))
    alone = await picture(pool, 700, 100, fleet_header(RANGE))
    sites_box, range_box = box_where(both, painted(BLUE)), box_where(both, painted(GREEN))
    natural = box_where(alone, painted(GREEN))
    assert sites_box and range_box and natural
    assert range_box[2] - range_box[0] == natural[2] - natural[0], (range_box, natural)
    assert range_box[2] - range_box[0] > sites_box[2] - sites_box[0]  # "Last 24 hours" is the longer value
    assert range_box[1] == sites_box[1] < 60  # side by side, beside the title


async def test_a_headers_controls_go_under_its_text_when_they_would_squeeze_it(pool: ChromiumPool) -> None:
    image = await picture(pool, 380, 200, fleet_header(SITES, RANGE))
    sites_box = box_where(image, painted(BLUE))
    description = box_where(image, ink, (0, 40, 380, 80))
    assert sites_box and description
    assert sites_box[0] == 0 and sites_box[1] > 60, sites_box  # under the title and description
    assert description[2] - description[0] > 180, description  # the description on one line


# -- a filter bar that wraps -------------------------------------------------------------------------


def filter_bar() -> dict[str, Any]:
    def labelled(label: str, value: str, colour: str) -> dict[str, Any]:
        return {"type": "select", "label": label, "options": [value], "value": value, **flat(colour)}

    return {"type": "row", "gap": 12, "align": "end", "wrap": True, "children": [
        {"type": "search", "placeholder": "Search actor, IP, resource…", "style": {"flex": 1, "minWidth": 240}},
        labelled("Actor", "Anyone", "#0000ff"), labelled("Action", "All actions", "#00ff00"),
        labelled("Resource", "All resources", "#ff0000"), labelled("Date range", "Last 7 days", "#ffff00"),
        {"type": "button", "label": "Reset", "variant": "ghost"}]}  # fmt: skip


async def test_a_wrapping_filter_bar_stays_on_one_line_when_its_fields_fit_at_their_width(
    pool: ChromiumPool,
) -> None:
    image = await picture(pool, 1100, 200, filter_bar())
    boxes = [box_where(image, painted(colour)) for colour in (BLUE, GREEN, RED, YELLOW)]
    assert all(boxes), boxes
    assert len({box[1] for box in boxes if box}) == 1, boxes  # one line


async def test_a_field_that_wraps_to_the_next_line_keeps_its_width(pool: ChromiumPool) -> None:
    wide = await picture(pool, 1100, 200, filter_bar())
    narrow = await picture(pool, 560, 300, filter_bar())
    in_line = box_where(wide, painted(YELLOW))
    wrapped = box_where(narrow, painted(YELLOW))
    first = box_where(narrow, painted(BLUE))
    assert in_line and wrapped and first
    assert wrapped[1] > first[1], (wrapped, first)  # it went on to a later line
    assert abs((wrapped[2] - wrapped[0]) - (in_line[2] - in_line[0])) <= 1, (wrapped, in_line)
    assert wrapped[2] - wrapped[0] < 200, wrapped  # not stretched across the line


# -- a grid of labelled fields -----------------------------------------------------------------------


def filters_grid(hint: bool) -> dict[str, Any]:
    diet = {
        "type": "select",
        "label": "Diet",
        "options": ["Vegetarian"],
        "value": "Vegetarian",
        **flat("#00ff00"),
    }
    if hint:
        diet["hint"] = "Meals without meat"
    return {"type": "grid", "columns": 3, "gap": 8, "children": [
        {"type": "select", "label": "Cuisine", "options": ["Mediterranean"], "value": "Mediterranean",
         **flat("#0000ff")},
        diet, {"type": "button", "label": "Apply", **flat("#ff0000")}]}  # fmt: skip


async def test_a_button_in_a_grid_of_labelled_fields_lines_up_with_their_boxes(pool: ChromiumPool) -> None:
    image = await picture(pool, 600, 200, filters_grid(hint=False))
    field, button = box_where(image, painted(BLUE)), box_where(image, painted(RED))
    assert field and button
    assert button[3] == field[3], (button, field)  # on the boxes' bottom, not at the labels' height


async def test_beside_a_field_with_a_hint_the_button_lines_up_with_the_top_of_the_boxes(
    pool: ChromiumPool,
) -> None:
    image = await picture(pool, 600, 200, filters_grid(hint=True))
    field, button = box_where(image, painted(BLUE)), box_where(image, painted(RED))
    assert field and button
    assert button[1] == field[1] + 26, (button, field)  # below the label's 20 px line and the 6 px gap


# -- accordions ---------------------------------------------------------------------------------------


async def test_two_accordions_in_a_row_share_its_width(pool: ChromiumPool) -> None:
    row = {"type": "row", "gap": 16, "children": [
        {"type": "accordion", "items": [{"label": "Shipping", "description": "3-5 days"}], **flat("#0000ff")},
        {"type": "accordion", "items": [{"label": "Returns", "description": "30 days"}], **flat("#00ff00")}]}  # fmt: skip
    image = await picture(pool, 800, 200, row)
    first, second = box_where(image, painted(BLUE)), box_where(image, painted(GREEN))
    assert first and second
    assert first[2] - first[0] == second[2] - second[0] == 392, (first, second)


async def test_a_row_of_cards_shares_its_width_and_height_and_a_stat_in_a_card_has_no_second_frame(
    pool: ChromiumPool,
) -> None:
    """KPI cards sized by their content ended short of the row at different heights, each stat a
    box inside its card."""

    def card(colour: str, lines: int) -> dict[str, Any]:
        texts = [{"type": "text", "text": f"line {n}"} for n in range(lines)]
        return {"type": "card", "style": {"background": colour}, "children": texts}

    row = {"type": "row", "gap": 16, "children": [card("#ff0000", 1), card("#0000ff", 3)]}
    _, image = await render_dsl(
        pool, {"width": 600, "height": 300, "background": "#ffffff", "elements": [row]}
    )
    picture = rgb(image.data)
    red = box_where(picture, lambda c: close_to(c, (255, 0, 0), 8))
    blue = box_where(picture, lambda c: close_to(c, (0, 0, 255), 8))
    assert red is not None and blue is not None
    assert abs((red[2] - red[0]) - (blue[2] - blue[0])) <= 2, (red, blue)  # equal widths
    assert blue[2] >= 600 - 24 - 2  # the row's width, to its margin
    assert (red[1], red[3]) == (blue[1], blue[3])  # one height
    stat = {"type": "card", "children": [{"type": "stat", "label": "Signups", "value": "1,204"}]}
    prepared, _ = await render_dsl(pool, {"width": 600, "height": 300, "elements": [stat]})
    assert ":is(.dsl-card,.dsl-card-body)>.dsl-stat{padding:0;background:none;border:0" in prepared.html
