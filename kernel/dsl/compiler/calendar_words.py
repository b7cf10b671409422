"""A calendar's words in the document's language: month title, weekday names, first day of the week.

Without `lang` the calendar is English and starts on Monday, as it always has. With it, the
words and the first day come from the Unicode CLDR data (through Babel): `lang: ja` titles the
month 2025年7月 over 月 火 水 ..., `lang: pt-BR` starts on Sunday. An unknown language falls back
to English.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, get_day_names

ENGLISH_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


@dataclass(frozen=True)
class CalendarWords:
    """What a month grid shows in one language."""

    title: str
    weekdays: tuple[str, ...]
    """Short day names in display order, starting with `first_weekday`."""
    first_weekday: int
    """0 is Monday, 6 Sunday (as `calendar.Calendar` counts)."""
    day_labels: dict[int, str]
    """The agenda's "Jul 10" for each day of the month."""


@functools.lru_cache(maxsize=256)
def calendar_words(lang: str | None, year: int, month: int) -> CalendarWords:
    """The words for `year`-`month` in `lang` (None: English, Monday first)."""
    days = range(1, calendar.monthrange(year, month)[1] + 1)
    locale = _locale(lang)
    if locale is None:
        labels = {day: f"{calendar.month_abbr[month]} {day}" for day in days}
        return CalendarWords(f"{calendar.month_name[month]} {year}", ENGLISH_DAYS, 0, labels)
    names = get_day_names("short", context="stand-alone", locale=locale)
    first = int(locale.first_week_day)
    order = [(first + offset) % 7 for offset in range(7)]
    labels = {day: format_skeleton("MMMd", date(year, month, day), locale=locale) for day in days}
    title = format_skeleton("yMMMM", date(year, month, 1), locale=locale)
    return CalendarWords(title, tuple(names[index] for index in order), first, labels)


def _locale(lang: str | None) -> Locale | None:
    if not lang:
        return None
    try:
        return Locale.parse(lang, sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return None
