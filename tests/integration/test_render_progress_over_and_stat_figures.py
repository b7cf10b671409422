"""On real Chromium: a progress past its maximum (over quota) is drawn full in the warning tone,
whether its value is a number, a number of a `max` or a string "120%", ring or bar; a stat's
change too wide for its card drops its arrow, shrinks, then wraps, and never loses a digit;
rings side by side in a stretched card keep their labels under them and are evenly spread."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    box_where,
    close_to,
    column_runs,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

INDIGO: RGB = (79, 70, 229)
AMBER: RGB = (217, 119, 6)
"""The default theme's primary indicator and its `--warning`."""


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document, scale=1)
    return rgb(image.data)


async def test_a_progress_over_its_maximum_is_drawn_full_in_the_warning_tone(pool: ChromiumPool) -> None:
    bars = [
        {"type": "progress", "label": "Half", "value": 50},
        {"type": "progress", "label": "Quota", "value": 130},
        {"type": "progress", "label": "Quota as written", "value": "120%"},
        {"type": "progress", "label": "Budget", "value": 250, "max": 200},
    ]
    picture = await _picture(pool, {"width": 500, "height": 260, "elements": bars})

    def filled(colour: RGB) -> bool:
        return close_to(colour, INDIGO, 24) or close_to(colour, AMBER, 24)

    everything = (0, 0, picture.width, picture.height)
    fills = [
        box_where(picture, filled, (0, top, picture.width, bottom))
        for top, bottom in row_runs(picture, filled, everything)
    ]
    widths = [fill[2] - fill[0] for fill in fills if fill is not None]
    assert len(widths) == 4, fills
    half, *over = widths
    assert all(width == over[0] for width in over) and abs(half / over[0] - 0.5) < 0.01, widths
    tints = [picture.getpixel(((fill[0] + fill[2]) // 2, (fill[1] + fill[3]) // 2)) for fill in fills if fill]
    assert close_to(tints[0], INDIGO, 24) and all(close_to(tint, AMBER, 24) for tint in tints[1:]), tints


async def test_a_ring_over_its_maximum_is_a_whole_ring_in_the_warning_tone(pool: ChromiumPool) -> None:
    ring = {"type": "progress", "variant": "circle", "value": 180, "label": "Ring"}
    picture = await _picture(pool, {"width": 300, "height": 140, "padding": 16, "elements": [ring]})
    found = box_where(picture, lambda colour: close_to(colour, AMBER, 24))
    assert found is not None
    left, top, right, bottom = found
    assert right - left >= 70 and bottom - top >= 70, found  # the whole 72 px ring, not an arc
    # Its left and bottom quarters are drawn too (an arc of 100 % ends at 12 o'clock).
    middle = (top + bottom) // 2
    assert any(close_to(picture.getpixel((x, middle)), AMBER, 24) for x in range(left, left + 8)), found


PILL: RGB = (227, 244, 233)
FIGURE: RGB = (23, 114, 58)
ARROW: RGB = (22, 163, 74)
"""A success change's pill, its figure's ink and its arrow (the theme's `--success`)."""


def _stats(change: str, columns: int) -> dict[str, Any]:
    stats = [
        {"type": "stat", "label": "Refund rate", "value": "0.0003%", "change": change, "variant": "success"}
    ]
    stats += [{"type": "stat", "label": name, "value": "1"} for name in "BCDEFG"[: columns - 1]]
    return {
        "width": 520,
        "height": 220,
        "elements": [{"type": "grid", "columns": columns, "gap": 12, "children": stats}],
    }


async def _pill_parts(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Any, Any, list[tuple[int, int]]]:
    """The figure's ink box in a change's pill, the arrow's (None when it is dropped), and the
    figure's lines (runs of rows with ink)."""
    picture = await _picture(pool, document)
    pill = box_where(picture, lambda colour: colour == PILL)
    assert pill is not None
    figure = box_where(picture, lambda colour: close_to(colour, FIGURE, 30), pill)
    arrow = box_where(picture, lambda colour: close_to(colour, ARROW, 16), pill)
    assert figure is not None
    return figure, arrow, row_runs(picture, lambda colour: close_to(colour, FIGURE, 30), pill)


async def test_a_change_too_wide_for_its_pill_drops_its_arrow_before_cutting_a_digit(
    pool: ChromiumPool,
) -> None:
    wide, wide_arrow, _ = await _pill_parts(pool, _stats("-0.0001%", 1))
    narrow, narrow_arrow, lines = await _pill_parts(pool, _stats("-0.0001%", 4))
    assert wide_arrow is not None and narrow_arrow is None, (wide_arrow, narrow_arrow)
    # The whole figure at its full size, as in a wide card (it was "-0.000…" beside the arrow).
    assert abs((narrow[2] - narrow[0]) - (wide[2] - wide[0])) <= 2 and len(lines) == 1, (narrow, wide)


async def test_a_change_too_wide_even_shrunk_breaks_onto_a_second_line(pool: ChromiumPool) -> None:
    _, arrow, lines = await _pill_parts(pool, _stats("-0.000123456789%", 4))
    assert arrow is None and len(lines) == 2, lines


TRACK: RGB = (221, 221, 221)
"""A ring's empty track on the white card."""


async def test_rings_in_a_stretched_card_keep_their_labels_under_them_evenly_spread(
    pool: ChromiumPool,
) -> None:
    names = ["Disk", "CPU", "Memory", "Network"]
    rings = [
        {"type": "progress", "variant": "circle", "value": value, "label": name}
        for value, name in zip((40, 70, 90, 20), names, strict=True)
    ]
    cards = [
        {"type": "card", "title": "Rings", "direction": "row", "children": rings},
        {"type": "card", "title": "Tall neighbour", "layout": {"height": 320}},
    ]
    document = {
        "width": 900,
        "height": 420,
        "elements": [{"type": "grid", "columns": 2, "gap": 16, "children": cards}],
    }
    picture = await _picture(pool, document)
    card = (0, 0, picture.width // 2, picture.height)

    def ring(colour: RGB) -> bool:
        return close_to(colour, INDIGO, 24) or close_to(colour, TRACK, 6)

    bands = row_runs(picture, lambda colour: close_to(colour, INDIGO, 24), card)
    assert len(bands) == 1, bands  # the rings' band: the title above it, the labels below
    spans = column_runs(picture, ring, (0, bands[0][0], card[2], bands[0][1]))
    assert len(spans) == 4, spans
    gaps = [after[0] - before[1] for before, after in itertools.pairwise(spans)]
    assert max(gaps) - min(gaps) <= 3, gaps  # they followed the labels' lengths: 3, 11 and 19 px
    bottom = bands[0][1]
    for left, right in spans:
        label = box_where(picture, is_text, (left - 10, bottom + 1, right + 10, picture.height))
        assert label is not None and label[1] - bottom <= 16, (left, bottom, label)  # it was 100 px below


def _board_column(title: str, *extra: dict[str, Any]) -> dict[str, Any]:
    header = {
        "type": "row",
        "gap": 6,
        "children": [
            {"type": "text", "text": title, "style": {"fontWeight": 600}},
            {"type": "badge", "text": "3", "size": "sm"},
            *extra,
        ],
    }
    card = {"type": "card", "title": "Export invoices as CSV", "description": "ENG-508"}
    return {
        "type": "column",
        "gap": 8,
        "padding": 10,
        "style": {"background": "var(--muted)"},
        "children": [header, card],
    }


async def test_a_ghost_icon_button_does_not_make_its_header_taller_than_its_siblings(
    pool: ChromiumPool,
) -> None:
    plus = [{"type": "spacer"}, {"type": "button", "icon": "plus", "variant": "ghost", "size": "sm"}]
    columns = [_board_column("Backlog", *plus), _board_column("Todo")]
    document = {
        "width": 600,
        "height": 220,
        "padding": 0,
        "elements": [{"type": "grid", "columns": 2, "gap": 0, "children": columns}],
    }
    picture = await _picture(pool, document)
    halves = [(0, 0, 300, picture.height), (300, 0, 600, picture.height)]
    words = [
        row_runs(picture, is_text, (left + 10, top, left + 80, bottom))[0]
        for left, top, right, bottom in halves
    ]
    cards = [box_where(picture, lambda colour: colour == (255, 255, 255), half) for half in halves]
    # The header's words and the card under it at one height in both columns (6 px lower beside a "+").
    assert words[0][0] == words[1][0], words  # their tops (Backlog's g reaches lower)
    assert cards[0] is not None and cards[1] is not None and cards[0][1] == cards[1][1], cards
