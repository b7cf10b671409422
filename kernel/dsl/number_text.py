"""How a message shows a number the document wrote: an integer with its digits, never as a float."""

from __future__ import annotations

import sys

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
