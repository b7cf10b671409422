"""The calendar: a month grid with a selected day, a selected range of days, and events (dots with
a legend under the grid, or labels inside the days of a full calendar)."""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass, replace
from datetime import date

from kernel.dsl.calendar_dates import CalendarDate, day_in_month, read_date, shown_month
from kernel.dsl.calendar_times import TIME_VIEWS
from kernel.dsl.compiler.calendar_words import calendar_words
from kernel.dsl.compiler.charts.colours import OTHER_COLOR, series_color
from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.calendar_week import render_time_grid
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.icons import icon_svg
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.model import CalendarEvent, Element


def _calendar_month(element: Element) -> tuple[int, int]:
    """The month shown: `month`, else that of the selected day, of the range's start, of the
    first event (see `shown_month`, which the validator reads it with too)."""
    starts = [element.range.start] if element.range else []
    return shown_month(
        [element.month, element.value, *starts, *(event.date for event in element.events or [])]
    )


@dataclass(frozen=True, slots=True)
class DaySelection:
    """What a month grid marks: the selected day of the month (`value`) and the first and last
    days of the selected `range` (any dates: a range may run on into the next month)."""

    day: int | None
    start: date | None = None
    end: date | None = None

    def range_part(self, day: date) -> str:
        """The range class of a day: its start, its end, a day between them, or none."""
        if self.start is None or self.end is None or not self.start <= day <= self.end:
            return ""
        if day == self.start == self.end:
            return " is-range-start is-range-end"
        if day == self.start:
            return " is-range-start"
        return " is-range-end" if day == self.end else " is-in-range"


def _day_selection(element: Element, year: int, month: int) -> DaySelection:
    """The day `value` selects (a day of the month shown, by number or date; none for another
    month's or a day that is none, which the validator tells of) and the range's ends."""
    day = day_in_month(element.value, year, month)
    span = element.range
    if span is None:
        return DaySelection(day)
    return DaySelection(day, date.fromisoformat(span.start), date.fromisoformat(span.end))


@dataclass(frozen=True, slots=True)
class DayEvent:
    """An event drawn on a day of the month shown: its text and its colour (`own`: its `color`)."""

    day: int
    text: str
    color: str
    own: bool = False


AGENDA_LINES = 6
"""Lines a month grid's legend holds at most: every event when there are this many or fewer,
else one line fewer and a "+N more" line that counts the rest."""


def _month_events(element: Element, year: int, month: int) -> list[DayEvent]:
    """The events on days of the month shown, in the order of their days (those of one day as
    written), each in its own `color`, else in the series colours taken in that order: twelve
    that differ (a chart's), so that no two events share one unless there are more."""
    dated = [
        (day, index, event)
        for index, event in enumerate(element.events or [])
        if (day := day_in_month(event.date, year, month)) is not None
    ]
    in_order = sorted(dated, key=lambda entry: entry[:2])
    return [_day_event(day, event, order) for order, (day, _, event) in enumerate(in_order)]


def _day_event(day: int, event: CalendarEvent, order: int) -> DayEvent:
    own = safe_color(event.color)
    return DayEvent(day, _event_text(event), own or series_color(order), own=own is not None)


def _in_legend(events: list[DayEvent]) -> tuple[list[DayEvent], list[DayEvent]]:
    """The events a month grid's legend names, and those its "+N more" line counts, which are
    drawn in the neutral grey of a pie's "Other" (unless given a colour of their own): in a
    series colour, their dots would read as events of the legend."""
    if len(events) <= AGENDA_LINES:
        return events, []
    named, counted = events[: AGENDA_LINES - 1], events[AGENDA_LINES - 1 :]
    return named, [_greyed(event) for event in counted]


def _greyed(event: DayEvent) -> DayEvent:
    return event if event.own else replace(event, color=OTHER_COLOR)


