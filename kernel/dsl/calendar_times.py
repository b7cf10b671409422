"""What a calendar's week or day view shows: its days, its hours, and the times of its events,
read alike by the validator and the compiler.

A time is written HH:MM on a 24-hour clock (`09:30`, `9:30`, `24:00` as a day's end). The days
are the week around the anchor day (the selected `value`, else the range's start, the first
event's date, the `month`'s first day), from the first day of the week; a work week (`days: 5`)
of a week that starts on Sunday starts on Monday, as calendar apps draw one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kernel.dsl.calendar_dates import CalendarDate, read_date, shown_month

TIME_VIEWS = frozenset({"week", "day"})
"""A calendar's variants that draw hours: a week's columns, or one day's."""
DEFAULT_HOURS = (8, 18)
"""The hours a week or day view shows without `hours`: a working day, widened to whole hours
that hold its timed events."""
DEFAULT_LENGTH = 60
"""Minutes an event with a start and no end lasts, as calendar apps create one."""
SUNDAY = 6

_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def read_time(value: object) -> int | None:
    """The minutes since midnight a time of day written HH:MM names (`24:00` is the day's end),
    or None when it names none (`9.30`, `25:00`, `9am`)."""
    match = _TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if minute > 59 or hour > 24 or (hour == 24 and minute):
        return None
    return hour * 60 + minute


def written_time(minutes: int) -> str:
    """`09:30`: minutes since midnight as a time is written."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True, slots=True)
class EventTimes:
    """When an event of a week or day view takes place: its day, and its start and end in
    minutes since midnight (None for an all-day event, or one whose times name none)."""

    day: date | None
    start: int | None = None
    end: int | None = None

    @property
    def all_day(self) -> bool:
        return self.start is None


def event_times(date_text: object, start: object, end: object, time: object = None) -> EventTimes:
    """An event's day and times: its `start` (else its `time`, else the time of a date written
    with one, `2025-09-03T09:30`) and its `end` (else an hour later, at most midnight). An end
    not after the start, or a start that is no time, makes it none: the validator tells of it."""
    read = read_date(date_text) if isinstance(date_text, str) else None
    day = read.day if isinstance(read, CalendarDate) else None
    begin_text = start if start is not None else time
    if begin_text is None and isinstance(read, CalendarDate):
        begin_text = read.time
    begin = read_time(begin_text)
    if begin is None:
        return EventTimes(day)
    finish = read_time(end) if end is not None else min(begin + DEFAULT_LENGTH, 24 * 60)
    if finish is None or finish <= begin:
        return EventTimes(day)
    return EventTimes(day, begin, finish)


def anchor_day(candidates: Iterable[object], month: object = None) -> date:
    """The day a week or day view is drawn around: the first candidate that names a day (the
    selected `value`, the range's start, the events' dates), else the first of the month shown."""
    for candidate in candidates:
        read = read_date(candidate) if isinstance(candidate, str) else None
        if isinstance(read, CalendarDate):
            return read.day
    year, number = shown_month([month])
    return date(year, number, 1)


def shown_days(anchor: date, variant: str, days: int | None, first_weekday: int) -> tuple[date, ...]:
    """The days a view shows: `anchor` alone in a day view; else `days` (7 by default) from
    the first day of its week, a work week of a Sunday-first week from its Monday."""
    if variant == "day":
        return (anchor,)
    count = 7 if days is None else max(1, min(days, 7))
    first = first_weekday
    if count < 7 and first == SUNDAY:
        first = 0
    start = anchor - timedelta(days=(anchor.weekday() - first) % 7)
    return tuple(start + timedelta(days=offset) for offset in range(count))


def shown_hours(hours: Sequence[object] | None, timed: Iterable[EventTimes]) -> tuple[int, int]:
    """The hours a view shows, from the first's start to the last's: `hours` as written when
    it is a range (`[8, 18]`), else `DEFAULT_HOURS` widened to hold every timed event."""
    given = given_hours(hours)
    if given is not None:
        return given
    first, last = DEFAULT_HOURS
    for event in timed:
        if event.start is not None and event.end is not None:
            first = min(first, event.start // 60)
            last = max(last, -(-event.end // 60))
    return first, last


def given_hours(hours: Sequence[object] | None) -> tuple[int, int] | None:
    """`hours` when it is a range of a day's hours, `[first, last]` with first before last."""
    if not isinstance(hours, Sequence) or isinstance(hours, str) or len(hours) != 2:
        return None
    first, last = hours
    if isinstance(first, bool) or isinstance(last, bool):
        return None
    if isinstance(first, int) and isinstance(last, int) and 0 <= first < last <= 24:
        return first, last
    return None
