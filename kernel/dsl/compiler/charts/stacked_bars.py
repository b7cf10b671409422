"""The bars of a stacked bar chart: one bar per label, each series a segment of it."""

from __future__ import annotations

from kernel.dsl.compiler.charts.bar_widths import bar_widths
from kernel.dsl.compiler.charts.bars import zero_stub
from kernel.dsl.compiler.charts.formatting import fmt_num, fmt_pct
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.stacks import Segment
from kernel.dsl.compiler.charts.value_axis import Frame

SEGMENT_GAP_PX = 1.0
"""The hairline between two segments of a stack, on the side of the upper one nearer zero: the
page shows through it, so that two segments of near colours still read as two."""


def stacked_bar_layer(
    spec: ChartSpec,
    segments: list[Segment],
    frame: Frame,
    width_hint: float,
    least_height: float | None = None,
) -> str:
    """Stacked bars in percent of the plot's width and height, as wide as a single series' bars:
    each segment in its series' colour, the far end of a stack rounded as a bar's is, its base
    square. A segment is its own small viewport (a nested `svg`), so that the hairline
    (`SEGMENT_GAP_PX`) is cut out of it in px whatever the plot's height; a stack of zeros is
    the stub a bar of 0 is (`zero_stub`). `least_height` is the least px the plot may be tall,
    as in `bar_layer`."""
    count = len(spec.labels)
    band = 100 / count
    bar = bar_widths(count, 1, width_hint).bar
    shrink = min((least_height or frame.height) / frame.height, 1.0)
    drawn: list[list[str]] = [[] for _ in spec.series]
    for segment in segments:
        high, low = max(segment.base, segment.end), min(segment.base, segment.end)
        height = frame.y(low) - frame.y(high)
        x = band * (segment.label + 0.5) - bar / 2
        if segment.base == segment.end:  # a stack of zeros
            drawn[segment.series].append(zero_stub(x, bar, frame))
            continue
        if height < 0.5:
            continue
        up = segment.end > segment.base
        tall = fmt_pct(round(height, 2) / frame.height * 100)
        shift = ""
        if segment.on_another:
            shift = f' transform="translate(0 {fmt_num(-SEGMENT_GAP_PX if up else SEGMENT_GAP_PX)})"'
        if segment.outer:
            radius = fmt_num(min(4.0, height * shrink))
            square_y = "50%" if up else "0"
            shape = (
                f'<rect width="100%" height="100%" rx="{radius}"{shift}/>'
                f'<rect y="{square_y}" width="100%" height="50%"{shift}/>'
            )
        else:
            shape = f'<rect width="100%" height="100%"{shift}/>'
        drawn[segment.series].append(
            f'<svg x="{fmt_num(x)}%" y="{frame.pct(high)}" width="{fmt_num(bar)}%" height="{tall}"'
            f' overflow="hidden">{shape}</svg>'
        )
    return "".join(
        f'<g class="dsl-chart-bars is-stacked" style="fill:{series.color}">{"".join(parts)}</g>'
        for series, parts in zip(spec.series, drawn, strict=True)
        if parts
    )
