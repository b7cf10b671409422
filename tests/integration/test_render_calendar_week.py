"""A calendar's week and day views on real Chromium: an event's colour bar lands in its day's
column at the height of its time, and overlapping events stand side by side."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import Box, box_where, close_to, render_dsl, rgb

pytestmark = pytest.mark.integration

GREEN, RED, BLUE, MAGENTA = (0, 255, 0), (255, 0, 0), (0, 0, 255), (255, 0, 255)


def _event(day: int, start: str, end: str, colour: tuple[int, int, int], label: str = "Zq") -> dict[str, Any]:
    return {
        "date": f"2025-09-{day:02d}",
        "start": start,
        "end": end,
        "label": label,
        "color": "#" + bytes(colour).hex(),
    }


async def _picture(pool: ChromiumPool, calendar: dict[str, Any], **document: Any) -> Image.Image:
    page = {"width": 900, "height": 760, **document,
            "elements": [{"type": "calendar", "value": "2025-09-03", "hours": [8, 18], **calendar}]}  # fmt: skip
    _, image = await render_dsl(pool, page)
    return rgb(image.data)


def _bar(picture: Image.Image, colour: tuple[int, int, int]) -> Box:
    """The event's solid bar down its start side (its fill is a tint, its text a darker mix)."""
    found = box_where(picture, lambda pixel: close_to(pixel, colour, 10))
    assert found is not None, f"no event drawn in {colour}"
    return found


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_week_views_events_land_in_their_days_column_at_their_times(
    pool: ChromiumPool, theme: str
) -> None:
    """Monday 08:00-10:00 and Sunday 16:00-18:00 mark the grid's first column's top and its
    last column's bottom: Wednesday's 11:00-12:30 is two columns right of Monday's, three hours
    down for an hour and a half; 11:30-12:00, which overlaps it, stands beside it in the same
    column, half an hour lower, where a lone event would lie under it."""
    events = [
        _event(1, "08:00", "10:00", GREEN),
        _event(7, "16:00", "18:00", RED),
        _event(3, "11:00", "12:30", BLUE, "Design review"),
        _event(3, "11:30", "12:00", MAGENTA, "1:1"),
    ]
    picture = await _picture(pool, {"variant": "week", "events": events}, theme=theme)
    monday, sunday, review, one_on_one = (_bar(picture, colour) for colour in (GREEN, RED, BLUE, MAGENTA))
    column = (sunday[0] - monday[0]) / 6
    hour = (sunday[3] + 2 - monday[1]) / 10  # an event's block stops 2 px short of its end
    assert column > 100 and hour > 40, (column, hour)
    assert abs(review[0] - (monday[0] + 2 * column)) <= 2, (review, monday, column)
    assert abs(review[1] - (monday[1] + 3 * hour)) <= 2, (review, monday, hour)
    assert abs(review[3] - review[1] - (1.5 * hour - 2)) <= 3, review
    assert abs(one_on_one[1] - (monday[1] + 3.5 * hour)) <= 2, (one_on_one, hour)
    # side by side: the second lane starts half a column over, still inside Wednesday's column
    assert review[0] + column * 0.4 < one_on_one[0] < monday[0] + 3 * column, (review, one_on_one, column)


async def test_a_day_view_on_a_phone_spreads_its_events_across_the_screen(pool: ChromiumPool) -> None:
    """One column, the width of the phone after the hours gutter: a lone event's bar at its
    start side, two overlapping ones each in half of it, at their times."""
    events = [
        _event(3, "08:00", "09:00", GREEN),
        _event(3, "17:00", "18:00", RED),
        _event(3, "12:00", "14:00", BLUE),
        _event(3, "13:00", "14:00", MAGENTA),
    ]
    picture = await _picture(pool, {"variant": "day", "events": events}, device="mobile", scale=1)
    first, last, lunch, late = (_bar(picture, colour) for colour in (GREEN, RED, BLUE, MAGENTA))
    hour = (last[3] + 2 - first[1]) / 10
    assert first[0] == last[0] == lunch[0] and first[0] < picture.width * 0.25, (first, last, lunch)
    assert abs(lunch[1] - (first[1] + 4 * hour)) <= 2 and abs(late[1] - (first[1] + 5 * hour)) <= 2
    assert picture.width * 0.5 < late[0] < picture.width * 0.7, (late, picture.width)
