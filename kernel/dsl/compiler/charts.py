"""Charts drawn as inline SVG (bar, line, area, pie/donut) with axes, nice ticks and a legend."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kernel.dsl.compiler.colors import palette_color, safe_color
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
            color=safe_color(color) or palette_color(index),
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


def format_number(value: float) -> str:
    """Short human figures for axes and labels: 950, 1.2k, 3.4M, 0.25."""
    magnitude = abs(value)
    for threshold, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if magnitude >= threshold:
            scaled = value / threshold
            return f"{scaled:.1f}".rstrip("0").rstrip(".") + suffix
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _truncate(text: str, max_chars: int) -> str:
    max_chars = max(max_chars, 2)
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"


def _f(value: float) -> str:
    """Coordinates with at most two decimals, so the output stays small and deterministic."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True, slots=True)
class _Plot:
    left: float
    top: float
    right: float
    bottom: float
    low: float
    high: float

    @property
    def width(self) -> float:
        return self.right - self.left

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return self.bottom - (value - self.low) / span * (self.bottom - self.top)


def _axes(spec: ChartSpec, width: float, height: float, *, include_zero: bool) -> tuple[_Plot, list[str]]:
    values = [v for s in spec.series for v in s.values if v is not None]
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if include_zero or low >= 0:
        low, high = min(low, 0.0), max(high, 0.0)
    ticks = nice_ticks(low, high)
    tick_labels = [format_number(t) for t in ticks]
    left = 10 + max(len(t) for t in tick_labels) * _CHAR_W + 8
    plot = _Plot(left=left, top=12, right=width - 14, bottom=height - 28, low=ticks[0], high=ticks[-1])
    parts = ['<g class="dsl-chart-grid">']
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = _f(plot.y(tick))
        zero = " dsl-chart-zero" if tick == 0 and plot.low < 0 else ""
        parts.append(
            f'<line class="dsl-chart-gridline{zero}" x1="{_f(plot.left)}" x2="{_f(plot.right)}" y1="{y}" y2="{y}"/>'
        )
        parts.append(
            f'<text class="dsl-chart-tick" x="{_f(plot.left - 8)}" y="{y}" text-anchor="end"'
            f' dominant-baseline="middle">{esc(label)}</text>'
        )
    parts.append("</g>")
    return plot, parts


def _x_labels(labels: Sequence[str], centers: Sequence[float], plot: _Plot, band: float) -> list[str]:
    if not labels or not any(labels):
        return []
    longest = max(len(label) for label in labels) or 1
    stride = 1
    while stride < len(labels) and band * stride < min(longest, 14) * _CHAR_W + 6:
        stride += 1
    max_chars = max(int((band * stride - 6) / _CHAR_W), 3)
    parts = ['<g class="dsl-chart-labels">']
    for index, (label, x) in enumerate(zip(labels, centers, strict=False)):
        if index % stride:
            continue
        parts.append(
            f'<text class="dsl-chart-tick" x="{_f(x)}" y="{_f(plot.bottom + 17)}"'
            f' text-anchor="middle">{esc(_truncate(label, max_chars))}</text>'
        )
    parts.append("</g>")
    return parts


def _bar_path(x: float, y_value: float, y_zero: float, width: float) -> str:
    """A bar with its far end rounded (up for positive, down for negative values)."""
    height = abs(y_zero - y_value)
    radius = min(4.0, width / 2, height)
    if height < 0.5:
        return f"M{_f(x)} {_f(y_zero)}h{_f(width)}"
    if y_value <= y_zero:  # grows upwards
        return (
            f"M{_f(x)} {_f(y_zero)}V{_f(y_value + radius)}q0 -{_f(radius)} {_f(radius)} -{_f(radius)}"
            f"H{_f(x + width - radius)}q{_f(radius)} 0 {_f(radius)} {_f(radius)}V{_f(y_zero)}Z"
        )
    return (
        f"M{_f(x)} {_f(y_zero)}V{_f(y_value - radius)}q0 {_f(radius)} {_f(radius)} {_f(radius)}"
        f"H{_f(x + width - radius)}q{_f(radius)} 0 {_f(radius)} -{_f(radius)}V{_f(y_zero)}Z"
    )


