"""The date a tablet frame's status bar shows beside the time, in the page's language.

A tablet's status bar reads "9:41 Mon Jun 10" (Apple's keynote date, a Monday), and a Hebrew
screen showed it in English. The same day is formatted as the page's `lang` writes a short
weekday and date (the Unicode CLDR's, through Babel, as a calendar's words are): `יום ב׳, 10
ביוני`, `Mo., 10. Juni`, `6月10日(月)`. Without `lang`, or in American English, it stays as
an iPad writes it.
"""

from __future__ import annotations

import functools
from datetime import date

from babel.dates import format_skeleton, get_month_names

from kernel.dsl.compiler.ui_strings import cldr_locale

STATUS_DAY = date(2024, 6, 10)
"""The day the status bar shows: a Monday in June, as Apple's screenshots show one."""
ENGLISH_STATUS_DATE = "Mon Jun 10"
"""The date as an iPad's status bar writes it in American English (no comma)."""


@functools.lru_cache(maxsize=64)
def status_date(lang: str | None) -> str:
    """`STATUS_DAY` as a tablet's status bar writes it in `lang` (a weekday and a day of a
    month, abbreviated); `ENGLISH_STATUS_DATE` without `lang`, for American English and for a
    language CLDR does not know or names no months for (Dhivehi's would be "M06 10, Mon")."""
    locale = cldr_locale(lang)
    if locale is None or (locale.language == "en" and locale.territory in (None, "US")):
        return ENGLISH_STATUS_DATE
    if get_month_names("abbreviated", locale=locale)[STATUS_DAY.month] == f"M{STATUS_DAY.month:02}":
        return ENGLISH_STATUS_DATE
    return format_skeleton("MMMEd", STATUS_DAY, locale=locale)
