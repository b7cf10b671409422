"""Rings of progress, month calendars, avatar groups, stats and tables on real Chromium: where
their pixels land when the room is tight."""

from __future__ import annotations

import colorsys
import itertools
from typing import Any

import pytest
from PIL import Image, ImageDraw

from kernel.dsl.model import Column
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    RGB,
    Box,
    box_where,
    close_to,
    column_runs,
    is_ink,
    is_red,
    is_text,
    luminance,
    render_dsl,
    rgb,
    right_half_line_ends,
    row_runs,
)
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


def is_grey(colour: RGB) -> bool:
    """Grey or black text, also the lighter grey of a placeholder or of a day outside the month;
    not the edges of a calendar event's label, its tone drawn towards the text colour (an indigo
    label's edge on its tint is 35 from grey)."""
    return luminance(colour) < 200 and max(colour) - min(colour) < 24


def is_coloured(colour: RGB) -> bool:
    """A saturated pixel: an event's label, a ring's arc."""
    return max(colour) - min(colour) > 60


def is_not_white(colour: RGB) -> bool:
    return min(colour) < 250


def merged(found: list[tuple[int, int]], gap: int) -> list[tuple[int, int]]:
    """`found` with the stretches closer than `gap` joined (the letters of a word, its words)."""
    joined: list[tuple[int, int]] = []
    for start, end in found:
        if joined and start - joined[-1][1] < gap:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


# -- a ring's label -------------------------------------------------------------------------------


async def test_rings_in_a_tight_row_keep_their_labels_to_themselves(pool: ChromiumPool) -> None:
    """Three rings with labels in a 390 px row: each label ran under the next ring and "Stand"
    was cut at the canvas' edge. Now each label goes under its own ring when there is no room
    beside it: every ring and its label stay clear of the others and inside the canvas."""
    rings = [{"type": "progress", "variant": "circle", "value": 100, "label": label}
             for label in ("Move", "Exercise", "Stand")]  # fmt: skip
    document = {"width": 390, "height": 160, "scale": 2, "theme": {"primary": "#ff0000"},
                "elements": [{"type": "row", "gap": 16, "children": rings}]}  # fmt: skip
    picture = await _picture(pool, document)
    full = (0, 0, picture.width, picture.height)
    arcs = [
        box_where(picture, is_red, (left, 0, right, picture.height))
        for left, right in column_runs(picture, is_red, full)
    ]
    assert len(arcs) == 3, arcs
    labels_only = picture.copy()
    for arc in arcs:
        assert arc is not None
        ImageDraw.Draw(labels_only).rectangle((arc[0] - 2, arc[1] - 2, arc[2] + 2, arc[3] + 2), fill="white")
    labels = [
        box_where(labels_only, is_text, (left, 0, right, picture.height))
        for left, right in merged(column_runs(labels_only, is_text, full), gap=24)
    ]
    assert len(labels) == 3, labels
    extents = []
    for index, (arc, label) in enumerate(zip(arcs, labels, strict=True)):
        assert arc is not None and label is not None
        centres = [abs((a[0] + a[2]) / 2 - (label[0] + label[2]) / 2) for a in arcs if a is not None]
        assert centres.index(min(centres)) == index, (index, arcs, labels)  # the label of this ring
        assert label[2] <= picture.width - 4, label  # not cut at the canvas' edge
        extents.append((min(arc[0], label[0]), max(arc[2], label[2])))
    for before, after in itertools.pairwise(extents):
        assert before[1] + 16 <= after[0], extents  # clear of the next ring and its label


