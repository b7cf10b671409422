"""How a progress reads a `value` from 0 to 1 beside a text that states a percentage: the
compiler fills the bar so, and the validator warns when the two disagree."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

_WRITTEN_VALUE = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*(%?)\s*")
"""A progress's `value` written as a string: "65", "65%", " 12.5 % "."""


def written_value(value: object) -> tuple[float, bool] | None:
    """The number a progress's string `value` holds and whether it is a percentage ("120%" is
    (120.0, True), "40" is (40.0, False)); None for anything else."""
    if isinstance(value, str) and (match := _WRITTEN_VALUE.fullmatch(value)):
        return float(match.group(1)), bool(match.group(2))
    return None


_WRITTEN_FRACTION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)\s*")
"""A progress's `value` written as a count out of a whole: "78/100", "780 / 1000", "3/5"."""


def written_fraction(value: object) -> tuple[float, float] | None:
    """The count and the whole a progress's string `value` states as "count/whole" ("780/1000" is
    (780.0, 1000.0)), as a rating reads "4/5"; None for anything else."""
    if isinstance(value, str) and (match := _WRITTEN_FRACTION.fullmatch(value)):
        return float(match.group(1)), float(match.group(2))
    return None


_STATED_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.(\d+))?)\s*[%٪]")
"""A percentage written in a text: "0.4%", "(3.05 %)", "40%" (not the "578" of "2,578 (3.05%)")."""


@dataclass(frozen=True)
class StatedPercent:
    """A percentage a text states, and how far a figure may be from it and still round to it."""

    percent: float
    tolerance: float

    def matches(self, figure: float) -> bool:
        return abs(figure - self.percent) <= self.tolerance


def stated_percents(*texts: object) -> list[StatedPercent]:
    """The percentages `texts` state (a progress's `text`, then its `label`), each with half a
    unit of its last written digit as the tolerance: "33%" is any figure from 32.5 to 33.5."""
    found = []
    for text in texts:
        if isinstance(text, str):
            for match in _STATED_PERCENT.finditer(text):
                decimals = len(match.group(2) or "")
                found.append(StatedPercent(float(match.group(1)), 0.5 * 10**-decimals + 1e-9))
    return found


def stated_once(stated: Iterable[StatedPercent]) -> list[StatedPercent]:
    """The stated percentages without repeats (a label and a text that both say "3%"), in order."""
    seen: dict[float, StatedPercent] = {}
    for percent in stated:
        seen.setdefault(percent.percent, percent)
    return list(seen.values())


def may_be_fraction(number: float) -> bool:
    """Whether a value on a progress of the default range (no `min` or `max`) may be a fraction
    of 1 rather than a count out of 100: above 0 and at most 1. A value of 1 is the whole bar, as
    a list of fractions ending in `1.0` means it; its text can still say "1%" (see
    `small_value_reading`)."""
    return 0 < number <= 1


Reading = Literal["fraction", "percent", "unsure"]


def small_value_reading(number: float, stated: Iterable[StatedPercent]) -> Reading:
    """How a value above 0 and at most 1 (`may_be_fraction`), on a progress of the default range
    (no `min` or `max`), is read: a fraction of 1 (0.4 fills 40 %, 1 the whole bar), unless a
    stated percentage is the value itself and none is its fraction (0.4 beside "338 (0.4%)" fills
    0.4 %, 1 beside "1%" fills 1 %). `unsure`: the text states percentages that are neither (0.4
    beside "3%"); it is then drawn as a fraction."""
    stated = list(stated)
    if not stated or any(percent.matches(number * 100) for percent in stated):
        return "fraction"
    if any(percent.matches(number) for percent in stated):
        return "percent"
    return "unsure"
