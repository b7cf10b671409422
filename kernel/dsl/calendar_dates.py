"""Calendar dates as authors write them: the day each names, or why it names none and the day
probably meant, so that the validator and the compiler read a calendar's dates alike.

A calendar date is written YYYY-MM-DD (`2025-09-12`; one-digit months and days too, and an ISO
date-time, `2025-09-12T10:00`, whose time is kept). Anything else names no day: an impossible one
(`2025-09-31`), another order (`12/09/2025`, `2025/09/12`) or words (`Sep 15`). For those a
`DateProblem` says what is wrong and gives the readings the author may have meant.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_YEAR_LAST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_MONTH_WORD = r"([a-z]{3,9})\.?"
_WORDS_MONTH_FIRST = re.compile(
    rf"{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?", re.IGNORECASE
)
_WORDS_DAY_FIRST = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_WORD}(?:,?\s+(\d{{4}}))?", re.IGNORECASE
)
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9


@dataclass(frozen=True, slots=True)
class CalendarDate:
    """A day a calendar date names, and the time of day an ISO date-time gave with it ("10:00")."""

    day: date
    time: str | None = None


@dataclass(frozen=True, slots=True)
class DateProblem:
    """Why a text names no day (`reason`, to follow the text quoted: "'2025-09-31' is not a date:
    September 2025 has 30 days"), and the days the author may have meant, the likeliest first
    (none when nothing can be guessed)."""

    reason: str
    readings: tuple[date, ...] = ()


def read_date(text: str, *, year: int | None = None) -> CalendarDate | DateProblem:
    """The day `text` names (YYYY-MM-DD, or an ISO date-time), or the problem with it. `year`:
    the year a date written without one (`Sep 15`) is read in, for its reading."""
    written = text.strip()
    iso = _ISO.fullmatch(written)
    if iso:
        numbers = [int(part) for part in iso.groups()[:3]]
        day = _day(*numbers)
        if day is None:
            return _impossible(*numbers)
        hour, minute = iso.group(4), iso.group(5)
        return CalendarDate(day, f"{int(hour):02d}:{minute}" if hour is not None else None)
    return DateProblem("is not a date written YYYY-MM-DD", _readings(written, year))


def day_in_month(value: object, year: int, month: int) -> int | None:
    """The day of `year`-`month` that `value` names: a day number the month has (`12`, `"12"`),
    or a date in that month; None for anything else (another month's date, a day it does not
    have, a date that is no date)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer():
        number = int(value)
        return number if 1 <= number <= days_in(year, month) else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.isdigit():
        return day_in_month(int(text), year, month)
    read = read_date(text)
    if isinstance(read, CalendarDate) and (read.day.year, read.day.month) == (year, month):
        return read.day.day
    return None


DEFAULT_MONTH = (2026, 1)
"""The month a calendar shows when nothing names one: fixed, so that output is deterministic."""


def shown_month(candidates: Iterable[object]) -> tuple[int, int]:
    """The month a calendar shows: that of the first candidate naming one (its `month`, then its
    `value`, its range's start, its events' dates, as YYYY-MM at their start), else DEFAULT_MONTH."""
    for candidate in candidates:
        match = _YEAR_MONTH.match(candidate.strip()) if isinstance(candidate, str) else None
        if match:
            year, month = int(match.group(1)), int(match.group(2))
            if 1 <= year <= 9999 and 1 <= month <= 12:
                return year, month
    return DEFAULT_MONTH


def days_in(year: int, month: int) -> int:
    """How many days `year`-`month` has."""
    return calendar.monthrange(year, month)[1]


def month_name(year: int, month: int) -> str:
    """`September 2025`: a month as messages name it."""
    return f"{calendar.month_name[month]} {year}"


def day_name(day: date) -> str:
    """`12 September`: a day as messages name it, to tell two readings apart."""
    return f"{day.day} {calendar.month_name[day.month]}"


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _impossible(year: int, month: int, day: int) -> DateProblem:
    """An ISO date with no such day: the month's last (or first) day, or the date with its month
    and day swapped (`2025-13-05` for 13 May) when that is one."""
    if not 1 <= month <= 12:
        swapped = _day(year, day, month)
        return DateProblem(f"is not a date: there is no month {month}", (swapped,) if swapped else ())
    last = days_in(year, month)
    nearest = date(year, month, min(max(day, 1), last))
    return DateProblem(f"is not a date: {month_name(year, month)} has {last} days", (nearest,))


def _readings(text: str, year: int | None) -> tuple[date, ...]:
    """The days a date written in another way may mean: year first with slashes or dots; day
    and month in either order before the year (both when both are 12 or less); a month's name
    with a day (in `year` when it gives none)."""
    found: list[date | None] = []
    if match := _YEAR_FIRST.fullmatch(text):
        found.append(_day(*(int(part) for part in match.groups())))
    elif match := _YEAR_LAST.fullmatch(text):
        first, second, in_year = (int(part) for part in match.groups())
        found += [_day(in_year, second, first), _day(in_year, first, second)]
    elif match := _WORDS_MONTH_FIRST.fullmatch(text) or _WORDS_DAY_FIRST.fullmatch(text):
        words_first = match.re is _WORDS_MONTH_FIRST
        word, number = (match.group(1), match.group(2)) if words_first else (match.group(2), match.group(1))
        month = _MONTHS.get(word.lower())
        named_year = int(match.group(3)) if match.group(3) else year
        if month is not None and named_year is not None:
            found.append(_day(named_year, month, int(number)))
    return tuple(dict.fromkeys(day for day in found if day is not None))
