"""Back-office forms on real Chromium: a row of labelled fields lines up its boxes when a label
wraps (hints and errors below move nothing); an unlabelled select in a toolbar is as wide as its
option; small tabs are as tall as small fields; a step in error is a red disc; read-only fields,
add-ons, a mixed checkbox, an xs button, a search-typed input and a select's chips as drawn."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    box_where,
    boxes,
    close_to,
    column_runs,
    is_blue,
    is_green,
    luminance,
    painted,
    render_dsl,
    rgb,
)

pytestmark = pytest.mark.integration

SCALE = 2


async def render(pool: ChromiumPool, elements: list[dict[str, Any]], css: str = "", width: int = 640,
                 height: int = 240, **document: Any) -> Image.Image:  # fmt: skip
    page = {"width": width, "height": height, "scale": SCALE, "padding": 20, "background": "#ffffff",
            "elements": elements, "css": css, **document}  # fmt: skip
    _, image = await render_dsl(pool, page)
    return rgb(image.data)


FIELDS_BLUE = painted(".dsl-control", "#0000ff") + ".dsl-field-label{color:#ffffff!important}"


async def test_a_row_of_fields_lines_up_its_boxes_when_a_label_wraps(pool: ChromiumPool) -> None:
    """`{row: [Name, Registered address for tax notices, Country]}` at 640 px: the long label
    wraps and pushed its box 20 px below its neighbours'. Now the labels end on one line and the
    three boxes share top and bottom, 6 px under the two-line label, whatever is below them."""
    row = {"type": "row", "children": [
        {"type": "input", "label": "Name", "value": "Acme", "hint": "The legal name, as registered with the state"},
        {"type": "input", "label": "Registered address for tax notices", "value": "500 Market St"},
        {"type": "select", "label": "Country", "options": ["US"], "value": "US", "error": "Pick a country"}]}  # fmt: skip
    image = await render(pool, [row], FIELDS_BLUE)
    found = boxes(image, is_blue)
    assert len(found) == 3, found
    assert {box[1:4:2] for box in found} == {((20 + 40 + 6) * SCALE, (20 + 40 + 6 + 36) * SCALE)}, found


async def test_a_row_of_fields_with_one_line_labels_keeps_its_layout(pool: ChromiumPool) -> None:
    """Labels of one line: the boxes sit 26 px below the row's top, as before."""
    row = {"type": "row", "children": [
        {"type": "input", "label": "Name", "hint": "A hint"}, {"type": "textarea", "label": "Bio", "rows": 2},
        {"type": "radio", "label": "Plan", "options": ["A", "B"], "direction": "row"}]}  # fmt: skip
    image = await render(pool, [row], FIELDS_BLUE)
    found = boxes(image, is_blue)
    assert len(found) == 2, found
    assert {box[1] for box in found} == {(20 + 26) * SCALE}, found


TOOLBAR = painted(".dsl-control", "#0000ff")


@pytest.mark.parametrize(
    ("value", "width"), [("All", 160), ("Send and keep the ticket open for the customer", 240)]
)
async def test_an_unlabelled_select_in_a_toolbar_is_as_wide_as_its_option(
    pool: ChromiumPool, value: str, width: int
) -> None:
    """Beside a spacer and buttons a select shared out the row (316-330 px in a 900 px toolbar):
    it is as wide as its chosen option now, at least 160 and at most 240 px."""
    row = {"type": "row", "children": [
        {"type": "button", "icon": "paperclip", "variant": "ghost", "size": "sm"}, {"type": "spacer"},
        {"type": "select", "options": [value], "value": value, "size": "sm"},
        {"type": "button", "label": "Send", "size": "sm"}]}  # fmt: skip
    image = await render(pool, [row], TOOLBAR, width=900, height=120)
    (select,) = boxes(image, is_blue)
    assert select[2] - select[0] == width * SCALE, select


async def test_a_select_in_a_toolbar_sized_by_its_option_sits_between_the_two(pool: ChromiumPool) -> None:
    row = {"type": "row", "children": [
        {"type": "tabs", "variant": "segmented", "items": ["All", "API"]},
        {"type": "select", "options": ["Last 7 days"], "value": "Last 7 days"}]}  # fmt: skip
    image = await render(pool, [row], TOOLBAR, width=900, height=120)
    (select,) = boxes(image, is_blue)
    assert 160 * SCALE <= select[2] - select[0] < 200 * SCALE, select


