"""Charts drawn as inline SVG (bar, line, area, pie/donut) with axes, nice ticks and a legend."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from kernel.dsl.compiler.colors import PALETTE, safe_color
from kernel.dsl.compiler.html import esc
from kernel.dsl.model import ChartData

CHART_VARIANTS = ("bar", "line", "area", "pie", "donut")
_ALIASES = {"column": "bar", "bars": "bar", "doughnut": "donut", "ring": "donut", "spline": "line"}
_FONT = 11.0
_CHAR_W = 6.4  # average glyph advance at 11px, used to size margins without measuring text


@dataclass(frozen=True, slots=True)
class SeriesSpec:
    """One normalized series: a name, one value (or None for a gap) per label, and its colour."""

    name: str
    values: tuple[float | None, ...]
    color: str


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
    raw_series: list[tuple[str, Sequence[object], str | None]] = []
    for index, entry in enumerate(data.get("series") or []):
        if isinstance(entry, Mapping):
            name = entry.get("name")
            raw_series.append(
                (str(name) if name else f"Series {index + 1}", entry.get("values") or [], entry.get("color"))
            )
    if not raw_series and data.get("values") is not None:
        raw_series.append(("", data.get("values") or [], None))
    length = max([len(raw_labels)] + [len(values) for _, values, _ in raw_series])
    labels = tuple(raw_labels + [""] * (length - len(raw_labels)))
    series = tuple(
        SeriesSpec(
            name=name,
            values=tuple(_finite(values[i]) if i < len(values) else None for i in range(length)),
            color=safe_color(color) or series_color(index),
        )
        for index, (name, values, color) in enumerate(raw_series)
    )
    return ChartSpec(labels, series)


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 x 10^n steps) covering [low, high], about `count` of them."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if high == low:
        high = low + (abs(low) or 1.0)
        low = min(low, 0.0)
    raw_step = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    start = math.floor(low / step + 1e-9) * step
    stop = math.ceil(high / step - 1e-9) * step
    ticks: list[float] = []
    value = start
    while value <= stop + step * 1e-6 and len(ticks) < 50:
        ticks.append(round(value, 10))
        value += step
    return ticks


EXTRA_SERIES_COLORS: tuple[str, ...] = (
    "var(--chart-9, #84cc16)",
    "var(--chart-10, #ef4444)",
    "var(--chart-11, #d946ef)",
    "var(--chart-12, #a16207)",
)
"""Hues the eight-colour palette lacks (lime, red, fuchsia, ochre), so a chart's first twelve
series or slices all differ instead of the ninth repeating the first."""
SERIES_COLORS = (*PALETTE, *EXTRA_SERIES_COLORS)
OTHER_COLOR = "var(--chart-other, #94a3b8)"
"""The neutral grey of a pie's "Other" slice, which gathers the slices the legend has no room for."""


def series_color(index: int) -> str:
    """The `index`-th series (or slice) colour: twelve distinct ones, then they cycle."""
    return SERIES_COLORS[index % len(SERIES_COLORS)]


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """How a language writes a chart's figures: its decimal and grouping marks, and the short
    units after thousands, millions, billions and trillions (None: thousands written in full)."""

    decimal: str = "."
    group: str = ","
    units: tuple[str | None, str, str, str] = ("k", "M", "B", "T")

    def written(self, figure: str) -> str:
        """`figure`, formatted the Python (English) way, with this language's marks."""
        return figure.translate({ord("."): self.decimal, ord(","): self.group})


