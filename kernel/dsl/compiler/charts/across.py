"""A bar chart drawn across (`orientation: horizontal`): each category's name on the left, right-
aligned (on two lines at most, then cut with an ellipsis), its bars growing right from zero on a
value axis at the bottom, the gridlines upright; a right-to-left page mirrors it (the names on the
right, the bars growing left).

Long names are why a chart is turned (a top-10 list of products, tickets per team): upright bars
would tilt or cut them. The layout is a grid of the names' column and the plot; the names take
what they need, at most `NAMES_SHARE` of the chart's width, and the bars the rest."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.bidi import first_strong_direction
from kernel.dsl.compiler.charts.bar_widths import SERIES_GAP_PX, bar_widths
from kernel.dsl.compiler.charts.bars import LOSS_COLOR, ZERO_STUB_PX
from kernel.dsl.compiler.charts.formatting import fmt_num, fmt_pct
from kernel.dsl.compiler.charts.numbers import NumberStyle, tick_labels
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.stacked_bars import SEGMENT_GAP_PX, rounded_end
from kernel.dsl.compiler.charts.stacks import Segment, Stacking, stacked_frame
from kernel.dsl.compiler.charts.value_axis import Frame, frame_over
from kernel.dsl.compiler.charts.value_format import PLAIN, ValueFormat
from kernel.dsl.compiler.charts.value_labels import across_labels, bar_ends
from kernel.dsl.compiler.charts.x_axis import (
    FLAT_ROOM,
    X_FONT,
    X_GAP,
    X_LINE,
    X_MARGIN,
    stride_chain,
    stride_levels,
    text_px,
    two_lines,
)
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.page import built_in
from kernel.dsl.compiler.typefaces import Typeface

PLOT_TOP = 8.0
ROW_PX = 36.0
"""The px a category takes in a chart across of no set height (one series): its name on two
lines, a bar 22 px thick."""
SERIES_BAR_PX = 14.0
"""The px each bar of a category's group is thick in such a chart, with several series."""
NAMES_SHARE = 40
"""The most of the chart's width (percent) the names' column takes: the bars keep the rest."""
NAMES_MOST_PX = 220.0
ONE_LINE_PX = 150.0
"""Names whose longest is at most this wide are written on one line each."""
NAMES_GAP_PX = 14.0
"""The px between a name and its bars' zero line: most of it the name's own padding, which holds
the ellipsis of a name cut on its second line (Chromium draws it past the end of a line aligned
to the end, so it needs the room there; a padding keeps every name's end in one place)."""
ELLIPSIS_PX = 11.0
TICK_GAP_PX = X_GAP


def across_height(categories: int, series: int) -> float:
    """The px a chart across is tall when the author sets no height: a row of `ROW_PX` per
    category (more with several series, each bar `SERIES_BAR_PX` thick), and the value axis."""
    group = series * SERIES_BAR_PX + SERIES_GAP_PX * (series - 1)
    row = max(ROW_PX, group / 0.74 + 4) if series > 1 else ROW_PX
    return PLOT_TOP + FLAT_ROOM + max(categories, 1) * row


