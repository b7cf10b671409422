"""A calendar's events and its selected `range` of days, read from the ways it is written."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from kernel.dsl.calendar_dates import CalendarDate, DateProblem, read_date
from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.words import Text


class CalendarEvent(StrictModel):
    """A labelled day on a calendar."""

    date: str
    label: Text
    time: Text | None = Field(
        default=None, description='A time of day drawn before the label ("08:00 Anna Berg"), as written.'
    )
    start: Text | None = Field(
        default=None,
        description="When the event starts in a week or day view: HH:MM on a 24-hour clock (09:30); "
        "an event without a start is all-day, drawn in the strip under the days.",
    )
    end: Text | None = Field(
        default=None,
        description="When the event ends in a week or day view: HH:MM, after its start (an hour after it without one).",
    )
    color: str | None = None


RANGE_FORM = "write it as [start, end], two dates YYYY-MM-DD: range: [{example}]"
RANGE_EXAMPLE = "'2025-08-11', '2025-08-15'"
"""The range of a message's example when the author's own dates cannot be read."""
_RANGE_KEYS = {"start": ("start", "from"), "end": ("end", "to")}
"""The names of a range's ends in an object: the DSL's, and react-day-picker's `{from, to}`."""


class DateSpan(StrictModel):
    """Days selected from `start` to `end` (both drawn, ISO dates, start first)."""

    start: str
    end: str


def _range_error(message: str, *, example: str = RANGE_EXAMPLE, **context: Any) -> PydanticCustomError:
    return PydanticCustomError("invalid_range", f"{message}; {RANGE_FORM}", {**context, "example": example})


def _range_end(value: Any, end: str, *, year: int | None = None) -> date | DateProblem:
    """One end of a range as a day (a date YAML read as one too), or what is wrong with the text
    (read in `year` when it gives none); an error naming `end` for a value that is no text: a
    number (a slider's bounds written here) says where those go."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        read = read_date(value, year=year)
        return read.day if isinstance(read, CalendarDate) else read
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise PydanticCustomError(
            "invalid_range",
            "the range's {end} {value} is no date: 'range' is the days a calendar selects, two dates "
            "YYYY-MM-DD; a slider's or a chart's bounds are 'min' and 'max'",
            {"end": end, "value": f"{value:g}"},
        )
    raise _range_error(
        "the range's {end} {shown} is not a date", end=end, shown="null" if value is None else "not text"
    )


def _range_days(first: Any, last: Any) -> tuple[date, date]:
    """A range's two ends as days; else an error naming the first end that is none (a date
    without a year, `Aug 15`, is read in the other end's year for the example)."""
    known = next(
        (day.year for day in (_range_end(first, "start"), _range_end(last, "end")) if isinstance(day, date)),
        None,
    )
    start, end = _range_end(first, "start", year=known), _range_end(last, "end", year=known)
    if isinstance(start, date) and isinstance(end, date):
        return start, end
    name, written, problem = ("start", first, start) if isinstance(start, DateProblem) else ("end", last, end)
    assert isinstance(problem, DateProblem)
    raise _range_error(
        "the range's {end} '{written}' {reason}", end=name, written=str(written)[:40], reason=problem.reason,
        example=_range_example(start, end),
    )  # fmt: skip


def _range_example(start: date | DateProblem, end: date | DateProblem) -> str:
    """The author's own range for an error's example, with the day probably meant in place of
    the end that is none: when the other end is a day and one reading keeps them in order (of
    `12/09/2025`'s two readings, the one before an end in October); else RANGE_EXAMPLE."""
    if isinstance(start, DateProblem) and isinstance(end, date):
        pairs = [(day, end) for day in start.readings if day <= end]
    elif isinstance(end, DateProblem) and isinstance(start, date):
        pairs = [(start, day) for day in end.readings if start <= day]
    else:
        pairs = []
    return ", ".join(f"'{day.isoformat()}'" for day in pairs[0]) if len(pairs) == 1 else RANGE_EXAMPLE


def date_span(value: Any) -> Any:
    """A calendar's `range` as a DateSpan: `[start, end]` or `{start, end}` (or `{from, to}`),
    each a date YYYY-MM-DD, the start on or before the end; a clear error otherwise (a
    ValueError: the semantic checks may read a raw range with it too)."""
    if value is None or isinstance(value, DateSpan):
        return value
    if isinstance(value, list | tuple):
        if len(value) != 2:
            raise _range_error("a range is two dates, got {count} values", count=len(value))
        first, last = value
    elif isinstance(value, dict):
        ends = {
            name: next((value[key] for key in keys if key in value), None)
            for name, keys in _RANGE_KEYS.items()
        }
        known = {key for keys in _RANGE_KEYS.values() for key in keys}
        if not value.keys() <= known or None in ends.values():
            raise _range_error(
                "a range's object holds 'start' and 'end', got {keys}",
                keys=", ".join(map(str, value)) or "none",
            )
        first, last = ends["start"], ends["end"]
    else:
        shown = f"the text '{value[:40]}'" if isinstance(value, str) else f"the value {value!r:.40}"
        raise _range_error("a range is a list of two dates, got {shown}", shown=shown)
    start_day, end_day = _range_days(first, last)
    start, end = start_day.isoformat(), end_day.isoformat()
    if end < start:
        raise PydanticCustomError(
            "invalid_range",
            "the range ends on {end}, before it starts on {start}: write the earlier date first, "
            "range: ['{end}', '{start}']",
            {"start": start, "end": end},
        )
    return DateSpan(start=start, end=end)


DateRange = Annotated[
    DateSpan,
    BeforeValidator(date_span),
    WithJsonSchema(
        {
            "anyOf": [
                {
                    "type": "array",
                    "items": {"type": "string", "format": "date"},
                    "minItems": 2,
                    "maxItems": 2,
                },
                {
                    "type": "object",
                    "properties": {
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                    },
                    "required": ["start", "end"],
                    "additionalProperties": False,
                },
            ]
        }
    ),
]
"""A calendar's selected span of days: `[start, end]` or `{start, end}`, dates YYYY-MM-DD."""