async def test_rings_in_a_row_all_put_their_labels_under_them(pool: ChromiumPool) -> None:
    """Five rings in an 880 px card: "Aggression", "Objectives" and "Teamfight" went under their
    rings while "Farming" and "Vision", with room in their slots, sat beside theirs. Now every
    label is under its ring, centred on it."""
    rings = [{"type": "progress", "variant": "circle", "value": 100, "label": label}  # full: a whole red ring
             for label in ("Aggression", "Farming", "Vision", "Objectives", "Teamfight")]  # fmt: skip
    card = {"type": "card", "title": "Playstyle", "children": [{"type": "row", "children": rings}]}
    document = {"width": 880, "height": 220, "scale": 1, "theme": {"primary": "#ff0000"}, "elements": [card]}
    picture = await _picture(pool, document)
    full = (0, 0, picture.width, picture.height)
    arcs = [
        box_where(picture, is_red, (left, 0, right, picture.height))
        for left, right in column_runs(picture, is_red, full)
    ]
    assert len(arcs) == 5, arcs
    for arc in arcs:
        assert arc is not None
        label = box_where(picture, is_text, (arc[0] - 40, arc[3] + 2, arc[2] + 40, picture.height))
        assert label is not None, arc
        assert abs((label[0] + label[2]) / 2 - (arc[0] + arc[2]) / 2) <= 2, (arc, label)
        assert box_where(picture, is_text, (arc[2] + 2, arc[1], arc[2] + 30, arc[3])) is None, (
            arc
        )  # none beside


async def test_a_ring_with_room_keeps_its_label_beside_it(pool: ChromiumPool) -> None:
    ring = {"type": "progress", "variant": "circle", "value": 100, "label": "Exercise"}
    document = {"width": 400, "height": 120, "scale": 2, "theme": {"primary": "#ff0000"}, "elements": [ring]}
    picture = await _picture(pool, document)
    arc = box_where(picture, is_red)
    assert arc is not None
    label = box_where(picture, is_text, (arc[2] + 2, 0, picture.width, picture.height))
    assert label is not None and arc[1] < (label[1] + label[3]) / 2 < arc[3], (arc, label)


# -- a month calendar's width ---------------------------------------------------------------------

FRAMED = {"borderColor": "#00ff00"}
"""A green border: where the calendar's box is."""


def _number_columns(picture: Image.Image, frame: Box) -> list[tuple[int, int]]:
    """The columns of day numbers under a compact calendar's header (60 px of it at 1x)."""
    grid = (frame[0] + 2, frame[1] + 60, frame[2] - 2, frame[3] - 2)
    return merged(column_runs(picture, is_grey, grid), gap=5)


