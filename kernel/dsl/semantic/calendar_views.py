"""A calendar's week or day view's times that draw nothing, or not as meant: a `start` or `end`
that is no time, an end before its start (errors), an event outside the week or the hours shown
(warnings, as a month's event of another month), and the view's fields on a month."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.calendar_times import event_times, given_hours, read_time, shown_days, written_time
from kernel.dsl.limits import pointer
from kernel.errors import Issue

Key = str | int
Issues = tuple[list[Issue], list[Issue]]
"""Errors, then warnings."""


def event_name(event: Mapping[str, Any]) -> str:
    """How a message names an event: by its label ("the event 'Payroll'")."""
    label = event.get("label")
    return (
        f"the event '{str(label)[:40]}'"
        if isinstance(label, str | int | float) and str(label).strip()
        else "the event"
    )


def time_view_issues(
    element: Mapping[str, Any], path: tuple[Key, ...], view: str, anchor: Any, first_weekday: int
) -> Issues:
    """The problems of a week or day view's `hours`, `days` and events' times (`anchor`: the
    day it is drawn around, a `date`)."""
    errors: list[Issue] = []
    warnings: list[Issue] = []
    hours = element.get("hours")
    _check_hours(hours, (*path, "hours"), errors)
    if view == "day" and element.get("days") is not None:
        warnings.append(
            Issue(
                pointer((*path, "days")),
                "a day view draws one day: 'days' draws nothing",
                "field_ignored",
                "variant: week draws several days (days: 5 for a work week)",
            )
        )
    written_days = element.get("days")
    count = written_days if isinstance(written_days, int) and not isinstance(written_days, bool) else None
    days = shown_days(anchor, view, count, first_weekday)
    shown_range = given_hours(hours) if isinstance(hours, list) else None
    events = element.get("events")
    for index, event in enumerate(events if isinstance(events, list) else []):
        if isinstance(event, Mapping):
            where = (*path, "events", index)
            _check_event(event, where, days, shown_range, errors, warnings)
    return errors, warnings


def month_view_fields(element: Mapping[str, Any], path: tuple[Key, ...]) -> list[Issue]:
    """A week view's `days` or `hours` on a month, which draws neither."""
    return [
        Issue(
            pointer((*path, name)),
            f"a month calendar draws no '{name}': they are a week or day view's",
            "field_ignored",
            "variant: week (or day) draws the hours, events placed by their start and end",
        )
        for name in ("days", "hours")
        if element.get(name) is not None
    ]


def _check_hours(hours: Any, where: tuple[Key, ...], errors: list[Issue]) -> None:
    """`hours` is [first, last], whole hours from 0 to 24, first before last. (A value that is
    no list of whole numbers from 0 to 24 is the schema's error.)"""
    if not isinstance(hours, list):
        return
    numbers = all(isinstance(hour, int) and not isinstance(hour, bool) and 0 <= hour <= 24 for hour in hours)
    if not numbers:
        return
    if len(hours) != 2 or hours[0] >= hours[1]:
        errors.append(
            Issue(
                pointer(where),
                f"hours {hours} is not a range of the day's hours: [first, last], first before last",
                "invalid_value",
                "write hours: [8, 18] for 08:00 to 18:00",
            )
        )


def _check_event(
    event: Mapping[str, Any],
    where: tuple[Key, ...],
    days: tuple[Any, ...],
    hours: tuple[int, int] | None,
    errors: list[Issue],
    warnings: list[Issue],
) -> None:
    name = event_name(event)
    start, end = event.get("start"), event.get("end")
    bad = False
    for field_name, value in (("start", start), ("end", end)):
        if value is not None and read_time(value) is None:
            bad = True
            errors.append(
                Issue(
                    pointer((*where, field_name)),
                    f"the {field_name} '{str(value)[:20]}' of {name} is not a time "
                    "written HH:MM (24-hour clock)",
                    "invalid_value",
                    _meant_time(field_name, value),
                )
            )
    if bad:
        return
    if end is not None and start is None:
        warnings.append(
            Issue(
                pointer((*where, "end")),
                f"{name} has an end and no start: it is drawn all-day",
                "field_ignored",
                "give it a start: start: '09:00'",
            )
        )
    begin, finish = read_time(start), read_time(end)
    if begin is not None and finish is not None and finish <= begin:
        later = written_time(min(begin + 60, 24 * 60))
        errors.append(
            Issue(
                pointer((*where, "end")),
                f"{name} ends at {written_time(finish)}, not after it starts ({written_time(begin)})",
                "invalid_value",
                f"write an end after its start, such as end: '{later}'",
            )
        )
        return
    times = event_times(event.get("date"), start, end, event.get("time"))
    if times.day is None:
        return  # no day: the date's own error
    if times.day not in days:
        shown = f"{days[0].isoformat()} to {days[-1].isoformat()}" if len(days) > 1 else days[0].isoformat()
        warnings.append(
            Issue(
                pointer((*where, "date")),
                f"{name} on {times.day.isoformat()} is not in the days shown ({shown}), so it is not drawn",
                "out_of_range",
                f"date it in the days shown, or show its week: value: '{times.day.isoformat()}'",
            )
        )
    elif hours is not None and times.start is not None and times.end is not None:
        _check_in_hours(name, times.start, times.end, hours, (*where, "start"), warnings)


def _check_in_hours(
    name: str, start: int, end: int, hours: tuple[int, int], where: tuple[Key, ...], warnings: list[Issue]
) -> None:
    """A timed event outside the `hours` shown is not drawn; one across their edge is cut."""
    low, high = hours[0] * 60, hours[1] * 60
    if low <= start and end <= high:
        return
    outside = end <= low or start >= high
    wider = [min(hours[0], start // 60), max(hours[1], -(-end // 60))]
    drawn = (
        "is outside the hours shown ({}), so it is not drawn"
        if outside
        else "runs outside the hours shown ({}), so it is cut at their edge"
    )
    warnings.append(
        Issue(
            pointer(where),
            f"{name} at {written_time(start)}-{written_time(end)} "
            + drawn.format(f"{written_time(low)} to {written_time(high)}"),
            "out_of_range",
            f"show its hours: hours: {wider}",
        )
    )


def _meant_time(field_name: str, value: Any) -> str:
    """What to write for a time that is none: `9.30`, `9h30`, `9:30 pm` or a bare hour (`10`,
    a number in YAML) as HH:MM, when that is a time, else the form."""
    text = str(value).strip().lower()
    match = re.fullmatch(r"(\d{1,2})(?:[.:h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        meridiem = (match.group(3) or "").replace(".", "")
        if meridiem and 1 <= hour <= 12:
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
        if read_time(f"{hour}:{minute:02d}") is not None:
            return f"write {field_name}: '{hour:02d}:{minute:02d}'"
    return f"write it HH:MM on a 24-hour clock, such as {field_name}: '14:30'"