ENGLISH_NUMBERS = NumberStyle()
_NB = "\u00a0"  # CLDR puts a no-break space between a figure and its unit
SHORT_UNITS: dict[str, tuple[str | None, str, str, str]] = {
    "fr": (f"{_NB}k", f"{_NB}M", f"{_NB}Md", f"{_NB}Bn"),
    "de": (None, f"{_NB}Mio.", f"{_NB}Mrd.", f"{_NB}Bio."),
    "es": (f"{_NB}mil", f"{_NB}M", f"{_NB}mil{_NB}M", f"{_NB}B"),
    "it": ("K", f"{_NB}Mln", f"{_NB}Mld", f"{_NB}Bln"),
    "pt": (f"{_NB}mil", f"{_NB}mi", f"{_NB}bi", f"{_NB}tri"),
    "nl": ("K", f"{_NB}mln.", f"{_NB}mld.", f"{_NB}bln."),
    "ru": (f"{_NB}тыс.", f"{_NB}млн", f"{_NB}млрд", f"{_NB}трлн"),
    "uk": (f"{_NB}тис.", f"{_NB}млн", f"{_NB}млрд", f"{_NB}трлн"),
    "pl": (f"{_NB}tys.", f"{_NB}mln", f"{_NB}mld", f"{_NB}bln"),
    "cs": (f"{_NB}tis.", f"{_NB}mil.", f"{_NB}mld.", f"{_NB}bil."),
    "sk": (f"{_NB}tis.", f"{_NB}mil.", f"{_NB}mld.", f"{_NB}bil."),
    "sv": (f"{_NB}tn", f"{_NB}mn", f"{_NB}md", f"{_NB}bn"),
    "da": (f"{_NB}t", f"{_NB}mio.", f"{_NB}mia.", f"{_NB}bio."),
    "nb": ("k", f"{_NB}mill.", f"{_NB}mrd.", f"{_NB}bill."),
    "nn": ("k", f"{_NB}mill.", f"{_NB}mrd.", f"{_NB}bill."),
    "no": ("k", f"{_NB}mill.", f"{_NB}mrd.", f"{_NB}bill."),
    "fi": (f"{_NB}t.", f"{_NB}milj.", f"{_NB}mrd.", f"{_NB}bilj."),
}
"""Primary language subtag -> its short units, after the Unicode CLDR's short compact forms
("1,5 k", "2,5 Mrd."; German writes thousands in full, "12.000"; Spanish counts billions in
thousands of millions, "2,5 mil M"). Another language keeps the English units with its own marks."""


