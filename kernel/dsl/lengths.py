"""Lengths in `layout`: a number of px, or a CSS length written as a string ("50%", "12rem").

Authors (and agents) write `width: "100%"` or `width: "240px"` as often as `width: 240`, so
`layout` takes all three. A px string becomes its number, so the rest of the pipeline (the
off-canvas check, the compiler) sees one form for px; any other unit stays a string, in a
normalized spelling that can only be a number and a unit, so it is safe to emit as CSS.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from kernel.dsl.shown import shown

RELATIVE_UNITS = ("%", "rem", "em", "vw", "vh")
_NUMBER = r"(?:\d+(?:\.\d*)?|\.\d+)"
_UNIT = "|".join(re.escape(unit) for unit in RELATIVE_UNITS)
_LENGTH = re.compile(rf"(-?{_NUMBER})\s*(px|{_UNIT})?")

SIZE_PATTERN = rf"^{_NUMBER}(?:px|{_UNIT})$"
"""A size written as a string, as the published schema shows it ("240px", "50%")."""
OFFSET_PATTERN = rf"^-?{_NUMBER}(?:px|{_UNIT})$"

LENGTH_SUGGESTION = "write a number of px (240) or a length such as '50%', '12rem' or '100vw'"
PADDING_SUGGESTION = "write a number of px (16), or one to four lengths as in CSS: '12px 24px'"


def _amount_and_unit(value: Any) -> tuple[float, str] | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            amount = float(value)
        except OverflowError:  # an integer of hundreds of digits: no length
            return None
        return (amount, "px") if math.isfinite(amount) else None
    if not isinstance(value, str):
        return None
    match = _LENGTH.fullmatch(value.strip().lower())
    if match is None:
        return None
    return float(match.group(1)), match.group(2) or "px"


def parse_length(value: Any) -> float | str | None:
    """A length as the model keeps it: px as a float, other units as "<number><unit>".

    None when `value` is not a length at all (a bool, a list, "auto", "wide").
    """
    found = _amount_and_unit(value)
    if found is None:
        return None
    amount, unit = found
    return amount if unit == "px" else f"{amount:g}{unit}"


def px_or_none(value: Any) -> float | None:
    """The length in px when it is one (240, "240px"), else None ("50%", anything else)."""
    parsed = parse_length(value)
    return parsed if isinstance(parsed, float) else None


def _validator(*, negative: bool) -> BeforeValidator:
    def check(value: Any) -> Any:
        if value is None:
            return None
        found = _amount_and_unit(value)
        if found is None:
            raise PydanticCustomError(
                "invalid_length",
                "expected a length (a number of px or a string such as '50%'), got {value}",
                {"value": shown(value)},
            )
        if found[0] < 0 and not negative:
            raise PydanticCustomError(
                "out_of_range", "must be at least 0, got {value}", {"value": shown(value)}
            )
        return parse_length(value)

    return BeforeValidator(check)


Offset = Annotated[float | Annotated[str, Field(pattern=OFFSET_PATTERN)], _validator(negative=True)]
"""`layout.x` / `layout.y`: px from the parent's top-left corner (or a relative length)."""

Size = Annotated[
    Annotated[float, Field(ge=0)] | Annotated[str, Field(pattern=SIZE_PATTERN)], _validator(negative=False)
]
"""`layout.width`, `height` and their min/max: px (or a relative length), never negative."""


PADDING_PATTERN = rf"^{_NUMBER}(?:px|{_UNIT})?(?:\s+{_NUMBER}(?:px|{_UNIT})?){{0,3}}$"
"""CSS's padding shorthand as the published schema shows it: one to four lengths ("12px 24px")."""


def _padding_validator() -> BeforeValidator:
    def check(value: Any) -> Any:
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
            if isinstance(value, int | float) and value < 0:
                raise PydanticCustomError(
                    "out_of_range", "must be at least 0, got {value}", {"value": shown(value)}
                )
            return value
        parts = value.split() if isinstance(value, str) else []
        found = [_amount_and_unit(part) for part in parts]
        if not 1 <= len(parts) <= 4 or any(f is None for f in found):
            raise PydanticCustomError(
                "invalid_length",
                "expected a padding (a number of px, or one to four lengths such as '12px 24px'), got {value}",
                {"value": shown(value)},
            )
        if any(f is not None and f[0] < 0 for f in found):
            raise PydanticCustomError(
                "out_of_range", "must be at least 0, got {value}", {"value": shown(value)}
            )
        return " ".join(parts)

    return BeforeValidator(check)


Padding = Annotated[
    Annotated[float, Field(ge=0)] | Annotated[str, Field(pattern=PADDING_PATTERN)], _padding_validator()
]
"""A flow container's `padding`: px, or CSS's shorthand of one to four lengths, never negative."""