@renders("calendar")
def render_calendar(element: Element, ctx: RenderContext) -> str:
    """A month grid in the document's language (English, Monday first, without one): `value`
    selected, a `range` of days drawn as design systems draw one (its ends filled in the
    primary, the days between on a soft band joined along each week, a selected day among them
    ringed), `events` as dots with a legend (or labels with `variant: full`).

    The band (the CSS: each day's `::before`) is as tall as a day's number (32 px, or the day's
    width when narrower: a margin's percentage is of the width), spans the day and the 2 px gap
    to the next, starts and ends in the middle of the range's ends, and is rounded where a week
    ends. A full calendar tints the range's days. A week or day view is `render_time_grid`'s."""
    if element.variant in TIME_VIEWS:
        return render_time_grid(element, ctx)
    year, month = _calendar_month(element)
    selected = _day_selection(element, year, month)
    full = element.variant in ("full", "large", "month")
    events = _month_events(element, year, month)
    named, counted = ([], []) if full else _in_legend(events)
    by_day: dict[int, list[tuple[str, str]]] = {}
    for event in events if full else [*named, *counted]:
        by_day.setdefault(event.day, []).append((event.text, event.color))
    words = calendar_words(ctx.lang, year, month)
    weeks = _calendar.Calendar(firstweekday=words.first_weekday).monthdatescalendar(year, month)
    head = "".join(f"<span>{esc(name)}</span>" for name in words.weekdays)
    more = ui_string("calendar_more", ctx.lang)
    cells = [_day_cell(day, month, selected, by_day, more if full else "") for week in weeks for day in week]
    nav = (
        f'<div class="dsl-cal-head"><span class="dsl-cal-nav">{icon_svg("chevron-left", 16)}</span>'
        f'<span class="dsl-cal-title">{esc(words.title)}</span>'
        f'<span class="dsl-cal-nav">{icon_svg("chevron-right", 16)}</span></div>'
    )
    if element.header is False:  # the page draws its own bar above the grid
        nav = ""
    grid = f'<div class="dsl-cal-week">{head}</div><div class="dsl-cal-grid">{"".join(cells)}</div>'
    if full:  # the grid asks for 92 px a week (the CSS), and shares what the calendar has
        return box(element, nav + grid, classes="dsl-calendar--full", style={"--weeks": str(len(weeks))})
    return box(element, nav + grid + _agenda(named, counted, words.day_labels, more))


def _agenda(named: list[DayEvent], counted: list[DayEvent], day_labels: dict[int, str], more: str) -> str:
    """A month grid's legend: a line for each event named (its dot, its day, its text), then
    one that counts the others ("+2 more"), by a grey dot as theirs."""
    if not named:
        return ""
    rows = [
        f'<li><i style="background:{event.color}"></i><span class="dsl-cal-date">{esc(day_labels[event.day])}'
        f"</span><span>{esc(event.text)}</span></li>"
        for event in named
    ]
    if counted:
        rows.append(
            f'<li class="dsl-cal-agenda-more"><i style="background:{OTHER_COLOR}"></i>'
            f"<span>{esc(more.format(count=len(counted)))}</span></li>"
        )
    return f'<ul class="dsl-cal-agenda">{"".join(rows)}</ul>'


def _event_text(event: CalendarEvent) -> str:
    """What an event shows: its label, after its `time` ("08:00 Anna Berg"), or the time of day
    its date gives (`2025-09-12T08:00`) when it has none."""
    time = event.time.strip() if event.time else ""
    if not time and event.start:
        time = event.start.strip()
    if not time and isinstance(read := read_date(event.date), CalendarDate):
        time = read.time or ""
    return f"{time} {event.label}" if time else event.label


