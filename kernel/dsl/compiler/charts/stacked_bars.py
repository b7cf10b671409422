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
            gap = SEGMENT_GAP_PX if segment.on_another else 0.0
            shape = rounded_end(min(4.0, height * shrink), gap, "height", "y", toward_start=up)
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


def rounded_end(radius: float, gap: float, length: str, along: str, *, toward_start: bool) -> str:
    """A stack's outer segment inside its own viewport (`overflow="hidden"`): one rect with
    corners of `radius` px, longer than the viewport by the radius on its base's side, so that
    its base corners fall outside and are cut off square by the viewport's edge. `length` names
    the rect's size along the bar (`height` upright, `width` across) and `along` its position
    there (`y`, `x`); `toward_start` is true where the free end is at the viewport's start (a
    stack upward has its top there, a stack across to the right its end). A segment on another
    leaves a hairline of `gap` px at its base: an inner viewport moved by it away from the free
    end cuts the rect there, the rect still reaching the free end.

    One shape, not a rounded rect and a square one over half of it: where the two overlapped,
    the bar's long edges were anti-aliased twice and a step showed halfway along the segment."""
    start = fmt_num(gap) if toward_start else fmt_num(-radius)
    more = radius - gap
    rect = (
        f'<rect {along}="{start}" width="100%" height="100%" rx="{fmt_num(radius)}"'
        f' style="{length}:calc(100% {"-" if more < 0 else "+"} {fmt_num(abs(more))}px)"/>'
    )
    if not gap:
        return rect
    moved = fmt_num(-gap if toward_start else gap)
    return f'<svg {along}="{moved}" overflow="hidden">{rect}</svg>'