def across_plot(
    spec: ChartSpec,
    width_hint: float,
    height: float,
    uid: str,
    numbers: NumberStyle,
    typeface: Typeface = "sans",
    stacking: Stacking | None = None,
    value_format: ValueFormat = PLAIN,
    value_labels: bool = False,
) -> str:
    """Bars across in a plot `height` px tall (its value axis included) that fills its container's
    width, `width_hint` px wide as far as the tick count and the names' column go.

    Bars and gridlines are in percent of the canvas, the names a column of as many equal rows
    beside it, so they line up at any width. The value axis' labels thin out (every 2nd, 4th...)
    where the canvas turns out too narrow for them all (container queries), as an upright chart's
    x labels do. `stacking` stacks the series along each row; `value_labels` writes each bar's
    value at its end (`across_labels`)."""
    count, groups = len(spec.labels), len(spec.series)
    plot_height = height - PLOT_TOP - FLAT_ROOM
    band_px = plot_height / count
    lines = 2 if band_px >= 2 * X_LINE + 2 else 1
    names_px = min(_names_px(spec.labels, lines, typeface) + ELLIPSIS_PX + 2, NAMES_MOST_PX)
    plot_px = max(
        width_hint - min(names_px, width_hint * NAMES_SHARE / 100) - (NAMES_GAP_PX - ELLIPSIS_PX), 60.0
    )
    ticks_room = plot_px * 0.4  # ticks are written across: a label takes ~2.5 times a row's 28 px
    segments: list[Segment] = []
    if stacking is not None:
        segments, frame, ticks = stacked_frame(spec, stacking, ticks_room)
    else:
        frame, ticks = frame_over(
            [v for s in spec.series for v in s.values if v is not None], ticks_room, include_zero=True
        )
    if stacking == "percent":
        labels = [f"{label}%" for label in tick_labels(ticks, numbers)]
    else:
        labels = value_format.tick_labels(ticks, numbers)
    widths = bar_widths(count, 1 if stacking else groups, plot_height)
    if stacking is not None:
        bars = _stacked_bars(spec, segments, frame, widths.bar, plot_px)
    else:
        bars = _bars(spec, frame, widths.group, widths.bar, widths.gap, plot_px)
    canvas, ticks_scope = f"dsl-hb-{uid}", f"dsl-hbt-{uid}"
    grid = "".join(
        f'<line class="dsl-chart-gridline{" dsl-chart-zero" if tick == 0 and frame.low < 0 else ""}"'
        f' x1="{_at(frame, tick)}" x2="{_at(frame, tick)}" y1="0" y2="100%"/>'
        for tick in ticks
    )
    tick_spans, tick_rules = _value_axis(frame, ticks, labels, ticks_scope, typeface)
    value_spans, value_rules = "", ""
    if value_labels and stacking != "percent":
        ends = bar_ends(spec, widths, stacking is not None, lambda value: _along(frame, value))
        value_spans, value_rules = across_labels(ends, canvas, numbers, value_format, typeface)
    end_room = text_px(labels[-1], X_FONT, typeface) * X_MARGIN / 2 + 2
    names = "".join(
        f'<div class="dsl-hb-name"><span{_own_direction(label)} style="-webkit-line-clamp:{lines}">'
        f"{_name_words(label)}</span></div>"
        for label in spec.labels
    )
    columns = f"minmax(0,min({fmt_num(names_px)}px,{NAMES_SHARE}%)) minmax(0,1fr)"
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg dsl-hb-svg" width="100%" height="100%"'
        f' overflow="visible" role="img">{grid}{bars}</svg>'
    )
    return (
        f'<div class="dsl-chart-plot is-across" style="height:{fmt_num(height)}px">'
        f"<style>{built_in(tick_rules + value_rules)}</style>"
        '<svg class="dsl-chart-sizer" width="100%" height="0" aria-hidden="true"></svg>'
        f'<div class="dsl-hb" style="grid-template-columns:{columns};padding-inline-end:{fmt_num(end_room)}px">'
        f'<div class="dsl-hb-names">{names}</div>'
        f'<div class="dsl-hb-canvas {canvas}">{svg}{value_spans}</div>'
        f'<div class="dsl-hb-ticks {ticks_scope}">{tick_spans}</div></div></div>'
    )


