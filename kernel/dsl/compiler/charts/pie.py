"""A pie or donut chart: its slices, a donut's centre and the legend with their shares."""

from __future__ import annotations

import math
from collections.abc import Sequence

from kernel.dsl.compiler.charts.colours import SERIES_COLORS
from kernel.dsl.compiler.charts.formatting import fmt_num
from kernel.dsl.compiler.charts.legend import legend_html
from kernel.dsl.compiler.charts.numbers import ENGLISH_NUMBERS, NumberStyle
from kernel.dsl.compiler.charts.pie_legend import (
    GROWING_CLASS,
    PIE_GAP,
    column_legend_width,
    folded_legend,
    legend_room,
    pie_fold_width,
)
from kernel.dsl.compiler.charts.shares import are_shares, donut_center, percentages, says_percent, share_text
from kernel.dsl.compiler.charts.slices import pie_slices
from kernel.dsl.compiler.charts.sparkline import SPARKLINE_HEIGHT
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.value_format import PLAIN, ValueFormat
from kernel.dsl.compiler.charts.x_axis import text_px
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.typefaces import Typeface


def _sector(c: float, outer: float, inner: float, start: float, sweep: float, gap: float) -> str:
    """An annular (or, with `inner` 0, a pie) sector, trimmed by `gap` px on each side."""

    def point(radius: float, angle: float) -> str:
        return f"{fmt_num(c + radius * math.cos(angle))} {fmt_num(c + radius * math.sin(angle))}"

    pad_outer = min(gap / 2 / outer, sweep / 4)
    a0, a1 = start + pad_outer, start + sweep - pad_outer
    large = 1 if a1 - a0 > math.pi else 0
    path = f"M{point(outer, a0)}A{fmt_num(outer)} {fmt_num(outer)} 0 {large} 1 {point(outer, a1)}"
    if inner <= 0:
        return f"{path}L{fmt_num(c)} {fmt_num(c)}Z"
    pad_inner = min(gap / 2 / inner, sweep / 4)
    b0, b1 = start + sweep - pad_inner, start + pad_inner
    large_inner = 1 if b0 - b1 > math.pi else 0
    return (
        f"{path}L{point(inner, b0)}A{fmt_num(inner)} {fmt_num(inner)} 0 {large_inner} 0 {point(inner, b1)}Z"
    )


def pie_chart(
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
    value_format: ValueFormat = PLAIN,
) -> tuple[str, float] | None:
    """Slices of the first series (see `pie_slices`) and a legend with shares (its keys' widths
    estimated in the theme's `typeface`); a donut's centre is `donut_center`'s.

    Returns the HTML and its natural width. The legend sits beside the pie when the container is
    wide enough (the pie shrinking down to `_PIE_MIN_BESIDE`, the names ending in an ellipsis),
    else it goes below, in rows from one left edge, and the pie takes the height the rows leave
    of `height`. The legend of a pie that `grows` has a row for every key (`is-growing`): where
    the pie would be less than its least height, the chart grows past `height` to hold them; one
    that does not keeps to `height`, and keys that find no row are counted in a "+N more" (see
    `folded_legend`). A pie less tall than `SPARKLINE_HEIGHT` is drawn alone. A donut's total
    is written in `value_format`; the legend's shares stay percentages of the whole.
    """
    tiny = height < SPARKLINE_HEIGHT
    size = height
    slices = pie_slices(spec, len(SERIES_COLORS) if tiny else legend_room(size), other_label)
    if not slices:
        return None
    total = sum(v for _, v, _ in slices)
    percents = percentages([value for _, value, _ in slices])
    svg = _pie_svg(slices, total, size, donut)
    if tiny:
        figure = f'<div class="dsl-chart-pie-figure">{svg}</div>'
        return f'<div class="dsl-chart-pie" style="--pie-h:{fmt_num(size)}px">{figure}</div>', size
    center = hole_font = ""
    if donut:
        shares = are_shares(spec, [value for _, value, _ in slices])
        decimals = spec.series[0].decimals if spec.series else 0
        figure, caption = donut_center(
            slices, percents, total, shares, center_label, total_label, numbers, decimals, value_format
        )
        if figure or caption:
            caption_html = f"<span>{esc(caption)}</span>" if caption else ""
            figure_html = f"<b>{esc(figure)}</b>" if figure else ""
            alone = "" if figure else " is-caption"  # a title in the hole, drawn a little larger
            sizes = [f"--center-size:{_hole_font(figure, typeface)}"] if figure else []
            if caption:
                sizes.append(f"--caption-size:{caption_font(caption, not figure, typeface)}")
            hole_font = f' style="{";".join(sizes)}"'
            center = f'<span class="dsl-chart-center{alone}">{figure_html}{caption_html}</span>'
    entries = [
        (label, "" if says_percent(label) else share_text(percent, value, value_format.lang), color)
        for (label, value, color), percent in zip(slices, percents, strict=True)
    ]
    legend_width = min(column_legend_width(entries, typeface), 260.0)
    fold = pie_fold_width(size, legend_width)
    folded = folded_legend(entries, size, fold, more_label, typeface, every_key=grows)
    style = f"--pie-h:{fmt_num(size)}px;--pie-fold-min:{fmt_num(folded.pie_min)}px"
    growing = f" {GROWING_CLASS}" if grows else ""
    return (
        f'<div class="dsl-chart-pie dsl-fold-{fold}{growing}" style="{style}">'
        f'<div class="dsl-chart-pie-figure"{hole_font}>{svg}{center}</div>{legend_html(entries, folded.classes, folded.more)}</div>',
        size + PIE_GAP + legend_width,
    )


