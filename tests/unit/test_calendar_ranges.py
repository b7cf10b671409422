"""A calendar's `range`: the shapes the model reads, the errors it gives (with the field's JSON
path), and the days the compiler marks as the range's ends, its middle, and its filled days' dots."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.catalog import DESCRIPTIONS, DRAWN_FIELDS
from kernel.dsl.model import DateSpan, Element
from kernel.dsl.validate import validate_document
from tests.support.elements import render_element


def _issues(element: dict[str, Any]) -> list[tuple[str, str, str]]:
    result = validate_document({"elements": [element]})
    return [(issue.path, issue.code, issue.message) for issue in [*result.errors, *result.warnings]]


def _day_classes(html: str) -> dict[str, str]:
    """The classes of each day of the month (not the days of the months around it), by number."""
    days = re.findall(r'<div class="dsl-cal-day([^"]*)"><span class="dsl-cal-num">(\d+)</span>', html)
    return {number: classes.strip() for classes, number in days if "is-outside" not in classes}


@pytest.mark.parametrize(
    "written",
    [
        ["2025-08-11", "2025-08-15"],
        ("2025-08-11", "2025-08-15"),
        {"start": "2025-08-11", "end": "2025-08-15"},
        {"from": "2025-08-11", "to": "2025-08-15"},
        ["2025-8-11", " 2025-08-15 "],
    ],
)
def test_a_range_is_read_from_a_pair_or_an_object(written: Any) -> None:
    """`[start, end]` as agents guess it, `{start, end}`, and react-day-picker's `{from, to}`."""
    assert Element(type="calendar", range=written).range == DateSpan(start="2025-08-11", end="2025-08-15")


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (["2025-08-15", "2025-08-11"], "the range ends on 2025-08-11, before it starts on 2025-08-15"),
        (["2025-08-11"], "a range is two dates, got 1 values"),
        (["2025-02-30", "2025-03-02"], "the range's start '2025-02-30' is not a date"),
        (["2025-08-11", "Aug 15"], "the range's end 'Aug 15' is not a date"),
        (
            {"begin": "2025-08-11", "end": "2025-08-15"},
            "a range's object holds 'start' and 'end', got begin, end",
        ),
        (
            "2025-08-11 to 2025-08-15",
            "a range is a list of two dates, got the text '2025-08-11 to 2025-08-15'",
        ),
    ],
)
def test_a_range_that_is_no_pair_of_dates_in_order_is_an_error_at_its_path(
    written: Any, message: str
) -> None:
    issues = _issues({"type": "calendar", "range": written})
    assert len(issues) == 1, issues
    path, code, said = issues[0]
    assert (path, code) == ("/elements/0/range", "invalid_value")
    assert said.startswith(message), said
    assert "[start, end]" in said or "write the earlier date first" in said


def test_numbers_in_a_range_say_where_a_sliders_bounds_go() -> None:
    (issue,) = _issues({"type": "slider", "range": [0, 100]})
    assert issue[0] == "/elements/0/range" and "'min' and 'max'" in issue[2]


def test_a_range_on_another_type_warns_that_a_calendar_draws_it() -> None:
    issues = _issues(
        {"type": "table", "columns": ["A"], "rows": [["1"]], "range": ["2025-08-11", "2025-08-12"]}
    )
    assert issues == [("/elements/0/range", "field_ignored", "'table' does not draw 'range'")]
    assert "range" in DRAWN_FIELDS["calendar"] and "`range`" in DESCRIPTIONS["calendar"]


def test_a_ranges_days_are_marked_start_middle_and_end() -> None:
    days = _day_classes(render_element(type="calendar", month="2025-08", range=["2025-08-11", "2025-08-15"]))
    assert days["10"] == days["16"] == ""
    assert days["11"] == "is-range-start" and days["15"] == "is-range-end"
    assert days["12"] == days["13"] == days["14"] == "is-in-range"


def test_a_one_day_range_is_its_start_and_its_end() -> None:
    days = _day_classes(render_element(type="calendar", month="2025-08", range=["2025-08-11", "2025-08-11"]))
    assert days["11"] == "is-range-start is-range-end" and days["12"] == ""


def test_a_range_shows_its_month_and_runs_on_into_the_next_months_days() -> None:
    """Without `month` the range's start names it; the grid's days of September in the range are
    marked too, the last one filled."""
    html = render_element(type="calendar", range=["2025-07-30", "2025-08-03"])
    assert "July 2025" in html
    assert re.search(r'dsl-cal-day is-outside is-range-end"><span class="dsl-cal-num">3<', html)
    assert re.search(r'dsl-cal-day is-outside is-in-range"><span class="dsl-cal-num">1<', html)


def test_an_events_dot_on_a_filled_day_takes_the_fills_text_colour() -> None:
    """On the selected day (and a range's ends) the dot was the event's colour, the primary: on
    the primary fill it was invisible. A day not filled keeps the event's colour."""
    events = [{"date": "2025-08-11", "label": "Your request", "color": "#16a34a"},
              {"date": "2025-08-04", "label": "Alex away", "color": "#16a34a"}]  # fmt: skip
    for filled in ({"value": "2025-08-11"}, {"range": ["2025-08-11", "2025-08-13"]}):
        html = render_element(type="calendar", month="2025-08", events=events, **filled)
        assert re.search(
            r'>11</span><span class="dsl-cal-dots"><i style="background:var\(--primary-foreground\)">', html
        )
        assert re.search(r'>4</span><span class="dsl-cal-dots"><i style="background:#16a34a">', html)


def test_a_range_outside_the_month_shown_warns_with_the_month_to_show() -> None:
    """A range in September on an August calendar draws nothing: the validator says so."""
    outside = {"elements": [{"type": "calendar", "month": "2025-08", "range": ["2025-09-11", "2025-09-15"]}]}
    (warning,) = [w for w in validate_document(outside).warnings if w.path == "/elements/0/range"]
    assert warning.code == "out_of_range" and "month: '2025-09'" in (warning.suggestion or "")
    inside = {"elements": [{"type": "calendar", "month": "2025-08", "range": ["2025-08-11", "2025-08-15"]}]}
    assert validate_document(inside).warnings == []


def test_the_selected_day_inside_a_range_is_marked_apart_and_keeps_its_events_colour() -> None:
    """The selected day between the range's ends is ringed (the CSS; the pixels are checked in
    test_render_calendar_ranges), not filled: its class says both, and an event's dot on it keeps
    the event's colour (it is on the band, not in a fill)."""
    event = [{"date": "2025-08-13", "label": "Check", "color": "#16a34a"}]
    html = render_element(
        type="calendar", month="2025-08", range=["2025-08-11", "2025-08-15"], value="2025-08-13", events=event
    )
    assert _day_classes(html)["13"] == "is-selected is-in-range"
    assert re.search(r'>13</span><span class="dsl-cal-dots"><i style="background:#16a34a">', html)
