"""A bar, line or area chart's plot: its marks over the gridlines, the value labels in a gutter
on the left and the x labels under it."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.charts.bar_widths import bar_widths
from kernel.dsl.compiler.charts.bars import bar_layer
from kernel.dsl.compiler.charts.formatting import fmt_num
from kernel.dsl.compiler.charts.iso_labels import readable_dates
from kernel.dsl.compiler.charts.label_boxes import PlotRoom, ValueBox
from kernel.dsl.compiler.charts.lines import line_layer
from kernel.dsl.compiler.charts.numbers import NumberStyle, tick_labels
from kernel.dsl.compiler.charts.reference_labels import Marks, reference_labels_html, veiled
from kernel.dsl.compiler.charts.reference_lines import Reference, reaching, reference_lines_svg
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.stacked_areas import Band, stacked_area_frame, stacked_area_layer
from kernel.dsl.compiler.charts.stacked_bars import stacked_bar_layer
from kernel.dsl.compiler.charts.stacks import Segment, Stacking, stacked_frame
from kernel.dsl.compiler.charts.value_axis import BETWEEN, TICK_ROOM, Frame, gridlines, value_frame
from kernel.dsl.compiler.charts.value_format import PLAIN, ValueFormat
from kernel.dsl.compiler.charts.value_labels import (
    UPRIGHT_ROOM,
    VEIL_SIDES,
    bar_ends,
    upright_boxes,
    upright_labels,
)
from kernel.dsl.compiler.charts.x_axis import FLAT_ROOM, X_FONT, XAxis, text_px, x_axis
from kernel.dsl.compiler.page import built_in
from kernel.dsl.compiler.typefaces import Typeface

_PLOT_TOP = 8.0


def cartesian_plot(
    spec: ChartSpec,
    kind: str,
    width_hint: float,
    height: float,
    uid: str,
    numbers: NumberStyle,
    lang: str | None = None,
    typeface: Typeface = "sans",
    stacking: Stacking | None = None,
    value_format: ValueFormat = PLAIN,
    refs: Sequence[Reference] = (),
    value_labels: bool = False,
) -> str:
    """A bar, line or area chart `height` px tall (its x labels included): value gridlines and
    labels in a gutter on the left, the x labels under the plot (`x_axis`), their widths
    estimated in the theme's `typeface`.

    The plot is a box of that height (it may give way to a legend that wraps, in a chart of a
    set height); inside it a frame, a size container, lays out the labels for the width the
    chart turns out to have, with the chart's own container queries, and the canvas takes the
    height they leave: marks and gridlines are placed in percent of it. An empty SVG as wide as
    the box gives it the natural width the plot had when its SVG was in the flow. A bar chart
    with `stacking` draws its series stacked (`stacked_bar_layer`) on an axis up to its tallest
    stack, or of percentages; an area chart with `stacking` its series as bands, each on the
    ones before it (`stacked_area_layer`). The value labels are written in `value_format` (a
    percent stack's axis is of shares: its labels stay percentages, whatever the values' format).
    `refs` are drawn as dashed lines over the gridlines, labelled at the plot's end, on an axis
    that reaches them (`reference_lines`). A bar chart with `value_labels` writes each bar's value
    over its end (`bar_value_labels`), the plot keeping a line's room over its top for the tallest."""
    labelled = value_labels and kind == "bar" and stacking != "percent"
    top = _PLOT_TOP + (UPRIGHT_ROOM if labelled else 0.0)
    plot_height = height - top - FLAT_ROOM
    scope = f"dsl-x-{uid}"
    names = readable_dates(spec.labels, lang)
    # The ticks fit the plot with its x labels flat (`TICK_ROOM` apart); where the chart is
    # narrow enough for them to turn, the plot is shorter and every other tick is left out.
    segments, bands, frame, ticks, labels = _value_axis(
        spec, kind, plot_height, stacking, refs, numbers, value_format
    )
    gutter = max(text_px(label, X_FONT, typeface) for label in labels) + 14
    axis = x_axis(names, gutter=gutter, plot_height=height, scope=scope, lang=lang, typeface=typeface)
    crowded = crowded_below(axis, height - top, len(ticks))
    grid, y_labels = gridlines(frame, ticks, labels, between=crowded is not None)
    least = max(height - top - axis.most_room, 1.0)
    marked = reference_lines_svg(refs, frame)
    rules = axis.css
    if crowded is not None:
        rules += f"@container (width < {fmt_num(crowded)}px){{.{scope} .{BETWEEN}{{display:none}}}}"
    marks: Marks | None = None
    if labelled:
        spans, hide, boxes, room = bar_value_labels(
            spec, frame, gutter, width_hint, stacking, numbers, value_format, typeface, refs, least
        )
        marks = Marks(boxes, room, scope, gutter)
        y_labels += spans
        rules += f"@container (width < {fmt_num(hide)}px){{.{scope} .dsl-chart-vl{{display:none}}}}"
    ref_labels, ref_rules = reference_labels_html(refs, frame, least, marks, typeface)
    rules += ref_rules
    if kind == "bar":
        layer = (
            grid
            + (
                stacked_bar_layer(spec, segments, frame, max(width_hint - gutter, 60.0), least)
                if stacking is not None
                else bar_layer(spec, frame, max(width_hint - gutter, 60.0), least)
            )
            + marked
        )
    elif kind == "area" and stacking is not None:
        fills, lines = stacked_area_layer(spec, bands, frame, uid)
        layer = fills + grid + marked + lines
    else:
        fills, lines = line_layer(spec, frame, area=kind == "area", uid=uid)
        layer = fills + grid + marked + lines
    inner_style = f' style="padding-top:{fmt_num(top)}px"' if labelled else ""
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="dsl-chart-svg" width="100%" height="100%"'
        f' overflow="visible" role="img">{layer}</svg>'
    )
    return (
        f'<div class="dsl-chart-plot" style="height:{fmt_num(height)}px;padding-left:{fmt_num(gutter)}px">'
        f"<style>{built_in(rules)}</style>"
        '<svg class="dsl-chart-sizer" width="100%" height="0" aria-hidden="true"></svg>'
        f'<div class="dsl-chart-frame {scope}"><div class="dsl-chart-inner"{inner_style}>'
        f'<div class="dsl-chart-canvas">{svg}{y_labels}{ref_labels}</div>'
        f"{axis.html}</div></div></div>"
    )


