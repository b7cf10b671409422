"""A calendar's dates that draw nothing: a `value` or an event's `date` that is no day (an error,
with the day probably meant), or a day of another month than the one shown, a `range` outside it
(warnings: a valid date, only not on this page), and a `month` not written YYYY-MM."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kernel.dsl.calendar_dates import (
    CalendarDate,
    DateProblem,
    day_name,
    days_in,
    month_name,
    read_date,
    shown_month,
)
from kernel.dsl.calendar_times import TIME_VIEWS, anchor_day
from kernel.dsl.limits import pointer
from kernel.dsl.model.calendars import date_span
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.calendar_views import event_name, month_view_fields, time_view_issues
from kernel.errors import Issue

Key = str | int


@dataclass
class CalendarIssues:
    """The errors and warnings of one calendar's dates."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    def extend(self, errors: list[Issue], warnings: list[Issue]) -> None:
        self.errors.extend(errors)
        self.warnings.extend(warnings)


def calendar_issues(
    element: Mapping[str, Any], path: tuple[Key, ...], *, first_weekday: int = 0
) -> CalendarIssues:
    """The problems of the calendar `element` (raw data, at `path`) with its dates, and for a
    week or day view (whose weeks start on `first_weekday`, 0 Monday) with its times."""
    found = CalendarIssues()
    written = element.get("events")
    events = written if isinstance(written, list) else []
    span = element.get("range")
    dates = [event.get("date") for event in events if isinstance(event, Mapping)]
    year, month = shown_month([element.get("month"), element.get("value"), _range_start(span), *dates])
    variant = element.get("variant")
    view = variant.strip().lower() if isinstance(variant, str) else ""
    _check_month(element.get("month"), path, found)
    # A week or day view shows the week of its `value`: its days are checked against that week.
    months = view not in TIME_VIEWS
    _check_day(element.get("value"), "value", (*path, "value"), (year, month), found, other_months=months)
    for index, event in enumerate(events):
        if isinstance(event, Mapping):
            where = (*path, "events", index, "date")
            _check_day(event.get("date"), event_name(event), where, (year, month), found, other_months=months)
    if view in TIME_VIEWS:
        anchor = anchor_day([element.get("value"), _range_start(span), *dates], element.get("month"))
        found.extend(*time_view_issues(element, path, view, anchor, first_weekday))
    else:
        if span is not None:
            _check_range_month(span, (*path, "range"), (year, month), found)
        found.warnings.extend(month_view_fields(element, path))
    return found


def _range_start(span: Any) -> Any:
    """The start of a range as written: `[start, end]`, `{start, end}` or `{from, to}`."""
    if isinstance(span, list) and span:
        return span[0]
    return span.get("start", span.get("from")) if isinstance(span, Mapping) else None


def _check_month(month: Any, path: tuple[Key, ...], found: CalendarIssues) -> None:
    if isinstance(month, str) and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", month):
        found.warnings.append(
            Issue(
                pointer((*path, "month")),
                f"month '{month}' is not YYYY-MM",
                "invalid_value",
                "write it like '2025-03'",
            )
        )


def _check_day(
    value: Any,
    what: str,
    where: tuple[Key, ...],
    shown: tuple[int, int],
    found: CalendarIssues,
    *,
    other_months: bool = True,
) -> None:
    """A selected day (`what` is "value") or an event's date: a day number of the month shown,
    or a date. One that names no day is an error; a date of another month a warning, but in a
    week or day view (`other_months`: False), which checks its days against its week."""
    field_name = "value" if what == "value" else "date"
    number = isinstance(value, int | float) and not isinstance(value, bool) and field_name == "value"
    if not number and not (isinstance(value, str) and value.strip()):
        return  # nothing written, or a value of a kind the schema pass reports (an event's date is text)
    if number or value.strip().isdecimal():  # not isdigit: "²" is a digit no int() reads
        # An integer stays one: a day of hundreds of digits fits no float, and is shown as written.
        _check_day_number(value if number else int(value), field_name, where, shown, found)
        return
    read = read_date(value, year=shown[0])
    if isinstance(read, DateProblem):
        message = f"'{value.strip()[:40]}' {read.reason}"
        found.errors.append(Issue(pointer(where), message, "invalid_value", _meant(read, field_name, shown)))
        return
    if other_months and (read.day.year, read.day.month) != shown:
        found.warnings.append(_other_month(read, what, where, shown))


def _check_day_number(
    number: float, field_name: str, where: tuple[Key, ...], shown: tuple[int, int], found: CalendarIssues
) -> None:
    """A day written as its number, of the month shown: one it has."""
    year, month = shown
    last = days_in(year, month)
    if (isinstance(number, int) or number.is_integer()) and 1 <= number <= last:
        return
    nearest = date(year, month, min(max(int(number), 1), last))
    found.errors.append(
        Issue(
            pointer(where),
            f"day {shown_number(number)} is not a day of {month_name(year, month)} (it has {last} days)",
            "invalid_value",
            f"write a day from 1 to {last}, or the date: {field_name}: '{nearest.isoformat()}'",
        )
    )


def _meant(problem: DateProblem, field_name: str, shown: tuple[int, int]) -> str:
    """What to write for a date that names no day: the day (or days) probably meant, in the
    author's own terms, else the form with a day of the month shown."""
    readings = problem.readings
    if len(readings) == 1:
        return f"write {field_name}: '{readings[0].isoformat()}'"
    if readings:
        either = " or ".join(f"'{day.isoformat()}' ({day_name(day)})" for day in readings)
        return f"write {field_name}: {either}"
    year, month = shown
    return f"write it YYYY-MM-DD, such as {field_name}: '{date(year, month, 15).isoformat()}'"


def _other_month(read: CalendarDate, what: str, where: tuple[Key, ...], shown: tuple[int, int]) -> Issue:
    """A valid day of another month than the one shown: it is not drawn."""
    day, shown_name = read.day, month_name(*shown)
    if what == "value":
        message = (
            f"the selected day {day.isoformat()} is not in the month shown ({shown_name}): no day is selected"
        )
        hint = f"show its month, month: '{day.isoformat()[:7]}', or select a day of {shown_name}"
    else:
        message = f"{what} on {day.isoformat()} is not in the month shown ({shown_name}), so it is not drawn"
        hint = f"show its month, month: '{day.isoformat()[:7]}', or date it in {shown_name}"
    return Issue(pointer(where), message, "out_of_range", hint)


def _check_range_month(
    span: Any, where: tuple[Key, ...], shown: tuple[int, int], found: CalendarIssues
) -> None:
    """A `range` wholly outside the month shown draws nothing: say which month to show. (A range
    that is no pair of dates is the model's error.)"""
    try:
        dates = date_span(span)
    except ValueError:
        return
    month = f"{shown[0]:04d}-{shown[1]:02d}"
    if dates is not None and (dates.end[:7] < month or dates.start[:7] > month):
        found.warnings.append(
            Issue(
                pointer(where),
                f"the range {dates.start} to {dates.end} lies outside the month shown ({month})",
                "out_of_range",
                f"show its month: month: '{dates.start[:7]}'",
            )
        )
