"""A calendar's selected range of days and the event dots on its filled days, on real Chromium:
where the fills, the band and the dots land."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    Box,
    box_where,
    column_runs,
    is_ink,
    is_red,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

RED_THEME = {"primary": "#ff0000"}
"""A pure red primary: the filled days are found by colour."""


def is_tint(colour: tuple[int, int, int]) -> bool:
    """The primary's soft fill (a pale red): neither the white surface nor the red fill."""
    r, g, b = colour
    return r > 235 and 170 < g <= r - 8 and abs(g - b) < 12


def is_white(colour: tuple[int, int, int]) -> bool:
    return min(colour) > 245


async def _picture(pool: ChromiumPool, calendar: dict[str, Any], **document: Any) -> Image.Image:
    page = {"width": 360, "height": 420, "scale": 2, "theme": RED_THEME, **document,
            "elements": [{"type": "calendar", "month": "2025-08", **calendar}]}  # fmt: skip
    _, image = await render_dsl(pool, page)
    return rgb(image.data)


def _fills(picture: Image.Image) -> list[Box]:
    """The red filled days, left to right and top to bottom."""
    full = (0, 0, picture.width, picture.height)
    boxes = []
    for top, bottom in row_runs(picture, is_red, full):
        for left, right in column_runs(picture, is_red, (0, top, picture.width, bottom)):
            boxes.append((left, top, right, bottom))
    return boxes


@pytest.mark.parametrize(
    "written", [["2025-08-11", "2025-08-15"], {"start": "2025-08-11", "end": "2025-08-15"}]
)
async def test_a_range_is_two_filled_days_joined_by_a_band_as_tall_as_they_are(
    pool: ChromiumPool, written: Any
) -> None:
    """`range` was refused ("did you mean 'change'?"): now its first and last days are filled in
    the primary, and the days between lie on one soft band, without a gap, as tall as the fills;
    the days around it stay on the surface."""
    picture = await _picture(pool, {"range": written})
    fills = _fills(picture)
    assert len(fills) == 2, fills
    (left, top, left_end, bottom), (right_start, top2, right, bottom2) = fills
    assert (top, bottom) == (top2, bottom2) and right - right_start == left_end - left, fills
    tinted = [x for x in range(left_end, right_start) if is_tint(picture.getpixel((x, top + 3)))]  # type: ignore[arg-type]
    assert len(tinted) == right_start - left_end, "the band has a gap between the filled days"
    band = row_runs(picture, is_tint, (left_end + 2, top - 10, left_end + 6, bottom + 10))
    assert band == [(top, bottom)], (band, top, bottom)  # as tall as the filled days
    after = (right + 4, top, right + 60, bottom)  # the 16th
    assert box_where(picture, is_tint, after) is None and box_where(picture, is_red, after) is None


async def test_a_range_across_weeks_runs_to_each_weeks_edge(pool: ChromiumPool) -> None:
    """A stay from Friday the 8th to Tuesday the 19th: the band runs from the 8th to the week's
    end, across the whole next week, and from the week's start to the 19th."""
    picture = await _picture(pool, {"range": ["2025-08-08", "2025-08-19"]})
    fills = _fills(picture)
    assert len(fills) == 2 and fills[0][1] < fills[1][1], fills
    week = (0, fills[0][3] + 4, picture.width, fills[1][1] - 4)  # the week of the 11th, between them
    bands = row_runs(picture, is_tint, week)
    assert len(bands) == 1, bands
    across = column_runs(picture, is_tint, (0, bands[0][0] + 3, picture.width, bands[0][0] + 4))
    assert len(across) == 1 and across[0][1] - across[0][0] > picture.width * 0.8, across


async def test_an_event_on_the_selected_day_shows_a_light_dot_in_its_fill(pool: ChromiumPool) -> None:
    """The event's dot was drawn in the primary, inside the primary fill (1.0:1): now it is the
    fill's text colour, a second light mark under the day's number, inside the fill."""
    event = [{"date": "2025-08-11", "label": "Your request"}]
    plain = _fills(await _picture(pool, {"value": "2025-08-11"}))
    picture = await _picture(pool, {"value": "2025-08-11", "events": event})
    fills = _fills(picture)  # the selected day, then the event's dot in the agenda under the month
    assert len(plain) == 1 and fills[0] == plain[0], (fills, plain)
    left, top, right, bottom = fills[0]
    third = (right - left) // 3  # the fill's middle, clear of its rounded corners
    marks = row_runs(picture, is_white, (left + third, top, right - third, bottom))
    assert len(marks) == 2, marks  # the number, then the dot under it
    dot = box_where(picture, is_white, (left + third, marks[1][0], right - third, marks[1][1]))
    assert dot is not None and 6 <= dot[2] - dot[0] <= 10, dot  # 4 px at 2x, antialiased


async def test_the_selected_day_inside_a_range_is_ringed_on_the_band_not_filled(pool: ChromiumPool) -> None:
    """A selected day between a range's ends was filled like them, a third end: now it is a ring
    in the primary, as date pickers mark it, with the band's tint inside it and around it."""
    picture = await _picture(pool, {"range": ["2025-08-11", "2025-08-15"], "value": "2025-08-13"})
    marks = _fills(picture)
    assert len(marks) == 3 and len({(top, bottom) for _, top, _, bottom in marks}) == 1, marks
    for (left, top, _, bottom), ringed in zip(marks, (False, True, False), strict=True):
        inside = picture.getpixel((left + 8, top + 8))  # within a 2 px (4 image px) ring, off the number
        assert is_tint(inside) if ringed else is_red(inside), (left, inside)  # type: ignore[arg-type]
        assert is_red(picture.getpixel((left + 1, (top + bottom) // 2)))  # type: ignore[arg-type]
    left, top, right, bottom = marks[1]
    assert box_where(picture, is_ink, (left + 6, top + 6, right - 6, bottom - 6)) is not None  # its number
