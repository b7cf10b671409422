"""Checks of a chart's data: values and labels that do not match, slices gathered, series not told apart."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from kernel.dsl.chart_shapes import PIE_VARIANTS, drawing_notes, native_chart_data, series_name
from kernel.dsl.compiler.charts.colours import SERIES_COLORS
from kernel.dsl.compiler.charts.pie_legend import LEGEND_ROW_PITCH
from kernel.dsl.compiler.charts.slices import pie_gathering
from kernel.dsl.compiler.charts.sparkline import SPARKLINE_HEIGHT, SPARKLINE_WIDTH
from kernel.dsl.compiler.elements.chart import (
    SERIES_LEGEND_HEIGHT,
    chart_header_height,
    chart_plot_height,
    chart_series_legend,
)
from kernel.dsl.hints.wording import a
from kernel.dsl.lengths import px_or_none
from kernel.dsl.limits import MAX_CHART_VALUE
from kernel.dsl.model import Element
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.chart_bars import check_chart_bars
from kernel.dsl.semantic.chart_reference_lines import check_reference_lines
from kernel.dsl.semantic.chart_stacking import check_stacking
from kernel.dsl.semantic.chart_values import check_chart_value_fields
from kernel.dsl.semantic.findings import Findings, Key, is_number


def check_chart(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    check_chart_value_fields(element, path, findings)
    check_reference_lines(element, path, findings)
    check_chart_bars(element, path, findings)
    written = element.get("data")
    if written is None:
        findings.warn((*path, "data"), "chart has no data; an empty chart is drawn", "chart_no_data")
        return
    data = native_chart_data(written)
    if not isinstance(data, Mapping):
        return

    def at(*parts: Key) -> tuple[Key, ...]:
        # Data read from another library's shape has no `values`/`series` in the source to point at.
        return (*path, "data", *parts) if data is written else (*path, "data")

    labels = data.get("labels")
    count = len(labels) if isinstance(labels, list) else None
    values = data.get("values")
    series = data.get("series")
    if values is None and not series:
        findings.warn(at(), "chart data has neither 'values' nor 'series'", "chart_no_data")
    elif values == [] and not series:
        findings.warn(
            at("values"), "chart data's 'values' is empty; an empty chart is drawn", "chart_no_data",
            "give each label its value: {labels: [Jan, Feb], values: [3, 5]}",
        )  # fmt: skip
    if values is not None and series:
        findings.warn(
            at("values"),
            "chart data has both 'values' and 'series'; 'series' is drawn",
            "chart_data_mismatch",
        )
    if isinstance(values, list) and count is not None and len(values) != count:
        findings.warn(
            at("values"),
            _values_for_labels(len(values), count),
            "chart_data_mismatch",
            "give one value per label",
        )
    _check_chart_values(values, at("values"), findings)
    if isinstance(series, list):
        for index, entry in enumerate(series):
            entry_values = entry.get("values") if isinstance(entry, Mapping) else None
            _check_chart_values(entry_values, at("series", index, "values"), findings)
            if isinstance(entry_values, list) and count is not None and len(entry_values) != count:
                mismatch = _values_for_labels(len(entry_values), count)
                if data is not written:  # no series/<n> in the source to point at: name the series
                    mismatch = f"series '{series_name(entry, index)}': {mismatch}"
                findings.warn(
                    at("series", index, "values"), mismatch, "chart_data_mismatch", "give one value per label"
                )
    _check_negative_slices(element, values, labels, at, findings)
    _check_empty_series(series, at, findings)
    _check_lone_points(element, values, series, at, findings)
    for note in drawing_notes(element.get("variant"), data):
        findings.warn(at(*note.where), note.message, note.code, note.hint)
    check_stacking(element, path, data, at, findings)
    _check_pie_gathering(element, at(), findings)
    _check_series_room(element, path, findings)


def _check_empty_series(series: Any, at: Callable[..., tuple[Key, ...]], findings: Findings) -> None:
    """A series whose values are all null beside series that have some: its legend key stands for
    nothing drawn. (All series empty is told once: the chart draws 'No data'.)"""
    if not isinstance(series, list) or len(series) < 2:
        return
    lists = [entry.get("values") if isinstance(entry, Mapping) else None for entry in series]
    empty = [
        i
        for i, values in enumerate(lists)
        if isinstance(values, list) and values and all(v is None for v in values)
    ]
    if len(empty) == len(series):
        return
    for index in empty:
        findings.warn(
            at("series", index, "values"),
            f"series '{series_name(series[index], index)}' has no value (every one is null): its legend "
            "key stands for nothing drawn",
            "chart_data_mismatch",
            "give it its values, or remove the series",
        )


_LINE_KINDS = frozenset({"line", "area", "spline"})


def _check_lone_points(
    element: Mapping[str, Any],
    values: Any,
    series: Any,
    at: Callable[..., tuple[Key, ...]],
    findings: Findings,
) -> None:
    """A line or area chart whose series have one value each draws lone dots: a line needs two."""
    variant = element.get("variant")
    if not (isinstance(variant, str) and variant.strip().lower() in _LINE_KINDS):
        return
    lists = (
        [entry.get("values") for entry in series if isinstance(entry, Mapping)]
        if isinstance(series, list) and series
        else [values]
    )
    counts = [sum(1 for v in vals if is_number(v)) for vals in lists if isinstance(vals, list)]
    if not counts or max(counts) != 1:
        return
    kind = variant.strip().lower()
    findings.warn(
        at("series") if isinstance(series, list) and series else at("values"),
        f"{a(kind)} chart of one point draws a lone dot: a line needs two points",
        "chart_data_mismatch",
        "give it two values or more, or show the figure alone: type: stat",
    )


def _check_negative_slices(
    element: Mapping[str, Any],
    values: Any,
    labels: Any,
    at: Callable[..., tuple[Key, ...]],
    findings: Findings,
) -> None:
    """A pie or donut leaves a slice below zero out (it is no share of a whole): say which, at
    its value, and what draws signed values."""
    variant = element.get("variant")
    kind = variant.strip().lower() if isinstance(variant, str) else ""
    if kind not in PIE_VARIANTS or not isinstance(values, list):
        return
    names = labels if isinstance(labels, list) else []
    total = sum(value for value in values if is_number(value) and value > 0)
    for index, value in enumerate(values):
        if not (is_number(value) and value < 0):
            continue
        name = (
            f"'{names[index]}'" if index < len(names) and names[index] is not None else f"slice {index + 1}"
        )
        where = at("values")
        findings.warn(
            (*where, index) if where[-1] == "values" else where,
            f"a {kind} cannot draw a negative slice: {name} ({shown_number(value)}) is left out of the "
            f"chart and its legend; the shares are of the other slices' {shown_number(total)}",
            "chart_data_mismatch",
            "use a bar chart for values below zero: variant: bar draws them down from zero",
        )


def _check_chart_values(values: Any, path: tuple[Key, ...], findings: Findings) -> None:
    """An error for each value of a chart's list past MAX_CHART_VALUE either way: its axis could
    not be computed. Data read from another library's shape is pointed at as a whole (`path`)."""
    if not isinstance(values, list):
        return
    for index, value in enumerate(values):
        if is_number(value) and not -MAX_CHART_VALUE <= value <= MAX_CHART_VALUE:
            findings.error(
                (*path, index) if path[-1] == "values" else path,
                f"chart value {shown_number(value)} is past the limit of ±{MAX_CHART_VALUE:g}",
                "limit_chart_value",
                "write the values in a larger unit, such as millions, and say so in the title",
            )