def _bar_chart(spec: ChartSpec, width: float, height: float) -> list[str]:
    plot, parts = _axes(spec, width, height, include_zero=True)
    count = len(spec.labels)
    band = plot.width / count
    group = band * (0.62 if len(spec.series) == 1 else 0.76)
    gap = 3.0 if len(spec.series) > 1 else 0.0
    bar_w = max((group - gap * (len(spec.series) - 1)) / len(spec.series), 1.0)
    bar_w = min(bar_w, 56.0)
    group = bar_w * len(spec.series) + gap * (len(spec.series) - 1)
    y_zero = plot.y(0.0)
    centers = [plot.left + band * (i + 0.5) for i in range(count)]
    parts.append('<g class="dsl-chart-bars">')
    for s_index, series in enumerate(spec.series):
        parts.append(f'<g style="fill:{series.color}">')
        for i, value in enumerate(series.values):
            if value is None:
                continue
            x = centers[i] - group / 2 + s_index * (bar_w + gap)
            parts.append(f'<path d="{_bar_path(x, plot.y(value), y_zero, bar_w)}"/>')
        parts.append("</g>")
    parts.append("</g>")
    parts += _x_labels(spec.labels, centers, plot, band)
    return parts


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


def _line_chart(spec: ChartSpec, width: float, height: float, *, area: bool, uid: str) -> list[str]:
    plot, parts = _axes(spec, width, height, include_zero=area)
    count = len(spec.labels)
    inset = 8.0
    step = (plot.width - 2 * inset) / (count - 1) if count > 1 else 0.0
    xs = [plot.left + inset + step * i for i in range(count)] if count > 1 else [plot.left + plot.width / 2]
    baseline = plot.y(min(max(0.0, plot.low), plot.high))
    defs: list[str] = []
    layers: list[str] = []
    for s_index, series in enumerate(spec.series):
        points = [None if v is None else (xs[i], plot.y(v)) for i, v in enumerate(series.values)]
        runs = _segments(points)
        if area:
            gradient = f"{uid}-fill-{s_index}"
            defs.append(
                f'<linearGradient id="{esc(gradient)}" x1="0" y1="0" x2="0" y2="1">'
                f'<stop offset="0" style="stop-color:{series.color};stop-opacity:0.28"/>'
                f'<stop offset="1" style="stop-color:{series.color};stop-opacity:0.02"/>'
                "</linearGradient>"
            )
            for run in runs:
                outline = "L".join(f"{_f(x)} {_f(y)}" for x, y in run)
                layers.append(
                    f'<path class="dsl-chart-area" fill="url(#{esc(gradient)})" d="M{_f(run[0][0])} {_f(baseline)}'
                    f'L{outline}L{_f(run[-1][0])} {_f(baseline)}Z"/>'
                )
        for run in runs:
            path = "L".join(f"{_f(x)} {_f(y)}" for x, y in run)
            layers.append(f'<path class="dsl-chart-line" style="stroke:{series.color}" d="M{path}"/>')
        if count <= 24:
            for point in points:
                if point is not None:
                    layers.append(
                        f'<circle class="dsl-chart-dot" style="stroke:{series.color}" cx="{_f(point[0])}"'
                        f' cy="{_f(point[1])}" r="3.5"/>'
                    )
    if defs:
        parts.append(f"<defs>{''.join(defs)}</defs>")
    parts += layers
    band = step if count > 1 else plot.width
    parts += _x_labels(spec.labels, xs, plot, band)
    return parts


