"""What an error says of a `range` on an element other than a calendar (a slider's `range: true`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.number_text import shown_number
from kernel.errors import Issue

RANGE_DRAWN_BY = "calendar"
"""The one type that draws `range`: its selected days, two dates."""


def range_elsewhere_issue(path: str, element: Any) -> Issue | None:
    """The error for a `range` that is no pair of dates on an element that is not a calendar, in
    its own words: a slider's `range: true` (a two-thumb slider) was told "a range is a list of
    two dates ... range: ['2025-08-11', '2025-08-15']", a calendar's wording; a two-thumb slider
    is a `value` of two ends. None for a calendar (its own message, with the dates meant,
    stands) or an element of no known type."""
    kind = element.get("type") if isinstance(element, Mapping) else None
    if not isinstance(kind, str) or kind == RANGE_DRAWN_BY:
        return None
    if kind == "slider":
        bounds = element.get("range")
        if isinstance(bounds, list) and len(bounds) == 2 and all(map(_is_number, bounds)):
            return Issue(
                path,
                "a slider's bounds are 'min' and 'max': 'range' is a calendar's field (its selected days)",
                "invalid_value",
                f"min: {shown_number(bounds[0])}, max: {shown_number(bounds[1])} for its bounds; "
                f"value: [{shown_number(bounds[0])}, {shown_number(bounds[1])}] for the range it selects",
            )
        value = element.get("value")
        low = value if _is_number(value) else element.get("min", 0)
        high = element.get("max", 100)
        ends = (
            f"[{shown_number(low)}, {shown_number(high)}]"
            if _is_number(low) and _is_number(high)
            else "[20, 80]"
        )
        return Issue(
            path,
            "'range' is a calendar's field (its selected days): a slider's range is its 'value', "
            "a list of its two ends",
            "invalid_value",
            f"leave 'range' out and write the range's two ends as its value: value: {ends}",
        )
    return Issue(
        path,
        f"'range' is a calendar's selected days (two dates): a {kind} does not draw it",
        "invalid_value",
        "leave 'range' out",
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
