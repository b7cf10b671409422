"""Every time the service shows has one shape: UTC, six fractional digits, `Z`."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from kernel.schemas import RenderPublic
from kernel.times import utc_iso


def test_any_zone_is_shown_in_utc_with_microseconds_even_when_zero() -> None:
    kolkata = datetime(2026, 11, 30, 14, 30, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert utc_iso(kolkata) == "2026-11-30T09:00:00.000000Z"
    assert utc_iso(datetime(2026, 11, 30, 9, 0, 38, 877257, tzinfo=ZoneInfo("Etc/UTC"))) == (
        "2026-11-30T09:00:38.877257Z"
    )
    assert utc_iso(datetime(2026, 11, 30, 9, 0)) == "2026-11-30T09:00:00.000000Z", "naive is UTC"


def test_a_job_serializes_its_times_with_the_helper_and_keeps_datetimes_in_python() -> None:
    created = datetime(2026, 11, 30, 14, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
    job = RenderPublic(id="j", status="completed", created_at=created, finished_at=created)
    shown = job.model_dump(mode="json")
    assert shown["created_at"] == shown["finished_at"] == "2026-11-30T09:00:00.000000Z"
    assert shown["started_at"] is None
    assert job.model_dump()["created_at"] == created.astimezone(UTC)
    assert RenderPublic.model_json_schema()["properties"]["created_at"]["format"] == "date-time"