async def test_a_select_and_button_on_the_right_of_a_spread_header_stay_on_the_canvas(
    pool: ChromiumPool,
) -> None:
    """A `justify: between` header, [title, [select, button]] at 1000 px: the inner row measured
    the select as its bare option ("30d", ~75 px), then the select's 160 px floor pushed the
    button 62 px past the canvas. Now the select is 160 px and the button ends at the margin."""
    header = {"type": "row", "justify": "between", "children": [
        {"type": "heading", "level": 2, "text": "Portfolio"},
        {"type": "row", "gap": 8, "children": [
            {"type": "select", "options": ["24h", "7d", "30d"], "value": "30d"},
            {"type": "button", "label": "Export CSV", "variant": "outline"}]}]}  # fmt: skip
    css = TOOLBAR + painted(".dsl-button", "#00ff00")
    image = await render(pool, [header], css, width=1000, height=120)
    (select,) = boxes(image, is_blue)
    (button,) = boxes(image, is_green)
    assert select[2] - select[0] == 160 * SCALE, select
    assert button[0] - select[2] == 8 * SCALE, (select, button)
    assert button[2] == (1000 - 20) * SCALE, button


async def test_fields_in_a_row_of_fields_still_share_it(pool: ChromiumPool) -> None:
    row = {"type": "row", "children": [
        {"type": "select", "options": ["All"], "value": "All"}, {"type": "input", "placeholder": "Name"}]}  # fmt: skip
    image = await render(pool, [row], TOOLBAR, width=900, height=120)
    first, second = boxes(image, is_blue)
    assert first[2] - first[0] == second[2] - second[0] > 400 * SCALE, (first, second)


@pytest.mark.parametrize(("size", "height"), [("sm", 32), ("md", 36), ("lg", 42)])
async def test_segmented_tabs_of_a_size_are_as_tall_as_fields_of_that_size(
    pool: ChromiumPool, size: str, height: int
) -> None:
    """In a filter bar of sm fields (32 px) a segmented strip was 36 px: tabs take the fields' sizes."""
    row = {"type": "row", "children": [
        {"type": "select", "options": ["All actions"], "value": "All actions", "size": size},
        {"type": "tabs", "variant": "segmented", "items": ["All", "Users", "API"], "size": size}]}  # fmt: skip
    css = (
        TOOLBAR
        + painted(".dsl-tabs-list", "#00ff00")
        + ".dsl-tab{background:#00ff00!important;box-shadow:none!important}"
    )
    image = await render(pool, [row], css, width=900, height=120)
    (select,) = boxes(image, is_blue)
    (strip,) = boxes(image, is_green)
    assert select[1:4:2] == strip[1:4:2], (select, strip)
    assert strip[3] - strip[1] == height * SCALE, strip


def is_danger(colour: RGB) -> bool:
    return close_to(colour, (0xDC, 0x26, 0x26), 10)


async def test_a_step_in_error_is_a_red_disc_with_a_red_label(pool: ChromiumPool) -> None:
    """A done step with `variant: danger` was a primary disc with a check, contradicting its
    "2 errors": it is a red disc, its label red; the other steps have no red."""
    stepper = {"type": "stepper", "current": 2, "layout": {"width": 600},
               "items": ["Account", {"label": "Company", "variant": "danger", "description": "2 errors"}, "Team"]}  # fmt: skip
    image = await render(pool, [stepper], width=640, height=140)
    shares = [(20 + 200 * index) * SCALE for index in range(4)]
    red = [
        box_where(image, is_danger, (left, 0, right, image.height))
        for left, right in itertools.pairwise(shares)
    ]
    assert red[0] is None and red[2] is None, red
    disc = red[1]
    assert disc is not None
    assert disc[3] - disc[1] > 40 * SCALE, disc  # the disc (32 px) and the label under it


async def test_a_readonly_field_keeps_its_text_dark_where_a_disabled_one_fades_it(pool: ChromiumPool) -> None:
    fields = [{"type": "input", "value": "CUS-00042", "readonly": True},
              {"type": "input", "value": "CUS-00042", "disabled": True},
              {"type": "input", "value": "CUS-00042"}]  # fmt: skip
    image = await render(pool, [{"type": "row", "children": fields}], width=640, height=100)
    pixels = image.load()
    assert pixels is not None
    thirds = [(20 + 204 * index) * SCALE for index in range(4)]
    fills = [pixels[left + 6, (20 + 18) * SCALE] for left in thirds[:3]]
    assert fills[0] == fills[1] != fills[2], fills  # read-only and disabled on the muted fill
    darkest = [min(luminance(pixels[x, y]) for x in range(left, right) for y in range(20 * SCALE, 56 * SCALE))
               for left, right in itertools.pairwise(thirds)]  # fmt: skip
    assert darkest[0] < 60 and darkest[1] > darkest[0] + 40, darkest
    assert abs(darkest[0] - darkest[2]) < 10, darkest


