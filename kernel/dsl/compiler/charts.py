"""Charts drawn as inline SVG (bar, line, area, pie/donut) with axes, nice ticks and a legend."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler.bar_widths import bar_widths
from kernel.dsl.compiler.chart_numbers import (
    ENGLISH_NUMBERS,
    NumberStyle,
    number_style,
    tick_labels,
    total_text,
)
from kernel.dsl.compiler.chart_x_axis import FLAT_ROOM, X_FONT, text_px, x_axis
from kernel.dsl.compiler.colors import LATER_SERIES_COLOURS, NAMED_TONES, PALETTE, safe_color
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.page import built_in
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import ChartData

CHART_VARIANTS = ("bar", "line", "area", "pie", "donut")
_ALIASES = {"column": "bar", "bars": "bar", "doughnut": "donut", "ring": "donut", "spline": "line"}


@dataclass(frozen=True, slots=True)
class SeriesSpec:
    """One normalized series: a name, one value (or None for a gap) per label, and its colour."""

    name: str
    values: tuple[float | None, ...]
    color: str
    fill: bool = True
    """In an area chart, filled down to the axis; false: its line alone."""
    own_color: bool = False
    """The author gave the series its `color`: every bar of it is drawn in that colour."""


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """Chart data after normalization: as many labels as the longest series, finite values only."""

    labels: tuple[str, ...]
    series: tuple[SeriesSpec, ...]

    @property
    def is_empty(self) -> bool:
        return not any(v is not None for s in self.series for v in s.values)


def _finite(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def normalize(data: ChartData | Mapping[str, Any] | None) -> ChartSpec:
    """Labels and series of equal length, whatever the author gave (missing values become gaps)."""
    if data is None:
        return ChartSpec((), ())
    if isinstance(data, ChartData):
        data = data.model_dump()
    raw_labels = [str(label) for label in (data.get("labels") or [])]
    raw_series: list[tuple[str, Sequence[object], str | None, bool]] = []
    for index, entry in enumerate(data.get("series") or []):
        if isinstance(entry, Mapping):
            name = entry.get("name")
            raw_series.append(
                (
                    str(name) if name else f"Series {index + 1}",
                    entry.get("values") or [],
                    entry.get("color"),
                    entry.get("fill") is not False,
                )
            )
    if not raw_series and data.get("values") is not None:
        raw_series.append(("", data.get("values") or [], None, True))
    length = max([len(raw_labels)] + [len(values) for _, values, _, _ in raw_series])
    labels = tuple(raw_labels + [""] * (length - len(raw_labels)))
    series = tuple(
        SeriesSpec(
            name=name,
            values=tuple(_finite(values[i]) if i < len(values) else None for i in range(length)),
            color=_series_color(color, index),
            fill=fill,
            own_color=safe_color(color) is not None,
        )
        for index, (name, values, color, fill) in enumerate(raw_series)
    )
    return ChartSpec(labels, series)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 x 10^n steps) covering [low, high], about `count` of them."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if high == low:  # one value (or all alike): an axis from zero to it, as a bar of it gets
        low, high = min(low, 0.0), max(high, 0.0) if low else 1.0
    raw_step = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    if low < 0 < high:
        finer = [m * magnitude for m in (0.5, 1, 2, 2.5, 5) if m * magnitude < step]
        step = _hugging_step(low, high, step, finer, count)
    start = math.floor(low / step + 1e-9) * step
    stop = math.ceil(high / step - 1e-9) * step
    ticks: list[float] = []
    value = start
    while value <= stop + step * 1e-6 and len(ticks) < 50:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _hugging_step(low: float, high: float, step: float, finer: Sequence[float], count: int) -> float:
    """A step for an axis through zero that wastes less room than `step`: ticks that cross zero
    fall on both sides of it, so a step fitted to the whole span pads the smaller side up to a
    whole step (-20M gets an axis down to -100M with steps of 100M). A `finer` nice step is
    taken when it covers less, with at most two ticks more than `count`."""

    def covered(candidate: float) -> tuple[float, int]:
        ticks = math.ceil(high / candidate - 1e-9) - math.floor(low / candidate + 1e-9) + 1
        return (ticks - 1) * candidate, ticks

    fitting = [candidate for candidate in finer if covered(candidate)[1] <= count + 2]
    best = min([step, *fitting], key=covered)
    return best if covered(best)[0] < covered(step)[0] else step


LATER_SERIES_VARS: tuple[str, ...] = tuple(
    f"var(--series-{index}, {colour})" for index, colour in enumerate(LATER_SERIES_COLOURS, start=6)
)
"""Series 6 to 12, each as its theme variable (`--series-6`) over its colour (see
colors.LATER_SERIES_COLOURS); a brand's theme may replace one too close to its primary or to a
series before it (chart_palette), so a chart's first twelve series or slices all differ."""
FIRST_SERIES_COLOR = "var(--chart-1, var(--primary-indicator))"
"""The first series (or slice) is the brand's: the primary as a mark (`--primary-indicator`),
which is the primary itself unless it would fade into the page (a deep navy brand on a dark
theme, 1.2:1; a yellow one on white): then it is drawn towards white or black until it stands
out at 3:1, as a switch that is on or a progress bar is. A line, a bar or a slice carries no text."""
SERIES_COLORS = (FIRST_SERIES_COLOR, *PALETTE[1:5], *LATER_SERIES_VARS)
OTHER_COLOR = "var(--chart-other, #94a3b8)"
"""The neutral grey of a pie's "Other" slice, which gathers the slices the legend has no room for."""


def series_color(index: int) -> str:
    """The `index`-th series (or slice) colour: twelve distinct ones, then they cycle."""
    return SERIES_COLORS[index % len(SERIES_COLORS)]


def _series_color(given: str | None, index: int) -> str:
    """A series' own `color` when it is one (`primary`, the theme's role, is the primary as a
    mark, as the first series is), else the `index`-th series colour."""
    color = safe_color(given)
    if color == NAMED_TONES["primary"]:
        return "var(--primary-indicator)"
    return color or series_color(index)


def _f(value: float) -> str:
    """Numbers with at most two decimals, so the output stays small and deterministic."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


_PLOT_TOP = 8.0
_LINE_UNITS = 1000.0  # the x extent of the stretched layer that holds lines and areas
SPARKLINE_HEIGHT = 80.0
"""A chart less tall than this (a trend in a stat card, `layout: {height: 40}`) is a sparkline:
its marks fill the box, without axes, labels or legend, which would spill out of it."""
SPARKLINE_WIDTH = 140.0
"""The same for a chart whose given width is less than this."""
_SPARK_PAD = 3.0  # room for a line's stroke at the top and bottom of a sparkline


@dataclass(frozen=True, slots=True)
class _Frame:
    """The plot's value range mapped onto its pixel height (x is in percent of the width)."""

    height: float
    low: float
    high: float

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return self.height - (value - self.low) / span * self.height

    def pct(self, value: float) -> str:
        """Where `value` lies down the plot, in percent of its height (as SVG and CSS take it):
        the plot's height follows its box, which its labels and legend share (see `_cartesian`).
        It is the px `y` (to a hundredth) over the nominal height, so that a plot of that height
        puts its gridlines on the very device pixels it always did."""
        return _pct(round(self.y(value), 2) / self.height * 100 if self.height else 0.0)


