"""The bars of a bar chart (and of a bar sparkline), grouped by label."""

from __future__ import annotations

from kernel.dsl.compiler.charts.bar_widths import bar_widths
from kernel.dsl.compiler.charts.formatting import fmt_num, fmt_pct
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.value_axis import Frame

LOSS_COLOR = "var(--danger)"
"""The fill of a single series' bars below zero (a P&L's losing days), as a stat's fall is red."""
ZERO_STUB_PX = 2
"""How tall a zero (or a bar shorter than half a pixel) is drawn: a stub on the zero line in the
series' colour, as charting tools mark a value of nothing. Without it a day of 0 left the same
empty slot as a day without data (`null`), which stays empty."""


def bar_layer(spec: ChartSpec, frame: Frame, width_hint: float, least_height: float | None = None) -> str:
    """Grouped bars in percent of the plot's width and height; the far end is rounded, the
    base stays square. The bars below zero of a chart of one series (a P&L's losing days) are
    in `LOSS_COLOR`, unless the series has its own `color`; several series keep theirs, their
    colour being what tells them apart. `least_height` is the least px the plot may be tall (its labels may
    take more room where it is narrow): a bar's rounding is never more than it is tall there. A
    zero is a stub (`ZERO_STUB_PX`), a missing value (None) nothing."""
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
                rects.append(zero_stub(x, bar, frame))
                continue
            radius = min(4.0, height * shrink)
            top = frame.pct(max(value, 0.0))
            tall = fmt_pct(round(height, 2) / frame.height * 100)
            drawn = losses if value < 0 and groups == 1 and not series.own_color else rects
            drawn.append(
                f'<rect x="{fmt_num(x)}%" y="{top}" width="{fmt_num(bar)}%" height="{tall}" rx="{fmt_num(radius)}"/>'
            )
            # square off the end that sits on the zero line
            lift = f' transform="translate(0 -{fmt_num(radius)})"' if value >= 0 else ""
            drawn.append(
                f'<rect x="{fmt_num(x)}%" y="{frame.pct(0.0)}" width="{fmt_num(bar)}%" height="{fmt_num(radius)}"{lift}/>'
            )
        parts.append(f'<g class="dsl-chart-bars" style="fill:{series.color}">{"".join(rects)}</g>')
        if losses:
            parts.append(f'<g class="dsl-chart-bars is-loss" style="fill:{LOSS_COLOR}">{"".join(losses)}</g>')
    return "".join(parts)


def zero_stub(x: float, bar: float, frame: Frame) -> str:
    """A bar of nothing: `ZERO_STUB_PX` tall on the zero line, above it (below it on a plot of
    values at or under zero, whose zero line is its top), square."""
    lift = "" if frame.high <= 0 else f' transform="translate(0 -{ZERO_STUB_PX})"'
    return (
        f'<rect x="{fmt_num(x)}%" y="{frame.pct(0.0)}" width="{fmt_num(bar)}%" height="{ZERO_STUB_PX}"{lift}'
        ' class="dsl-chart-zero-bar"/>'
    )
