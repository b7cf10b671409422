"""ISO 8601 date and time labels (`2025-06-01T04:00`, `2025-06-01`), as a SQL export or a
Grafana CSV gives them, written the way a chart's x axis reads: the times alone when every label
falls on one day (`04:00`), short dates when they span days (`Jun 1`), both where the times of
several days differ (`Jun 1 04:00`). A label written at full length took four times the room of
`04:00`, so the axis showed only every eighth of 24 hours."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from babel.dates import format_skeleton

from kernel.dsl.compiler.ui_strings import cldr_locale

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)


def _moment(label: str) -> tuple[datetime, bool] | None:
    """The date and time of an ISO label, and whether it had a time; None for any other text."""
    match = _ISO.match(label.strip())
    if not match:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    return moment, hour is not None


def readable_dates(labels: Sequence[str], lang: str | None = None) -> tuple[str, ...]:
    """`labels` as the x axis writes them: unchanged unless every non-empty one is an ISO date or
    date-time; then times alone (`HH:mm`, with seconds where any has some) when all share a date,
    short dates in `lang` (`Jun 1`, with the year where they span years) when all are midnight or
    dates alone, else the short date and the time."""
    moments = {label: _moment(label) for label in labels if label.strip()}
    if not moments or any(moment is None for moment in moments.values()):
        return tuple(labels)
    locale = cldr_locale(lang) or "en"
    found = [moment for moment in moments.values() if moment is not None]
    days = {moment.date() for moment, _ in found}
    timed = any(has_time and moment.time() != datetime.min.time() for moment, has_time in found)
    clock = "Hms" if any(moment.second for moment, _ in found) else "Hm"
    date_skeleton = "yMMMd" if len({day.year for day in days}) > 1 else "MMMd"

    def written(label: str) -> str:
        parsed = moments.get(label)
        if parsed is None:
            return label
        moment = parsed[0]
        time = format_skeleton(clock, moment.time(), locale=locale)
        if len(days) == 1 and timed:
            return time
        day = format_skeleton(date_skeleton, date(moment.year, moment.month, moment.day), locale=locale)
        return f"{day} {time}" if timed else day

    return tuple(written(label) for label in labels)
