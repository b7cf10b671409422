"""The listing's `since` and `until`: read as ISO 8601 times with a zone, in UTC, or refused by name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dsl2png.http_errors import InvalidRequestError
from query_api.time_window import TimeWindow, time_window

NINE_UTC = datetime(2026, 11, 30, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    "written",
    ["2026-11-30T09:00:00Z", "2026-11-30T10:00:00+01:00", "20261130T040000-0500", "2026-11-30T09:00Z"],
)
def test_a_time_in_any_zone_is_the_same_instant_in_utc(written: str) -> None:
    window = time_window(written, None)
    assert window == TimeWindow(NINE_UTC, None) and window.since is not None
    assert window.since.utcoffset() is not None and window.since.tzinfo == UTC


def test_either_bound_may_be_left_out() -> None:
    assert time_window(None, None) == TimeWindow()
    assert time_window(None, "2026-11-30T09:00:00Z") == TimeWindow(None, NINE_UTC)


def test_every_wrong_bound_is_named_at_once() -> None:
    with pytest.raises(InvalidRequestError) as refused:
        time_window("2026-11-30", "half past nine")
    assert [issue.path for issue in refused.value.issues] == ["/query/since", "/query/until"]
    assert refused.value.summary() == "2 parameters are invalid: since, until"
    since, until = refused.value.issues
    assert "has no time zone" in since.message and "Z for UTC" in since.message
    assert "not an ISO 8601 date and time (got 'half past nine')" in until.message


def test_an_empty_window_is_refused_at_until() -> None:
    with pytest.raises(InvalidRequestError) as refused:
        time_window("2026-11-30T10:00:00+01:00", "2026-11-30T09:00:00Z")  # the same instant
    [issue] = refused.value.issues
    assert issue.path == "/query/until" and "must be later than 'since'" in issue.message