def _pct(value: float) -> str:
    """A percentage with six decimals, as `12.5%`."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return ("0" if text == "-0" else text) + "%"


def _frame(spec: ChartSpec, height: float, *, include_zero: bool) -> tuple[_Frame, list[float]]:
    values = [v for s in spec.series for v in s.values if v is not None]
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if include_zero or not _far_from_zero(low, high):
        low, high = min(low, 0.0), max(high, 0.0)
    ticks = nice_ticks(low, high)
    return _Frame(height=height, low=ticks[0], high=ticks[-1]), ticks


NARROW_SPREAD = 0.2
"""A line's or an area's values whose range is less than this share of their distance from zero
(uptime at 99.5-99.9%, a price at 66-68k, a portfolio at 220-252k) get an axis fitted to them
instead of one from zero, where they would lie flat in a thin band at the top. The distance is the
nearest value's, so the rule is the same whatever the values' size; 0.2 is the spreadsheets' rule
(the axis leaves zero when the smallest value is above 5/6 of the largest): 18-24 keeps zero."""


def _far_from_zero(low: float, high: float) -> bool:
    """Whether values between `low` and `high` sit in a narrow band, all on one side of zero:
    their range is small beside their distance from zero."""
    if low > 0:
        return high - low < NARROW_SPREAD * low
    if high < 0:
        return high - low < NARROW_SPREAD * -high
    return False


def _grid(frame: _Frame, ticks: Sequence[float], labels: Sequence[str]) -> tuple[str, str]:
    """Horizontal gridlines (SVG) and their value labels (HTML, in the left gutter)."""
    lines, spans = [], []
    for tick, label in zip(ticks, labels, strict=True):
        y = frame.pct(tick)
        zero = " dsl-chart-zero" if tick == 0 and frame.low < 0 else ""
        lines.append(f'<line class="dsl-chart-gridline{zero}" x1="0" x2="100%" y1="{y}" y2="{y}"/>')
        spans.append(f'<span class="dsl-chart-y" style="top:{y}">{esc(label)}</span>')
    return "".join(lines), "".join(spans)


# --- marks ---------------------------------------------------------------------------------------


LOSS_COLOR = "var(--danger)"
"""The fill of a single series' bars below zero (a P&L's losing days), as a stat's fall is red."""


def _bar_layer(spec: ChartSpec, frame: _Frame, width_hint: float, least_height: float | None = None) -> str:
    """Grouped bars in percent of the plot's width and height; the far end is rounded, the
    base stays square. The bars below zero of a chart of one series (a P&L's losing days) are
    in `LOSS_COLOR`, unless the series has its own `color`; several series keep theirs, their
    colour being what tells them apart. `least_height` is the least px the plot may be tall (its labels may
    take more room where it is narrow): a bar's rounding is never more than it is tall there."""
    count, groups = len(spec.labels), len(spec.series)
    band = 100 / count
    widths = bar_widths(count, groups, width_hint)
    group, bar, gap = widths.group, widths.bar, widths.gap
    y_zero = frame.y(0.0)
    shrink = min((least_height or frame.height) / frame.height, 1.0)
    parts = []
    for s_index, series in enumerate(spec.series):
        rects: list[str] = []
        losses: list[str] = []
        for i, value in enumerate(series.values):
            if value is None:
                continue
            x = band * (i + 0.5) - group / 2 + s_index * (bar + gap)
            height = abs(y_zero - frame.y(value))
            if height < 0.5:
                continue
            radius = min(4.0, height * shrink)
            top = frame.pct(max(value, 0.0))
            tall = _pct(round(height, 2) / frame.height * 100)
            drawn = losses if value < 0 and groups == 1 and not series.own_color else rects
            drawn.append(
                f'<rect x="{_f(x)}%" y="{top}" width="{_f(bar)}%" height="{tall}" rx="{_f(radius)}"/>'
            )
            # square off the end that sits on the zero line
            lift = f' transform="translate(0 -{_f(radius)})"' if value >= 0 else ""
            drawn.append(
                f'<rect x="{_f(x)}%" y="{frame.pct(0.0)}" width="{_f(bar)}%" height="{_f(radius)}"{lift}/>'
            )
        parts.append(f'<g class="dsl-chart-bars" style="fill:{series.color}">{"".join(rects)}</g>')
        if losses:
            parts.append(f'<g class="dsl-chart-bars is-loss" style="fill:{LOSS_COLOR}">{"".join(losses)}</g>')
    return "".join(parts)


