"""A bar chart's values written at its bars' ends (`valueLabels: true`), upright or across: beyond
the end where there is room, inside the bar where there is not (white on its colour).

Where a bar ends is known in percent of the plot, but how much room that leaves is known only to
Chromium (a card, a phone): an across label's side is a container query on the plot's width, one
threshold per label; an upright one's is decided on the plot's height, which the author sets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.charts.bar_widths import BarWidths
from kernel.dsl.compiler.charts.formatting import fmt_num, fmt_pct
from kernel.dsl.compiler.charts.label_boxes import Rows, ValueBox
from kernel.dsl.compiler.charts.numbers import NumberStyle
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.value_format import ValueFormat
from kernel.dsl.compiler.charts.x_axis import text_px
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.typefaces import Typeface

LABEL_FONT = 11.0
LABEL_LINE = 12.0
LABEL_GAP_PX = 5.0
"""The px between a bar's end and its label, beyond it or inside it."""
BOLD_MARGIN = 1.12
"""Labels are semibold: a little wider than `text_px`'s regular text, and never touching."""
UPRIGHT_ROOM = LABEL_LINE + LABEL_GAP_PX
"""The px an upright bar's label takes beyond its end: the plot keeps this much over its top."""

INSIDE_UP = "inset-inline-start:auto;inset-inline-end:calc(100% - var(--e) + 5px);color:#fff"
INSIDE_DOWN = "inset-inline-end:auto;inset-inline-start:calc(var(--e) + 5px);color:#fff"
"""An across label moved inside its bar (one growing to the high end, or to the low end)."""
INSIDE_DOWN_SHORT = INSIDE_DOWN.replace("+ 5px", "+ 2px")
"""A label inside a bar down that is a little short of it: as close to the bar's end as it goes."""

VEIL_ROWS = 2.0
VEIL_SIDES = 3.0
"""The px a veil reaches above and under a label's line, and beside its words."""
VEIL_CSS = (
    f".dsl-chart-vl.is-veiled{{padding:{fmt_num(VEIL_ROWS)}px {fmt_num(VEIL_SIDES)}px;margin-top:{fmt_num(VEIL_ROWS)}px;"
    "border-radius:3px;background:var(--surface)}"
    f".dsl-chart-vl.is-veiled.is-down{{margin-top:-{fmt_num(VEIL_ROWS)}px}}"
)
"""A value label a reference line runs through, on a halo of the surface: its words stay
where they were (the margin takes back what the padding moves them), the line passes behind."""

VALUE_LABEL_CSS = (
    ".dsl-chart-vl{position:absolute;font-size:11px;line-height:12px;font-weight:600;color:var(--foreground);"
    "white-space:nowrap;font-variant-numeric:tabular-nums;pointer-events:none}"
    ".dsl-chart-vl.is-across{transform:translateY(-50%)}"
    ".dsl-chart-vl.is-across.is-up{inset-inline-start:calc(var(--e) + 5px)}"
    ".dsl-chart-vl.is-across.is-down{inset-inline-end:calc(100% - var(--e) + 5px)}"
    f".dsl-chart-vl.is-across.is-up.is-in{{{INSIDE_UP}}}"
    f".dsl-chart-vl.is-across.is-down.is-in{{{INSIDE_DOWN}}}"
    ".dsl-chart-vl.is-upright{transform:translate(-50%,calc(-100% - 4px))}"
    ".dsl-chart-vl.is-upright.is-down{transform:translate(-50%,4px)}"
    ".dsl-chart-vl.is-upright.is-in{transform:translate(-50%,5px);color:#fff}"
    ".dsl-chart-vl.is-upright.is-down.is-in{transform:translate(-50%,calc(-100% - 5px))}" + VEIL_CSS
)
"""The labels' own styles (the chart stylesheet's): across ones placed with logical sides, so that
a right-to-left page's bars, which grow leftward, carry them at their ends too."""


@dataclass(frozen=True, slots=True)
class BarEnd:
    """A bar's (or a stack's) value and where it ends: `end` in percent along the value axis from
    its low end, `middle` in percent across the bars' bands; `up` when it grows toward the high end."""

    value: float
    decimals: int
    end: float
    middle: float
    up: bool
    zero: float = 0.0
    """Where the bar starts (zero, or a stack's foot), in percent along the axis as `end` is."""


def bar_ends(
    spec: ChartSpec, widths: BarWidths, stacked: bool, along: Callable[[float], float]
) -> list[BarEnd]:
    """Each drawn bar's end: a bar per value of each series, in its slot of its label's group (as
    `bar_layer` places it), or with `stacked` each label's stack once per side of zero (its total
    above, its total below; a stack of zeros, 0 on its stub). `along` places a value on the axis
    (percent from its low end); nulls draw nothing and are skipped."""
    count = len(spec.labels)
    band = 100 / count
    ends: list[BarEnd] = []
    for label in range(count):
        values = [(index, series.values[label]) for index, series in enumerate(spec.series)]
        if stacked:
            drawn = [(spec.series[index].decimals, value) for index, value in values if value is not None]
            if not drawn:
                continue
            decimals = max(places for places, _ in drawn)
            ups = [value for _, value in drawn if value > 0]
            downs = [value for _, value in drawn if value < 0]
            middle = band * (label + 0.5)
            if ups or not downs:
                ends.append(BarEnd(sum(ups), decimals, along(sum(ups)), middle, True, along(0.0)))
            if downs:
                ends.append(BarEnd(sum(downs), decimals, along(sum(downs)), middle, False, along(0.0)))
            continue
        for index, value in values:
            if value is None:
                continue
            start = band * (label + 0.5) - widths.group / 2 + index * (widths.bar + widths.gap)
            middle = start + widths.bar / 2
            ends.append(
                BarEnd(value, spec.series[index].decimals, along(value), middle, value >= 0, along(0.0))
            )
    return ends


