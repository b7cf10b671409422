"""A stacked bar chart's stacks: where each series' segment of a label's bar starts and ends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.value_axis import Frame, frame_over

Stacking = Literal["values", "percent"]
"""`values` stacks the values themselves (`stacked: true`), `percent` their shares of each
label's total (`stacked: percent`), every bar then as tall as 100."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One series' part of a label's bar, from `base` (its end nearer zero) to `end`, in the
    axis' values (percent for a `percent` stack). `on_another` is true where a segment lies
    under it, between it and zero (a hairline gap parts them); `outer` where it ends the
    stack on its side of zero (its far end is rounded, as a bar's is)."""

    series: int
    label: int
    base: float
    end: float
    on_another: bool
    outer: bool


def stacked_segments(spec: ChartSpec, stacking: Stacking) -> list[Segment]:
    """Every label's stack, the first series at the base: values above zero stack upward from
    it, values below it downward (so a stack's two sides never cover each other). A null (or a
    zero) value has no segment; a stack of zeros alone is one empty segment, of its first zero's
    series, drawn as a stub on the zero line as a bar of 0 is. A `percent` stack draws each
    value's share of the label's total of values above zero; values below zero have no share
    and are left out (the validator refuses them)."""
    segments: list[Segment] = []
    for label in range(len(spec.labels)):
        values = [(index, series.values[label]) for index, series in enumerate(spec.series)]
        drawn = [(index, value) for index, value in values if value is not None and value != 0]
        if stacking == "percent":
            total = sum(value for _, value in drawn if value > 0)
            drawn = [(index, value / total * 100) for index, value in drawn if value > 0] if total else []
        zeros = [index for index, value in values if value == 0]
        if not drawn and zeros:
            segments.append(Segment(zeros[0], label, 0.0, 0.0, on_another=False, outer=True))
            continue
        ups = [(index, value) for index, value in drawn if value > 0]
        downs = [(index, value) for index, value in drawn if value < 0]
        for side in (ups, downs):
            reached = 0.0
            for place, (index, value) in enumerate(side):
                segments.append(
                    Segment(index, label, reached, reached + value, place > 0, place == len(side) - 1)
                )
                reached += value
    return segments


def stacks_extent(segments: list[Segment]) -> tuple[float, float]:
    """The lowest and the highest value the stacks reach, zero included (a stack stands on it)."""
    ends = [segment.end for segment in segments]
    return min([0.0, *ends]), max([0.0, *ends])


def stacked_frame(
    spec: ChartSpec, stacking: Stacking, height: float, room: float | None = None
) -> tuple[list[Segment], Frame, list[float]]:
    """The segments of `spec`'s stacks and the value axis they are drawn on, `height` px tall:
    from the lowest stack's foot to the tallest one's top (nice ticks over them, as many as fit
    in `room`, see `frame_over`), or 0-100% for a `percent` stack."""
    segments = stacked_segments(spec, stacking)
    extent = (0.0, 100.0) if stacking == "percent" else stacks_extent(segments)
    frame, ticks = frame_over(extent, height, include_zero=True, room=room)
    return segments, frame, ticks
