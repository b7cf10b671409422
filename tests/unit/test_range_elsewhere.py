"""`range` on a slider is told in a slider's words, not a calendar's dates."""

from __future__ import annotations

from typing import Any

from kernel.dsl.validate import validate_document


def errors(*elements: dict[str, Any]) -> list[Any]:
    return validate_document({"version": 1, "elements": list(elements)}).errors


def test_a_sliders_range_true_says_its_range_is_a_value_of_two_ends() -> None:
    (error,) = errors(
        {"type": "slider", "label": "Budget", "min": 0, "max": 5000, "value": 1200, "range": True}
    )
    assert (error.path, error.code) == ("/elements/0/range", "invalid_value")
    assert "a list of its two ends" in error.message and "date" not in error.message
    assert error.suggestion is not None and "value: [1200, 5000]" in error.suggestion
    assert "two sliders" not in error.suggestion and "2025" not in error.suggestion


def test_another_type_is_told_range_is_a_calendars() -> None:
    (error,) = errors({"type": "progress", "value": 3, "range": "yes"})
    assert error.message == "'range' is a calendar's selected days (two dates): a progress does not draw it"


def test_a_calendars_range_keeps_its_dates_wording() -> None:
    (error,) = errors({"type": "calendar", "month": "2025-08", "range": True})
    assert "a range is a list of two dates" in error.message
