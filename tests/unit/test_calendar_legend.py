"""A month grid's legend: every event named when it has room for them, else a "+N more" line that
counts the rest, whose dots are grey; no two events named share a colour."""

from __future__ import annotations

import re

from kernel.dsl.compiler.charts.colours import OTHER_COLOR
from kernel.dsl.compiler.elements.calendar import AGENDA_LINES
from tests.support.elements import render_element

SEPTEMBER = [2, 5, 9, 12, 16, 22, 26]


def _events(days: list[int]) -> list[dict[str, str]]:
    return [{"date": f"2025-09-{day:02d}", "label": f"Event {day}"} for day in days]


def _legend(html: str) -> list[tuple[str, str]]:
    """The legend's lines: (dot colour, words)."""
    agenda = re.search(r'<ul class="dsl-cal-agenda">(.*?)</ul>', html)
    assert agenda, html
    return [
        (colour, " ".join(re.sub(r"<[^>]+>", " ", words).split()))
        for colour, words in re.findall(r'<i style="background:([^"]+)"></i>(.*?)</li>', agenda.group(1))
    ]


def _dots(html: str) -> dict[int, str]:
    """Each day's dot colour (its first dot)."""
    found = re.findall(
        r'<span class="dsl-cal-num">(\d+)</span><span class="dsl-cal-dots"><i style="background:([^"]+)"',
        html,
    )
    return {int(day): colour for day, colour in found}


def test_a_legend_names_every_event_it_has_room_for_each_in_its_own_colour() -> None:
    html = render_element(type="calendar", month="2025-09", events=_events(SEPTEMBER[:AGENDA_LINES]))
    legend = _legend(html)
    assert [words for _, words in legend] == [f"Sep {day} Event {day}" for day in SEPTEMBER[:AGENDA_LINES]]
    assert len({colour for colour, _ in legend}) == AGENDA_LINES
    assert _dots(html) == {day: colour for day, (colour, _) in zip(SEPTEMBER, legend, strict=False)}


def test_more_events_than_lines_end_the_legend_with_a_count_and_grey_dots() -> None:
    """Seven events: the legend showed five and the days of the other two had dots with no line,
    the seventh in the first one's colour. Now the legend names five and counts two, whose dots
    are the neutral grey of that line, not a colour of a named event."""
    html = render_element(type="calendar", month="2025-09", events=_events(SEPTEMBER))
    legend = _legend(html)
    named = AGENDA_LINES - 1
    assert [words for _, words in legend[:named]] == [f"Sep {day} Event {day}" for day in SEPTEMBER[:named]]
    assert legend[named:] == [(OTHER_COLOR, "+2 more")]
    dots = _dots(html)
    assert dots[22] == dots[26] == OTHER_COLOR
    assert len({dots[day] for day in SEPTEMBER[:named]} | {OTHER_COLOR}) == named + 1


def test_events_are_listed_and_coloured_in_the_order_of_their_days() -> None:
    """Written out of order, the legend still runs by date, its colours too; an event's own
    colour is kept, also among those the count takes in."""
    events = [
        *_events([26, 2]),
        {"date": "2025-09-30", "label": "Own", "color": "#16a34a"},
        *_events([5, 9, 12, 16]),
    ]
    html = render_element(type="calendar", month="2025-09", events=events)
    assert [words.split()[1] for _, words in _legend(html)][:3] == ["2", "5", "9"]
    assert _dots(html)[30] == "#16a34a" and _dots(html)[26] == OTHER_COLOR