ACROSS_CSS = (
    ".dsl-hb{position:absolute;inset:0;display:grid;grid-template-rows:minmax(0,1fr) auto;"
    f"column-gap:{fmt_num(NAMES_GAP_PX - ELLIPSIS_PX)}px;padding-top:{fmt_num(PLOT_TOP)}px;box-sizing:border-box}}"
    ".dsl-hb-names{display:flex;flex-direction:column;min-height:0}"
    ".dsl-hb-name{flex:1 1 0;min-height:0;display:flex;align-items:center;justify-content:flex-end}"
    ".dsl-hb-name>span{display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden;text-align:right;"
    f"font-size:{fmt_num(X_FONT)}px;line-height:{fmt_num(X_LINE)}px;color:var(--muted-foreground);"
    f"padding-right:{fmt_num(ELLIPSIS_PX)}px}}"
    ".dsl-hb-word{display:inline-block;max-width:100%;vertical-align:top;overflow:hidden;"
    "text-overflow:ellipsis;white-space:nowrap}"
    ".dsl-hb-canvas{position:relative;min-width:0;container-type:inline-size}"
    f".dsl-hb-ticks{{grid-column:2;position:relative;height:{fmt_num(FLAT_ROOM)}px;container-type:inline-size}}"
    ".dsl-hb-tick{position:absolute;top:8px;transform:translateX(-50%);white-space:nowrap;"
    f"font-size:{fmt_num(X_FONT)}px;line-height:{fmt_num(X_LINE)}px;color:var(--muted-foreground);"
    "font-variant-numeric:tabular-nums}"
    f"[dir=rtl] .dsl-hb-name>span{{text-align:left;padding-right:0;padding-left:{fmt_num(ELLIPSIS_PX)}px}}"
    "[dir=rtl] .dsl-hb-tick{transform:translateX(50%)}"
    "[dir=rtl] .dsl-hb-svg{transform:scaleX(-1)}"
)
"""A chart across's styles (the chart stylesheet's): a right-to-left page turns its bars over and
writes its ticks from the right, its names' column coming first, on the right, by itself. A
name's lines keep to the bars' side whatever its own direction."""


def _name_words(label: str) -> str:
    """A name's words, each its own box that is cut with an ellipsis where the column is narrower
    than it (a phone's card: "Onboardi…", not "Onboardin" over "g"); the name wraps between them."""
    return " ".join(f'<span class="dsl-hb-word">{esc(word)}</span>' for word in label.split(" ") if word)


def _own_direction(label: str) -> str:
    """The `dir` of a name by its first letter: its words are boxes, which the page's direction
    would order (an English name on an Arabic page read "SDK Mobile")."""
    direction = first_strong_direction(label)
    return f' dir="{direction}"' if direction else ""


def _names_px(labels: Sequence[str], lines: int, typeface: Typeface) -> float:
    """The px the names' column needs: every name on one line where the longest takes at most
    `ONE_LINE_PX` so ("Support Tier 2" whole, not its "2" alone under it), else each on at most
    `lines` lines, broken where its longer line is shortest."""
    one = max(text_px(label, X_FONT, typeface) for label in labels) * X_MARGIN
    if one <= ONE_LINE_PX or lines == 1:
        return one
    return max(_two_line_px(label, typeface) for label in labels)


def _two_line_px(label: str, typeface: Typeface) -> float:
    """The px a name needs on two lines: the longer of its best two-line break, or its one line."""
    split = two_lines(label, typeface)
    width = (
        max(text_px(line, X_FONT, typeface) for line in split) if split else text_px(label, X_FONT, typeface)
    )
    return width * X_MARGIN


def _along(frame: Frame, value: float) -> float:
    """Where `value` lies along the value axis, in percent of the canvas' width from its low end."""
    span = (frame.high - frame.low) or 1.0
    return (value - frame.low) / span * 100


def _at(frame: Frame, value: float) -> str:
    return fmt_pct(round(_along(frame, value), 4))


def _value_axis(
    frame: Frame, ticks: list[float], labels: list[str], scope: str, typeface: Typeface
) -> tuple[str, str]:
    """The value axis' labels under the canvas and the rules that thin them where it is too
    narrow for them all: every n-th is kept, at the steps of `stride_chain` (so both ends stay
    where the step divides the span), each tick hidden below the width its coarsest step needs."""
    widest = max(text_px(label, X_FONT, typeface) for label in labels) * X_MARGIN + TICK_GAP_PX
    chain, levels = stride_chain(len(ticks)), stride_levels(len(ticks))
    spans, hidden_below = [], {}
    for index, (tick, label) in enumerate(zip(ticks, labels, strict=True)):
        level = levels[index]
        classes = "dsl-hb-tick" + ("" if level is None else f" is-l{level}")
        if level is not None:
            hidden_below[level] = widest * (len(ticks) - 1) / chain[level]
        spans.append(
            f'<span class="{classes}" style="inset-inline-start:{_at(frame, tick)}">{esc(label)}</span>'
        )
    rules = "".join(
        f"@container (width < {fmt_num(width)}px){{.{scope} .is-l{level}{{display:none}}}}"
        for level, width in sorted(hidden_below.items())
    )
    return "".join(spans), rules