def _day_cell(
    day: date, month: int, selected: DaySelection, by_day: dict[int, list[tuple[str, str]]], more: str
) -> str:
    """A day of the month grid: its number, its part of the selected range, and its events as
    labels on a full calendar (one whose `more` template counts those without room, "+{count}
    more") or as dots. On a filled day (the selected one, a range's end) the dots are drawn in
    the primary's text colour, inside the fill (the CSS): in their own colours they sank into it.
    The selected day among a range's days between its ends is ringed, not filled (the CSS), as
    date pickers mark it: filled, it read as one more end of the range."""
    in_month = day.month == month
    part = selected.range_part(day)
    cls = "dsl-cal-day"
    if not in_month:
        cls += " is-outside"
    elif day.day == selected.day:
        cls += " is-selected"
    cls += part
    events = by_day.get(day.day, []) if in_month else []
    marks = ""
    if events and more:
        marks = _day_events(events, more)
    elif events:
        filled = (" is-selected" in cls and part != " is-in-range") or " is-range-" in cls
        dots = "".join(
            f'<i style="background:{"var(--primary-foreground)" if filled else color}"></i>'
            for _, color in events[:3]
        )
        marks = f'<span class="dsl-cal-dots">{dots}</span>'
    return f'<div class="{cls}"><span class="dsl-cal-num">{day.day}</span>{marks}</div>'


CAL_DAY_PAD_TOP, CAL_DAY_PAD_X, CAL_DAY_NUM, CAL_DAY_GAP = 3, 6, 26, 3
"""A full calendar day's padding above its number and on its sides, the number's height (and
width), the gap under it (px)."""
CAL_DAY_TOP = CAL_DAY_NUM + CAL_DAY_GAP
"""Height above a full calendar day's events."""
CAL_EVENT_H, CAL_EVENT_GAP, CAL_MORE_H = 18, 2, 16
"""Height of an event's label, of the gap between two, and of the "+N more" line, in px."""
CAL_MAX_EVENTS = 3
"""Labels a day shows at most; the rest are counted in "+N more"."""


def _day_events(events: list[tuple[str, str]], more: str) -> str:
    """A full calendar day's event labels (at most `CAL_MAX_EVENTS`) and, for a day of several
    events, one "+N more" line for each number of labels the day may have room for: the
    container queries of `_day_fit_css` show as many labels as the day's height holds and the
    matching count. A lone event is never counted: it always has room, beside the number."""
    count = len(events)
    chips = "".join(
        f'<span class="dsl-cal-event" style="--tone:{color}">{esc(label)}</span>'
        for label, color in events[:CAL_MAX_EVENTS]
    )
    shown_counts = range(min(count - 1, CAL_MAX_EVENTS) + 1) if count > 1 else range(0)
    mores = "".join(
        f'<span class="dsl-cal-more is-m{shown}">{esc(more.format(count=count - shown))}</span>'
        for shown in shown_counts
    )
    return f'<span class="dsl-cal-events is-k{min(count, CAL_MAX_EVENTS + 1)}">{chips}{mores}</span>'


def _day_fit_css() -> str:
    """Container queries on a full calendar day's height (its own box, `container-type:size`):
    below the height that `shown + 1` labels (and a "+N more" line, when some stay hidden) need,
    the day shows `shown` labels and the "+N more" that counts the others. `is-kN` marks a day
    with N events (4 for four or more), so that a day whose every label fits needs no count.
    A day with one event too short for its label under the number shows it beside the number,
    ellipsized: a "+1 more" there would hide the one label that has room."""

    def with_more(shown: int) -> int:
        return CAL_DAY_TOP + shown * (CAL_EVENT_H + CAL_EVENT_GAP) + CAL_MORE_H

    rules = [f".is-k{CAL_MAX_EVENTS + 1}>.is-m{CAL_MAX_EVENTS}{{display:block}}"]
    for count in range(2, CAL_MAX_EVENTS + 2):
        steps = [(with_more(shown + 1), shown) for shown in range(min(count, CAL_MAX_EVENTS + 1) - 2, -1, -1)]
        if count <= CAL_MAX_EVENTS:
            every = CAL_DAY_TOP + count * CAL_EVENT_H + (count - 1) * CAL_EVENT_GAP
            steps.insert(0, (every, count - 1))
        for below, shown in steps:
            day = f".is-k{count}>"
            rules.append(
                f"@container (height < {below}px){{{day}.dsl-cal-event:nth-child({shown + 1}),"
                f"{day}.is-m{shown + 1}{{display:none}}{day}.is-m{shown}{{display:block}}}}"
            )
    # Too short for a line under the number: the count goes beside it.
    beside = CAL_DAY_PAD_TOP + (CAL_DAY_NUM - CAL_MORE_H) / 2
    rules.append(
        f"@container (height < {with_more(0)}px){{.dsl-cal-events{{position:absolute;top:{beside:g}px;"
        "inset-inline-end:4px;max-width:calc(100% - 34px)}}"
    )
    rules.append(_lone_event_beside_css())
    return "\n".join(rules) + "\n"


