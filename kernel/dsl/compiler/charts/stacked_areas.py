"""A stacked area chart's bands: each filled series drawn from the top of the ones under it to its
own running total, its line along that top."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kernel.dsl.compiler.charts.formatting import fmt_num
from kernel.dsl.compiler.charts.lines import LINE_UNITS, line_layer, see_through, stretched_layer
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.stacks import Stacking
from kernel.dsl.compiler.charts.value_axis import Frame, frame_over

BAND_OPACITY = (42, 48)
"""A band's fill, in percent of its series' colour, on a light and on a dark ground: even from
top to bottom, as bands never overlap (an area's fading fill is for areas that do), and strong
enough that two neighbouring bands read apart, their lines along their tops."""


@dataclass(frozen=True, slots=True)
class Band:
    """One filled series' band: at each label from `bases` (the top of the bands under it) to
    `tops` (its running total), None where its value is missing (the band breaks there)."""

    series: int
    bases: tuple[float | None, ...]
    tops: tuple[float | None, ...]


def area_bands(spec: ChartSpec, stacking: Stacking) -> list[Band]:
    """The bands of `spec`'s filled series, the first at the base. At each label values above
    zero stack upward from it and values below it downward, as a stacked bar's do; a missing
    value counts as 0 for the bands above it. A `percent` stack draws each value's share of its
    label's total of values above zero (values below zero have no share: the validator refuses
    them). A series with `fill: false` (a target line) is no band: it is drawn at its values."""
    count = len(spec.labels)
    filled = [index for index, series in enumerate(spec.series) if series.fill]
    totals = [
        sum(
            value for index in filled if (value := spec.series[index].values[label]) is not None and value > 0
        )
        for label in range(count)
    ]
    ups, downs = [0.0] * count, [0.0] * count
    bands: list[Band] = []
    for index in filled:
        bases: list[float | None] = []
        tops: list[float | None] = []
        for label, value in enumerate(spec.series[index].values):
            if value is None:
                bases.append(None)
                tops.append(None)
                continue
            if stacking == "percent":
                value = value / totals[label] * 100 if totals[label] and value > 0 else 0.0
            reached = downs if value < 0 else ups
            bases.append(reached[label])
            reached[label] += value
            tops.append(reached[label])
        bands.append(Band(index, tuple(bases), tuple(tops)))
    return bands


def stacked_area_frame(
    spec: ChartSpec, stacking: Stacking, height: float, room: float | None = None
) -> tuple[list[Band], Frame, list[float]]:
    """The bands of `spec` and the value axis they are drawn on, `height` px tall: from zero (or
    the lowest band's foot) to the highest top, or 0-100% for a `percent` stack; a series that
    is no band keeps its values in range. Its ticks are as many as fit in `room` (`frame_over`)."""
    bands = area_bands(spec, stacking)
    ends = [end for band in bands for end in (*band.bases, *band.tops) if end is not None]
    lines = [
        value for series in spec.series if not series.fill for value in series.values if value is not None
    ]
    extent = [0.0, 100.0] if stacking == "percent" else [0.0, *ends]
    frame, ticks = frame_over([*extent, *lines], height, include_zero=True, room=room)
    return bands, frame, ticks


def stacked_area_layer(
    spec: ChartSpec, bands: list[Band], frame: Frame, uid: str, *, dots: bool = True
) -> tuple[str, str]:
    """The bands' fills, then their lines along their tops (with dots, as `line_layer` draws
    them), as two layers for the gridlines to go between."""
    count = len(spec.labels)
    centers = [(label + 0.5) / count for label in range(count)]
    fills: list[str] = []
    for band in bands:
        color = spec.series[band.series].color
        for run in _runs(band):
            top = "L".join(
                f"{fmt_num(centers[i] * LINE_UNITS)} {fmt_num(frame.y(band.tops[i] or 0.0))}" for i in run
            )
            base = "L".join(
                f"{fmt_num(centers[i] * LINE_UNITS)} {fmt_num(frame.y(band.bases[i] or 0.0))}"
                for i in reversed(run)
            )
            fills.append(
                f'<path class="dsl-chart-area is-band" style="fill:{see_through(color, BAND_OPACITY)}"'
                f' d="M{top}L{base}Z"/>'
            )
    on_top = {band.series: band.tops for band in bands}
    drawn = dataclasses.replace(
        spec,
        series=tuple(
            dataclasses.replace(series, values=on_top.get(index, series.values))
            for index, series in enumerate(spec.series)
        ),
    )
    _, lines = line_layer(drawn, frame, area=False, uid=uid, dots=dots)
    return stretched_layer(frame, "".join(fills)), lines


def _runs(band: Band) -> list[list[int]]:
    """The runs of consecutive labels where `band` has a value; a lone one is drawn by its dot."""
    runs: list[list[int]] = [[]]
    for label, top in enumerate(band.tops):
        if top is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(label)
    return [run for run in runs if len(run) > 1]
