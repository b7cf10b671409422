"""Where a chart's reference labels are written: at the plot's end above their lines, kept apart
(`label_offsets`), and moved where that would cover a bar's value label: under the line, else to
the plot's other end (a target at 99% over bars of 97.5% to 99.6%, whose labels all sit on it)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.charts.formatting import fmt_num
from kernel.dsl.compiler.charts.label_boxes import PlotRoom, Rows, ValueBox, reach_width, rows_meet, within
from kernel.dsl.compiler.charts.reference_lines import (
    LABEL_GAP,
    LABEL_HEIGHT,
    TOP_ROOM,
    Reference,
    label_offsets,
)
from kernel.dsl.compiler.charts.value_axis import Frame
from kernel.dsl.compiler.charts.x_axis import text_px
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.typefaces import Typeface

LABEL_FONT = 11.5
SEMIBOLD = 1.12
"""The labels are semibold: a little wider than `text_px`'s regular text."""
LABEL_PADDING = 8.0
"""A label's px of padding, left and right together."""
MOST_DRIFT = 2 * LABEL_HEIGHT
DRIFT_STEP = 2
"""How far (px) a label may move away from its line where none of its four places beside the
line is clear, and by how much at a time: further, it would be read as another line's."""
LINE_ROWS = (-1.0, 1.0)
"""The px a dashed line's stroke (2 px) takes above and under its value."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a label is written: `offset` px from its line to its top, at the plot's inline end,
    or its inline `start`."""

    offset: float
    start: bool = False


@dataclass(frozen=True, slots=True)
class Marks:
    """What a reference label keeps clear of besides its fellows: the bars' value labels
    (`values`), on a plot of `room`, in a frame of class `scope` whose container queries place
    them (the plot's width is the frame's less its `gutter`)."""

    values: Sequence[ValueBox]
    room: PlotRoom
    scope: str
    gutter: float


def reference_labels_html(
    refs: Sequence[Reference],
    frame: Frame,
    least: float,
    marks: Marks | None = None,
    typeface: Typeface = "sans",
) -> tuple[str, str]:
    """Each line's label (HTML) and the rules that move it: at the plot's inline end (the right,
    the left on a right-to-left page), above its line; placed on a plot `least` px tall (the
    shortest its x labels leave it), so that labels apart there are apart at any height. Each
    is in percent of the plot's height (where its line is) and px from it (`label_offsets`).

    Where that covers one of the bars' value labels (`marks`), it moves (`places`). Whether it
    does depends on the plot's width, known only to Chromium: the page holds the place for a
    wide plot, and a container query for each range of widths (and each direction: the ends
    swap sides on a right-to-left page, the bars do not) that places it otherwise."""
    labelled = [ref for ref in refs if ref.text]
    share = least / frame.height if frame.height else 1.0
    offsets = label_offsets([frame.y(ref.value) * share for ref in labelled], least)
    lines = [frame.y(ref.value) / frame.height if frame.height else 0.0 for ref in labelled]
    widths = [text_px(ref.text, LABEL_FONT, typeface) * SEMIBOLD + LABEL_PADDING for ref in labelled]
    ranges: dict[bool, list[tuple[float, list[Place]]]] = {
        rtl: [(0.0, [Place(offset) for offset in offsets])] for rtl in (False, True)
    }
    if marks is not None and marks.values:
        for rtl in (False, True):
            ranges[rtl] = [(0.0, ranges[rtl][0][1])] + [
                (width, places(lines, offsets, widths, marks.values, marks.room, rtl=rtl, width=width))
                for width in widths_apart(widths, marks.values, marks.room.narrowest)
            ]
    wide = ranges[False][-1][1]
    spans, rules = [], []
    for index, ref in enumerate(labelled):
        top = frame.pct(ref.value)
        name = f"is-ref-{index}"
        moved = any(place[index] != wide[index] for rtl in (False, True) for _, place in ranges[rtl])
        classes = f"dsl-chart-ref is-{ref.tone}" + (" is-start" if wide[index].start else "")
        classes += f" {name}" if moved else ""
        spans.append(
            f'<span class="{classes}" style="top:calc({top} + {fmt_num(wide[index].offset)}px)">{esc(ref.text)}</span>'
        )
        if marks is None or not moved:
            continue
        for rtl, steps in ranges.items():
            runs = _runs([(width, place[index]) for width, place in steps])
            for low, high, place in runs:
                if place == wide[index]:
                    continue
                edge = (
                    "inset-inline-start:0;inset-inline-end:auto"
                    if place.start
                    else "inset-inline-start:auto;inset-inline-end:0"
                )
                rule = (
                    f".{marks.scope} .dsl-chart-ref.{name}:dir({'rtl' if rtl else 'ltr'})"
                    f"{{top:calc({top} + {fmt_num(place.offset)}px)!important;{edge}}}"
                )
                rules.append(_within(low + marks.gutter if low else 0.0, high + marks.gutter, rule))
    return "".join(spans), "".join(rules)