def crowded_below(axis: XAxis, canvas: float, ticks: int) -> float | None:
    """The plot width below which `ticks` ticks are closer than `TICK_ROOM` in the `canvas` px
    the plot and its x labels share (the labels turned take more of it), or None: below it every
    other tick is left out (`BETWEEN`)."""
    if ticks < 4:
        return None
    needed = (ticks - 1) * TICK_ROOM
    return next((below for below, taken in axis.rooms if canvas - taken < needed), None)


def _value_axis(
    spec: ChartSpec,
    kind: str,
    plot_height: float,
    stacking: Stacking | None,
    refs: Sequence[Reference],
    numbers: NumberStyle,
    value_format: ValueFormat,
) -> tuple[list[Segment], list[Band], Frame, list[float], list[str]]:
    """The value axis of a plot `plot_height` px tall, as many ticks as fit in it (`frame_over`): a stack's segments or an area's bands, the frame, the ticks and
    their labels (in `value_format`, or percentages of a percent stack)."""
    segments: list[Segment] = []
    bands: list[Band] = []
    if kind == "bar" and stacking is not None:
        segments, frame, ticks = stacked_frame(spec, stacking, plot_height, plot_height)
    elif kind == "area" and stacking is not None:
        bands, frame, ticks = stacked_area_frame(spec, stacking, plot_height, plot_height)
    else:
        frame, ticks = value_frame(spec, plot_height, include_zero=kind == "bar", room=plot_height)
    frame, ticks = reaching(frame, ticks, refs, include_zero=kind == "bar", room=plot_height)
    if stacking == "percent":
        labels = [f"{label}%" for label in tick_labels(ticks, numbers)]
    else:
        labels = value_format.tick_labels(ticks, numbers)
    return segments, bands, frame, ticks, labels


def bar_value_labels(
    spec: ChartSpec,
    frame: Frame,
    gutter: float,
    width_hint: float,
    stacking: Stacking | None,
    numbers: NumberStyle,
    value_format: ValueFormat,
    typeface: Typeface,
    refs: Sequence[Reference],
    least: float,
) -> tuple[str, float, list[ValueBox], PlotRoom]:
    """Upright bars' value labels (`upright_labels`), the frame's width below which they are
    left out (where a bar's slot, its label's band or its own place in a group of series, is
    narrower than the widest label, neighbours' labels would run into each other), and, for
    the reference labels to keep clear of them, their boxes and the plot's sizes: `least` px
    tall (its x labels turned) up to the frame's height, from that width less the `gutter`.
    Those the `refs`' lines run through are veiled (`veiled`)."""
    groups = 1 if stacking is not None else len(spec.series)
    widths = bar_widths(len(spec.labels), groups, max(width_hint - gutter, 60.0))
    ends = bar_ends(
        spec, widths, stacking is not None, lambda value: 100 - frame.y(value) / frame.height * 100
    )
    boxes = upright_boxes(ends, frame.height, numbers, value_format, typeface)
    widest = max((box.width for box in boxes), default=2 * VEIL_SIDES) - 2 * VEIL_SIDES
    slot = 100 / len(spec.labels) if groups == 1 else widths.bar + widths.gap
    narrowest = (widest + 4) * 100 / slot
    room = PlotRoom(least, frame.height, narrowest)
    veils = veiled(boxes, refs, frame, room)
    spans = upright_labels(ends, frame.height, numbers, value_format, typeface, veils)
    return spans, gutter + narrowest, boxes, room