async def test_addons_are_segments_inside_the_fields_border(pool: ChromiumPool) -> None:
    """`prefix: https://` and `suffix: USD`: a muted segment at each end, inside the border, a
    rule between it and the white of the text area."""
    field = {
        "type": "input",
        "prefix": "https://",
        "suffix": "USD",
        "value": "acme.com",
        "layout": {"width": 400},
    }
    image = await render(pool, [field], ".dsl-control-addon>span{visibility:hidden}", height=100)
    pixels = image.load()
    assert pixels is not None
    middle = (20 + 18) * SCALE
    line = [pixels[x, middle] for x in range(20 * SCALE, 420 * SCALE)]
    muted = [close_to(colour, (0xF4, 0xF4, 0xF5), 3) for colour in line]
    white = [colour == (255, 255, 255) for colour in line]
    assert muted[4] and muted[-5] and white[len(line) // 2], (line[4], line[-5], line[len(line) // 2])
    segments = [run for run in column_runs(image, lambda c: close_to(c, (0xF4, 0xF4, 0xF5), 3),
                                           (20 * SCALE, middle, 420 * SCALE, middle + 1))]  # fmt: skip
    segments = [(start, end) for start, end in segments if end - start > 4]  # not a letter's soft edge
    assert len(segments) == 2, segments
    assert 40 * SCALE < segments[0][1] - segments[0][0] < 90 * SCALE, segments


async def test_an_indeterminate_checkbox_is_a_filled_box_with_a_dash(pool: ChromiumPool) -> None:
    box = {"type": "checkbox", "indeterminate": True}
    image = await render(pool, [box], width=100, height=60, padding=20)
    primary = box_where(image, lambda c: close_to(c, (0x4F, 0x46, 0xE5), 20))
    assert primary is not None and primary[2] - primary[0] == 18 * SCALE, primary
    inside = (primary[0] + 3 * SCALE, primary[1] + 3 * SCALE, primary[2] - 3 * SCALE, primary[3] - 3 * SCALE)
    dash = box_where(image, lambda c: luminance(c) > 230, inside)  # past the round corners
    assert dash is not None
    assert dash[2] - dash[0] >= 3 * (dash[3] - dash[1]), dash  # wide and short: a dash, not a tick


async def test_an_xs_button_is_as_tall_as_a_small_one(pool: ChromiumPool) -> None:
    row = {"type": "row", "children": [{"type": "button", "label": "Xs", "size": "xs"},
                                       {"type": "button", "label": "Sm", "size": "sm"}]}  # fmt: skip
    image = await render(pool, [row], painted(".dsl-button", "#0000ff"), height=100)
    xs, sm = boxes(image, is_blue)
    assert xs[3] - xs[1] == sm[3] - sm[1] == 32 * SCALE, (xs, sm)


async def test_an_input_of_type_search_draws_the_magnifier(pool: ChromiumPool) -> None:
    fields = [{"type": "input", "inputType": "search", "placeholder": "Find"},
              {"type": "search", "placeholder": "Find"}]  # fmt: skip
    image = await render(pool, fields, ".dsl-i{color:#00ff00!important}", height=160)
    marks = (
        box_where(image, is_green, (0, 0, image.width, 70 * SCALE)),
        box_where(image, is_green, (0, 70 * SCALE, image.width, image.height)),
    )
    assert marks[0] is not None and marks[1] is not None, marks
    assert marks[0][0::2] == marks[1][0::2], marks  # the same magnifier, in the same place


async def test_a_select_of_several_shows_the_chips_that_fit_then_a_count(pool: ChromiumPool) -> None:
    values = ["Design", "Engineering", "Marketing", "Sales", "Support"]
    field = {"type": "select", "multiple": True, "options": values, "value": values, "layout": {"width": 300}}
    css = ".dsl-select-chip{background:#00ff00!important;color:#00ff00!important}"
    image = await render(pool, [field], css, height=100)
    chips = column_runs(image, is_green, (0, 0, image.width, image.height))
    assert 2 <= len(chips) < len(values), chips
    chevron = box_where(
        image, lambda c: luminance(c) < 200 and not is_green(c), (chips[-1][1], 0, 320 * SCALE, 80 * SCALE)
    )
    assert chevron is not None and chevron[0] > chips[-1][1], chevron  # the "+N" chip ends before the chevron
