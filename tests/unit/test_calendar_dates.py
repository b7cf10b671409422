"""A calendar's dates: how each is read, the error at its own path for one that names no day
(with the day probably meant), the warning for a day of another month than the one shown, and a
compiler that draws no day for a date that is none instead of crashing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kernel.dsl.calendar_dates import CalendarDate, DateProblem, day_in_month, read_date
from kernel.dsl.validate import validate_document
from tests.support.elements import render_element


def _issues(calendar: dict[str, Any]) -> tuple[list[tuple[str, str, str, str | None]], ...]:
    """The errors and the warnings of a document of the one calendar: (path, code, message, hint)."""
    result = validate_document({"elements": [{"type": "calendar", **calendar}]})
    return tuple(
        [(issue.path, issue.code, issue.message, issue.suggestion) for issue in issues]
        for issues in (result.errors, result.warnings)
    )


# -- reading --------------------------------------------------------------------------------------


def test_a_date_is_yyyy_mm_dd_and_a_date_time_keeps_its_time() -> None:
    assert read_date("2025-09-12") == CalendarDate(date(2025, 9, 12))
    assert read_date(" 2025-9-5 ") == CalendarDate(date(2025, 9, 5))
    assert read_date("2025-09-12T10:00") == CalendarDate(date(2025, 9, 12), "10:00")
    assert read_date("2025-09-12 8:30:00Z") == CalendarDate(date(2025, 9, 12), "08:30")


@pytest.mark.parametrize(
    ("written", "reason", "readings"),
    [
        ("2025-09-31", "is not a date: September 2025 has 30 days", (date(2025, 9, 30),)),
        ("2025-02-29", "is not a date: February 2025 has 28 days", (date(2025, 2, 28),)),
        ("2025-13-05", "is not a date: there is no month 13", (date(2025, 5, 13),)),
        ("12/09/2025", "is not a date written YYYY-MM-DD", (date(2025, 9, 12), date(2025, 12, 9))),
        ("28/09/2025", "is not a date written YYYY-MM-DD", (date(2025, 9, 28),)),
        ("09/28/2025", "is not a date written YYYY-MM-DD", (date(2025, 9, 28),)),
        ("2025/09/12", "is not a date written YYYY-MM-DD", (date(2025, 9, 12),)),
        ("Sep 15", "is not a date written YYYY-MM-DD", (date(2024, 9, 15),)),
        ("15 September 2025", "is not a date written YYYY-MM-DD", (date(2025, 9, 15),)),
        ("next Tuesday", "is not a date written YYYY-MM-DD", ()),
    ],
)
def test_a_text_that_names_no_day_says_why_and_the_days_it_may_mean(
    written: str, reason: str, readings: tuple[date, ...]
) -> None:
    assert read_date(written, year=2024) == DateProblem(reason, readings)


def test_a_day_of_the_month_is_a_number_it_has_or_a_date_in_it() -> None:
    assert [day_in_month(value, 2025, 9) for value in (12, "12", 12.0, "2025-09-12", "2025-09-12T08:00")] == [
        12
    ] * 5
    for none in (31, "45", 0, 12.5, True, "2025-10-12", "2025-09-31", "12/09/2025", None):
        assert day_in_month(none, 2025, 9) is None, none


# -- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("calendar", "path", "message", "hint"),
    [
        (
            {"month": "2025-09", "events": [{"date": "2025-09-31", "label": "Quarter close"}]},
            "/elements/0/events/0/date",
            "'2025-09-31' is not a date: September 2025 has 30 days",
            "write date: '2025-09-30'",
        ),
        (
            {"month": "2025-03", "events": [{"date": "12/03/2025", "label": "Follow-up"}]},
            "/elements/0/events/0/date",
            "'12/03/2025' is not a date written YYYY-MM-DD",
            "write date: '2025-03-12' (12 March) or '2025-12-03' (3 December)",
        ),
        (
            {"month": "2025-09", "events": [{"date": "Sep 15", "label": "Words"}]},
            "/elements/0/events/0/date",
            "'Sep 15' is not a date written YYYY-MM-DD",
            "write date: '2025-09-15'",
        ),
        (
            {"month": "2025-03", "events": [{"date": "45", "label": "Checkup"}]},
            "/elements/0/events/0/date",
            "day 45 is not a day of March 2025 (it has 31 days)",
            "write a day from 1 to 31, or the date: date: '2025-03-31'",
        ),
        (
            {"month": "2025-03", "value": 45},
            "/elements/0/value",
            "day 45 is not a day of March 2025 (it has 31 days)",
            "write a day from 1 to 31, or the date: value: '2025-03-31'",
        ),
        (
            {"variant": "full", "month": "2025-02", "value": "2025-02-30"},
            "/elements/0/value",
            "'2025-02-30' is not a date: February 2025 has 28 days",
            "write value: '2025-02-28'",
        ),
    ],
)
def test_a_date_that_names_no_day_is_an_error_at_its_path(
    calendar: dict[str, Any], path: str, message: str, hint: str
) -> None:
    """`validate` said ok, and the render crashed (KeyError) or drew nothing for it."""
    errors, _ = _issues(calendar)
    assert errors == [(path, "invalid_value", message, hint)]


def test_a_day_of_another_month_than_the_one_shown_warns_with_the_month_to_show() -> None:
    errors, warnings = _issues(
        {"month": "2025-03", "value": "2025-04-09", "events": [{"date": "2025-04-02", "label": "Checkup"}]}
    )
    assert errors == []
    assert warnings == [
        (
            "/elements/0/events/0/date",
            "out_of_range",
            "the event 'Checkup' on 2025-04-02 is not in the month shown (March 2025), so it is not drawn",
            "show its month, month: '2025-04', or date it in March 2025",
        ),
        (
            "/elements/0/value",
            "out_of_range",
            "the selected day 2025-04-09 is not in the month shown (March 2025): no day is selected",
            "show its month, month: '2025-04', or select a day of March 2025",
        ),
    ]


def test_dates_the_calendar_draws_say_nothing() -> None:
    """Without `month`, the first date names the month; a day number and a date-time are days."""
    calendar = {
        "value": "2025-09-14",
        "events": [{"date": "2025-09-12T10:00", "label": "With time"}, {"date": "3", "label": "Third"}],
        "range": ["2025-09-12", "2025-09-16"],
    }
    assert _issues(calendar) == ([], [])


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            ["2025-09-28", "2025-09-31"],
            "the range's end '2025-09-31' is not a date: September 2025 has 30 days; write it as [start, "
            "end], two dates YYYY-MM-DD: range: ['2025-09-28', '2025-09-30']",
        ),
        (
            ["12/09/2025", "2025-10-02"],  # of its two readings, only 12 September comes before the end
            "the range's start '12/09/2025' is not a date written YYYY-MM-DD; write it as [start, end], two "
            "dates YYYY-MM-DD: range: ['2025-09-12', '2025-10-02']",
        ),
        (
            ["2025-08-11", "Aug 15"],
            "the range's end 'Aug 15' is not a date written YYYY-MM-DD; write it as [start, end], two dates "
            "YYYY-MM-DD: range: ['2025-08-11', '2025-08-15']",
        ),
        (
            ["later", "2025-08-15"],  # nothing to guess: the usual example
            "the range's start 'later' is not a date written YYYY-MM-DD; write it as [start, end], two dates "
            "YYYY-MM-DD: range: ['2025-08-11', '2025-08-15']",
        ),
    ],
)
def test_a_ranges_error_gives_the_authors_own_range_with_the_day_meant(
    written: list[str], message: str
) -> None:
    errors, _ = _issues({"range": written})
    assert [(path, said) for path, _, said, _ in errors] == [("/elements/0/range", message)]


# -- compiling ------------------------------------------------------------------------------------


def test_a_date_that_names_no_day_draws_none_and_compiles() -> None:
    """A worker compiles an accepted document without the semantic pass: an impossible day in an
    event or `value` (KeyError: 31 in the legend) must draw nothing rather than crash."""
    html = render_element(
        type="calendar",
        month="2025-09",
        value=31,
        events=[{"date": "2025-09-31", "label": "Quarter close"}, {"date": "45", "label": "Day 45"}],
    )
    assert "is-selected" not in html and "dsl-cal-dots" not in html and "dsl-cal-agenda" not in html


def test_a_date_times_time_is_drawn_before_the_label() -> None:
    html = render_element(
        type="calendar", month="2025-09", events=[{"date": "2025-09-12T10:00", "label": "Stand-up"}]
    )
    assert "<span>10:00 Stand-up</span>" in html
    own = render_element(type="calendar", events=[{"date": "2025-09-12T10:00", "label": "A", "time": "9:00"}])
    assert "<span>9:00 A</span>" in own  # the event's own time
