"""A calendar's week and day views: day columns under their weekday and date, an hours gutter,
hour lines, events placed by their times (overlapping ones cascading) and an all-day strip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kernel.dsl.calendar_times import (
    EventTimes,
    anchor_day,
    event_times,
    shown_days,
    shown_hours,
    written_time,
)
from kernel.dsl.compiler.calendar_words import calendar_words, weekday_names
from kernel.dsl.compiler.charts.colours import series_color
from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.event_lanes import cascade, side_by_side
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.model import CalendarEvent, Element

HOUR_HEIGHT = 48
"""Pixels an hour asks for (the grid shares a calendar's own height when it has one)."""
SHORT_EVENT = 45
"""Minutes below which an event's time goes beside its label, on one line."""
TITLE_LINE, TIME_LINE, EVENT_GAP = 15, 15, 1
"""Height of a line of an event's title, of its times' line and of the gap between them (px)."""
MAX_TITLE_LINES = 24
"""Lines an event's title wraps to at most (a 12-hour block of a tall day view holds as many)."""


@dataclass(frozen=True, slots=True)
class PlacedEvent:
    """An event of the days shown, with its times and colour."""

    text: str
    color: str
    times: EventTimes
    index: int
    """Its place among the calendar's `events` (measuring names it by its path)."""


def render_time_grid(element: Element, ctx: RenderContext) -> str:
    """A week (`variant: week`, `days` columns, 7 by default) or a day (`variant: day`) of the
    calendar's anchor day (`value`, else the range's start, the first event's date, `month`),
    under the month's title and arrows (not with `header: false`, for a page that draws its own):
    the selected day's date filled in the primary in its column's head, events with a
    `start` placed by their times, those without one in a strip under the heads."""
    events = element.events or []
    starts = [element.range.start] if element.range else []
    anchor = anchor_day([element.value, *starts, *(event.date for event in events)], element.month)
    first_weekday = calendar_words(ctx.lang, anchor.year, anchor.month).first_weekday
    days = shown_days(anchor, element.variant or "week", element.days, first_weekday)
    placed = _placed_events(events, days)
    first, last = shown_hours(element.hours, (event.times for event in placed))
    selected = anchor_day([element.value]) if isinstance(element.value, str) else None
    span = element.range
    in_range = {day for day in days if span and span.start <= day.isoformat() <= span.end}
    heads = "".join(_day_head(day, day == selected, ctx.lang) for day in days)
    columns = "".join(
        _day_column([e for e in placed if e.times.day == day], first, last, day in in_range) for day in days
    )
    strip = _all_day_strip(days, placed)
    labels = "".join(
        f'<span style="--at:{index}">{written_time(hour * 60)}</span>'
        for index, hour in enumerate(range(first, last + 1))
    )
    grid = (
        f'<div class="dsl-tg-row dsl-tg-heads"><span></span>{heads}</div>{strip}'
        f'<div class="dsl-tg-row dsl-tg-body"><div class="dsl-tg-hours">{labels}</div>{columns}</div>'
    )
    style = {"--days": str(len(days)), "--hours": str(last - first)}
    classes = "dsl-calendar--time is-day" if len(days) == 1 else "dsl-calendar--time"
    bar = "" if element.header is False else _title_bar(days, ctx.lang)
    return box(element, bar + grid, classes=classes, style=style)


def _placed_events(events: list[CalendarEvent], days: tuple[date, ...]) -> list[PlacedEvent]:
    """The events on the days shown, in the order of their days and times (all-day ones first),
    each in its own `color`, else in the series colours taken in that order, as a month's are."""
    dated = [
        (times, index, event)
        for index, event in enumerate(events)
        if (times := event_times(event.date, event.start, event.end, event.time)).day in days
    ]
    dated.sort(key=lambda entry: (entry[0].day, entry[0].start or -1, entry[1]))
    return [
        PlacedEvent(event.label, safe_color(event.color) or series_color(order), times, index)
        for order, (times, index, event) in enumerate(dated)
    ]


def _title_bar(days: tuple[date, ...], lang: str | None) -> str:
    """The month (or the two months) the days shown lie in, between the arrows to page."""
    titles = dict.fromkeys(calendar_words(lang, day.year, day.month).title for day in (days[0], days[-1]))
    return (
        f'<div class="dsl-cal-head"><span class="dsl-cal-nav">{icon_svg("chevron-left", 16)}</span>'
        f'<span class="dsl-cal-title">{esc(" – ".join(titles))}</span>'
        f'<span class="dsl-cal-nav">{icon_svg("chevron-right", 16)}</span></div>'
    )


def _day_head(day: date, selected: bool, lang: str | None) -> str:
    name = weekday_names(lang)[day.weekday()]
    cls = "dsl-tg-day is-selected" if selected else "dsl-tg-day"
    return f'<div class="{cls}"><span class="dsl-tg-dow">{esc(name)}</span><span class="dsl-tg-num">{day.day}</span></div>'


def _all_day_strip(days: tuple[date, ...], placed: list[PlacedEvent]) -> str:
    """The all-day events, as labels under their days' heads; no strip when there are none."""
    all_day = [event for event in placed if event.times.all_day]
    if not all_day:
        return ""
    cells = "".join(
        '<div class="dsl-tg-allday-day">'
        + "".join(
            f'<span class="dsl-cal-event" style="--tone:{event.color}">{esc(event.text)}</span>'
            for event in all_day
            if event.times.day == day
        )
        + "</div>"
        for day in days
    )
    return f'<div class="dsl-tg-row dsl-tg-allday"><span></span>{cells}</div>'


def _day_column(placed: list[PlacedEvent], first: int, last: int, in_range: bool) -> str:
    """A day's column: its timed events within the hours shown (cut at their edges), each at
    its time's height, overlapping ones cascading (see `cascade`), drawn in the order of their
    starts and lanes so that each lies over those it is indented from; tinted when the `range`
    selects the day."""
    low, high = first * 60, last * 60
    shown = [
        (event, max(event.times.start, low), min(event.times.end, high))
        for event in placed
        if event.times.start is not None and event.times.end is not None
        if event.times.start < high and event.times.end > low
    ]
    lanes = side_by_side([(start, end) for _, start, end in shown])
    blocks = []
    in_order = sorted(zip(shown, lanes, strict=True), key=lambda entry: (entry[0][1], entry[1].index))
    for (event, start, end), lane in in_order:
        times = event.times
        # isolated left to right: in a right-to-left document the range would read end first
        when = f"\u2066{written_time(times.start or 0)} – {written_time(times.end or 0)}\u2069"
        cls = "dsl-tg-event is-short" if end - start < SHORT_EVENT else "dsl-tg-event"
        if lane.index:
            cls += " is-stacked"
        across = cascade(lane)
        place = (
            f"--tone:{event.color};--top:{(start - low) / (high - low) * 100:.4g};"
            f"--len:{(end - start) / (high - low) * 100:.4g};--at:{across.offset:.4g};--share:{across.share:.4g}"
        )
        blocks.append(
            f'<div class="{cls}" style="{place}" data-event="{event.index}">'
            f"<b>{esc(event.text)}</b><span>{when}</span></div>"
        )
    cls = "dsl-tg-col is-in-range" if in_range else "dsl-tg-col"
    return f'<div class="{cls}">{"".join(blocks)}</div>'


def _title_lines_css() -> str:
    """Container queries on an event's height (its own box, `container-type:size`): its title
    wraps to as many lines as the block holds above its times' line, at most MAX_TITLE_LINES,
    the last one ending in an ellipsis when the title is longer; a block too short for two
    keeps it to one, cut where a character no longer fits (clamped to one line, it broke
    between words: "Proposta ·…"). A short event's title stays on its line beside the times."""
    wraps = "display:-webkit-box;-webkit-box-orient:vertical;white-space:normal;overflow-wrap:break-word"
    rules = []
    for lines in range(2, MAX_TITLE_LINES + 1):
        tall = lines * TITLE_LINE + EVENT_GAP + TIME_LINE
        clamp = f"{wraps};-webkit-line-clamp:{lines}" if lines == 2 else f"-webkit-line-clamp:{lines}"
        rules.append(f"@container (height >= {tall}px){{.dsl-tg-event>b{{{clamp}}}}}")
    return "\n".join(rules) + "\n"


CSS = f"""
.dsl-calendar--time{{display:flex;padding:0;gap:0;overflow:hidden;min-width:min(320px,100%)}}
.dsl-calendar--time .dsl-cal-head{{padding:12px 16px;margin:0;border-bottom:1px solid var(--border)}}
.dsl-tg-row{{display:grid;grid-template-columns:52px repeat(var(--days),minmax(0,1fr))}}
.dsl-tg-heads{{border-bottom:1px solid var(--border)}}
.dsl-tg-day{{display:flex;flex-direction:column;align-items:center;gap:2px;padding:8px 2px 6px;min-width:0}}
.dsl-tg-dow{{font-size:11px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--muted-foreground);white-space:nowrap;overflow:hidden;max-width:100%}}
.dsl-tg-num{{display:inline-flex;align-items:center;justify-content:center;width:34px;height:34px;border-radius:50%;font-size:19px;line-height:1;color:var(--foreground);font-variant-numeric:tabular-nums}}
.dsl-calendar--time.is-day .dsl-tg-day{{align-items:flex-start;padding-inline-start:10px}}
.dsl-calendar--time.is-day .dsl-tg-dow{{width:34px;text-align:center}}
.dsl-tg-day.is-selected .dsl-tg-dow{{color:var(--primary-text)}}
.dsl-tg-day.is-selected .dsl-tg-num{{background:var(--primary-solid);color:var(--primary-foreground);font-weight:600}}
.dsl-tg-allday{{border-bottom:1px solid var(--border)}}
.dsl-tg-allday-day{{display:flex;flex-direction:column;gap:2px;padding:3px;min-width:0;border-inline-start:1px solid var(--border)}}
.dsl-tg-body{{flex:1 1 calc(var(--hours) * {HOUR_HEIGHT}px);min-height:0;padding:10px 0}}
.dsl-tg-hours{{position:relative}}
.dsl-tg-hours span{{position:absolute;inset-inline-end:8px;top:calc(var(--at) * 100% / var(--hours));transform:translateY(-50%);font-size:11px;line-height:1;color:var(--muted-foreground);font-variant-numeric:tabular-nums}}
.dsl-tg-col{{position:relative;min-width:0;border-inline-start:1px solid var(--border);border-bottom:1px solid var(--border);background-image:linear-gradient(to bottom,var(--border) 1px,transparent 1px),linear-gradient(to bottom,transparent calc(50% - 1px),color-mix(in srgb,var(--border) 45%,transparent) calc(50% - 1px) 50%,transparent 50%);background-size:100% calc(100% / var(--hours))}}
.dsl-tg-col.is-in-range{{background-color:color-mix(in srgb,var(--primary-soft) 55%,transparent)}}
.dsl-tg-event{{position:absolute;box-sizing:border-box;top:calc(var(--top) * 1%);height:max(calc(var(--len) * 1% - 2px),20px);inset-inline-start:calc(2px + var(--at) * (100% - 8px));width:calc(var(--share) * (100% - 8px));display:flex;flex-direction:column;gap:{EVENT_GAP}px;padding:3px 6px 3px 7px;border-radius:6px;border-inline-start:3px solid var(--tone);background:color-mix(in srgb,var(--tone) 16%,var(--surface));color:color-mix(in srgb,var(--tone) 72%,var(--foreground));font-size:12px;line-height:{TITLE_LINE}px;overflow:hidden;container-type:size}}
.dsl-tg-event.is-stacked{{box-shadow:0 0 0 1px var(--surface)}}
.dsl-tg-event b{{flex:none;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}}
.dsl-tg-event span{{flex:none;font-size:11px;line-height:{TIME_LINE}px;opacity:.85;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-variant-numeric:tabular-nums}}
.dsl-tg-event.is-short{{flex-direction:row;align-items:center;gap:6px;padding-block:0}}
.dsl-tg-event.is-short b{{flex:0 1 auto;min-width:0;display:block;white-space:nowrap}}
.dsl-tg-event.is-short span{{flex:1 1 0;min-width:0}}
""" + _title_lines_css()