def _segments(points: Sequence[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """Runs of consecutive points; a missing value breaks the line."""
    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def _line_runs(points: Sequence[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """The runs a series' line joins: `_segments`, unless the series is sparse (`is_sparse`):
    then one run through all its values, across the gaps between them."""
    runs = _segments(points)
    return [[point for run in runs for point in run]] if is_sparse(runs) else runs


def is_sparse(runs: Sequence[Sequence[object]]) -> bool:
    """Whether a series' `runs` (of consecutive values) are two or more and all lone values: values
    sampled less often than the labels (quarterly values in a monthly chart). A break after every
    value drew them as dots alone, under the other series' markers, where the legend showed a line."""
    return len(runs) > 1 and all(len(run) == 1 for run in runs)


def _stretched(frame: _Frame, content: str) -> str:
    """A layer as wide and tall as the plot whose x runs 0.._LINE_UNITS and y 0..the frame's
    height, stretched to whatever size the plot has."""
    return (
        f'<svg width="100%" height="100%" viewBox="0 0 {_f(_LINE_UNITS)} {_f(frame.height)}"'
        f' preserveAspectRatio="none" overflow="visible">{content}</svg>'
    )


AREA_OPACITY = {False: ((34, 48), (3, 6)), True: ((26, 40), (4, 7))}
"""An area's fill at the plot's top and at its bottom, in percent of its colour, on a light and on
a dark ground, for one series (False) and several (True). The fill fades with the plot's height,
alike for every series, so that where areas overlap both show through and the lower one reads as
in front, not stacked on the upper one; several are fainter, as their fills add up, and a dark
ground needs more of a colour to show it (0.3 of indigo on near-black was almost invisible)."""


def _see_through(color: str, percent: tuple[int, int]) -> str:
    """`color` at `percent` (on a light ground, on a dark one) of its strength over what lies
    under it."""
    light, dark = percent
    return (
        f"light-dark(color-mix(in srgb,{color} {light}%,transparent),"
        f"color-mix(in srgb,{color} {dark}%,transparent))"
    )


LINE_DASHES: tuple[tuple[str, str], ...] = (
    ("", "{c}"),
    ("7 5", "repeating-linear-gradient(90deg,{c} 0 6px,transparent 6px 9px)"),
    ("0.1 5", "repeating-linear-gradient(90deg,{c} 0 3px,transparent 3px 6px)"),
    (
        "10 5 0.1 5",
        "repeating-linear-gradient(90deg,{c} 0 7px,transparent 7px 9px,{c} 9px 11px,transparent 11px 13px)",
    ),
)
"""Each line series' stroke pattern (an SVG dash array, in screen px, the caps round) and its
legend key's (a CSS background of colour `{c}`): solid, dashed, dotted, dash-dot, in turn. Lines
differ by more than their hue (WCAG 1.4.1): the sky and emerald series are alike to a red-green
colour-blind reader, and every series on a light page is drawn about as dark (3:1 apart)."""


def line_dash(index: int) -> str:
    """The dash array of the `index`-th line series (0-based); "" for a solid line."""
    return LINE_DASHES[index % len(LINE_DASHES)][0]


def line_key(index: int, color: str) -> str:
    """The legend key's background for the `index`-th line series, drawn as its line is."""
    return LINE_DASHES[index % len(LINE_DASHES)][1].replace("{c}", color)


def _line_layer(
    spec: ChartSpec, frame: _Frame, *, area: bool, uid: str, dots: bool = True
) -> tuple[str, str]:
    """Area fills, then lines with their dots, as two layers: the plot's gridlines go between
    them, so that they run alike across a fill and across the gap a missing value leaves in it.

    Lines and fills sit in a horizontally stretched layer; dots are drawn unstretched on top
    (when there are at most 16 points). A point with no neighbour (one value, or one between
    gaps) has no line to show it, so it gets its dot even without `dots` (a sparkline's). A sparse
    series (`is_sparse`) is joined across its gaps, its every value dotted, and drawn over the
    others: its dots would hide under theirs, its values being few."""
    count = len(spec.labels)
    centers = [(i + 0.5) / count for i in range(count)]
    baseline = frame.y(min(max(0.0, frame.low), frame.high))
    defs, areas = [], []
    lines: list[tuple[bool, str, str]] = []  # (sparse, paths, circles) per series
    top, bottom = AREA_OPACITY[sum(series.fill for series in spec.series) > 1]
    for s_index, series in enumerate(spec.series):
        points = [None if v is None else (centers[i], frame.y(v)) for i, v in enumerate(series.values)]
        sparse = is_sparse(_segments(points))
        runs = _line_runs(points)
        if area and series.fill:
            gradient = f"{uid}-fill-{s_index}"
            defs.append(
                f'<linearGradient id="{esc(gradient)}" gradientUnits="userSpaceOnUse"'
                f' x1="0" y1="0" x2="0" y2="{_f(frame.height)}">'
                f'<stop offset="0" style="stop-color:{_see_through(series.color, top)}"/>'
                f'<stop offset="1" style="stop-color:{_see_through(series.color, bottom)}"/></linearGradient>'
            )
            for run in runs:
                outline = "L".join(f"{_f(x * _LINE_UNITS)} {_f(y)}" for x, y in run)
                areas.append(
                    f'<path class="dsl-chart-area" fill="url(#{esc(gradient)})"'
                    f' d="M{_f(run[0][0] * _LINE_UNITS)} {_f(baseline)}L{outline}'
                    f'L{_f(run[-1][0] * _LINE_UNITS)} {_f(baseline)}Z"/>'
                )
        dash = line_dash(s_index)
        dashes = f";stroke-dasharray:{dash}" if dash else ""
        outlines = ["L".join(f"{_f(x * _LINE_UNITS)} {_f(y)}" for x, y in run) for run in runs]
        paths = "".join(
            f'<path class="dsl-chart-line" vector-effect="non-scaling-stroke"'
            f' style="stroke:{series.color}{dashes}" d="M{outline}"/>'
            for outline in outlines
        )
        lone = {run[0] for run in runs if len(run) == 1}
        circles = "".join(
            f'<circle class="dsl-chart-dot" style="stroke:{series.color}" cx="{_f(p[0] * 100)}%"'
            f' cy="{frame.pct(value)}" r="3.5"/>'
            for p, value in zip(points, series.values, strict=True)
            if p is not None and value is not None and ((dots and count <= 16) or p in lone or sparse)
        )
        lines.append((sparse, paths, circles))
    fills = _stretched(frame, f"<defs>{''.join(defs)}</defs>{''.join(areas)}") if area else ""
    # A sparse series' line and dots go over every other series' (its few dots hid under theirs).
    under = [(paths, circles) for is_over, paths, circles in lines if not is_over]
    over = "".join(_stretched(frame, paths) + circles for is_over, paths, circles in lines if is_over)
    return fills, _stretched(frame, "".join(paths for paths, _ in under)) + "".join(
        c for _, c in under
    ) + over


def _cartesian(
    spec: ChartSpec,
    kind: str,
    width_hint: float,
    height: float,
    uid: str,
    numbers: NumberStyle,
    lang: str | None = None,
    typeface: Typeface = "sans",
) -> str:
    """A bar, line or area chart `height` px tall (its x labels included): value gridlines and
    labels in a gutter on the left, the x labels under the plot (`x_axis`), their widths
    estimated in the theme's `typeface`.

    The plot is a box of that height (it may give way to a legend that wraps, in a chart of a
    set height); inside it a frame, a size container, lays out the labels for the width the
    chart turns out to have, with the chart's own container queries, and the canvas takes the
    height they leave: marks and gridlines are placed in percent of it. An empty SVG as wide as
    the box gives it the natural width the plot had when its SVG was in the flow."""
    frame, ticks = _frame(spec, height - _PLOT_TOP - FLAT_ROOM, include_zero=kind == "bar")
    labels = tick_labels(ticks, numbers)
    gutter = max(text_px(label, X_FONT, typeface) for label in labels) + 14
    scope = f"dsl-x-{uid}"
    axis = x_axis(spec.labels, gutter=gutter, plot_height=height, scope=scope, lang=lang, typeface=typeface)
    grid, y_labels = _grid(frame, ticks, labels)
    if kind == "bar":
        least = max(height - _PLOT_TOP - axis.most_room, 1.0)
        layer = grid + _bar_layer(spec, frame, max(width_hint - gutter, 60.0), least)
    else:
        fills, lines = _line_layer(spec, frame, area=kind == "area", uid=uid)
        layer = fills + grid + lines
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg" width="100%" height="100%"'
        f' overflow="visible" role="img">{layer}</svg>'
    )
    return (
        f'<div class="dsl-chart-plot" style="height:{_f(height)}px;padding-left:{_f(gutter)}px">'
        f"<style>{built_in(axis.css)}</style>"
        '<svg class="dsl-chart-sizer" width="100%" height="0" aria-hidden="true"></svg>'
        f'<div class="dsl-chart-frame {scope}"><div class="dsl-chart-inner">'
        f'<div class="dsl-chart-canvas">{svg}{y_labels}</div>{axis.html}</div></div></div>'
    )


def _sparkline(spec: ChartSpec, kind: str, width_hint: float, height: float, uid: str) -> str:
    """A chart too small for axes: its bars, or its line (and fill) fitted to the values'
    own range, filling the box; no gridlines, labels or legend."""
    plot_height = max(height - 2 * _SPARK_PAD, 8.0)
    if kind == "bar":
        frame, _ = _frame(spec, plot_height, include_zero=True)
        layer = _bar_layer(spec, frame, max(width_hint, 60.0))
    else:
        values = [v for s in spec.series for v in s.values if v is not None]
        low, high = min(values), max(values)
        if high == low:
            low, high = low - 1, high + 1
        frame = _Frame(height=plot_height, low=low, high=high)
        fills, lines = _line_layer(spec, frame, area=kind == "area", uid=uid, dots=False)
        layer = fills + lines
    return (
        f'<div class="dsl-chart-spark" style="padding:{_f(_SPARK_PAD)}px 0">'
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg" width="100%" height="{_f(plot_height)}"'
        f' overflow="visible" role="img">{layer}</svg></div>'
    )


def _sector(c: float, outer: float, inner: float, start: float, sweep: float, gap: float) -> str:
    """An annular (or, with `inner` 0, a pie) sector, trimmed by `gap` px on each side."""

    def point(radius: float, angle: float) -> str:
        return f"{_f(c + radius * math.cos(angle))} {_f(c + radius * math.sin(angle))}"

    pad_outer = min(gap / 2 / outer, sweep / 4)
    a0, a1 = start + pad_outer, start + sweep - pad_outer
    large = 1 if a1 - a0 > math.pi else 0
    path = f"M{point(outer, a0)}A{_f(outer)} {_f(outer)} 0 {large} 1 {point(outer, a1)}"
    if inner <= 0:
        return f"{path}L{_f(c)} {_f(c)}Z"
    pad_inner = min(gap / 2 / inner, sweep / 4)
    b0, b1 = start + sweep - pad_inner, start + pad_inner
    large_inner = 1 if b0 - b1 > math.pi else 0
    return f"{path}L{point(inner, b0)}A{_f(inner)} {_f(inner)} 0 {large_inner} 0 {point(inner, b1)}Z"


# --- pie and donut -------------------------------------------------------------------------------


def _pie(
    spec: ChartSpec,
    height: float,
    *,
    donut: bool,
    center_label: str | None = None,
    total_label: str = "Total",
    other_label: str = "Other",
    more_label: str = "+{count} more",
    numbers: NumberStyle = ENGLISH_NUMBERS,
    typeface: Typeface = "sans",
    grows: bool = False,
) -> tuple[str, float] | None:
    """Slices of the first series (see `_pie_slices`) and a legend with shares (its keys' widths
    estimated in the theme's `typeface`); a donut's centre is `_donut_center`'s.

    Returns the HTML and its natural width. The legend sits beside the pie when the container is
    wide enough (the pie shrinking down to `_PIE_MIN_BESIDE`, the names ending in an ellipsis),
    else it goes below, in rows from one left edge, and the pie takes the height the rows leave
    of `height`. The legend of a pie that `grows` has a row for every key (`is-growing`): where
    the pie would be less than its least height, the chart grows past `height` to hold them; one
    that does not keeps to `height`, and keys that find no row are counted in a "+N more" (see
    `_folded_legend`). A pie less tall than `SPARKLINE_HEIGHT` is drawn alone.
    """
    tiny = height < SPARKLINE_HEIGHT
    size = height
    slices = _pie_slices(spec, len(SERIES_COLORS) if tiny else legend_room(size), other_label)
    if not slices:
        return None
    total = sum(v for _, v, _ in slices)
    percents = percentages([value for _, value, _ in slices])
    svg = _pie_svg(slices, total, size, donut)
    if tiny:
        figure = f'<div class="dsl-chart-pie-figure">{svg}</div>'
        return f'<div class="dsl-chart-pie" style="--pie-h:{_f(size)}px">{figure}</div>', size
    center = hole_font = ""
    if donut:
        shares = _are_shares(spec, [value for _, value, _ in slices])
        figure, caption = _donut_center(slices, percents, total, shares, center_label, total_label, numbers)
        if figure or caption:
            caption_html = f"<span>{esc(caption)}</span>" if caption else ""
            figure_html = f"<b>{esc(figure)}</b>" if figure else ""
            hole_font = f' style="--center-size:{_hole_font(figure, typeface)}"' if figure else ""
            alone = "" if figure else " is-caption"  # a title in the hole, drawn a little larger
            center = f'<span class="dsl-chart-center{alone}">{figure_html}{caption_html}</span>'
    entries = [
        (label, "" if says_percent(label) else share_text(percent, value), color)
        for (label, value, color), percent in zip(slices, percents, strict=True)
    ]
    legend_width = min(_legend_width(entries, typeface), 260.0)
    fold = pie_fold_width(size, legend_width)
    folded = _folded_legend(entries, size, fold, more_label, typeface, every_key=grows)
    style = f"--pie-h:{_f(size)}px;--pie-fold-min:{_f(folded.pie_min)}px"
    growing = f" {GROWING_CLASS}" if grows else ""
    return (
        f'<div class="dsl-chart-pie dsl-fold-{fold}{growing}" style="{style}">'
        f'<div class="dsl-chart-pie-figure"{hole_font}>{svg}{center}</div>{_legend(entries, folded.classes, folded.more)}</div>',
        size + _PIE_GAP + legend_width,
    )


_CENTER_FONT = 24.0
_CENTER_SPAN = 0.5
"""A donut's centre figure is 24 px, but no wider than this share of the donut: the hole is 0.64
of it across, and a figure wider than half of it reaches the ring at its corners."""


def _hole_font(figure: str, typeface: Typeface) -> str:
    """The font size that keeps `figure` inside a donut's hole however small the donut is drawn:
    24 px, or less in container query units of the donut's width ("1.24B" on a 120 px donut)."""
    wide = text_px(figure, _CENTER_FONT, typeface) * 1.08  # bold
    most = _CENTER_SPAN * _CENTER_FONT / wide * 100 if wide else 0.0
    return f"min({_f(_CENTER_FONT)}px,{_f(most)}cqi)"


def _pie_svg(slices: Sequence[tuple[str, float, str]], total: float, size: float, donut: bool) -> str:
    """The slices, clockwise from twelve o'clock, a hair apart; a donut's around a hole."""
    c = size / 2
    radius = c - 2
    parts: list[str] = []
    angle = -math.pi / 2
    inner = radius * 0.64 if donut else 0.0
    gap = 2.0 if len(slices) > 1 else 0.0
    for _, value, color in slices:
        sweep = value / total * 2 * math.pi
        if sweep >= 2 * math.pi - 1e-9:
            ring = f' stroke-width="{_f(radius - inner)}"' if donut else ""
            r = (radius + inner) / 2 if donut else radius
            style = f"fill:none;stroke:{color}" if donut else f"fill:{color}"
            parts.append(f'<circle cx="{_f(c)}" cy="{_f(c)}" r="{_f(r)}" style="{style}"{ring}/>')
        else:
            d = _sector(c, radius, inner, angle, sweep, gap)
            parts.append(f'<path class="dsl-chart-slice" style="fill:{color}" d="{d}"/>')
        angle += sweep
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg" width="{_f(size)}" height="{_f(size)}"'
        f' viewBox="0 0 {_f(size)} {_f(size)}" role="img">{"".join(parts)}</svg>'
    )


_LEGEND_ROW = 20.0
_LEGEND_GAP = 10.0
"""The height of a row of the legend beside a pie, and the gap between rows (the defaults of
`--legend-line` and `--legend-gap` in CHART_CSS)."""


LEGEND_ROW_PITCH = _LEGEND_ROW + _LEGEND_GAP
"""The px each more row of the legend beside a pie takes."""


def legend_room(size: float) -> int:
    """How many slices a pie `size` px tall shows: as many as its legend beside it has rows
    for, and no more than there are distinct colours."""
    rows = int((size + _LEGEND_GAP) // (_LEGEND_ROW + _LEGEND_GAP))
    return min(rows, len(SERIES_COLORS))


@dataclass(frozen=True, slots=True)
class Gathering:
    """How a pie's slices share its legend's rows: the indexes (of its positive values) kept as
    slices of their own, those gathered into one grey slice, and that slice's name."""

    kept: tuple[int, ...]
    gathered: tuple[int, ...]
    name: str


def gather_slices(labels: Sequence[str], values: Sequence[float], room: int, other_label: str) -> Gathering:
    """The `room - 1` largest of `values` (named `labels`) kept, the rest gathered, when there are
    more than `room`; else all kept. The gathered slice is "`other_label` (N)", N the slices it
    holds; when the author has an "Other" slice of their own, it joins them under their name,
    which says how many more it holds ("Other (+3)"): alone, "Other 12%" would pass for their 4%."""
    if len(values) <= room:
        return Gathering(tuple(range(len(values))), (), "")
    other_names = {"other", other_label.strip().casefold()}
    authors_other = [i for i, label in enumerate(labels) if label.strip().casefold() in other_names]
    candidates = [i for i in range(len(values)) if i not in authors_other]
    kept = tuple(sorted(sorted(candidates, key=lambda i: -values[i])[: room - 1]))
    gathered = tuple(i for i in range(len(values)) if i not in kept)
    if authors_other:
        return Gathering(kept, gathered, f"{labels[authors_other[0]]} (+{len(gathered) - 1})")
    return Gathering(kept, gathered, f"{other_label} ({len(gathered)})")


def _positive_slices(spec: ChartSpec) -> list[tuple[str, float]]:
    """The first series' positive values, each with its label ("Item n" for an empty one)."""
    series = spec.series[0]
    return [
        (spec.labels[i] or f"Item {i + 1}", v) for i, v in enumerate(series.values) if v is not None and v > 0
    ]


def _pie_slices(spec: ChartSpec, room: int, other_label: str) -> list[tuple[str, float, str]]:
    """The first series' positive values as (label, value, colour), in the data's order, each
    slice its own colour.

    More slices than `room` keep the `room - 1` largest and gather the rest in one grey slice
    at the end (`gather_slices`), so that every slice has a row in the legend and no two share
    a colour (a legend cut off mid-list, or indigo for both the largest and the ninth slice,
    misleads); the validator names the slices gathered (`pie_gathering`).
    """
    named = _positive_slices(spec)
    gathering = gather_slices([label for label, _ in named], [value for _, value in named], room, other_label)
    shown = [(named[i][0], named[i][1], series_color(n)) for n, i in enumerate(gathering.kept)]
    if not gathering.gathered:
        return shown
    rest = sum(named[i][1] for i in gathering.gathered)
    return [*shown, (gathering.name, rest, OTHER_COLOR)]


def pie_gathering(
    data: ChartData | Mapping[str, Any] | None, height: float, other_label: str = "Other"
) -> tuple[Gathering, list[tuple[str, float]]]:
    """For the validator: how a pie `height` px tall (its legend included) gathers its slices,
    and its positive slices (label, value) that the indexes point at. A pie less tall than
    `SPARKLINE_HEIGHT` has no legend and gathers nothing."""
    spec = normalize(data)
    if not spec.series:
        return Gathering((), (), ""), []
    named = _positive_slices(spec)
    room = len(SERIES_COLORS) if height < SPARKLINE_HEIGHT else legend_room(height)
    return gather_slices(
        [label for label, _ in named], [value for _, value in named], room, other_label
    ), named


def percentages(values: Sequence[float]) -> list[int]:
    """Whole percentages of `values` that add up to 100 (largest remainder): thirds read 33,
    33, 34, never 33 x 3 = 99, and 48.6, 25.7, 25.7 read 48, 26, 26 rather than 49 + 26 + 26.

    The points left over go to the largest remainders; between equal ones, to the smaller
    value, then to the later slice (so the first and largest keeps its plain rounding)."""
    total = sum(values)
    if total <= 0:
        return [0] * len(values)
    raw = [value / total * 100 for value in values]
    whole = [math.floor(share + 1e-9) for share in raw]
    order = sorted(range(len(raw)), key=lambda i: (-round(raw[i] - whole[i], 9), values[i], -i))
    for index in order[: max(100 - sum(whole), 0)]:
        whole[index] += 1
    return whole


def share_text(percent: int, value: float) -> str:
    """A slice's share as the legend writes it; a sliver that rounds to 0 reads "<1%"."""
    return "<1%" if percent == 0 and value > 0 else f"{percent}%"


_PERCENT_FIGURE = re.compile(r"\s*[(\[]?\s*([-+]?\d+(?:[.,]\d+)?)\s?%\s*[)\]]?")


def says_percent(label: str) -> bool:
    """Whether a label carries its own share ("Organic 38%"): the legend then adds none."""
    return _PERCENT_FIGURE.search(label) is not None


def _without_share(label: str, percent: int) -> str:
    """A slice's name as a donut's caption under its `percent`: without the same figure
    written in it ("Organic 38%" under "38%" reads "Organic"); a different one stays."""
    figures = _PERCENT_FIGURE.findall(label)
    if len(figures) != 1 or float(figures[0].replace(",", ".")) != percent:
        return label
    return _PERCENT_FIGURE.sub(" ", label).strip(" -\u2013\u2014:\u00b7,") or label


_PIE_GAP = 24.0
_PIE_MIN_BESIDE = 120.0
_LEGEND_MIN_BESIDE = 150.0
"""Beside a pie the legend may narrow to this (px, its names ending in an ellipsis) before it
goes below the pie."""
_FOLD_STEP = 20
_FOLD_WIDTHS = range(160, 301, _FOLD_STEP)


def _legend_width(entries: Sequence[tuple[str, str, str]], typeface: Typeface) -> float:
    """Estimated width of the pie's column legend: swatch, longest name, share (13px text)."""
    return max((_key_width(entry, 13.0, typeface) for entry in entries), default=0.0)


def _key_width(entry: tuple[str, str, str], font: float, typeface: Typeface) -> float:
    """A legend key's width at `font` px in `typeface`: swatch, gap, name, and the bold share
    after a gap."""
    name, share, _ = entry
    share_px = 10 + text_px(share, font, typeface) * 1.08 if share else 0.0
    return 17 + text_px(name, font, typeface) + share_px


def pie_fold_width(size: float, legend_width: float) -> int:
    """Below this container width the legend moves under the pie (a `dsl-fold-<n>` class).

    Beside it, the pie may shrink to `_PIE_MIN_BESIDE` (or its own size, if smaller) and the
    legend to `_LEGEND_MIN_BESIDE`; the width is rounded up to a step of the stylesheet's
    container queries.
    """
    needed = min(size, _PIE_MIN_BESIDE) + _PIE_GAP + min(legend_width, _LEGEND_MIN_BESIDE)
    steps = math.ceil(needed / _FOLD_STEP) * _FOLD_STEP
    return min(max(steps, _FOLD_WIDTHS.start), _FOLD_WIDTHS[-1])


_FOLD_ROW = 18.0
_FOLD_ROW_GAP = 2.0
_FOLD_KEY_GAP = 14.0
_FOLD_PIE_GAP = 12.0
_FOLD_PIE_MIN = 88.0
_FOLD_FONT = 12.5
"""A legend under its pie: row height, gaps, the pie's least height and the font (px); the
values of the `dsl-fold-<n>` rules in PIE_FOLD_CSS."""
_FOLD_MARGIN = 1.06  # key widths are estimated: a little more, so that a row is never cut
_LEGEND_STEPS = range(100, _FOLD_WIDTHS[-1] + 1, _FOLD_STEP)
"""Container widths (px) at which a legend under its pie may show fewer keys."""
_LEGEND_MOST_KEYS = len(SERIES_COLORS)  # `legend_room`


@dataclass(frozen=True, slots=True)
class _Folded:
    """A legend's keys under its pie, as classes for the container queries of LEGEND_FOLD_CSS."""

    classes: str
    more: str
    """The "+N more" keys, each shown at the widths where that many keys are hidden."""
    pie_min: float
    """The least height (px) left to the pie above its legend."""


def _folded_legend(
    entries: Sequence[tuple[str, str, str]],
    size: float,
    fold: int,
    more_label: str,
    typeface: Typeface,
    *,
    every_key: bool = False,
) -> _Folded:
    """Which keys a legend under a pie `size` px tall shows, at each container width below `fold`
    (all of them, in as many rows as they take, with `every_key`: the chart grows to hold them).

    The keys flow in rows from one left edge, whole names first; the pie keeps at least
    `pie_min` px and the legend the rows left, which are never cut: when the keys do not all
    fit, the last key says how many are left out ("+3 more"). Where the rows fall is estimated
    here for each step of `_LEGEND_STEPS`, and set by classes: below w px, `dsl-lk<k>-<w>`
    shows the first k keys and `dsl-l1-<w>` stacks them in one centred column (where each has
    a row to itself anyway); `dsl-lt-<w>` and `dsl-ge-<w>` bound the widths where a "+N more"
    shows."""
    count = len(entries)
    pie_min = min(max(_FOLD_PIE_MIN, size * 0.4), size - _FOLD_PIE_GAP - _FOLD_ROW)
    rows = max(1, int((size - _FOLD_PIE_GAP - pie_min + _FOLD_ROW_GAP) // (_FOLD_ROW + _FOLD_ROW_GAP)))
    if every_key:
        rows = count
    widths = [_key_width(entry, _FOLD_FONT, typeface) * _FOLD_MARGIN for entry in entries]
    states: list[tuple[int, int, int]] = []  # (from, below, keys shown), widths in px
    start = 0
    for below in (step for step in _LEGEND_STEPS if step <= fold):
        states.append((start, below, _keys_that_fit(widths, rows, max(start, 80), more_label, typeface)))
        start = below
    # a rule for a wider step holds below it too: a narrower step never shows more keys
    for index in range(len(states) - 2, -1, -1):
        start, below, shown = states[index]
        states[index] = (start, below, min(shown, states[index + 1][2]))
    classes = [f"dsl-lk{shown}-{below}" for _, below, shown in states if shown < count]
    # where every key has a row to itself, the legend is one column as wide as its widest key,
    # centred under the pie (rows from the container's left edge looked off-centre)
    column_below = 0
    for start, below, shown in states:
        more_width = _more_width(more_label, count - shown, typeface) if shown < count else None
        keys = [*widths[:shown], *([more_width] if more_width else [])]
        if _rows(keys, max(start, 80)) < len(keys):
            break
        column_below = below
    if column_below:
        classes.append(f"dsl-l1-{column_below}")
    more = []
    for hidden in sorted({count - shown for _, _, shown in states if shown < count}):
        spans = [(start, below) for start, below, shown in states if count - shown == hidden]
        bounds = ([f"dsl-lt-{spans[0][0]}"] if spans[0][0] else []) + [f"dsl-ge-{spans[-1][1]}"]
        text = more_label.format(count=hidden)
        more.append(f'<span class="dsl-chart-more {" ".join(bounds)}">{esc(text)}</span>')
    return _Folded(" ".join(classes), "".join(more), pie_min)


def _keys_that_fit(
    widths: Sequence[float], rows: int, width: float, more_label: str, typeface: Typeface
) -> int:
    """How many keys (of `widths` px) fit in `rows` rows `width` px wide, with a "+N more" key
    after them when some are left out."""
    if _rows(widths, width) <= rows:
        return len(widths)
    for shown in range(len(widths) - 1, -1, -1):
        if _rows([*widths[:shown], _more_width(more_label, len(widths) - shown, typeface)], width) <= rows:
            return shown
    return 0


def _more_width(more_label: str, hidden: int, typeface: Typeface) -> float:
    """The width (px) of the "+N more" key under a pie, its text indented like the names."""
    return text_px(more_label.format(count=hidden), _FOLD_FONT, typeface) * _FOLD_MARGIN + 17


def _rows(widths: Sequence[float], width: float) -> int:
    """The rows keys of `widths` px take, flowing in a line `width` px wide."""
    rows, line = 1, 0.0
    for key in widths:
        key = min(key, width)
        if line and line + _FOLD_KEY_GAP + key > width:
            rows, line = rows + 1, key
        else:
            line = line + _FOLD_KEY_GAP + key if line else key
    return rows


LEGEND_FOLD_CSS = "".join(
    f"@container (width < {w}px){{.dsl-lk{k}-{w}>.dsl-chart-key:nth-child(n+{k + 1}){{display:none}}}}"
    for w in _LEGEND_STEPS
    for k in range(_LEGEND_MOST_KEYS)
) + "".join(
    f"@container (width < {w}px){{.dsl-chart-more.dsl-lt-{w}{{display:none}}}}"
    f"@container (width >= {w}px){{.dsl-chart-more.dsl-ge-{w}{{display:none}}}}"
    f"@container (width < {w}px){{.dsl-l1-{w}{{--legend-dir:column;--legend-wrap:nowrap}}}}"
    for w in _LEGEND_STEPS
)
"""The container queries behind `_folded_legend`'s classes."""


SHARE_SUMS = ((99.0, 101.0), (0.99, 1.01))
"""Values adding up to these (percentages, or fractions of one) are shares of a whole, whose
total says nothing."""


def _are_shares(spec: ChartSpec, values: Sequence[float]) -> bool:
    """Whether a pie's values are shares: they add up to 100 (or 1), give or take rounding, or a
    label or the series' name carries a `%` ("Direct (45%)", "Share %")."""
    total = sum(values)
    if any(low <= total <= high for low, high in SHARE_SUMS):
        return True
    names = [*spec.labels, spec.series[0].name] if spec.series else list(spec.labels)
    return any("%" in name for name in names)


def _donut_center(
    slices: Sequence[tuple[str, float, str]],
    percents: Sequence[int],
    total: float,
    shares: bool,
    center_label: str | None,
    total_label: str,
    numbers: NumberStyle,
) -> tuple[str, str]:
    """A donut's centre as a figure and its caption (either may be empty).

    Counts (sessions, dollars): their total, captioned `center_label` (the author's, `""` for no
    caption) or `total_label` ("Total" in the document's language). Shares (`_are_shares`) add
    up to 100%, which is no news: the centre names the slice whose `label` is `center_label`
    (`label: Completed` -> "72%" over "Completed"); else, with a `label` that names no slice, that
    label alone ("Traffic"); else the largest slice ("45%" over "Direct"), never the grey one that
    gathers the small slices. `label: ""` on shares leaves the centre empty. The share is the
    legend's (`percentages`), and a name that already says it does not repeat it under it.
    """
    if not shares:
        caption = total_label if center_label is None else center_label
        return total_text(total, numbers), caption
    if center_label == "":
        return "", ""
    wanted = (center_label or "").strip().casefold()
    named = [i for i, entry in enumerate(slices) if entry[0].strip().casefold() == wanted]
    if center_label is not None and not named:
        return "", center_label
    # the grey slice that gathers the small ones is no headline, however large it adds up to
    real = [i for i, entry in enumerate(slices) if entry[2] != OTHER_COLOR] or list(range(len(slices)))
    index = named[0] if named else max(real, key=lambda i: slices[i][1])
    name, value, _ = slices[index]
    return share_text(percents[index], value), _without_share(name, percents[index])


def _legend(entries: Sequence[tuple[str, str, str]], classes: str = "", more: str = "") -> str:
    items = "".join(
        f'<span class="dsl-chart-key"><i style="background:{color}"></i><span>{esc(name)}</span>'
        + (f"<b>{esc(extra)}</b>" if extra else "")
        + "</span>"
        for name, extra, color in entries
    )
    extra_classes = f" {classes}" if classes else ""
    return f'<div class="dsl-chart-legend{extra_classes}">{items}{more}</div>' if items else ""


def chart_html(
    variant: str | None,
    data: ChartData | Mapping[str, Any] | None,
    *,
    width: float = 560,
    height: float = 240,
    uid: str = "chart",
    center_label: str | None = None,
    total_label: str = "Total",
    other_label: str = "Other",
    more_label: str = "+{count} more",
    empty_text: str = "No data",
    lang: str | None = None,
    typeface: Typeface = "sans",
    grows: bool = False,
    legend: bool = True,
) -> str:
    """A chart `height` px tall that fills its container's width, with axes and a legend.

    `variant` is bar, line, area, pie or donut (unknown -> bar); `data` is
    `{labels, values}` or `{labels, series: [{name, values, color}]}`. `width` is only the
    expected width, used to cap bar widths. Bars, gridlines and dots use percentages of the
    plot's real width and height and text is HTML, so labels keep their size whatever the
    container; container queries lay out the x labels (`chart_x_axis`, also in `lang`'s month
    and day names) and a pie's legend. Empty data
    draws a labelled empty frame; negative values get a zero line; lengths are reconciled. A
    chart less tall than `SPARKLINE_HEIGHT` (or narrower than `SPARKLINE_WIDTH`) is a
    sparkline: its marks alone fill the box. `center_label` is the author's caption of a
    donut's centre (None when they gave none), `total_label` the default caption of its total,
    `other_label` names the slice that gathers those a pie's legend has no room for,
    `more_label` (with `{count}`) counts the keys a legend under a pie has no room for, and
    `empty_text` fills an empty chart (English by default; the caller passes the document's
    language's words). `lang`, the document's language, writes the figures (`number_style`).
    A donut of shares shows a share in its centre, not their total of 100 (see `_donut_center`).
    Text widths that lay out the axis and the legend are estimated in the theme's `typeface`.
    A pie or donut that `grows` (its height is no author's box, only the pie's size) is taller
    than `height` where its legend goes under it, by the rows the legend takes (see `_pie`).
    A bar, line or area chart of several series draws their legend under it unless `legend` is
    false (a box too short for it: `chart_series_legend`); `height` is then the plot's alone.
    """
    kind = _ALIASES.get((variant or "bar").lower(), (variant or "bar").lower())
    kind = kind if kind in CHART_VARIANTS else "bar"
    width, height = max(float(width), 40.0), max(float(height), 16.0)
    spark = height < SPARKLINE_HEIGHT or width < SPARKLINE_WIDTH
    spec = normalize(data)
    numbers = number_style(lang)
    body: str | None = None
    body_style = ""
    if not spec.is_empty:
        if kind in ("pie", "donut"):
            pie = _pie(
                spec,
                height,
                donut=kind == "donut",
                center_label=center_label,
                total_label=total_label,
                other_label=other_label,
                more_label=more_label,
                numbers=numbers,
                typeface=typeface,
                grows=grows,
            )
            if pie is not None:
                # the body is a size container: give it a natural width for rows that shrink-wrap it
                body, natural_width = pie
                body_style = f' style="contain-intrinsic-inline-size:{_f(natural_width)}px"'
        elif spark:
            body = _sparkline(spec, kind, width, height, uid)
        else:
            body = _cartesian(spec, kind, width, height, uid, numbers, lang, typeface)
            if legend and len(spec.series) > 1 and kind == "bar":
                body += _legend([(s.name, "", s.color) for s in spec.series])
            elif legend and len(spec.series) > 1:
                keys = [(s.name, "", line_key(index, s.color)) for index, s in enumerate(spec.series)]
                body += _legend(keys, "is-lines")
    if body is None:
        body = f'<div class="dsl-chart-empty" style="height:{_f(height)}px">{esc(empty_text)}</div>'
    spark_class = " is-spark" if spark else ""
    return f'<div class="dsl-chart-body is-{kind}{spark_class}"{body_style}>{body}</div>'


CHART_CSS = """
.dsl-chart-body{min-width:0}
.dsl-chart-plot{position:relative;box-sizing:border-box}
.dsl-chart-sizer{display:block}
.dsl-chart-frame{position:absolute;inset:0;container-type:inline-size}
.dsl-chart-inner{display:flex;flex-direction:column;height:100%;box-sizing:border-box;padding-top:8px}
.dsl-chart-canvas{position:relative;flex:1 1 0;min-height:0}
.dsl-chart-svg{display:block;overflow:visible}
.dsl-chart-y{position:absolute;right:calc(100% + 10px);transform:translateY(-50%);font-size:11.5px;line-height:14px;color:var(--muted-foreground);font-variant-numeric:tabular-nums;white-space:nowrap}
.dsl-chart-xs{display:flex;flex:none;padding:8px 0 4px;direction:ltr}
.dsl-chart-xs.is-empty{height:14px}
.dsl-chart-xc{flex:1 1 0;min-width:0;display:flex;justify-content:center}
.dsl-chart-x{flex:none;font-size:11.5px;line-height:14px;color:var(--muted-foreground);font-variant-numeric:tabular-nums;text-align:center;white-space:nowrap}
.dsl-chart-xt{display:block;direction:ltr;unicode-bidi:plaintext}
.dsl-chart-xs.is-categories .dsl-chart-x{white-space:normal;max-width:calc(100% - 8px);text-wrap:balance}
.dsl-chart.has-height>.dsl-chart-body:is(.is-bar,.is-line,.is-area):not(.is-spark){flex:1 1 auto;min-height:0;display:flex;flex-direction:column}
.dsl-chart.has-height>.dsl-chart-body>.dsl-chart-plot{flex:0 1 auto;min-height:60px}
.dsl-chart.has-height>.dsl-chart-body>.dsl-chart-legend{flex:none}
.dsl-chart-gridline{stroke:color-mix(in srgb,var(--foreground) 12%,transparent);stroke-width:1;shape-rendering:crispEdges}
.dsl-chart-gridline.dsl-chart-zero{stroke:var(--muted-foreground);stroke-opacity:.55}
.dsl-chart-line{fill:none;stroke-width:2.25;stroke-linecap:round;stroke-linejoin:round}
.dsl-chart-dot{fill:var(--surface);stroke-width:2}
.dsl-chart-body.is-pie,.dsl-chart-body.is-donut{container-type:inline-size}
.dsl-chart-pie{display:flex;flex-direction:var(--pie-dir,row);align-items:center;justify-content:center;gap:var(--pie-gap,24px);height:var(--pie-h)}
.dsl-chart-pie-figure{position:relative;container-type:inline-size;flex:var(--pie-flex,0 1 var(--pie-h));min-width:var(--pie-min-w,min(var(--pie-h),120px));min-height:var(--pie-min-h,0);max-width:100%;max-height:100%;aspect-ratio:1/1}
.dsl-chart-pie-figure svg{width:100%;height:100%}
.dsl-chart-center{position:absolute;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;font-size:12px;color:var(--muted-foreground)}
.dsl-chart-center span{max-width:56%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-chart-center.is-caption span{font-size:14px;font-weight:600;color:var(--foreground)}
.dsl-chart-center b{font-size:var(--center-size,24px);font-weight:700;letter-spacing:-.02em;color:var(--foreground);line-height:1.1}
.dsl-chart-pie .dsl-chart-legend{flex-direction:var(--legend-dir,column);flex-wrap:var(--legend-wrap,nowrap);justify-content:var(--legend-justify,safe center);align-items:stretch;align-content:flex-start;flex:var(--legend-flex,0 0 auto);min-width:0;min-height:0;max-height:100%;overflow:hidden;max-width:var(--legend-max,calc(100% - min(var(--pie-h),120px) - 24px));margin:0;gap:var(--legend-gap,10px);font-size:var(--legend-size,13px);line-height:var(--legend-line,20px)}
.dsl-chart-pie .dsl-chart-key{justify-content:space-between;gap:10px;min-width:0}
.dsl-chart-pie .dsl-chart-key>span{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis}
.dsl-chart-more{display:block;padding-inline-start:17px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:var(--muted-foreground)}
.dsl-chart-empty{display:flex;align-items:center;justify-content:center;border:1.5px dashed var(--border);border-radius:var(--radius);color:var(--muted-foreground);font-size:13px;box-sizing:border-box;overflow:hidden}
.dsl-chart-legend{display:flex;flex-wrap:wrap;gap:6px 18px;justify-content:center;margin-top:12px;font-size:12.5px;color:var(--muted-foreground)}
.dsl-chart-key{display:inline-flex;align-items:center;gap:7px;white-space:nowrap}
.dsl-chart-key i{width:10px;height:10px;border-radius:3px;display:inline-block;flex:none}
.dsl-chart-legend.is-lines .dsl-chart-key i{width:18px;height:3px;border-radius:0}
.dsl-chart-key b{color:var(--foreground);font-weight:600;font-variant-numeric:tabular-nums}
"""

PIE_FOLD_CSS = "".join(
    f"@container (width < {width}px){{.dsl-fold-{width}{{--pie-dir:column;--pie-gap:{_f(_FOLD_PIE_GAP)}px;"
    "--pie-flex:1 1 0;--pie-min-h:var(--pie-fold-min);--pie-min-w:0px;--legend-flex:0 1 auto;"
    "--legend-dir:row;--legend-wrap:wrap;--legend-justify:flex-start;"
    f"--legend-max:100%;--legend-gap:{_f(_FOLD_ROW_GAP)}px {_f(_FOLD_KEY_GAP)}px;"
    f"--legend-size:{_f(_FOLD_FONT)}px;--legend-line:{_f(_FOLD_ROW)}px}}}}"
    for width in _FOLD_WIDTHS
)
"""Too narrow for the legend beside the pie: it goes below, and the pie shrinks to the rest (a
pie that grows, `is-growing`, down to its least height, the chart then growing: PIE_GROWING_CSS)."""

GROWING_CLASS = "is-growing"

PIE_GROWING_CSS = "".join(
    f"@container (width < {width}px){{.dsl-fold-{width}.{GROWING_CLASS}{{height:auto;min-height:var(--pie-h)}}}}"
    for width in _FOLD_WIDTHS
)
"""The legend under a pie that grows: its rows take the height the pie can give (down to
`--pie-fold-min`), then the chart grows past `--pie-h` to hold the rest."""

CHART_CSS += PIE_FOLD_CSS + PIE_GROWING_CSS + LEGEND_FOLD_CSS + "\n"
"""Styles for the chart markup; the data elements module includes it in its CSS."""