def label_texts(ends: Sequence[BarEnd], numbers: NumberStyle, value_format: ValueFormat) -> list[str]:
    """The labels' words: the values as the axis writes its ticks, those in one short unit
    with one count of decimals (`ValueFormat.figures`)."""
    return value_format.figures([end.value for end in ends], numbers, [end.decimals for end in ends])


def label_px(text: str, typeface: Typeface) -> float:
    """About how wide a label is drawn, in px."""
    return text_px(text, LABEL_FONT, typeface) * BOLD_MARGIN


def across_labels(
    ends: Sequence[BarEnd], scope: str, numbers: NumberStyle, value_format: ValueFormat, typeface: Typeface
) -> tuple[str, str]:
    """The labels of bars across (HTML, in the plot's canvas, a size container) and their rules:
    each sits beyond its bar's end while the canvas is wide enough for it there, and inside the
    bar below that width while the bar holds it (a container query per label). Where neither
    holds it, a label of a bar up stays beyond, in the page's colour, where it is read whole; one
    of a bar down, whose beyond is the names' column, stays inside where the bar is longer than
    the room beyond it (its start may run a little past the zero line rather than over a name).
    A bar that ends at the axis' far end, with nothing beyond, always holds its label. `scope` is
    the canvas' class."""
    spans, rules = [], []
    for index, (end, text) in enumerate(zip(ends, label_texts(ends, numbers, value_format), strict=True)):
        need = label_px(text, typeface) + LABEL_GAP_PX + 1
        beyond = (100 - end.end) if end.up else end.end  # percent of the canvas beyond the end
        length = abs(end.end - end.zero)  # percent of the canvas the bar takes
        side = "is-up" if end.up else "is-down"
        name = f"dsl-vl-{index}"
        inside = beyond < 0.5
        if not inside and length > 0:
            outside_from, inside_from = need * 100 / beyond, need * 100 / length
            if inside_from < outside_from:
                declarations = INSIDE_UP if end.up else INSIDE_DOWN
                rules.append(
                    f"@container (width >= {fmt_num(inside_from)}px) and (width < {fmt_num(outside_from)}px)"
                    f"{{.{scope} .dsl-chart-vl.is-across.{side}.{name}{{{declarations}}}}}"
                )
                if not end.up:  # beyond a bar down lie the names: it stays inside, closer to the end
                    rules.append(
                        f"@container (width < {fmt_num(inside_from)}px)"
                        f"{{.{scope} .dsl-chart-vl.is-across.{side}.{name}{{{INSIDE_DOWN_SHORT}}}}}"
                    )
        classes = f"dsl-chart-vl is-across {side} {name}" + (" is-in" if inside else "")
        spans.append(
            f'<span class="{classes}" style="--e:{fmt_pct(end.end)};top:{fmt_pct(end.middle)}">{esc(text)}</span>'
        )
    return "".join(spans), "".join(rules)


def upright_boxes(
    ends: Sequence[BarEnd],
    plot_px: float,
    numbers: NumberStyle,
    value_format: ValueFormat,
    typeface: Typeface,
) -> list[ValueBox]:
    """The boxes `upright_labels` writes, each with the room of a veil around it (`VEIL_CSS`),
    whether it has one or not: what a reference label keeps clear of."""
    boxes = []
    for end, text in zip(ends, label_texts(ends, numbers, value_format), strict=True):
        rows = (-UPRIGHT_ROOM + 1, -LABEL_GAP_PX + 1)  # over the end, 4 px clear of it
        if _inside(end, plot_px):
            rows = (LABEL_GAP_PX, UPRIGHT_ROOM)
        if not end.up:
            rows = (-rows[1], -rows[0])
        width = label_px(text, typeface)
        boxes.append(
            ValueBox(
                Rows(1 - end.end / 100, rows[0] - VEIL_ROWS, rows[1] + VEIL_ROWS),
                end.middle / 100,
                width + 2 * VEIL_SIDES,
            )
        )
    return boxes


def upright_labels(
    ends: Sequence[BarEnd],
    plot_px: float,
    numbers: NumberStyle,
    value_format: ValueFormat,
    typeface: Typeface,
    veiled: Sequence[bool] = (),
) -> str:
    """The labels of upright bars (HTML, in the plot's canvas): each over
    its bar's end (the plot keeps `UPRIGHT_ROOM` over its top for the tallest), under it below
    zero, or inside the bar where the `plot_px` tall plot leaves no line's room under its end (a
    bar down to the axis' foot, over the x labels). `end` is in percent up from the plot's foot.
    Those `veiled` (a reference line runs through them) and not inside their bar are written on
    a veil of the surface (`VEIL_CSS`), the line passing behind them."""
    spans = []
    texts = label_texts(ends, numbers, value_format)
    for index, (end, text) in enumerate(zip(ends, texts, strict=True)):
        top = 100 - end.end
        inside = _inside(end, plot_px)
        veil = index < len(veiled) and veiled[index] and not inside
        classes = (
            "dsl-chart-vl is-upright"
            + ("" if end.up else " is-down")
            + (" is-in" if inside else "")
            + (" is-veiled" if veil else "")
        )
        spans.append(
            f'<span class="{classes}" style="left:{fmt_pct(end.middle)};top:{fmt_pct(top)}">{esc(text)}</span>'
        )
    return "".join(spans)


def _inside(end: BarEnd, plot_px: float) -> bool:
    """Whether an upright bar's label is written inside it: one below zero whose end leaves no
    line's room over the x labels."""
    return not end.up and end.end / 100 * plot_px < UPRIGHT_ROOM
