"""What an error says of a `range` on an element other than a calendar (a slider's `range: true`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.errors import Issue

RANGE_DRAWN_BY = "calendar"
"""The one type that draws `range`: its selected days, two dates."""


def range_elsewhere_issue(path: str, element: Any) -> Issue | None:
    """The error for a `range` that is no pair of dates on an element that is not a calendar, in
    its own words: a slider's `range: true` (a two-thumb slider) was told "a range is a list of
    two dates ... range: ['2025-08-11', '2025-08-15']", a calendar's wording. None for a calendar
    (its own message, with the dates meant, stands) or an element of no known type."""
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
                f"min: {bounds[0]:g}, max: {bounds[1]:g}",
            )
        value = element.get("value")
        shown = value if _is_number(value) else 50
        return Issue(
            path,
            "a slider draws one thumb, at its 'value': 'range' is a calendar's field (its selected days), "
            "and a two-thumb range slider is not drawn",
            "invalid_value",
            f"leave 'range' out (value: {shown} places the thumb); for a range's two ends, two sliders in a "
            "row, labelled From and To",
        )
    return Issue(
        path,
        f"'range' is a calendar's selected days (two dates): a {kind} does not draw it",
        "invalid_value",
        "leave 'range' out",
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