async def test_a_calendar_in_a_240_px_sidebar_fits_inside_it(pool: ChromiumPool) -> None:
    """It kept 282 px and ran under the page beside the sidebar, its Sunday column and next
    chevron cut; now its cells shrink to the sidebar's width."""
    calendar = {"type": "calendar", "month": "2025-09", "value": "2025-09-17", "style": FRAMED}
    sidebar = {"type": "sidebar", "title": "Calendar", "layout": {"width": 240},
               "items": [{"label": "Week", "icon": "calendar", "active": True}], "children": [calendar]}  # fmt: skip
    main = {"type": "column", "padding": 24, "style": {"flex": 1},
            "children": [{"type": "heading", "text": "Week of Sep 15"}]}  # fmt: skip
    row = {"type": "row", "layout": {"width": 700, "height": 500}, "align": "stretch", "gap": 0,
           "children": [sidebar, main]}  # fmt: skip
    picture = await _picture(pool, {"width": 700, "height": 500, "elements": [row]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None
    assert frame[2] - frame[0] >= 190 and frame[2] <= 239, frame  # inside the sidebar, at its items' inset
    days = _number_columns(picture, frame)
    assert len(days) == 7 and days[-1][1] <= frame[2] - 6, days  # Sunday's column is whole
    beyond = (frame[2] + 1, frame[1], 262, frame[3])
    assert box_where(picture, is_grey, beyond) is None, "the calendar runs out of its box"


@pytest.mark.parametrize("width", [230, 400])
async def test_a_calendars_width_is_obeyed_and_filled(pool: ChromiumPool, width: int) -> None:
    """`layout.width` 230 drew 282 px; now the calendar takes the width it is given, and its
    seven columns spread over it."""
    calendar = {"type": "calendar", "month": "2025-09", "layout": {"width": width}, "style": FRAMED}
    picture = await _picture(pool, {"width": 480, "height": 400, "elements": [calendar]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None and frame[2] - frame[0] == width, frame
    days = _number_columns(picture, frame)
    assert len(days) == 7, days
    centres = [(start + end) / 2 for start, end in days]
    column = (width - 2 - 28) / 7  # inside the border and the 14 px padding
    assert abs(centres[-1] - centres[0] - 6 * column) <= 8, (centres, column)


# -- a full calendar's weeks ----------------------------------------------------------------------


def _column_bands(picture: Image.Image, frame: Box, weekday: int) -> list[tuple[int, int]]:
    """The lines of grey text down one weekday's column (0: Monday) of a full calendar."""
    width = (frame[2] - frame[0] - 2) / 7
    left = frame[0] + 1 + int(width * weekday)
    return row_runs(picture, is_grey, (left + 4, frame[1] + 1, left + int(width) - 4, frame[3] - 1))


@pytest.mark.parametrize("height", [460, 300])
async def test_a_full_calendars_weeks_share_its_height(pool: ChromiumPool, height: int) -> None:
    """At 460 px the fifth week (29, 30) was cut off without a warning: now every week is drawn
    inside the calendar, the rows as tall as they can be."""
    calendar = {"type": "calendar", "variant": "full", "month": "2025-09", "layout": {"height": height},
                "events": [{"date": "2025-09-29", "label": "Sprint planning"}], "style": FRAMED}  # fmt: skip
    picture = await _picture(pool, {"width": 800, "height": 520, "elements": [calendar]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None and frame[3] - frame[1] == height, frame
    mondays = _column_bands(picture, frame, 0)
    # the chevron, "Mo", then 1, 8, 15, 22 and 29, each whole
    assert len(mondays) == 7 and mondays[-1][1] <= frame[3] - 4, mondays
    numbers = [end - start for start, end in mondays[2:]]
    assert max(numbers) - min(numbers) <= 1, mondays


async def test_a_full_calendar_that_fills_a_fixed_column_draws_six_weeks(pool: ChromiumPool) -> None:
    """`style: {flex: 1}` in a column of fixed height (as examples/calendar.yaml does): the
    calendar fills what is left under the heading, all six weeks of June 2025 in it."""
    calendar = {"type": "calendar", "variant": "full", "month": "2025-06", "style": {"flex": 1, **FRAMED}}
    column = {"type": "column", "layout": {"width": 700, "height": 480}, "gap": 16,
              "children": [{"type": "heading", "text": "Schedule"}, calendar]}  # fmt: skip
    picture = await _picture(pool, {"width": 760, "height": 560, "elements": [column]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None and 420 <= frame[3] - frame[1] <= 440, frame  # 480 less the heading
    mondays = _column_bands(picture, frame, 0)
    assert len(mondays) == 8 and mondays[-1][1] <= frame[3] - 4, mondays  # chevron, Mo, six weeks


async def test_a_busy_day_in_a_short_calendar_still_counts_its_hidden_events(pool: ChromiumPool) -> None:
    """Five events on the 3rd of September in 73 px rows: the labels that fit, then "+N more"
    in grey under them, inside the day."""
    events = [{"date": "2025-09-03", "label": f"Meeting {n}"} for n in range(5)]
    document: dict[str, Any] = {"width": 800, "height": 520, "elements": []}
    bands = []
    for busy in ([], events):
        calendar = {"type": "calendar", "variant": "full", "month": "2025-09", "layout": {"height": 460},
                    "events": busy, "style": FRAMED}  # fmt: skip
        picture = await _picture(pool, {**document, "elements": [calendar]})
        frame = box_where(picture, lambda c: close_to(c, GREEN))
        assert frame is not None
        bands.append(_column_bands(picture, frame, 2))
    plain, busy_bands = bands
    assert len(busy_bands) == len(plain) + 1, (plain, busy_bands)  # "+N more"
    more = busy_bands[2]
    assert plain[1][1] < more[0] and more[1] < plain[2][0] - 4, (plain, busy_bands)  # under "3", in its day
    assert frame is not None
    width = (frame[2] - frame[0]) / 7
    day = (frame[0] + int(2 * width) + 2, plain[1][0], frame[0] + int(3 * width) - 2, more[0])
    assert box_where(picture, is_coloured, day) is not None, "no event label shown above the count"


# -- an avatar group ------------------------------------------------------------------------------

GROUP = ["Miguel Ortiz", "Priya Raman", "Jordan Lee", "Sam Wu"]
"""MO is the widest pair of initials; MO and JL were both lavender."""


async def _group(pool: ChromiumPool, names: list[str]) -> Image.Image:
    group = {"type": "avatar", "items": names, "max": 3}
    return await _picture(pool, {"width": 300, "height": 100, "scale": 2, "elements": [group]})


async def test_a_groups_widest_initials_are_not_covered_by_the_next_face(pool: ChromiumPool) -> None:
    """ "MO" was half under "PR": every face's initials are drawn whole, pixel for pixel as
    when no face comes after it."""
    full = await _group(pool, GROUP)
    pixels = full.load()
    assert pixels is not None
    for shown in (1, 2, 3):
        alone = await _group(pool, GROUP[:shown])
        alone_pixels = alone.load()
        assert alone_pixels is not None
        glyph = [
            (x, y) for y in range(alone.height) for x in range(alone.width) if is_ink(alone_pixels[x, y])
        ]
        assert glyph
        covered = [(x, y) for x, y in glyph if not close_to(pixels[x, y], alone_pixels[x, y])]
        assert not covered, f"{len(covered)} pixels of the initials of face {shown} are covered"


async def test_faces_side_by_side_in_a_group_have_colours_apart(pool: ChromiumPool) -> None:
    """Each face's tint, sampled above its initials, differs in hue from every other face's by
    at least 30 degrees (indigo and violet are 19 apart)."""
    picture = await _group(pool, GROUP)
    faces = box_where(picture, is_not_white)
    assert faces is not None
    size, step = 40 * 2, 30 * 2  # a face and what the next one leaves of it, at 2x
    hues = []
    for index in range(3):
        tint = picture.getpixel((faces[0] + index * step + size // 2, faces[1] + 14))
        assert isinstance(tint, tuple)
        hue, _, value = colorsys.rgb_to_hsv(*(channel / 255 for channel in tint[:3]))
        assert value > 0.8 and min(tint[:3]) < 245, tint  # on the light tint, not on text or white
        hues.append(hue * 360)
    for first in range(3):
        for second in range(first + 1, 3):
            turn = abs(hues[first] - hues[second]) % 360
            assert min(turn, 360 - turn) >= 30, hues


# -- a stat's value -------------------------------------------------------------------------------


async def test_a_stats_value_fits_its_narrow_card(pool: ChromiumPool) -> None:
    """Three stats across a phone: "$214.50" ran 13 px past its card's right border. Now it
    shrinks to the card, still a large figure."""
    stats = [
        {"type": "stat", "label": "Rides", "value": "128", "style": {"borderColor": "#0000ff"}},
        {"type": "stat", "label": "Rating", "value": "4.92"},
        {"type": "stat", "label": "Saved", "value": "$214.50", "change": "+12%", "style": FRAMED},
    ]
    document = {"device": "mobile", "height": 200, "scale": 2,
                "elements": [{"type": "grid", "columns": 3, "children": stats}]}  # fmt: skip
    picture = await _picture(pool, document)
    card, first = (
        box_where(picture, lambda c: close_to(c, GREEN)),
        box_where(picture, lambda c: close_to(c, BLUE)),
    )
    assert card is not None and first is not None

    def black(colour: RGB) -> bool:
        return luminance(colour) < 80 and max(colour) - min(colour) < 40

    value = box_where(picture, black, (card[0] + 2, card[1] + 2, picture.width, card[3] - 2))
    reference = box_where(picture, black, (first[0] + 2, first[1] + 2, first[2] - 2, first[3] - 2))
    assert value is not None and reference is not None
    assert value[2] <= card[2] - 10 * 2, (value, card)  # inside the card, short of its padding
    assert value[3] - value[1] >= 0.6 * (reference[3] - reference[1]), (value, reference)


# -- a table's column of figures ------------------------------------------------------------------


async def test_a_dash_among_percentages_keeps_the_column_right_aligned(pool: ChromiumPool) -> None:
    """One "—" made the Battery column align left: now the header, the figures and the dash
    end at the same place, at the table's right."""
    table = {"type": "table", "columns": ["Device", "Battery"], "style": FRAMED,
             "rows": [["Door sensor", "12%"], ["Camera", "78%"], ["Leak detector", "—"]]}  # fmt: skip
    picture = await _picture(pool, {"width": 400, "height": 250, "scale": 2, "elements": [table]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None
    right_half = ((frame[0] + frame[2]) // 2, frame[1] + 2, frame[2] - 2, frame[3] - 2)
    lines = row_runs(picture, is_grey, right_half)
    assert len(lines) == 4, lines  # BATTERY, 12%, 78%, —
    ends = []
    for top, bottom in lines:
        ink = box_where(picture, is_grey, (right_half[0], top, right_half[2], bottom))
        assert ink is not None
        ends.append(ink[2])
    assert max(ends) - min(ends) <= 2 and frame[2] - 40 * 2 < min(ends), (ends, frame)


# -- a table's colour, font size and size ---------------------------------------------------------

PRICES = [["67,440.50", "0.4120"], ["67,438.00", "1.2031"], ["67,431.00", "0.0500"], ["67,425.50", "2.5000"]]


def is_pure_red(colour: RGB) -> bool:
    r, g, b = colour
    return r > 200 and g < 70 and b < 70


def _body_lines(picture: Image.Image, frame: Box, keep: Any) -> list[tuple[int, int]]:
    """The lines of `keep` ink inside a table's frame."""
    return row_runs(picture, keep, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2))


async def test_a_tables_colour_and_font_size_reach_its_cells(pool: ChromiumPool) -> None:
    """An order book's `style: {color: red, fontSize: 11}` coloured nothing and shrank nothing:
    the cells set their own. Now the figures are red and smaller than a default table's, and
    the header keeps its muted grey."""
    rows = PRICES[:2]
    plain = {
        "type": "table",
        "columns": ["Price", "Amount"],
        "rows": rows,
        "style": {"borderColor": "#0000ff"},
    }
    styled = {"type": "table", "columns": ["Price", "Amount"], "rows": rows,
              "style": {"borderColor": "#00ff00", "color": "#ff0000", "fontSize": 11}}  # fmt: skip
    picture = await _picture(pool, {"width": 500, "height": 360, "scale": 2, "elements": [plain, styled]})
    blue, green = (
        box_where(picture, lambda c: close_to(c, BLUE)),
        box_where(picture, lambda c: close_to(c, GREEN)),
    )
    assert blue is not None and green is not None
    reference = _body_lines(picture, blue, is_text)[-2:]  # the header's line comes first
    red = _body_lines(picture, green, is_pure_red)
    assert len(red) == 2, red  # both rows' figures, nothing of the header
    header = (green[0] + 2, green[1] + 2, green[2] - 2, red[0][0] - 4)
    assert box_where(picture, is_pure_red, header) is None
    assert box_where(picture, is_text, header) is not None  # the muted header is still drawn
    ratios = [(b - t) / (rb - rt) for (t, b), (rt, rb) in zip(red, reference, strict=True)]
    assert all(0.7 <= ratio <= 0.88 for ratio in ratios), (red, reference)  # 11 px text for 14 px
    assert red[1][0] - red[0][0] < reference[1][0] - reference[0][0]  # and shorter rows


async def test_a_columns_colour_paints_its_figures(pool: ChromiumPool) -> None:
    if "color" not in Column.model_fields:
        pytest.skip("the model's Column has no `color` yet")
    table = {"type": "table", "columns": [{"label": "Price", "color": "#ff0000"}, "Amount"], "rows": PRICES[:2],
             "style": FRAMED}  # fmt: skip
    picture = await _picture(pool, {"width": 400, "height": 200, "scale": 2, "elements": [table]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None
    middle = (frame[0] + frame[2]) // 2
    red = box_where(picture, is_pure_red, frame)
    assert red is not None and red[2] <= middle, (red, frame)  # the Price column only
    assert box_where(picture, is_text, (middle, red[1], frame[2] - 2, red[3])) is not None  # Amount stays


@pytest.mark.parametrize(("size", "low", "high"), [("sm", 30, 34), (None, 42, 47), ("lg", 50, 55)])
async def test_a_tables_size_sets_its_row_height(
    pool: ChromiumPool, size: str | None, low: int, high: int
) -> None:
    """`size: sm` draws an order book's compact rows (about 32 px), `lg` roomier ones; the
    default is as before."""
    table: dict[str, Any] = {"type": "table", "columns": ["Price", "Amount"], "rows": PRICES, "style": FRAMED}
    if size:
        table["size"] = size
    picture = await _picture(pool, {"width": 500, "height": 400, "scale": 2, "elements": [table]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None
    lines = _body_lines(picture, frame, is_text)
    assert len(lines) == 5, lines  # the header and four rows
    pitches = [(after[0] - before[0]) / 2 for before, after in itertools.pairwise(lines[1:])]
    assert all(low <= pitch <= high for pitch in pitches), pitches


async def test_a_compact_tables_badges_keep_its_rows_short(pool: ChromiumPool) -> None:
    rows = [
        [price, status]
        for (price, _), status in zip(PRICES, ["Past due", "Active", "On hold", "Paid"], strict=True)
    ]
    table = {"type": "table", "size": "sm", "columns": ["Price", "Status"], "rows": rows, "style": FRAMED}
    picture = await _picture(pool, {"width": 500, "height": 300, "scale": 2, "elements": [table]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None
    lines = _body_lines(picture, frame, is_text)  # the prices: the badges are coloured
    pitches = [(after[0] - before[0]) / 2 for before, after in itertools.pairwise(lines[1:])]
    assert len(pitches) == 3 and all(30 <= pitch <= 35 for pitch in pitches), (lines, pitches)


# -- a stat's size --------------------------------------------------------------------------------


async def test_a_stats_size_scales_its_value(pool: ChromiumPool) -> None:
    """A stat's value is 20 px at `sm`, 28 px by default and 36 px at `lg`."""
    stats = [{"type": "stat", "label": "Rides", "value": "128", "size": size} for size in ("sm", "md", "lg")]
    document = {"width": 700, "height": 200, "scale": 2, "elements": [{"type": "row", "children": stats}]}
    picture = await _picture(pool, document)

    def black(colour: RGB) -> bool:
        return luminance(colour) < 80 and max(colour) - min(colour) < 40

    full = (0, 0, picture.width, picture.height)
    values = [
        box_where(picture, black, (left, 0, right, picture.height))
        for left, right in merged(column_runs(picture, black, full), gap=40)
    ]
    assert len(values) == 3, values
    heights = [box[3] - box[1] for box in values if box is not None]
    assert abs(heights[0] / heights[1] - 20 / 28) < 0.06, heights
    assert abs(heights[2] / heights[1] - 36 / 28) < 0.06, heights


# -- a divided list's long labels -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "lines"),
    [("Housing: the 30-year mortgage is dying", 2),
     ("Housing: the 30-year mortgage is dying, and the starter home went with it, economists say", 3)],
)  # fmt: skip
async def test_a_divided_lists_long_label_wraps_in_a_sidebar(
    pool: ChromiumPool, label: str, lines: int
) -> None:
    """A "Most read" headline in a 360 px sidebar was cut to one line with "…": it wraps, and a
    longer one stops at three lines, inside the list."""
    items = [{"label": label, "description": "Business · 2h ago", "icon": "house"}]
    document = {
        "width": 360,
        "height": 220,
        "scale": 2,
        "elements": [{"type": "list", "variant": "divided", "items": items}],
    }
    picture = await _picture(pool, document)
    box = box_where(picture, is_not_white)
    assert box is not None
    text = (box[0] + 64 * 2, box[1] + 2, box[2] - 2, box[3] - 2)  # right of the icon's tile
    found = merged(row_runs(picture, is_text, text), gap=4)
    assert len(found) == lines + 1, found  # the label's lines, then the description
    ink = box_where(picture, is_text, text)
    assert ink is not None and ink[2] <= box[2] - 12 * 2, (ink, box)


# -- a donut of shares ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "label"),
    [([62, 23, 15], None), ([6200, 2300, 1500], "Sessions from search, partners and direct visits")],
)
async def test_a_donuts_long_caption_stays_inside_its_hole(
    pool: ChromiumPool, values: list[int], label: str | None
) -> None:
    """The largest share's name (or the author's caption of a total) goes under its figure in
    the hole: a long one ends inside it instead of running over the ring."""
    data = {"labels": ["Organic search and partner referrals", "Direct", "Social"], "values": values}
    chart: dict[str, Any] = {"type": "chart", "variant": "donut", "data": data}
    if label:
        chart["label"] = label
    picture = await _picture(pool, {"width": 260, "height": 420, "scale": 2, "elements": [chart]})
    full = (0, 0, picture.width, picture.height)
    ring_rows = row_runs(picture, is_coloured, full)[0]  # the legend's swatches come below
    ring = box_where(picture, is_coloured, (0, ring_rows[0], picture.width, ring_rows[1]))
    assert ring is not None
    text_rows = row_runs(picture, is_text, ring)
    assert text_rows, ring  # the figure and its caption
    for top, bottom in text_rows:
        band = (ring[0], top, ring[2], bottom)
        sides = column_runs(picture, is_coloured, band)
        ink = box_where(picture, is_text, band)
        assert ink is not None and len(sides) >= 2, (band, sides)
        assert sides[0][1] <= ink[0] and ink[2] <= sides[-1][0], (ink, sides)


# -- a stat's icon tile ---------------------------------------------------------------------------

PRIMARY_SOFT = (234, 233, 252)
"""The icon tile's fill: 12 % of the indigo primary on white."""


async def test_a_stats_icon_tile_stays_square_beside_a_label_that_wraps(pool: ChromiumPool) -> None:
    """In two stats across 360 px, "Monthly recurring revenue" wrapped and squeezed its icon
    tile to 18x34: both tiles are 34x34, at the same height."""
    stats = [
        {"type": "stat", "label": "Monthly recurring revenue", "value": "$1,284", "icon": "dollar-sign"},
        {"type": "stat", "label": "Users", "value": "8,912", "icon": "users"},
    ]
    document = {
        "width": 360,
        "height": 200,
        "scale": 2,
        "elements": [{"type": "grid", "columns": 2, "children": stats}],
    }
    picture = await _picture(pool, document)
    middle = picture.width // 2
    tiles = [
        box_where(picture, lambda c: close_to(c, PRIMARY_SOFT, 4), (left, 0, right, picture.height))
        for left, right in ((0, middle), (middle, picture.width))
    ]
    for tile in tiles:
        assert tile is not None
        assert 66 <= tile[2] - tile[0] <= 70 and 66 <= tile[3] - tile[1] <= 70, tiles
    assert tiles[0] is not None and tiles[1] is not None and abs(tiles[0][1] - tiles[1][1]) <= 1, tiles


async def test_stats_with_and_without_an_icon_line_up(pool: ChromiumPool) -> None:
    """The icon pushed its card's label 7 px and its value 14 px below those of the card beside
    it: the label, value and change of both cards are at the same height, and the tile, centred
    on the label's line, stays clear of the value."""
    stats = [
        {"type": "stat", "label": "Revenue", "value": "$48.2k", "change": "+12%", "icon": "dollar-sign"},
        {"type": "stat", "label": "Revenue", "value": "$48.2k", "change": "+12%"},
    ]
    document = {
        "width": 800,
        "height": 200,
        "scale": 2,
        "elements": [{"type": "grid", "columns": 2, "children": stats}],
    }
    picture = await _picture(pool, document)
    middle = picture.width // 2
    halves = [(0, 0, middle, picture.height), (middle, 0, picture.width, picture.height)]
    lines = [row_runs(picture, is_text, half) for half in halves]  # the grey label, the black value
    changes = [
        row_runs(picture, is_coloured, (left, top, right, bottom)) for left, top, right, bottom in halves
    ]
    assert len(lines[0]) == len(lines[1]) == 2, lines
    for with_icon, without in zip(lines[0], lines[1], strict=True):
        assert abs(with_icon[0] - without[0]) <= 1 and abs(with_icon[1] - without[1]) <= 1, lines
    assert abs(changes[0][-1][0] - changes[1][-1][0]) <= 1, changes  # the +12% pills
    tile = box_where(picture, lambda c: close_to(c, PRIMARY_SOFT, 4), halves[0])
    assert tile is not None and tile[3] <= lines[0][1][0], (tile, lines)


# -- a progress given as a fraction ---------------------------------------------------------------


async def test_a_progress_of_0_65_fills_as_much_as_one_of_65(pool: ChromiumPool) -> None:
    """`value: 0.65` drew a sliver and "1%": it fills 65 % of the bar, as `value: 65` does."""
    bars = [{"type": "progress", "value": value} for value in (100, 65, 0.65)]
    picture = await _picture(pool, {"width": 400, "height": 160, "scale": 2, "elements": bars})

    def indigo(colour: RGB) -> bool:
        return close_to(colour, (79, 70, 229), 16)

    fills = [
        box_where(picture, indigo, (0, top, picture.width, bottom))
        for top, bottom in row_runs(picture, indigo, (0, 0, picture.width, picture.height))
    ]
    widths = [fill[2] - fill[0] for fill in fills if fill is not None]
    assert len(widths) == 3, fills  # a full bar, 65 and 0.65
    assert abs(widths[1] - widths[2]) <= 2, widths
    assert abs(widths[2] / widths[0] - 0.65) < 0.01, widths


# -- amounts written the European way -------------------------------------------------------------


async def test_a_column_of_euro_amounts_is_right_aligned(pool: ChromiumPool) -> None:
    """ "1 240,00 €" and "CHF 12.00" were words, aligned left: now the header and every amount end
    at the table's right."""
    amounts = ["1 240,00 €", "86,50 €", "CHF 12.00", "12 %"]
    table = {"type": "table", "columns": ["Item", "Amount"], "style": FRAMED,
             "rows": [[f"Item {i}", amount] for i, amount in enumerate(amounts)]}  # fmt: skip
    picture = await _picture(pool, {"width": 400, "height": 300, "scale": 2, "elements": [table]})
    frame = box_where(picture, lambda c: close_to(c, GREEN))
    assert frame is not None
    ends = right_half_line_ends(picture, is_grey, frame)
    assert len(ends) == 5, ends  # AMOUNT and the four amounts
    assert max(ends) - min(ends) <= 3 and frame[2] - 40 * 2 < min(ends), (ends, frame)


# -- badges' text on their tint -------------------------------------------------------------------


TONES = {"success": ("Active", (22, 163, 74)), "warning": ("Pending", (217, 119, 6)),
         "danger": ("Failed", (220, 38, 38)), "info": ("New", (37, 99, 235))}  # fmt: skip
"""A status word of each tone, and the tone's colour in the light theme."""


@pytest.mark.parametrize("tone", list(TONES))
@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_badges_text_reads_on_its_tint_and_its_dot_keeps_the_tone(
    pool: ChromiumPool, tone: str, theme: str
) -> None:
    """A warning badge's 12 px text was the tone itself on its tint, 2.74:1: its text now has
    at least 4.5:1, while its dot, and the arrow of a stat's change, keep the tone's colour."""
    word, colour = TONES[tone]
    table = {"type": "table", "columns": ["Job", "State"], "rows": [["a", word]]}
    stat = {"type": "stat", "label": "Churn", "value": "2%", "change": "1%", "variant": tone}
    elements = [table] + ([stat] if tone != "info" else [])
    picture = await _picture(
        pool, {"theme": theme, "width": 300, "height": 320, "scale": 2, "elements": elements}
    )
    pixels = picture.load()
    assert pixels is not None
    counts = picture.getcolors(picture.width * picture.height) or []
    page = max(counts)[1]
    for top, bottom in row_runs(picture, is_coloured, (0, 0, picture.width, picture.height)):
        band = (0, top, picture.width, bottom)
        ink = box_where(picture, is_coloured, band)
        assert ink is not None
        found = [pixels[x, y] for y in range(ink[1], ink[3]) for x in range(ink[0], ink[2])]
        fill = max(set(found) - {page}, key=found.count)  # the tint, the most common colour after the page's
        text = max(found, key=lambda c: contrast(c, fill))
        assert contrast(text, fill) >= 4.5, (tone, theme, band, text, fill, contrast(text, fill))
        if theme == "light":
            assert any(close_to(c, colour, 10) for c in found), (tone, band)  # the dot or the arrow


# -- a CJK name's face ----------------------------------------------------------------------------


async def test_a_japanese_names_face_draws_one_character_in_its_middle(pool: ChromiumPool) -> None:
    """`山田 太郎` drew "山太", two glyphs across the face: one, 山, now stands in its middle."""
    avatar = {"type": "avatar", "name": "山田 太郎", "size": 64}
    picture = await _picture(pool, {"width": 200, "height": 100, "scale": 2, "elements": [avatar]})
    face = box_where(picture, is_not_white)
    assert face is not None
    glyph = box_where(picture, lambda c: luminance(c) < 170, face)
    assert glyph is not None
    assert glyph[2] - glyph[0] <= 0.45 * (face[2] - face[0]), (glyph, face)
    centre, middle = (glyph[0] + glyph[2]) / 2, (face[0] + face[2]) / 2
    assert abs(centre - middle) <= 3, (glyph, face)