def widths_apart(widths: Sequence[float], values: Sequence[ValueBox], narrowest: float) -> list[float]:
    """The plot widths from which the value labels stand as they do up to the next: `narrowest`
    (below it they are left out) and each width at which one of them stops reaching a label
    `widths` px wide at one of the plot's ends (`reach_width`)."""
    reaches = {
        reach_width(value, right, width, LABEL_GAP)
        for value in values
        for width in widths
        for right in (False, True)
    }
    return sorted({narrowest} | {width for width in reaches if narrowest < width < math.inf})


def _runs(steps: Sequence[tuple[float, Place]]) -> list[tuple[float, float, Place]]:
    """Widths from which each place holds, as ranges (the last up to infinity), those alike
    joined."""
    bounds = [width for width, _ in steps[1:]] + [math.inf]
    ranges = [(low, high, place) for (low, place), high in zip(steps, bounds, strict=True)]
    joined = []
    for place, group in itertools.groupby(ranges, key=lambda step: step[2]):
        members = list(group)
        joined.append((members[0][0], members[-1][1], place))
    return joined


def _within(low: float, high: float, rule: str) -> str:
    """`rule` for a frame from `low` px wide up to `high` (0 and infinity: no bound)."""
    bounds = ([f"(width >= {fmt_num(low)}px)"] if low else []) + (
        [f"(width < {fmt_num(high)}px)"] if high < math.inf else []
    )
    return f"@container {' and '.join(bounds)}{{{rule}}}" if bounds else rule


def places(
    lines: Sequence[float],
    offsets: Sequence[float],
    widths: Sequence[float],
    values: Sequence[ValueBox],
    room: PlotRoom,
    *,
    rtl: bool,
    width: float,
) -> list[Place]:
    """Where each label goes on a plot `width` px wide, its line `at` a share of the plot's
    height down it, `offsets` px from it where `label_offsets` put it, `widths` px wide: there
    at the inline end, unless that comes within a gap of one of the bars' `values`; else on the
    other side of its line; else at the inline start, over its line, then under it; else as
    near its line as is clear, up to `MOST_DRIFT` px away. The first place clear of every value
    label and of the labels placed before it at that end (top to bottom) is taken, one that
    moved also staying on the plot and on its line's side of every other line (else, where
    none is, off the other lines at least); where none is clear it stays put.
    Clear down the plot means clear at every height in `room` (`rows_meet`)."""
    order = sorted(range(len(lines)), key=lambda index: lines[index])
    placed: dict[int, Place] = {}
    for index in order:
        stay = Place(offsets[index])
        above, under = (
            (stay.offset, LABEL_GAP) if stay.offset < 0 else (-(LABEL_GAP + LABEL_HEIGHT), stay.offset)
        )

        def clear(place: Place, strict: bool, index: int = index, stay: Place = stay) -> bool:
            box = Rows(lines[index], place.offset, place.offset + LABEL_HEIGHT)
            right = place.start == rtl  # the inline end is the right on a left-to-right page
            if any(
                width < reach_width(value, right, widths[index], LABEL_GAP)
                and rows_meet(box, value.rows, room, LABEL_GAP)
                for value in values
            ):
                return False
            if any(  # two labels where `label_offsets` put them are apart already
                other.start == place.start
                and not (place == stay and other == Place(offsets[at]))
                and rows_meet(
                    box, Rows(lines[at], other.offset, other.offset + LABEL_HEIGHT), room, LABEL_GAP
                )
                for at, other in placed.items()
            ):
                return False
            if place == stay:
                return True
            # strictly, from its line to its far side: past another line it reads as that one's
            reach = Rows(lines[index], min(place.offset, 0.0), max(place.offset + LABEL_HEIGHT, 0.0))
            return within(box, room, TOP_ROOM) and not any(
                rows_meet(reach if strict else box, Rows(line, *LINE_ROWS), room, 0.0)
                for at, line in enumerate(lines)
                if at != index
            )

        candidates = [
            place
            for drift in range(0, int(MOST_DRIFT) + 1, DRIFT_STEP)
            for place in (
                Place(above - drift),
                Place(under + drift),
                Place(above - drift, start=True),
                Place(under + drift, start=True),
            )
        ]
        placed[index] = next(
            (place for strict in (True, False) for place in [stay, *candidates] if clear(place, strict)), stay
        )
    return [placed[index] for index in range(len(lines))]


def veiled(values: Sequence[ValueBox], refs: Sequence[Reference], frame: Frame, room: PlotRoom) -> list[bool]:
    """Which of the bars' `values` a reference line runs through (or touches) at some height in
    `room`: those are written on a halo of the surface, the dashed line passing behind them."""
    lines = [Rows(frame.y(ref.value) / frame.height if frame.height else 0.0, *LINE_ROWS) for ref in refs]
    return [any(rows_meet(value.rows, line, room, 0.0) for line in lines) for value in values]


REFERENCE_LABELS_CSS = """
.dsl-chart-ref.is-start{inset-inline-end:auto;inset-inline-start:0}
"""
"""A label moved to the plot's inline start."""
