"""A chart's reference lines (a target, an SLA, a budget): dashed lines across the plot at their
values, each labelled at the plot's end, and the value axis widened to reach them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.charts.numbers import NumberStyle, total_text
from kernel.dsl.compiler.charts.spec import written_decimals
from kernel.dsl.compiler.charts.value_axis import Frame, frame_over
from kernel.dsl.compiler.charts.value_format import ValueFormat
from kernel.dsl.model.reference_lines import REFERENCE_VARIANTS, ReferenceLine

DEFAULT_TONE = "neutral"


@dataclass(frozen=True, slots=True)
class Reference:
    """A reference line as drawn: its value, the words of its label ("" for none) and its tone."""

    value: float
    text: str
    tone: str


def references(
    lines: Sequence[ReferenceLine], value_format: ValueFormat, numbers: NumberStyle, *, percent: bool
) -> list[Reference]:
    """`lines` as drawn: a label's own words, else its value as the chart writes a figure
    (`ValueFormat.total`: exact, in the chart's `format`, between its `prefix` and `suffix`), or
    as a percentage on a `percent` stack, whose axis is of shares; a tone no line has is the
    default's (the validator warns)."""
    drawn = []
    for line in lines:
        decimals = written_decimals([line.value])
        if line.label is not None:
            text = line.label
        elif percent:
            text = f"{total_text(line.value, numbers, decimals)}%"
        else:
            text = value_format.total(line.value, numbers, decimals)
        tone = (line.variant or "").strip().lower()
        drawn.append(Reference(line.value, text, tone if tone in REFERENCE_VARIANTS else DEFAULT_TONE))
    return drawn


def reaching(
    frame: Frame,
    ticks: list[float],
    refs: Sequence[Reference],
    *,
    include_zero: bool,
    room: float | None = None,
) -> tuple[Frame, list[float]]:
    """`frame` and its `ticks`, or, where a line's value lies outside them (a target above every
    bar), nice ticks over both the frame and the lines, so that every line is drawn on the axis
    (as many as fit in `room`, see `frame_over`)."""
    values = [ref.value for ref in refs]
    if all(frame.low <= value <= frame.high for value in values):
        return frame, ticks
    return frame_over([frame.low, frame.high, *values], frame.height, include_zero=include_zero, room=room)


def reference_lines_svg(refs: Sequence[Reference], frame: Frame) -> str:
    """A dashed line across the plot at each value, in its tone."""
    return "".join(
        f'<line class="dsl-chart-ref-line is-{ref.tone}" x1="0" x2="100%" y1="{frame.pct(ref.value)}"'
        f' y2="{frame.pct(ref.value)}"/>'
        for ref in refs
    )


LABEL_HEIGHT = 16.0
"""A label's px height: a 14 px line and a px of padding above and below it."""
LABEL_GAP = 2.0
"""The px between a label and its line, and between two labels."""
TOP_ROOM = LABEL_HEIGHT + LABEL_GAP
"""The px above the plot's top a label may take: a line at the axis' top keeps its label above
it, in the plot's top padding and the gap over the chart (a chart's title keeps 14 px under it),
rather than under it, where it covered the next line down (a goal at $8k, a limit at $7.5k)."""


def label_offsets(lines: Sequence[float], height: float) -> list[float]:
    """The px from each line (its y, px down a plot `height` px tall) to the top of its label:
    above the line where it has room, clear of the labels above it and of the line just above it;
    else under its line (two lines close together: the upper one's label above it, the lower
    one's below); else under the label above it. Labels pushed past the plot's foot move up."""
    order = sorted(range(len(lines)), key=lambda index: lines[index])
    tops: dict[int, float] = {}
    floor = -TOP_ROOM  # the highest a label's top may be: under the labels placed so far
    line_above: float | None = None
    for index in order:
        y = lines[index]
        above = y - LABEL_GAP - LABEL_HEIGHT
        clear_of_line = line_above is None or above >= line_above + LABEL_GAP
        top = above if above >= floor and clear_of_line else max(y + LABEL_GAP, floor)
        tops[index] = top
        floor = top + LABEL_HEIGHT + LABEL_GAP
        line_above = y
    ceiling = height  # the lowest a label's foot may be: over the labels placed below it
    for index in reversed(order):
        tops[index] = min(tops[index], ceiling - LABEL_HEIGHT)
        ceiling = tops[index] - LABEL_GAP
    return [round(tops[index] - lines[index], 2) for index in range(len(lines))]


REFERENCE_LINES_CSS = """
.dsl-chart-ref-line{stroke:var(--ref);stroke-width:2;stroke-dasharray:6 4;shape-rendering:crispEdges}
.dsl-chart-ref{position:absolute;inset-inline-end:0;padding:1px 4px;border-radius:3px;background:color-mix(in srgb,var(--surface) 85%,transparent);color:var(--ref-text);font-size:11.5px;font-weight:600;line-height:14px;white-space:nowrap;font-variant-numeric:tabular-nums;pointer-events:none}
.dsl-chart-ref-line,.dsl-chart-ref{--ref:var(--muted-foreground);--ref-text:var(--muted-foreground)}
.dsl-chart-ref-line.is-success,.dsl-chart-ref.is-success{--ref:var(--success);--ref-text:var(--success-text)}
.dsl-chart-ref-line.is-warning,.dsl-chart-ref.is-warning{--ref:var(--warning);--ref-text:var(--warning-text)}
.dsl-chart-ref-line.is-danger,.dsl-chart-ref.is-danger{--ref:var(--danger);--ref-text:var(--danger-text)}
"""
"""The reference lines' rules: a line in its tone, its label in the tone's text colour on a veil
of the surface, so that it reads over a bar it crosses."""