CHART_SIZING_FIELDS = ("type", "variant", "data", "layout", "size", "title", "description")
"""A chart's fields that decide how tall its pie is drawn."""


def _check_pie_gathering(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A pie with more slices than its legend has rows draws the smallest as one grey slice
    ("Other (6)"): say which, and how tall the chart would show each."""
    variant = element.get("variant")
    if not isinstance(variant, str) or variant.strip().lower() not in PIE_VARIANTS:
        return
    try:
        chart = Element.model_validate({k: v for k, v in element.items() if k in CHART_SIZING_FIELDS})
    except ValidationError:
        return
    height = chart_plot_height(chart)
    most_slices = len(SERIES_COLORS)
    gathering, slices = pie_gathering(chart.data, height)
    if not gathering.gathered:
        return
    total = sum(value for _, value in slices)
    share = sum(slices[i][1] for i in gathering.gathered) / total * 100 if total else 0.0
    names = ", ".join(f"'{slices[i][0]}'" for i in gathering.gathered)
    tall = math.ceil(len(slices) * LEGEND_ROW_PITCH - (LEGEND_ROW_PITCH - 20) + chart_header_height(chart))
    taller = f"make the chart taller (layout: {{height: {tall}}}); or " if len(slices) <= most_slices else ""
    findings.warn(
        path,
        f"a {variant.strip().lower()} {shown_number(height)} px tall has legend rows for {len(gathering.kept) + 1} slices: "
        f"{len(gathering.gathered)} of its {len(slices)} ({names}; {share:.0f}% together) are drawn as one "
        f"grey slice, '{gathering.name}'",
        "chart_slices_gathered",
        f"to draw each slice, {taller}gather the small slices yourself (a slice named Other joins them)"
        + ("" if taller else f": a pie draws at most {most_slices} slices, each its own colour"),
    )


def _check_series_room(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A bar, line or area chart of several series that cannot tell them apart: a box too short
    (or narrow) for axes is a sparkline with no legend, one too short for the legend under its
    axes leaves it out (`chart_legend_dropped`); series past the distinct colours repeat the
    first ones' (`chart_colours_repeat`)."""
    variant = element.get("variant")
    if isinstance(variant, str) and variant.strip().lower() in PIE_VARIANTS:
        return
    try:
        chart = Element.model_validate({k: v for k, v in element.items() if k in CHART_SIZING_FIELDS})
    except ValidationError:
        return
    series = chart.data.series if chart.data and chart.data.series else []
    if len(series) < 2:
        return
    header = chart_header_height(chart)
    tall = math.ceil(SPARKLINE_HEIGHT + SERIES_LEGEND_HEIGHT + header)
    width = px_or_none(chart.layout.width) if chart.layout else None
    height = chart_plot_height(chart)
    if height < SPARKLINE_HEIGHT or (width is not None and width < SPARKLINE_WIDTH):
        findings.warn(
            path,
            f"a chart this small is drawn as a sparkline, without axes or legend: its {len(series)} series "
            "cannot be told apart",
            "chart_legend_dropped",
            f"make it at least {tall} px tall and {SPARKLINE_WIDTH:g} px wide (layout: {{height: {tall}}}), "
            "or draw one series",
        )
    elif not chart_series_legend(chart):
        findings.warn(
            path,
            f"a chart {height:g} px tall has no room for the legend of its {len(series)} series under its "
            "axes: the legend is left out",
            "chart_legend_dropped",
            f"make it at least {tall} px tall (layout: {{height: {tall}}}) for the legend",
        )
    own_colour = [entry.color for entry in series]
    repeated = [
        index
        for index in range(len(SERIES_COLORS), len(series))
        if own_colour[index] is None and own_colour[index % len(SERIES_COLORS)] is None
    ]
    if repeated:
        names = [series_name(entry.model_dump(), index) for index, entry in enumerate(series)]
        pairs = "; ".join(
            f"'{names[i]}' takes the colour of '{names[i % len(SERIES_COLORS)]}'" for i in repeated[:3]
        ) + ("; ..." if len(repeated) > 3 else "")
        findings.warn(
            (*path, "data", "series") if "series" in (element.get("data") or {}) else (*path, "data"),
            f"a chart has {len(SERIES_COLORS)} distinct series colours and {len(series)} series: they "
            f"repeat ({pairs})",
            "chart_colours_repeat",
            f"draw at most {len(SERIES_COLORS)} series, or give the later ones their own color",
        )


def _values_for_labels(values: int, labels: int) -> str:
    """ "1 value for 3 labels", "4 values for 1 label"."""
    return f"{values} value{'s' * (values != 1)} for {labels} label{'s' * (labels != 1)}"
