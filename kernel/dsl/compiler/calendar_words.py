"""A calendar's words in the document's language: month title, weekday names, first day of the week.

Without `lang` the calendar is English and starts on Monday, as it always has. With it, the
words and the first day come from the Unicode CLDR data (through Babel): `lang: ja` titles the
month 2025年7月 over 月 火 水 ..., `lang: pt-BR` starts on Sunday. A bare language starts the
week as its main country does (CLDR's likely region: ko as in Korea, on Sunday; ar as in
Egypt, on Saturday, like most Arab countries). An unknown language falls back to English.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import date

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_skeleton, get_day_names

from kernel.dsl.compiler.ui_strings import cldr_locale

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
    locale = cldr_locale(lang)
    if locale is None:
        labels = {day: f"{calendar.month_abbr[month]} {day}" for day in days}
        return CalendarWords(f"{calendar.month_name[month]} {year}", ENGLISH_DAYS, 0, labels)
    names = get_day_names("short", context="stand-alone", locale=locale)
    first = first_weekday(locale)
    order = [(first + offset) % 7 for offset in range(7)]
    labels = {day: format_skeleton("MMMd", date(year, month, day), locale=locale) for day in days}
    title = format_skeleton("yMMMM", date(year, month, 1), locale=locale)
    return CalendarWords(title, tuple(names[index] for index in order), first, labels)


def first_weekday(locale: Locale) -> int:
    """The day `locale` starts its weeks on (0 Monday, 6 Sunday). CLDR keys the first day by
    country, and a locale without one (`ko`, `ja`, `en`) would get the world default, Monday;
    it is taken from the language's likely country instead (ko-KR, ja-JP, en-US: Sunday), so
    `lang: ko` starts the week as `lang: ko-KR` does."""
    if locale.territory:
        return int(locale.first_week_day)
    likely = get_global("likely_subtags")
    full = likely.get(str(locale)) or likely.get(locale.language)  # zh-Hans has none: zh's, China
    try:
        return int(Locale.parse(full).first_week_day) if full else int(locale.first_week_day)
    except (ValueError, TypeError, UnknownLocaleError):
        return int(locale.first_week_day)


ENGLISH_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@functools.lru_cache(maxsize=64)
def weekday_names(lang: str | None) -> tuple[str, ...]:
    """A week view's day names, Monday first: abbreviated ("Wed"), as its columns head them
    over the dates (English without `lang`, or an unknown one)."""
    locale = cldr_locale(lang)
    if locale is None:
        return ENGLISH_WEEKDAYS
    names = get_day_names("abbreviated", context="stand-alone", locale=locale)
    return tuple(names[index] for index in range(7))