@lru_cache(maxsize=64)
def number_style(lang: str | None) -> NumberStyle:
    """How figures are written in `lang`: the marks from CLDR (Babel) for the whole tag, so
    `de-CH` writes 12'000 and `fr` 12 000; English (or no or an unknown `lang`) is 1.5k, 12,000."""
    if not lang:
        return ENGLISH_NUMBERS
    try:
        locale = Locale.parse(lang, sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return ENGLISH_NUMBERS
    return NumberStyle(
        decimal=get_decimal_symbol(locale, numbering_system="latn"),
        group=get_group_symbol(locale, numbering_system="latn"),
        units=SHORT_UNITS.get(locale.language, ENGLISH_NUMBERS.units),
    )


def format_number(value: float, style: NumberStyle = ENGLISH_NUMBERS) -> str:
    """Short human figures for axes and labels: 950, 1.2k, 3.4M, 0.25 (in English; see
    `number_style` for another language's: 1,2 k, 3,4 Mio.)."""
    magnitude = abs(value)
    thresholds = (1e12, 1e9, 1e6, 1e3)
    for threshold, unit in zip(thresholds, reversed(style.units), strict=True):
        if unit is not None and magnitude >= threshold:
            return style.written(f"{value / threshold:.1f}".rstrip("0").rstrip(".")) + unit
    if value == int(value):
        return style.written(f"{int(value):,}")
    return style.written(f"{value:,.2f}".rstrip("0").rstrip("."))


def _f(value: float) -> str:
    """Numbers with at most two decimals, so the output stays small and deterministic."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


_PLOT_TOP = 8.0
_PLOT_BOTTOM = 26.0
_LINE_UNITS = 1000.0  # the x extent of the stretched layer that holds lines and areas


@dataclass(frozen=True, slots=True)
class _Frame:
    """The plot's value range mapped onto its pixel height (x is in percent of the width)."""

    height: float
    low: float
    high: float

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return self.height - (value - self.low) / span * self.height


def _frame(spec: ChartSpec, height: float, *, include_zero: bool) -> tuple[_Frame, list[float]]:
    values = [v for s in spec.series for v in s.values if v is not None]
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if include_zero or not _far_from_zero(low, high):
        low, high = min(low, 0.0), max(high, 0.0)
    ticks = nice_ticks(low, high)
    return _Frame(height=height, low=ticks[0], high=ticks[-1]), ticks


NARROW_SPREAD = 0.1
"""A line's or an area's values that vary by less than this share of their size (uptime at 99.5-99.9%, a price
at 150-160) get an axis fitted to them instead of one from zero, where they would lie flat."""


def _far_from_zero(low: float, high: float) -> bool:
    """Whether values between `low` and `high` sit in a narrow band, all on one side of zero."""
    if low > 0:
        return high - low < NARROW_SPREAD * high
    if high < 0:
        return high - low < NARROW_SPREAD * -low
    return False


def _grid(frame: _Frame, ticks: Sequence[float], numbers: NumberStyle) -> tuple[str, str]:
    """Horizontal gridlines (SVG) and their value labels (HTML, in the left gutter)."""
    lines, labels = [], []
    for tick in ticks:
        y = _f(frame.y(tick))
        zero = " dsl-chart-zero" if tick == 0 and frame.low < 0 else ""
        lines.append(f'<line class="dsl-chart-gridline{zero}" x1="0" x2="100%" y1="{y}" y2="{y}"/>')
        labels.append(
            f'<span class="dsl-chart-y" style="top:{y}px">{esc(format_number(tick, numbers))}</span>'
        )
    return "".join(lines), "".join(labels)


def _x_labels(labels: Sequence[str], width_hint: float) -> str:
    """Category labels under band centres; crowded axes show every n-th, long ones ellipsize."""
    count = len(labels)
    if not count or not any(labels):
        return ""
    band = width_hint / count
    longest = min(max(len(label) for label in labels), 12)
    stride = 1
    while stride < count and band * stride < longest * _CHAR_W * 0.75 + 8:
        stride += 1
    html = []
    for index, label in enumerate(labels):
        if index % stride:
            continue
        left = (index + 0.5) / count * 100
        html.append(
            f'<span class="dsl-chart-x" style="left:{_f(left)}%;max-width:{_f(100 / count * stride)}%">'
            f"{esc(label)}</span>"
        )
    return "".join(html)


def _bar_layer(spec: ChartSpec, frame: _Frame, width_hint: float) -> str:
    """Grouped bars in percent of the width; the far end is rounded, the base stays square."""
    count, groups = len(spec.labels), len(spec.series)
    band = 100 / count
    group = band * (0.6 if groups == 1 else 0.74)
    max_bar = 56 / width_hint * 100  # about 56px at the expected width
    gap = (3 / width_hint * 100) if groups > 1 else 0.0
    bar = min((group - gap * (groups - 1)) / groups, max_bar)
    group = bar * groups + gap * (groups - 1)
    y_zero = frame.y(0.0)
    parts = []
    for s_index, series in enumerate(spec.series):
        rects = []
        for i, value in enumerate(series.values):
            if value is None:
                continue
            x = band * (i + 0.5) - group / 2 + s_index * (bar + gap)
            y_value = frame.y(value)
            top, height = min(y_value, y_zero), abs(y_zero - y_value)
            if height < 0.5:
                continue
            radius = min(4.0, height)
            rects.append(
                f'<rect x="{_f(x)}%" y="{_f(top)}" width="{_f(bar)}%" height="{_f(height)}" rx="{_f(radius)}"/>'
            )
            # square off the end that sits on the zero line
            cover_y = y_zero - radius if value >= 0 else y_zero
            rects.append(f'<rect x="{_f(x)}%" y="{_f(cover_y)}" width="{_f(bar)}%" height="{_f(radius)}"/>')
        parts.append(f'<g class="dsl-chart-bars" style="fill:{series.color}">{"".join(rects)}</g>')
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


def _line_layer(spec: ChartSpec, frame: _Frame, *, area: bool, uid: str) -> str:
    """Lines (and area fills) in a horizontally stretched layer; dots drawn unstretched on top."""
    count = len(spec.labels)
    centers = [(i + 0.5) / count for i in range(count)]
    baseline = frame.y(min(max(0.0, frame.low), frame.high))
    defs, areas, paths, dots = [], [], [], []
    for s_index, series in enumerate(spec.series):
        points = [None if v is None else (centers[i], frame.y(v)) for i, v in enumerate(series.values)]
        runs = _segments(points)
        if area:
            gradient = f"{uid}-fill-{s_index}"
            defs.append(
                f'<linearGradient id="{esc(gradient)}" x1="0" y1="0" x2="0" y2="1">'
                f'<stop offset="0" style="stop-color:{series.color};stop-opacity:0.3"/>'
                f'<stop offset="1" style="stop-color:{series.color};stop-opacity:0.02"/></linearGradient>'
            )
            for run in runs:
                outline = "L".join(f"{_f(x * _LINE_UNITS)} {_f(y)}" for x, y in run)
                areas.append(
                    f'<path class="dsl-chart-area" fill="url(#{esc(gradient)})"'
                    f' d="M{_f(run[0][0] * _LINE_UNITS)} {_f(baseline)}L{outline}'
                    f'L{_f(run[-1][0] * _LINE_UNITS)} {_f(baseline)}Z"/>'
                )
        for run in runs:
            outline = "L".join(f"{_f(x * _LINE_UNITS)} {_f(y)}" for x, y in run)
            paths.append(
                f'<path class="dsl-chart-line" vector-effect="non-scaling-stroke"'
                f' style="stroke:{series.color}" d="M{outline}"/>'
            )
        if count <= 16:
            dots += [
                f'<circle class="dsl-chart-dot" style="stroke:{series.color}" cx="{_f(p[0] * 100)}%"'
                f' cy="{_f(p[1])}" r="3.5"/>'
                for p in points
                if p is not None
            ]
    stretched = (
        f'<svg width="100%" height="{_f(frame.height)}" viewBox="0 0 {_f(_LINE_UNITS)} {_f(frame.height)}"'
        f' preserveAspectRatio="none" overflow="visible">'
        f"{'<defs>' + ''.join(defs) + '</defs>' if defs else ''}{''.join(areas + paths)}</svg>"
    )
    return stretched + "".join(dots)


def _cartesian(
    spec: ChartSpec, kind: str, width_hint: float, height: float, uid: str, numbers: NumberStyle
) -> str:
    plot_height = max(height - _PLOT_TOP - _PLOT_BOTTOM, 40.0)
    frame, ticks = _frame(spec, plot_height, include_zero=kind == "bar")
    grid, y_labels = _grid(frame, ticks, numbers)
    gutter = max(len(format_number(t, numbers)) for t in ticks) * _CHAR_W + 14
    layer = (
        _bar_layer(spec, frame, max(width_hint - gutter, 60.0))
        if kind == "bar"
        else _line_layer(spec, frame, area=kind == "area", uid=uid)
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg" width="100%" height="{_f(plot_height)}"'
        f' overflow="visible" role="img">{grid}{layer}</svg>'
    )
    x_labels = _x_labels(spec.labels, max(width_hint - gutter, 60.0))
    return (
        f'<div class="dsl-chart-plot" style="padding-left:{_f(gutter)}px">'
        f'<div class="dsl-chart-canvas" style="height:{_f(plot_height)}px">{svg}{y_labels}{x_labels}</div></div>'
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


def _pie(
    spec: ChartSpec,
    height: float,
    *,
    donut: bool,
    center_label: str | None = None,
    total_label: str = "Total",
    other_label: str = "Other",
    numbers: NumberStyle = ENGLISH_NUMBERS,
) -> tuple[str, float] | None:
    """Slices of the first series (see `_pie_slices`) and a legend with shares; a donut's
    centre is `_donut_center`'s.

    Returns the HTML and its natural width. The pie and legend fit a box `height` tall: the
    legend sits beside the pie when the container is wide enough (the pie shrinking down to
    `_PIE_MIN_BESIDE`), else it wraps below and the pie takes the height that is left.
    """
    size = max(height, 80.0)
    slices = _pie_slices(spec, legend_room(size), other_label)
    if not slices:
        return None
    total = sum(v for _, v, _ in slices)
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
    center = ""
    if donut:
        shares = _are_shares(spec, [value for _, value, _ in slices])
        figure, caption = _donut_center(slices, total, shares, center_label, total_label, numbers)
        if figure or caption:
            caption_html = f"<span>{esc(caption)}</span>" if caption else ""
            figure_html = f"<b>{esc(figure)}</b>" if figure else ""
            alone = "" if figure else " is-caption"  # a title in the hole, drawn a little larger
            center = f'<span class="dsl-chart-center{alone}">{figure_html}{caption_html}</span>'
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg" width="{_f(size)}" height="{_f(size)}"'
        f' viewBox="0 0 {_f(size)} {_f(size)}" role="img">{"".join(parts)}</svg>'
    )
    entries = [(label, f"{value / total * 100:.0f}%", color) for label, value, color in slices]
    legend = _legend(entries)
    legend_width = min(_legend_width(entries), 260.0)
    fold = pie_fold_width(size, legend_width)
    return (
        f'<div class="dsl-chart-pie dsl-fold-{fold}" style="--pie-h:{_f(size)}px">'
        f'<div class="dsl-chart-pie-figure">{svg}{center}</div>{legend}</div>',
        size + _PIE_GAP + legend_width,
    )


_LEGEND_ROW = 20.0
_LEGEND_GAP = 10.0
"""The height of a row of the legend beside a pie, and the gap between rows (the defaults of
`--legend-line` and `--legend-gap` in CHART_CSS)."""


def legend_room(size: float) -> int:
    """How many slices a pie `size` px tall shows: as many as its legend beside it has rows
    for, and no more than there are distinct colours."""
    rows = int((size + _LEGEND_GAP) // (_LEGEND_ROW + _LEGEND_GAP))
    return min(rows, len(SERIES_COLORS))


def _pie_slices(spec: ChartSpec, room: int, other_label: str) -> list[tuple[str, float, str]]:
    """The first series' positive values as (label, value, colour), in the data's order, each
    slice its own colour.

    More slices than `room` keep the `room - 1` largest and gather the rest in one grey slice
    at the end, so that every slice has a row in the legend and no two share a colour (a legend
    cut off mid-list, or indigo for both the largest and the ninth slice, misleads). The gathered
    slice is called `other_label`, or as the author's own "Other" slice, which joins it.
    """
    series = spec.series[0]
    named = [
        (spec.labels[i] or f"Item {i + 1}", v) for i, v in enumerate(series.values) if v is not None and v > 0
    ]
    if len(named) <= room:
        return [(label, value, series_color(i)) for i, (label, value) in enumerate(named)]
    other_names = {"other", other_label.strip().casefold()}
    authors_other = [i for i, (label, _) in enumerate(named) if label.strip().casefold() in other_names]
    candidates = [i for i in range(len(named)) if i not in authors_other]
    kept = sorted(sorted(candidates, key=lambda i: -named[i][1])[: room - 1])
    rest = sum(value for _, value in named) - sum(named[i][1] for i in kept)
    bucket = named[authors_other[0]][0] if authors_other else other_label
    shown = [(named[i][0], named[i][1], series_color(n)) for n, i in enumerate(kept)]
    return [*shown, (bucket, rest, OTHER_COLOR)]


_PIE_GAP = 24.0
_PIE_MIN_BESIDE = 120.0
_FOLD_STEP = 20
_FOLD_WIDTHS = range(160, 561, _FOLD_STEP)


def _legend_width(entries: Sequence[tuple[str, str, str]]) -> float:
    """Estimated width of the pie's column legend: swatch, longest name, share (13px text)."""
    longest = max((len(name) for name, _, _ in entries), default=0)
    widest_share = max((len(share) for _, share, _ in entries), default=0)
    return 10 + 7 + longest * 7.2 + 10 + widest_share * 8.0


def pie_fold_width(size: float, legend_width: float) -> int:
    """Below this container width the legend moves under the pie (a `dsl-fold-<n>` class).

    Beside it, the pie may shrink to `_PIE_MIN_BESIDE` (or its own size, if smaller); the width
    is rounded up to a step of the stylesheet's container queries.
    """
    needed = min(size, _PIE_MIN_BESIDE) + _PIE_GAP + legend_width
    steps = math.ceil(needed / _FOLD_STEP) * _FOLD_STEP
    return min(max(steps, _FOLD_WIDTHS.start), _FOLD_WIDTHS[-1])


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
    gathers the small slices. `label: ""` on shares leaves the centre empty.
    """
    if not shares:
        caption = total_label if center_label is None else center_label
        return _total_text(total, numbers), caption
    if center_label == "":
        return "", ""
    wanted = (center_label or "").strip().casefold()
    named = [entry for entry in slices if entry[0].strip().casefold() == wanted]
    if center_label is not None and not named:
        return "", center_label
    # the grey slice that gathers the small ones is no headline, however large it adds up to
    real = [entry for entry in slices if entry[2] != OTHER_COLOR] or list(slices)
    name, value, _ = named[0] if named else max(real, key=lambda entry: entry[1])
    return f"{value / total * 100:.0f}%", name


def _total_text(total: float, numbers: NumberStyle) -> str:
    """A donut's centre figure: exact with separators up to a million, short above."""
    if abs(total) >= 1e6:
        return format_number(total, numbers)
    return numbers.written(f"{total:,.0f}" if total == int(total) else f"{total:,.1f}")


def _legend(entries: Sequence[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<span class="dsl-chart-key"><i style="background:{color}"></i><span>{esc(name)}</span>'
        + (f"<b>{esc(extra)}</b>" if extra else "")
        + "</span>"
        for name, extra, color in entries
    )
    return f'<div class="dsl-chart-legend">{items}</div>' if items else ""


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
    empty_text: str = "No data",
    lang: str | None = None,
) -> str:
    """A chart `height` px tall that fills its container's width, with axes and a legend.

    `variant` is bar, line, area, pie or donut (unknown -> bar); `data` is
    `{labels, values}` or `{labels, series: [{name, values, color}]}`. `width` is only the
    expected width, used to thin crowded axis labels and to cap bar widths. Bars, gridlines
    and dots use percentages of the real width and text is HTML, so labels keep their size
    whatever the container. Empty data draws a labelled empty frame; negative values get a
    zero line; lengths are reconciled. `center_label` is the author's caption of a donut's
    centre (None when they gave none), `total_label` the default caption of its total,
    `other_label` names the slice that gathers those a pie's legend has no room for, and
    `empty_text` fills an empty chart (English by default; the caller passes the document's
    language's words). `lang`, the document's language, writes the figures (`number_style`).
    A donut of shares shows a share in its centre, not their total of 100 (see `_donut_center`).
    """
    kind = _ALIASES.get((variant or "bar").lower(), (variant or "bar").lower())
    kind = kind if kind in CHART_VARIANTS else "bar"
    width, height = max(float(width), 120.0), max(float(height), 80.0)
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
                numbers=numbers,
            )
            if pie is not None:
                # the body is a size container: give it a natural width for rows that shrink-wrap it
                body, natural_width = pie
                body_style = f' style="contain-intrinsic-inline-size:{_f(natural_width)}px"'
        else:
            body = _cartesian(spec, kind, width, height, uid, numbers)
            if len(spec.series) > 1:
                body += _legend([(s.name, "", s.color) for s in spec.series])
    if body is None:
        body = f'<div class="dsl-chart-empty" style="height:{_f(height)}px">{esc(empty_text)}</div>'
    return f'<div class="dsl-chart-body is-{kind}"{body_style}>{body}</div>'


CHART_CSS = """
.dsl-chart-body{min-width:0}
.dsl-chart-plot{position:relative;padding-top:8px;padding-bottom:26px}
.dsl-chart-canvas{position:relative}
.dsl-chart-svg{display:block;overflow:visible}
.dsl-chart-y,.dsl-chart-x{position:absolute;font-size:11.5px;line-height:14px;color:var(--muted-foreground);font-variant-numeric:tabular-nums;white-space:nowrap}
.dsl-chart-y{right:calc(100% + 10px);transform:translateY(-50%)}
.dsl-chart-x{top:calc(100% + 8px);transform:translateX(-50%);overflow:hidden;text-overflow:ellipsis;text-align:center}
.dsl-chart-gridline{stroke:var(--border);stroke-width:1;shape-rendering:crispEdges}
.dsl-chart-gridline.dsl-chart-zero{stroke:var(--muted-foreground);stroke-opacity:.55}
.dsl-chart-line{fill:none;stroke-width:2.25;stroke-linecap:round;stroke-linejoin:round}
.dsl-chart-dot{fill:var(--surface);stroke-width:2}
.dsl-chart-body.is-pie,.dsl-chart-body.is-donut{container-type:inline-size}
.dsl-chart-pie{display:flex;flex-direction:var(--pie-dir,row);align-items:center;justify-content:center;gap:var(--pie-gap,24px);height:var(--pie-h)}
.dsl-chart-pie-figure{position:relative;flex:var(--pie-flex,0 1 var(--pie-h));min-width:0;min-height:var(--pie-min-h,0);max-width:100%;max-height:100%;aspect-ratio:1/1}
.dsl-chart-pie-figure svg{width:100%;height:100%}
.dsl-chart-center{position:absolute;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;font-size:12px;color:var(--muted-foreground)}
.dsl-chart-center span{max-width:56%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.dsl-chart-center.is-caption span{font-size:14px;font-weight:600;color:var(--foreground)}
.dsl-chart-center b{font-size:24px;font-weight:700;letter-spacing:-.02em;color:var(--foreground);line-height:1.1}
.dsl-chart-pie .dsl-chart-legend{justify-content:safe center;flex:var(--legend-flex,0 0 auto);min-height:0;max-height:100%;overflow:hidden;max-width:var(--legend-max,62%);flex-direction:var(--legend-dir,column);flex-wrap:var(--legend-wrap,nowrap);align-items:stretch;margin:0;gap:var(--legend-gap,10px);font-size:var(--legend-size,13px);line-height:var(--legend-line,20px)}
.dsl-chart-pie .dsl-chart-key{justify-content:space-between;gap:10px}
.dsl-chart-pie .dsl-chart-key>span{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis}
.dsl-chart-empty{display:flex;align-items:center;justify-content:center;border:1.5px dashed var(--border);border-radius:var(--radius);color:var(--muted-foreground);font-size:13px;box-sizing:border-box}
.dsl-chart-legend{display:flex;flex-wrap:wrap;gap:6px 18px;justify-content:center;margin-top:12px;font-size:12.5px;color:var(--muted-foreground)}
.dsl-chart-key{display:inline-flex;align-items:center;gap:7px;white-space:nowrap}
.dsl-chart-key i{width:10px;height:10px;border-radius:3px;display:inline-block;flex:none}
.dsl-chart-key b{color:var(--foreground);font-weight:600;font-variant-numeric:tabular-nums}
"""

PIE_FOLD_CSS = "".join(
    f"@container (width < {width}px){{.dsl-fold-{width}{{--pie-dir:column;--pie-gap:12px;--pie-flex:1 1 0;"
    "--pie-min-h:calc(var(--pie-h) * .4);--legend-flex:0 1 auto;--legend-dir:row;--legend-wrap:wrap;"
    "--legend-max:100%;--legend-gap:2px 14px;--legend-size:12.5px;--legend-line:18px}}"
    for width in _FOLD_WIDTHS
)
"""Too narrow for the legend beside the pie: it wraps below, and the pie shrinks to the rest."""

CHART_CSS += PIE_FOLD_CSS + "\n"
"""Styles for the chart markup; the data elements module includes it in its CSS."""
