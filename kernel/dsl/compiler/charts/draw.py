"""Charts drawn as inline SVG (bar, line, area, pie/donut) with axes, nice ticks and a legend:
the entry point, which picks the drawing for the variant and the box."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kernel.dsl.compiler.charts.across import across_plot
from kernel.dsl.compiler.charts.cartesian import cartesian_plot
from kernel.dsl.compiler.charts.formatting import fmt_num
from kernel.dsl.compiler.charts.legend import legend_html
from kernel.dsl.compiler.charts.lines import line_key
from kernel.dsl.compiler.charts.numbers import number_style
from kernel.dsl.compiler.charts.pie import pie_chart
from kernel.dsl.compiler.charts.reference_lines import references
from kernel.dsl.compiler.charts.sparkline import SPARKLINE_HEIGHT, SPARKLINE_WIDTH, sparkline
from kernel.dsl.compiler.charts.spec import normalize
from kernel.dsl.compiler.charts.stacks import Stacking
from kernel.dsl.compiler.charts.value_format import PLAIN, ValueFormat
from kernel.dsl.compiler.html import esc
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import ChartData, ReferenceLine

CHART_VARIANTS = ("bar", "line", "area", "pie", "donut")
_ALIASES = {"column": "bar", "bars": "bar", "doughnut": "donut", "ring": "donut", "spline": "line"}


def chart_html(
    variant: str | None,
    data: ChartData | Mapping[str, Any] | None,
    *,
    width: float = 560,
    height: float = 240,
    uid: str = "chart",
    center_label: str | None = None,
    total_label: str = "Total",
    other_label: str = "Other",
    more_label: str = "+{count} more",
    empty_text: str = "No data",
    lang: str | None = None,
    typeface: Typeface = "sans",
    grows: bool = False,
    legend: bool = True,
    stacked: bool | str | None = None,
    value_format: ValueFormat = PLAIN,
    reference_lines: Sequence[ReferenceLine] = (),
    orientation: str | None = None,
    value_labels: bool = False,
) -> str:
    """A chart `height` px tall that fills its container's width, with axes and a legend.

    `variant` is bar, line, area, pie or donut (unknown -> bar); `data` is
    `{labels, values}` or `{labels, series: [{name, values, color}]}`. `width` is only the
    expected width, used to cap bar widths. Bars, gridlines and dots use percentages of the
    plot's real width and height and text is HTML, so labels keep their size whatever the
    container; container queries lay out the x labels (`x_axis`, also in `lang`'s month
    and day names) and a pie's legend. Empty data
    draws a labelled empty frame; negative values get a zero line; lengths are reconciled. A
    chart less tall than `SPARKLINE_HEIGHT` (or narrower than `SPARKLINE_WIDTH`) is a
    sparkline: its marks alone fill the box. `center_label` is the author's caption of a
    donut's centre (None when they gave none), `total_label` the default caption of its total,
    `other_label` names the slice that gathers those a pie's legend has no room for,
    `more_label` (with `{count}`) counts the keys a legend under a pie has no room for, and
    `empty_text` fills an empty chart (English by default; the caller passes the document's
    language's words). `lang`, the document's language, writes the figures (`number_style`).
    A donut of shares shows a share in its centre, not their total of 100 (see `donut_center`).
    Text widths that lay out the axis and the legend are estimated in the theme's `typeface`.
    A pie or donut that `grows` (its height is no author's box, only the pie's size) is taller
    than `height` where its legend goes under it, by the rows the legend takes (see `pie_chart`).
    A bar, line or area chart of several series draws their legend under it unless `legend` is
    false (a box too short for it: `chart_series_legend`); `height` is then the plot's alone.
    `stacked` (true or "percent") stacks a bar or area chart's several series (`chart_stacking`).
    `value_format` writes the figures of the value axis and a donut's total (the chart's
    `format`, `prefix` and `suffix`). A bar chart of `orientation` horizontal draws its bars across
    (`across_plot`); `value_labels` writes a bar chart's values at its bars' ends.
    A bar, line or area chart with upright axes draws its `reference_lines` across the plot."""
    kind = _ALIASES.get((variant or "bar").lower(), (variant or "bar").lower())
    kind = kind if kind in CHART_VARIANTS else "bar"
    width, height = max(float(width), 40.0), max(float(height), 16.0)
    spark = height < SPARKLINE_HEIGHT or width < SPARKLINE_WIDTH
    spec = normalize(data)
    numbers = number_style(lang)
    stacking = chart_stacking(kind, stacked, len(spec.series))
    body: str | None = None
    body_style = ""
    if not spec.is_empty:
        if kind in ("pie", "donut"):
            pie = pie_chart(
                spec,
                height,
                donut=kind == "donut",
                center_label=center_label,
                total_label=total_label,
                other_label=other_label,
                more_label=more_label,
                numbers=numbers,
                typeface=typeface,
                grows=grows,
                value_format=value_format,
            )
            if pie is not None:
                # the body is a size container: give it a natural width for rows that shrink-wrap it
                body, natural_width = pie
                body_style = f' style="contain-intrinsic-inline-size:{fmt_num(natural_width)}px"'
        elif spark:
            body = sparkline(spec, kind, width, height, uid, stacking)
        elif kind == "bar" and orientation == "horizontal":
            body = across_plot(
                spec, width, height, uid, numbers, typeface, stacking, value_format, value_labels
            )
            if legend and len(spec.series) > 1:
                body += legend_html([(s.name, "", s.color) for s in spec.series])
        else:
            refs = references(reference_lines, value_format, numbers, percent=stacking == "percent")
            body = cartesian_plot(
                spec,
                kind,
                width,
                height,
                uid,
                numbers,
                lang,
                typeface,
                stacking,
                value_format,
                refs=refs,
                value_labels=value_labels,
            )
            if legend and len(spec.series) > 1 and kind == "bar":
                body += legend_html([(s.name, "", s.color) for s in spec.series])
            elif legend and len(spec.series) > 1:
                keys = [(s.name, "", line_key(index, s.color)) for index, s in enumerate(spec.series)]
                body += legend_html(keys, "is-lines")
    if body is None:
        body = f'<div class="dsl-chart-empty" style="height:{fmt_num(height)}px">{esc(empty_text)}</div>'
    spark_class = " is-spark" if spark else ""
    return f'<div class="dsl-chart-body is-{kind}{spark_class}"{body_style}>{body}</div>'


def chart_stacking(kind: str, stacked: bool | str | None, series: int) -> Stacking | None:
    """How a chart of `kind` with `series` series stacks them, or None: the bars or areas of
    several series stack (`stacked: true` their values, `percent` their shares); a line, a pie
    or a single series is drawn as ever (the validator says `stacked` is not drawn there)."""
    if kind not in ("bar", "area") or series < 2 or not stacked:
        return None
    return "percent" if stacked == "percent" else "values"
