"""How a message shows a number the document wrote: an integer with its digits, never as a float."""

from __future__ import annotations

import math
import sys
from typing import Any, TypeVar

SHOWN_DIGITS = 24
"""An integer of more digits is shown by its first and last few and how many it has."""


def shown_number(value: int | float) -> str:
    """`value` as a message quotes it: an integer as written (10000000000000000000, not 1e+19;
    a 400-digit one shortened, never turned into a float, which it may not fit), a float as %g."""
    if isinstance(value, bool) or not isinstance(value, int):
        return f"{value:g}"
    if value.bit_length() > 3 * sys.get_int_max_str_digits():  # str() would refuse it
        return "an integer too long to show"
    digits = str(abs(value))
    if len(digits) <= SHOWN_DIGITS:
        return str(value)
    sign = "-" if value < 0 else ""
    return f"{sign}{digits[:8]}...{digits[-4:]} ({len(digits)} digits)"


def css_number(value: int | float) -> str | None:
    """`value` as CSS writes a number (%g), or None for an integer too large for any float: CSS
    has no such number, and formatting it as one raises OverflowError."""
    try:
        return f"{float(value):g}"
    except OverflowError:
        return None


Number = TypeVar("Number", int, float)


class WrittenInt(int):
    """An integer that remembers how the document wrote it (`02134`, a ZIP code), where that
    differs from how Python writes it: drawn as words, it is the text written (see `as_written`)."""

    written: str


class WrittenFloat(float):
    """A float that remembers how the document wrote it (`1.10`, a version; `2.0`), where that
    differs from how Python writes it (1.1, 2): drawn as words, it is the text written."""

    written: str


def remembering(value: Number, text: str) -> Number:
    """`value` read from `text`, remembering `text` when `str(value)` would write it otherwise
    or it is a whole float (`2.0`, which a number in words shows as 2). Other numbers stay
    plain ints and floats."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value.bit_length() > 3 * sys.get_int_max_str_digits() or str(value) == text:
            return value  # too long to write out (a hex one): its error is told where it is checked
        whole = WrittenInt(value)
        whole.written = text
        return whole  # type: ignore[return-value]  # an int of Number's kind
    if not math.isfinite(value) or (str(value) == text and not value.is_integer()):
        return value  # an infinity is an error wherever it is written (`non_finite_number`)
    number = WrittenFloat(value)
    number.written = text
    return number  # type: ignore[return-value]  # a float of Number's kind


def written_text(value: Any) -> str | None:
    """The text a number was written as, when the parser remembered one (see `remembering`)."""
    return getattr(value, "written", None) if isinstance(value, WrittenInt | WrittenFloat) else None


def grouped(value: int | float) -> str:
    """`shown_number`, an integer of up to 18 digits with its thousands grouped (25,820), as the
    limits' messages write their counts and sizes."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**18:
        return f"{value:,}"
    return shown_number(value)
