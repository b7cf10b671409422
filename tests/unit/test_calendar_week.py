"""A calendar's week and day views: the times, days and hours they read, the lanes of
overlapping events, the validator's errors and warnings at their paths, and the compiled grid."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from kernel.dsl.calendar_times import event_times, read_time, shown_days, shown_hours
from kernel.dsl.compiler.event_lanes import Cascade, Lane, cascade, side_by_side
from kernel.dsl.validate import validate_document
from tests.support.elements import render_element

WEEK = {"type": "calendar", "variant": "week", "value": "2025-09-03"}
"""Wednesday 3 September 2025: its ISO week runs from Monday the 1st to Sunday the 7th."""


def _issues(element: dict[str, Any], **document: Any) -> list[tuple[str, str, str]]:
    result = validate_document({**document, "elements": [element]})
    return [(issue.path, issue.code, issue.message) for issue in [*result.errors, *result.warnings]]


def _event(**fields: Any) -> dict[str, Any]:
    return {"date": "2025-09-03", "label": "Standup", **fields}


@pytest.mark.parametrize(
    ("written", "minutes"),
    [("09:30", 570), ("9:30", 570), (" 00:00 ", 0), ("24:00", 1440), ("9.30", None), ("25:00", None),
     ("10:60", None), ("24:30", None), ("9am", None), (930, None)],
)  # fmt: skip
def test_a_time_is_hh_mm_on_a_24_hour_clock(written: object, minutes: int | None) -> None:
    assert read_time(written) == minutes


def test_an_event_without_an_end_lasts_an_hour_and_one_without_a_start_is_all_day() -> None:
    assert (event_times("2025-09-03", "09:30", None).start, event_times("2025-09-03", "09:30", None).end) == (
        570,
        630,
    )
    assert event_times("2025-09-03", None, None).all_day
    assert event_times("2025-09-03T14:00", None, None).start == 840  # the date's own time
    assert event_times("2025-09-03", None, None, time="08:15").start == 495  # a month event's `time`


@pytest.mark.parametrize(
    ("variant", "days", "first_weekday", "first", "count"),
    [("week", None, 0, date(2025, 9, 1), 7), ("week", None, 6, date(2025, 8, 31), 7),
     ("week", 5, 0, date(2025, 9, 1), 5), ("week", 5, 6, date(2025, 9, 1), 5),
     ("week", 5, 5, date(2025, 8, 30), 5), ("day", None, 0, date(2025, 9, 3), 1)],
)  # fmt: skip
def test_the_days_shown_are_the_anchors_week_from_its_first_day(
    variant: str, days: int | None, first_weekday: int, first: date, count: int
) -> None:
    """A Sunday-first week (lang: en) starts on the 31st; its work week (days: 5) on Monday."""
    shown = shown_days(date(2025, 9, 3), variant, days, first_weekday)
    assert (shown[0], len(shown)) == (first, count)


def test_the_hours_shown_are_a_working_day_widened_to_hold_the_events_unless_given() -> None:
    early_late = [event_times("2025-09-03", "07:30", "08:00"), event_times("2025-09-03", "17:00", "19:15")]
    assert shown_hours(None, []) == (8, 18)
    assert shown_hours(None, early_late) == (7, 20)
    assert shown_hours([9, 17], early_late) == (9, 17)


def test_overlapping_events_share_their_column_side_by_side() -> None:
    """11:00-12:30 and 11:30-12:00 overlap: two lanes; 12:30-13:00 touches, but overlaps none
    of them, so it has the whole column; three at once take three lanes."""
    assert side_by_side([(660, 750), (690, 720), (750, 780)]) == [Lane(0, 2), Lane(1, 2), Lane(0, 1)]
    assert side_by_side([(600, 660), (600, 630), (615, 700)]) == [Lane(0, 3), Lane(1, 3), Lane(2, 3)]
    # the third starts when the second ends: it takes the freed lane, still in a cluster of two
    assert side_by_side([(600, 720), (600, 630), (630, 660)]) == [Lane(0, 2), Lane(1, 2), Lane(1, 2)]


def test_overlapping_events_cascade_each_keeping_half_the_column_or_more() -> None:
    """Two lanes: the later one half a column in; three: a quarter a step, not a third each (a
    40 px sliver of a week's column drew "E…"); every event reaches the column's end side."""
    assert cascade(Lane(0, 1)) == Cascade(0.0, 1.0)
    assert [cascade(Lane(index, 2)) for index in range(2)] == [Cascade(0.0, 1.0), Cascade(0.5, 0.5)]
    assert [cascade(Lane(index, 3)) for index in range(3)] == [
        Cascade(0.0, 1.0), Cascade(0.25, 0.75), Cascade(0.5, 0.5)
    ]  # fmt: skip
    assert min(cascade(Lane(index, 6)).share for index in range(6)) == pytest.approx(0.5)


def test_header_false_leaves_out_the_month_title_and_arrows_in_every_view() -> None:
    for variant in ("week", "day", "full", None):
        shown = render_element(**{**WEEK, "variant": variant})
        hidden = render_element(**{**WEEK, "variant": variant, "header": False})
        assert "dsl-cal-head" in shown and "dsl-cal-head" not in hidden, variant
        assert "dsl-cal-nav" not in hidden and ("dsl-tg-heads" in hidden or "dsl-cal-grid" in hidden)


def test_a_header_in_words_is_an_error_that_says_what_it_takes() -> None:
    """A calendar's header is a switch; a card's "header" is its title."""
    calendar = validate_document({"elements": [{**WEEK, "header": "Week of March 9"}]}).errors
    card = validate_document({"elements": [{"type": "card", "header": "Team"}]}).errors
    assert [issue.suggestion for issue in calendar] == [
        "header is true or false: header: false hides the month title and its arrows"
    ]
    assert [issue.suggestion for issue in card] == ["did you mean 'title'? title: \"Team\""]
    assert _issues({**WEEK, "header": False}) == []


def test_a_week_and_a_day_view_are_drawn_without_a_warning() -> None:
    events = [_event(start="09:30", end="09:45"), _event(label="Offsite")]
    assert _issues({**WEEK, "events": events, "days": 5, "hours": [8, 17]}) == []
    assert _issues({**WEEK, "variant": "day", "events": events}) == []


@pytest.mark.parametrize(
    ("event", "path", "message"),
    [
        (_event(start="9.30"), "/elements/0/events/0/start", "the start '9.30' of the event 'Standup' is not a time written HH:MM"),
        (_event(start="09:00", end="25:00"), "/elements/0/events/0/end", "the end '25:00' of the event 'Standup' is not a time"),
        (_event(start="10:00", end="09:30"), "/elements/0/events/0/end", "the event 'Standup' ends at 09:30, not after it starts (10:00)"),
    ],
)  # fmt: skip
def test_a_bad_time_or_an_end_before_the_start_is_an_error_at_its_path(
    event: dict[str, Any], path: str, message: str
) -> None:
    result = validate_document({"elements": [{**WEEK, "events": [event]}]})
    (error,) = result.errors
    assert (error.path, error.code) == (path, "invalid_value") and error.message.startswith(message), error
    assert error.suggestion


@pytest.mark.parametrize(
    ("written", "meant"), [("2:30 pm", "14:30"), ("9.30", "09:30"), (10, "10:00"), ("9h15", "09:15")]
)
def test_a_time_written_another_way_suggests_its_hh_mm(written: object, meant: str) -> None:
    result = validate_document({"elements": [{**WEEK, "events": [_event(start=written)]}]})
    assert result.errors[0].suggestion == f"write start: '{meant}'"


def test_an_event_outside_the_week_or_the_hours_shown_warns() -> None:
    events = [_event(date="2025-09-12", start="11:00"), _event(start="19:00", end="20:00"), _event(start="17:00", end="19:00")]  # fmt: skip
    issues = _issues({**WEEK, "hours": [8, 18], "events": events})
    assert [(path, code) for path, code, _ in issues] == [
        ("/elements/0/events/0/date", "out_of_range"),
        ("/elements/0/events/1/start", "out_of_range"),
        ("/elements/0/events/2/start", "out_of_range"),
    ]
    assert "not in the days shown (2025-09-01 to 2025-09-07), so it is not drawn" in issues[0][2]
    assert "is outside the hours shown (08:00 to 18:00), so it is not drawn" in issues[1][2]
    assert "so it is cut at their edge" in issues[2][2]


def test_the_week_shown_starts_on_the_documents_first_weekday() -> None:
    """Sunday 31 August is in the week of lang: en (Sunday first), not in an ISO week."""
    element = {**WEEK, "events": [_event(date="2025-08-31", start="10:00")]}
    assert _issues(element, lang="en") == []
    assert [code for _, code, _ in _issues(element)] == ["out_of_range"]


def test_bad_hours_are_an_error_and_a_months_week_fields_warn() -> None:
    assert _issues({**WEEK, "hours": [18, 8]})[0][:2] == ("/elements/0/hours", "invalid_value")
    month = _issues({"type": "calendar", "month": "2025-09", "days": 5, "hours": [8, 18]})
    assert [(path, code) for path, code, _ in month] == [
        ("/elements/0/days", "field_ignored"),
        ("/elements/0/hours", "field_ignored"),
    ]


def test_the_week_view_draws_heads_hours_and_events_placed_by_their_times() -> None:
    events = [
        _event(start="11:00", end="12:30", color="#dc2626"),
        _event(label="1:1", start="11:30", end="12:00"),
        _event(label="Offsite", date="2025-09-05"),
    ]
    html = render_element(**WEEK, events=events, hours=[8, 18])
    heads = re.findall(r'<div class="dsl-tg-day([^"]*)"><span class="dsl-tg-dow">(\w+)</span><span class="dsl-tg-num">(\d+)', html)  # fmt: skip
    assert [(name, number) for _, name, number in heads] == [
        ("Mon", "1"), ("Tue", "2"), ("Wed", "3"), ("Thu", "4"), ("Fri", "5"), ("Sat", "6"), ("Sun", "7")
    ]  # fmt: skip
    assert [classes for classes, *_ in heads].count(" is-selected") == 1 and heads[2][0] == " is-selected"
    assert re.findall(r'<span style="--at:\d+">(\d\d:\d\d)</span>', html)[::5] == ["08:00", "13:00", "18:00"]
    # 11:00 is 3 of 10 hours down the column, for an hour and a half; the two overlap: the
    # later one cascades half a column in, over the earlier one, which spans the column
    assert "--tone:#dc2626;--top:30;--len:15;--at:0;--share:1" in html
    assert re.search(r'is-short is-stacked" style="--tone:[^;]+;--top:35;--len:5;--at:0.5;--share:0.5"', html)
    assert re.search(r'class="dsl-tg-row dsl-tg-allday">.*>Offsite</span>', html)


def test_an_events_times_read_start_first_in_a_right_to_left_document() -> None:
    """Isolated left to right: under `lang: ar` the bidi algorithm drew "10:15 – 09:30"."""
    html = render_element(**WEEK, events=[_event(start="09:30", end="10:15")])
    assert "<span>\u206609:30 – 10:15\u2069</span>" in html


def test_a_work_week_and_a_day_view_draw_their_columns() -> None:
    assert "--days:5" in render_element(**WEEK, days=5)
    day = render_element(**{**WEEK, "variant": "day"})
    assert "--days:1" in day and day.count('class="dsl-tg-col"') == 1


def test_a_range_tints_the_columns_of_its_days_shown() -> None:
    html = render_element(**WEEK, range=["2025-08-28", "2025-09-02"])
    assert re.findall(r'class="dsl-tg-col( is-in-range)?"', html) == [" is-in-range"] * 2 + [""] * 5


def test_the_month_view_draws_an_events_start_as_its_time() -> None:
    html = render_element(type="calendar", month="2025-09", events=[_event(start="09:30")])
    assert ">09:30 Standup</span>" in html
