"""The lines, dots and area fills of a line or area chart (and of a line sparkline)."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.charts.formatting import fmt_num
from kernel.dsl.compiler.charts.spec import ChartSpec
from kernel.dsl.compiler.charts.value_axis import Frame
from kernel.dsl.compiler.html import esc

LINE_UNITS = 1000.0  # the x extent of the stretched layer that holds lines and areas


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


def _line_runs(points: Sequence[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """The runs a series' line joins: `_segments`, unless the series is sparse (`is_sparse`):
    then one run through all its values, across the gaps between them."""
    runs = _segments(points)
    return [[point for run in runs for point in run]] if is_sparse(runs) else runs


def is_sparse(runs: Sequence[Sequence[object]]) -> bool:
    """Whether a series' `runs` (of consecutive values) are two or more and all lone values: values
    sampled less often than the labels (quarterly values in a monthly chart). A break after every
    value drew them as dots alone, under the other series' markers, where the legend showed a line."""
    return len(runs) > 1 and all(len(run) == 1 for run in runs)


def stretched_layer(frame: Frame, content: str) -> str:
    """A layer as wide and tall as the plot whose x runs 0..LINE_UNITS and y 0..the frame's
    height, stretched to whatever size the plot has."""
    return (
        f'<svg width="100%" height="100%" viewBox="0 0 {fmt_num(LINE_UNITS)} {fmt_num(frame.height)}"'
        f' preserveAspectRatio="none" overflow="visible">{content}</svg>'
    )


AREA_OPACITY = {False: ((34, 48), (3, 6)), True: ((26, 40), (4, 7))}
"""An area's fill at the plot's top and at its bottom, in percent of its colour, on a light and on
a dark ground, for one series (False) and several (True). The fill fades with the plot's height,
alike for every series, so that where areas overlap both show through and the lower one reads as
in front, not stacked on the upper one; several are fainter, as their fills add up, and a dark
ground needs more of a colour to show it (0.3 of indigo on near-black was almost invisible)."""


def see_through(color: str, percent: tuple[int, int]) -> str:
    """`color` at `percent` (on a light ground, on a dark one) of its strength over what lies
    under it."""
    light, dark = percent
    return (
        f"light-dark(color-mix(in srgb,{color} {light}%,transparent),"
        f"color-mix(in srgb,{color} {dark}%,transparent))"
    )


LINE_DASHES: tuple[tuple[str, str], ...] = (
    ("", "{c}"),
    ("7 5", "repeating-linear-gradient(90deg,{c} 0 6px,transparent 6px 9px)"),
    ("0.1 5", "repeating-linear-gradient(90deg,{c} 0 3px,transparent 3px 6px)"),
    (
        "10 5 0.1 5",
        "repeating-linear-gradient(90deg,{c} 0 7px,transparent 7px 9px,{c} 9px 11px,transparent 11px 13px)",
    ),
)
"""The stroke patterns of line series (an SVG dash array, in screen px, the caps round) and their
legend keys' (a CSS background of colour `{c}`): solid, dashed, dotted, dash-dot. Lines differ by
more than their hue (WCAG 1.4.1): the sky and emerald series are alike to a red-green
colour-blind reader, and every series on a light page is drawn about as dark (3:1 apart)."""

SERIES_DASHES = (0, 1, 2, 3, 2, 0, 0, 3, 1, 1, 2, 3)
"""The pattern (an index of LINE_DASHES) of each of a chart's first twelve line series, then again.
The first four take solid, dashed, dotted, dash-dot; the rest are chosen so that two series that
share a pattern are far apart in colour (CIEDE2000 36 or more, on the light and the dark theme).
A cycle of four put series 3 and 7, emerald and deep teal (21 apart), both dotted: on a dark page
two green-teal dotted lines that could hardly be told apart."""


def _pattern(index: int) -> tuple[str, str]:
    """The `index`-th line series' (dash array, legend key) from LINE_DASHES."""
    return LINE_DASHES[SERIES_DASHES[index % len(SERIES_DASHES)]]


