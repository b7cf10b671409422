"""The month a calendar without `month` (or any date) shows is the one docs/dsl.md names."""

from __future__ import annotations

import calendar
from pathlib import Path

from kernel.dsl.calendar_dates import DEFAULT_MONTH, shown_month

REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "dsl.md"


def test_the_reference_names_the_default_month() -> None:
    year, month = DEFAULT_MONTH
    assert shown_month([None, None]) == DEFAULT_MONTH
    assert f"else {calendar.month_name[month]} {year}: fixed, never today's" in REFERENCE.read_text("utf-8")
