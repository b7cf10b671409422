"""A month grid's legend on real Chromium: with more events than its lines, the days of those it
only counts get grey dots, the colour of its "+N more" line, not a colour of an event it names."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.theme import resolve_theme
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import close_to, column_runs, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

OTHER_GREY = tuple(int(resolve_theme("light").variables["chart-other"][i : i + 2], 16) for i in (1, 3, 5))
"""The neutral grey of a pie's "Other" slice and of the legend's "+N more" line, as the light theme
draws it (#94a3b8 deepened to stand out at 3:1)."""


def is_other_grey(colour: tuple[int, int, int]) -> bool:
    return close_to(colour, OTHER_GREY, tolerance=6)


async def test_the_events_a_legend_only_counts_have_grey_dots_like_its_count(pool: ChromiumPool) -> None:
    """Seven events on a small calendar: five legend lines and "+2 more" (the legend showed five
    and stopped); the dots of the 22nd and the 26th, a Monday and a Friday of one week, are grey
    (the 26th's was the first event's colour again, it read as that event)."""
    labels = ["Sprint planning", "Fado festival", "Design crit", "Check-in", "Check-out", "Board", "Payroll"]
    days = [2, 5, 9, 12, 16, 22, 26]
    events = [{"date": f"2025-09-{day:02d}", "label": label} for day, label in zip(days, labels, strict=True)]
    page = {
        "width": 340,
        "height": 560,
        "scale": 2,
        "elements": [{"type": "calendar", "month": "2025-09", "events": events}],
    }
    _, image = await render_dsl(pool, page)
    picture = rgb(image.data)
    bands = row_runs(picture, is_other_grey, (0, 0, picture.width, picture.height))
    assert len(bands) == 2, bands  # the week of the 22nd, and the legend's last line
    week, count = bands
    assert week[1] - week[0] <= 10 and count[0] > week[1] + 100, bands  # a dot's height; far below
    dots = column_runs(picture, is_other_grey, (0, week[0], picture.width, week[1]))
    assert len(dots) == 2 and all(4 <= right - left <= 10 for left, right in dots), dots
    marker = column_runs(picture, is_other_grey, (0, count[0], picture.width, count[1]))
    assert len(marker) == 1 and marker[0][0] < dots[0][0], marker  # the line's dot, at the legend's start