_CENTER_FONT = 24.0
_CENTER_SPAN = 0.44
"""A donut's centre figure is 24 px, but no wider than this share of the donut: the hole is 0.64
of it across, and a figure wider than half of it reaches the ring at its corners; at half of it
("6,912.30") it nearly touched the ring, this keeps a margin inside the hole."""


def _hole_font(figure: str, typeface: Typeface) -> str:
    """The font size that keeps `figure` inside a donut's hole however small the donut is drawn:
    24 px, or less in container query units of the donut's width ("1.24B" on a 120 px donut)."""
    wide = text_px(figure, _CENTER_FONT, typeface) * 1.08  # bold
    most = _CENTER_SPAN * _CENTER_FONT / wide * 100 if wide else 0.0
    return f"min({fmt_num(_CENTER_FONT)}px,{fmt_num(most)}cqi)"


_CAPTION_SPAN = 0.48
"""A donut's caption is no wider than this share of the donut (the stylesheet's `max-width`):
on two lines under the figure, its lower line lies where the hole is narrower than across its
middle."""
_CAPTION_SCALE = 10.0
"""The caption's font is at most this percent of the donut's width: its size on a donut 120 px
wide, smaller on a smaller one (a phone's card), so that its two lines and the figure stay in
the hole."""
_CAPTION_LEAST_PX = 9.0


def caption_font(caption: str, title: bool, typeface: Typeface) -> str:
    """The font size of a donut's caption: 12 px (a title alone in the hole 14 px, semibold), less
    on a small donut (`_CAPTION_SCALE`) and where its longest word would be wider than the hole
    lets it ("Organic search" on a phone: two lines of 12 px, not "Organic sea…"), never under
    `_CAPTION_LEAST_PX` (a word wider still is cut, and the legend names it whole). The caption
    wraps between its words to two lines (the stylesheet's), so only a word has to fit a line."""
    base = 14.0 if title else 12.0
    widest = max((text_px(word, base, typeface) for word in caption.split()), default=0.0)
    widest *= 1.05 if title else 1.0  # semibold
    fit = _CAPTION_SPAN * base / widest * 100 if widest else _CAPTION_SCALE
    most = min(fit, _CAPTION_SCALE)
    return f"clamp({fmt_num(_CAPTION_LEAST_PX)}px,{fmt_num(most)}cqi,{fmt_num(base)}px)"


def _pie_svg(slices: Sequence[tuple[str, float, str]], total: float, size: float, donut: bool) -> str:
    """The slices, clockwise from twelve o'clock, a hair apart; a donut's around a hole. A slice
    of 0 draws nothing (its key in the legend says 0%)."""
    c = size / 2
    radius = c - 2
    parts: list[str] = []
    angle = -math.pi / 2
    inner = radius * 0.64 if donut else 0.0
    gap = 2.0 if sum(1 for _, value, _ in slices if value > 0) > 1 else 0.0
    for _, value, color in slices:
        if value <= 0:
            continue
        sweep = value / total * 2 * math.pi
        if sweep >= 2 * math.pi - 1e-9:
            ring = f' stroke-width="{fmt_num(radius - inner)}"' if donut else ""
            r = (radius + inner) / 2 if donut else radius
            style = f"fill:none;stroke:{color}" if donut else f"fill:{color}"
            parts.append(
                f'<circle cx="{fmt_num(c)}" cy="{fmt_num(c)}" r="{fmt_num(r)}" style="{style}"{ring}/>'
            )
        else:
            d = _sector(c, radius, inner, angle, sweep, gap)
            parts.append(f'<path class="dsl-chart-slice" style="fill:{color}" d="{d}"/>')
        angle += sweep
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg" width="{fmt_num(size)}" height="{fmt_num(size)}"'
        f' viewBox="0 0 {fmt_num(size)} {fmt_num(size)}" role="img">{"".join(parts)}</svg>'
    )