def _bars(spec: ChartSpec, frame: Frame, group: float, bar: float, gap: float, plot_px: float) -> str:
    """Grouped bars across, in percent of the canvas: the far end rounded, the base on the zero
    line square; a single series' bars below zero in `LOSS_COLOR` (unless it has its own colour),
    a zero a stub, a null nothing, as upright bars are drawn."""
    band = 100 / len(spec.labels)
    zero = _along(frame, 0.0)
    parts = []
    for s_index, series in enumerate(spec.series):
        rects: list[str] = []
        losses: list[str] = []
        for i, value in enumerate(series.values):
            if value is None:
                continue
            y = fmt_num(band * (i + 0.5) - group / 2 + s_index * (bar + gap)) + "%"
            thick = fmt_num(bar) + "%"
            end = _along(frame, value)
            length_px = abs(end - zero) / 100 * plot_px
            if length_px < 0.5:
                lift = f' transform="translate(-{ZERO_STUB_PX} 0)"' if frame.high <= 0 else ""
                rects.append(
                    f'<rect x="{fmt_pct(zero)}" y="{y}" width="{ZERO_STUB_PX}" height="{thick}"{lift}'
                    ' class="dsl-chart-zero-bar"/>'
                )
                continue
            radius = fmt_num(min(4.0, length_px))
            drawn = losses if value < 0 and len(spec.series) == 1 and not series.own_color else rects
            low = min(end, zero)
            drawn.append(
                f'<rect x="{fmt_pct(low)}" y="{y}" width="{fmt_pct(abs(end - zero))}" height="{thick}" rx="{radius}"/>'
            )
            back = f' transform="translate(-{radius} 0)"' if value < 0 else ""  # square off the base
            drawn.append(f'<rect x="{fmt_pct(zero)}" y="{y}" width="{radius}" height="{thick}"{back}/>')
        parts.append(f'<g class="dsl-chart-hbars" style="fill:{series.color}">{"".join(rects)}</g>')
        if losses:
            parts.append(
                f'<g class="dsl-chart-hbars is-loss" style="fill:{LOSS_COLOR}">{"".join(losses)}</g>'
            )
    return "".join(parts)


def _stacked_bars(spec: ChartSpec, segments: list[Segment], frame: Frame, bar: float, plot_px: float) -> str:
    """Stacks across, one per category, each series a segment in its colour with a hairline
    (`SEGMENT_GAP_PX`) before it where it lies on another; the stack's far ends rounded."""
    band = 100 / len(spec.labels)
    drawn: list[list[str]] = [[] for _ in spec.series]
    for segment in segments:
        low, high = min(segment.base, segment.end), max(segment.base, segment.end)
        y = fmt_num(band * (segment.label + 0.5) - bar / 2) + "%"
        if segment.base == segment.end:  # a stack of zeros
            lift = f' transform="translate(-{ZERO_STUB_PX} 0)"' if frame.high <= 0 else ""
            drawn[segment.series].append(
                f'<rect x="{_at(frame, 0.0)}" y="{y}" width="{ZERO_STUB_PX}" height="{fmt_num(bar)}%"{lift}'
                ' class="dsl-chart-zero-bar"/>'
            )
            continue
        length = _along(frame, high) - _along(frame, low)
        if length / 100 * plot_px < 0.5:
            continue
        up = segment.end > segment.base
        shift = ""
        if segment.on_another:
            shift = f' transform="translate({fmt_num(SEGMENT_GAP_PX if up else -SEGMENT_GAP_PX)} 0)"'
        if segment.outer:
            gap = SEGMENT_GAP_PX if segment.on_another else 0.0
            shape = rounded_end(min(4.0, length / 100 * plot_px), gap, "width", "x", toward_start=not up)
        else:
            shape = f'<rect width="100%" height="100%"{shift}/>'
        drawn[segment.series].append(
            f'<svg x="{_at(frame, low)}" y="{y}" width="{fmt_pct(length)}" height="{fmt_num(bar)}%"'
            f' overflow="hidden">{shape}</svg>'
        )
    return "".join(
        f'<g class="dsl-chart-hbars is-stacked" style="fill:{series.color}">{"".join(parts)}</g>'
        for series, parts in zip(spec.series, drawn, strict=True)
        if parts
    )