def _pie_chart(
    spec: ChartSpec, width: float, height: float, *, donut: bool
) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Slices of the first series (non-positive values are left out); also the legend entries."""
    series = spec.series[0]
    slices = [
        (spec.labels[i] or f"Item {i + 1}", v, palette_color(i))
        for i, v in enumerate(series.values)
        if v is not None and v > 0
    ]
    if not slices:
        return _empty_frame(width, height), []
    total = sum(v for _, v, _ in slices)
    cx, cy = width / 2, height / 2
    radius = max(min(width, height) / 2 - 8, 4.0)
    inner = radius * 0.62 if donut else 0.0
    parts: list[str] = []
    legend: list[tuple[str, str, str]] = []
    angle = -math.pi / 2
    for label, value, color in slices:
        sweep = value / total * 2 * math.pi
        legend.append((label, f"{value / total * 100:.0f}%", color))
        if sweep >= 2 * math.pi - 1e-9:
            parts.append(f'<circle cx="{_f(cx)}" cy="{_f(cy)}" r="{_f(radius)}" style="fill:{color}"/>')
        else:
            parts.append(
                f'<path class="dsl-chart-slice" style="fill:{color}" d="{_slice(cx, cy, radius, angle, sweep)}"/>'
            )
        angle += sweep
    if donut:
        parts.append(f'<circle class="dsl-chart-hole" cx="{_f(cx)}" cy="{_f(cy)}" r="{_f(inner)}"/>')
        parts.append(
            f'<text class="dsl-chart-total" x="{_f(cx)}" y="{_f(cy - 2)}" text-anchor="middle">'
            f"{esc(format_number(total))}</text>"
            f'<text class="dsl-chart-tick" x="{_f(cx)}" y="{_f(cy + 16)}" text-anchor="middle">Total</text>'
        )
    return parts, legend


def _slice(cx: float, cy: float, radius: float, start: float, sweep: float) -> str:
    x1, y1 = cx + radius * math.cos(start), cy + radius * math.sin(start)
    x2, y2 = cx + radius * math.cos(start + sweep), cy + radius * math.sin(start + sweep)
    large = 1 if sweep > math.pi else 0
    return f"M{_f(cx)} {_f(cy)}L{_f(x1)} {_f(y1)}A{_f(radius)} {_f(radius)} 0 {large} 1 {_f(x2)} {_f(y2)}Z"


def _empty_frame(width: float, height: float) -> list[str]:
    return [
        f'<rect class="dsl-chart-empty" x="1" y="1" width="{_f(width - 2)}" height="{_f(height - 2)}" rx="8"/>',
        f'<text class="dsl-chart-tick" x="{_f(width / 2)}" y="{_f(height / 2)}" text-anchor="middle"'
        ' dominant-baseline="middle">No data</text>',
    ]


def _legend(entries: Sequence[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<span class="dsl-chart-key"><i style="background:{color}"></i>{esc(name)}'
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
) -> str:
    """An `<svg>` chart (scaled to its container's width) followed by an HTML legend.

    `variant` is bar, line, area, pie or donut (unknown -> bar); `data` is
    `{labels, values}` or `{labels, series: [{name, values, color}]}`. Empty or all-missing data
    draws a labelled empty frame; negative values get a zero line; lengths are reconciled.
    """
    kind = _ALIASES.get((variant or "bar").lower(), (variant or "bar").lower())
    kind = kind if kind in CHART_VARIANTS else "bar"
    width, height = max(float(width), 120.0), max(float(height), 80.0)
    spec = normalize(data)
    legend: list[tuple[str, str, str]] = []
    if spec.is_empty:
        body = _empty_frame(width, height)
    elif kind in ("pie", "donut"):
        body, legend = _pie_chart(spec, width, height, donut=kind == "donut")
    elif kind in ("line", "area"):
        body = _line_chart(spec, width, height, area=kind == "area", uid=uid)
    else:
        body = _bar_chart(spec, width, height)
    if kind not in ("pie", "donut") and len(spec.series) > 1:
        legend = [(s.name, "", s.color) for s in spec.series]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg dsl-chart-{kind}"'
        f' viewBox="0 0 {_f(width)} {_f(height)}" preserveAspectRatio="xMidYMid meet"'
        f' role="img" font-size="{_FONT:g}">{"".join(body)}</svg>'
    )
    return svg + _legend(legend)


CHART_CSS = """
.dsl-chart-svg{display:block;width:100%;height:auto;overflow:visible;font-family:inherit}
.dsl-chart-gridline{stroke:var(--border);stroke-width:1;shape-rendering:crispEdges}
.dsl-chart-gridline.dsl-chart-zero{stroke:var(--muted-foreground);stroke-opacity:.6}
.dsl-chart-tick{fill:var(--muted-foreground);font-size:11px;font-variant-numeric:tabular-nums}
.dsl-chart-line{fill:none;stroke-width:2.25;stroke-linecap:round;stroke-linejoin:round}
.dsl-chart-dot{fill:var(--surface);stroke-width:2}
.dsl-chart-slice{stroke:var(--surface);stroke-width:2;stroke-linejoin:round}
.dsl-chart-hole{fill:var(--surface)}
.dsl-chart-total{fill:var(--foreground);font-size:22px;font-weight:650}
.dsl-chart-empty{fill:none;stroke:var(--border);stroke-dasharray:4 4}
.dsl-chart-legend{display:flex;flex-wrap:wrap;gap:6px 16px;justify-content:center;margin-top:10px;font-size:12px;color:var(--muted-foreground)}
.dsl-chart-key{display:inline-flex;align-items:center;gap:6px;white-space:nowrap}
.dsl-chart-key i{width:10px;height:10px;border-radius:3px;display:inline-block}
.dsl-chart-key b{color:var(--foreground);font-weight:600}
"""
"""Styles for the chart markup; the data elements module includes it in its CSS."""