def line_dash(index: int) -> str:
    """The dash array of the `index`-th line series (0-based); "" for a solid line."""
    return _pattern(index)[0]


def line_key(index: int, color: str) -> str:
    """The legend key's background for the `index`-th line series, drawn as its line is."""
    return _pattern(index)[1].replace("{c}", color)


def line_layer(spec: ChartSpec, frame: Frame, *, area: bool, uid: str, dots: bool = True) -> tuple[str, str]:
    """Area fills, then lines with their dots, as two layers: the plot's gridlines go between
    them, so that they run alike across a fill and across the gap a missing value leaves in it.

    Lines and fills sit in a horizontally stretched layer; dots are drawn unstretched on top
    (when there are at most 16 points). A point with no neighbour (one value, or one between
    gaps) has no line to show it, so it gets its dot even without `dots` (a sparkline's). A sparse
    series (`is_sparse`) is joined across its gaps, its every value dotted, and drawn over the
    others: its dots would hide under theirs, its values being few."""
    count = len(spec.labels)
    centers = [(i + 0.5) / count for i in range(count)]
    baseline = frame.y(min(max(0.0, frame.low), frame.high))
    defs, areas = [], []
    lines: list[tuple[bool, str, str]] = []  # (sparse, paths, circles) per series
    top, bottom = AREA_OPACITY[sum(series.fill for series in spec.series) > 1]
    for s_index, series in enumerate(spec.series):
        points = [None if v is None else (centers[i], frame.y(v)) for i, v in enumerate(series.values)]
        sparse = is_sparse(_segments(points))
        runs = _line_runs(points)
        if area and series.fill:
            gradient = f"{uid}-fill-{s_index}"
            defs.append(
                f'<linearGradient id="{esc(gradient)}" gradientUnits="userSpaceOnUse"'
                f' x1="0" y1="0" x2="0" y2="{fmt_num(frame.height)}">'
                f'<stop offset="0" style="stop-color:{see_through(series.color, top)}"/>'
                f'<stop offset="1" style="stop-color:{see_through(series.color, bottom)}"/></linearGradient>'
            )
            for run in runs:
                outline = "L".join(f"{fmt_num(x * LINE_UNITS)} {fmt_num(y)}" for x, y in run)
                areas.append(
                    f'<path class="dsl-chart-area" fill="url(#{esc(gradient)})"'
                    f' d="M{fmt_num(run[0][0] * LINE_UNITS)} {fmt_num(baseline)}L{outline}'
                    f'L{fmt_num(run[-1][0] * LINE_UNITS)} {fmt_num(baseline)}Z"/>'
                )
        dash = line_dash(s_index)
        dashes = f";stroke-dasharray:{dash}" if dash else ""
        outlines = ["L".join(f"{fmt_num(x * LINE_UNITS)} {fmt_num(y)}" for x, y in run) for run in runs]
        paths = "".join(
            f'<path class="dsl-chart-line" vector-effect="non-scaling-stroke"'
            f' style="stroke:{series.color}{dashes}" d="M{outline}"/>'
            for outline in outlines
        )
        lone = {run[0] for run in runs if len(run) == 1}
        circles = "".join(
            f'<circle class="dsl-chart-dot" style="stroke:{series.color}" cx="{fmt_num(p[0] * 100)}%"'
            f' cy="{frame.pct(value)}" r="3.5"/>'
            for p, value in zip(points, series.values, strict=True)
            if p is not None and value is not None and ((dots and count <= 16) or p in lone or sparse)
        )
        lines.append((sparse, paths, circles))
    fills = stretched_layer(frame, f"<defs>{''.join(defs)}</defs>{''.join(areas)}") if area else ""
    # A sparse series' line and dots go over every other series' (its few dots hid under theirs).
    under = [(paths, circles) for is_over, paths, circles in lines if not is_over]
    over = "".join(stretched_layer(frame, paths) + circles for is_over, paths, circles in lines if is_over)
    return fills, stretched_layer(frame, "".join(paths for paths, _ in under)) + "".join(
        c for _, c in under
    ) + over