def _lone_event_beside_css() -> str:
    """A day's lone event label, when the day is too short for it under the number: on the
    number's line, from beside the number to the day's edge, cut with an ellipsis."""
    below = CAL_DAY_TOP + CAL_EVENT_H
    top = CAL_DAY_PAD_TOP + (CAL_DAY_NUM - CAL_EVENT_H) / 2
    start = CAL_DAY_PAD_X + CAL_DAY_NUM + CAL_EVENT_GAP
    return (
        f"@container (height < {below}px){{.dsl-cal-events.is-k1{{position:absolute;top:{top:g}px;"
        f"inset-inline:{start}px {CAL_DAY_PAD_X}px;max-width:none}}}}"
    )


CSS = """
.dsl-calendar{display:inline-flex;flex-direction:column;gap:6px;padding:14px;background:var(--surface);border:1px solid var(--border);border-radius:min(var(--radius-lg),32px);box-shadow:var(--shadow-sm);font-size:13.5px;box-sizing:border-box;min-width:min(280px,100%);max-width:100%}
.dsl-calendar.has-width{min-width:0}
.dsl-cal-head{display:flex;align-items:center;justify-content:space-between;gap:4px;margin-bottom:6px}
.dsl-cal-title{flex:none;max-width:calc(100% - 56px);overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:14.5px;font-weight:600;color:var(--foreground)}
.dsl-cal-nav{flex:0 1 30px;min-width:24px;aspect-ratio:1;display:inline-flex;align-items:center;justify-content:center;border:1px solid var(--border);border-radius:var(--radius-sm);color:var(--muted-foreground)}
[dir=rtl] .dsl-cal-nav svg{transform:scaleX(-1)}
.dsl-cal-week,.dsl-cal-grid{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:2px}
.dsl-cal-week span{text-align:center;font-size:12px;font-weight:500;color:var(--muted-foreground);padding:4px 0}
.dsl-cal-day{position:relative;display:flex;flex-direction:column;align-items:center;justify-content:center;height:38px;border-radius:var(--radius-sm);color:var(--foreground);font-variant-numeric:tabular-nums}
.dsl-cal-num{display:inline-flex;align-items:center;justify-content:center;width:min(32px,100%);aspect-ratio:1;border-radius:var(--radius-sm)}
.dsl-cal-day.is-outside{color:var(--placeholder)}
.dsl-cal-day:is(.is-selected,.is-range-start,.is-range-end) .dsl-cal-num{background:var(--primary-solid);color:var(--primary-foreground);font-weight:600}
/* The selected day between a range's ends: ringed on the band (filled, it read as an end) */
.dsl-cal-day.is-selected.is-in-range .dsl-cal-num{background:none;box-shadow:inset 0 0 0 2px var(--primary-indicator);color:var(--primary-text);font-weight:600}
.dsl-cal-day:is(.is-in-range,.is-range-start,.is-range-end)::before{content:"";position:absolute;inset-inline:-1px;top:50%;bottom:50%;margin-block:max(-16px,-50%);background:var(--primary-soft)}
.dsl-cal-day.is-range-start::before{inset-inline-start:50%}
.dsl-cal-day.is-range-end::before{inset-inline-end:50%}
.dsl-cal-day.is-range-start.is-range-end::before{display:none}
.dsl-cal-day:is(.is-in-range,.is-range-end):nth-child(7n+1)::before{inset-inline-start:0;border-start-start-radius:var(--radius-sm);border-end-start-radius:var(--radius-sm)}
.dsl-cal-day:is(.is-in-range,.is-range-start):nth-child(7n)::before{inset-inline-end:0;border-start-end-radius:var(--radius-sm);border-end-end-radius:var(--radius-sm)}
.dsl-cal-day:is(.is-in-range,.is-range-start,.is-range-end) .dsl-cal-num{position:relative}
.dsl-cal-dots{position:absolute;bottom:2px;display:flex;gap:2px}
.dsl-cal-dots i{width:4px;height:4px;border-radius:50%}
.dsl-cal-day:is(.is-selected,.is-range-start,.is-range-end) .dsl-cal-dots{bottom:6px}
.dsl-cal-agenda{list-style:none;margin:8px 0 0;padding:10px 2px 0;border-top:1px solid var(--border);display:flex;flex-direction:column;gap:7px}
.dsl-cal-agenda li{display:flex;align-items:center;gap:8px;color:var(--foreground);white-space:nowrap;overflow:hidden}
.dsl-cal-agenda li>span:last-child{min-width:0;overflow:hidden;text-overflow:ellipsis}
.dsl-cal-agenda i{width:8px;height:8px;border-radius:50%;flex:none}
.dsl-cal-agenda li.dsl-cal-agenda-more{color:var(--muted-foreground)}
.dsl-cal-date{color:var(--muted-foreground);min-width:48px;font-variant-numeric:tabular-nums}
.dsl-calendar--full{display:flex;padding:0;gap:0;overflow:hidden;min-height:0}
.dsl-calendar--full .dsl-cal-head{padding:14px 16px;margin:0;border-bottom:1px solid var(--border)}
.dsl-calendar--full .dsl-cal-week,.dsl-calendar--full .dsl-cal-grid{gap:0}
.dsl-calendar--full .dsl-cal-week span{padding:8px 0;border-bottom:1px solid var(--border)}
.dsl-calendar--full .dsl-cal-grid{flex:1 1 calc(var(--weeks) * 92px);min-height:0;grid-auto-rows:minmax(0,1fr)}
.dsl-calendar--full .dsl-cal-day{height:auto;align-items:stretch;justify-content:flex-start;border-radius:0;padding:3px 6px 2px;gap:3px;border-inline-end:1px solid var(--border);border-bottom:1px solid var(--border);min-width:0;overflow:hidden;container-type:size}
.dsl-calendar--full .dsl-cal-day:nth-child(7n){border-inline-end:0}
.dsl-calendar--full .dsl-cal-day.is-outside{background:color-mix(in srgb,var(--muted) 45%,var(--surface))}
.dsl-calendar--full .dsl-cal-num{width:26px;height:26px;font-size:12.5px;border-radius:50%}
.dsl-calendar--full .dsl-cal-day:is(.is-in-range,.is-range-start,.is-range-end){background:var(--primary-soft)}
.dsl-calendar--full .dsl-cal-day::before{display:none}
.dsl-cal-events{display:flex;flex-direction:column;gap:2px;min-width:0}
.dsl-cal-event{display:block;flex:none;height:18px;padding:2px 6px;border-radius:4px;font-size:11.5px;line-height:14px;font-weight:500;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;background:color-mix(in srgb,var(--tone) 15%,var(--surface));color:light-dark(color-mix(in srgb,var(--tone) 50%,var(--foreground)),color-mix(in srgb,var(--tone) 75%,var(--foreground)))}
.dsl-cal-more{display:none;flex:none;height:16px;font-size:11px;line-height:16px;color:var(--muted-foreground);padding-inline-start:6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
""" + _day_fit_css()
