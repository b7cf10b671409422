"""What to write for a chart's data, its series and the chart kinds it does not draw."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kernel.dsl.hints.wording import flow_list

STACKED = (
    "stacked: true stacks a bar chart's series into one bar per label, percent their shares of each "
    "label's total"
)
"""What a chart's `stacked` takes, told with a value it does not."""

SERIES_STACK = "stacking is the chart's: stacked: true on the chart stacks every series; remove it"
"""Chart.js' `stack`, Recharts' `stackId`, Plotly's `stackgroup` on one series: the DSL stacks all."""

CHART_STACK_WORDS = (
    "did you mean 'stacked'? stacked: true stacks the series into one bar per label "
    "(stacked: percent, their shares)"
)
"""A chart's `stack`, `isStacked`, Highcharts' `stacking` for its `stacked`."""


_SERIES_RENAMES = {"label": "name", "title": "name", "data": "values", "bordercolor": "color",
                   "backgroundcolor": "color", "fill": "color", "stroke": "color"}  # fmt: skip
"""A chart series written as a Chart.js dataset (`{label, data, borderColor}`)."""


def series_field_hint(field: str) -> str | None:
    """What to write instead of `field` on a chart series, or None: Chart.js' and Recharts'
    `stack`/`stackId` put one series in a stack, where the DSL stacks them all (`stacked` on the
    chart); a unit goes in the series' name, as a legend shows it."""
    key = field.lower()
    if key in _SERIES_STACKING:
        return SERIES_STACK
    if key in _SERIES_UNIT_WORDS:
        return (
            'a series has no unit of its own: write it in its name, as its legend shows it: name: "HbA1c %"'
        )
    renamed = _SERIES_RENAMES.get(key)
    return f"did you mean '{renamed}'?" if renamed else None


SERIES_FIELDS = "a series takes 'name', 'values', 'color' and 'fill'"
"""The fields of a chart series (`model.Series`), told with any field it does not take."""


def series_fields_hint(hint: str | None) -> str:
    """What to write instead of a field a chart series does not take: `hint` (a did-you-mean,
    another library's word) first, then the fields a series takes."""
    return f"{hint}; {SERIES_FIELDS}" if hint else SERIES_FIELDS


_SERIES_UNIT_WORDS = frozenset({"unit", "units", "suffix", "valuesuffix", "unitlabel", "measure"})
"""A series' own words for the unit of its values (Highcharts' `valueSuffix`)."""


_SERIES_STACKING = frozenset({"stack", "stackid", "stacked", "stackgroup"})
"""A series' own words for its stack: Chart.js' `stack`, Recharts' `stackId`, Plotly's `stackgroup`."""


_CHART_LABEL_WORDS = frozenset(
    {"x", "xaxis", "xvalues", "xlabels", "categories", "category", "keys", "names", "label", "columns",
     "months", "days", "dates", "periods", "ticks", "domain"}
)  # fmt: skip
_CHART_VALUE_WORDS = frozenset(
    {"y", "yaxis", "yvalues", "data", "points", "counts", "value", "numbers", "amounts", "totals", "scores",
     "dataset", "range"}
)  # fmt: skip


def chart_data_field_hint(field: str, value: Any) -> str | None:
    """What to write instead of `field` in a chart's `data`: its x axis is `labels`, its numbers
    `values` (`{x: [...], y: [...]}` is `{labels: [...], values: [...]}`)."""
    key = field.lower().replace("_", "").replace("-", "")
    if key in _CHART_LABEL_WORDS:
        labels = [str(item) for item in value] if isinstance(value, list) else None
        return f"the x axis is 'labels': labels: {flow_list(labels)}"
    if key in _CHART_VALUE_WORDS:
        return f"the numbers are 'values': values: {flow_list(value)}"
    if key in ("datasets", "lines", "bars", "groups"):
        return "several lines or bars are 'series': series: [{name: ..., values: [...]}]"
    return None


def chart_data_shape_hint(data: Any) -> str | None:
    """How to write a chart's `data` given as a bare list: `[3, 5, 2]` is its values, and
    `[[Jan, 3], [Feb, 5]]` its label and value pairs."""
    if not isinstance(data, list) or not data:
        return None
    if all(isinstance(item, int | float) and not isinstance(item, bool) for item in data):
        return f"data is an object: data: {{labels: [...], values: {flow_list(data)}}}, one label per value"
    pairs = all(isinstance(item, list) and len(item) == 2 for item in data)
    if pairs and all(isinstance(b, int | float) and not isinstance(b, bool) for _, b in data):
        labels = [str(a) for a, _ in data]
        values = [b for _, b in data]
        return f"data is an object: data: {{labels: {flow_list(labels)}, values: {flow_list(values)}}}"
    if all(isinstance(item, str) for item in data):
        return f"data is an object: data: {{labels: {flow_list(data)}, values: [...]}}, one value per label"
    return "data is an object: data: {labels: [...], values: [...]}"


_HORIZONTAL_BARS = "use variant: bar with orientation: horizontal"
_CHART_OTHERS = "use variant: bar, line, area, pie or donut"
_UNDRAWN_CHARTS = {
    **dict.fromkeys(("polararea", "polar", "rose", "nightingale"), "use variant: pie (slices by share) or bar"),
    **dict.fromkeys(("radar", "spider", "web", "star"), "use variant: bar (one bar per axis) or line"),
    **dict.fromkeys(("scatter", "bubble", "point", "points", "dot", "dots", "xy"),
                    "use variant: line (the points joined, the x values as labels)"),
    **dict.fromkeys(("horizontalbar", "hbar", "barh", "horizontal", "barhorizontal", "barshorizontal"),
                    _HORIZONTAL_BARS),
    **dict.fromkeys(("stacked", "stackedbar", "stackedcolumn"), "use variant: bar with stacked: true"),
    **dict.fromkeys(("percentbar", "stackedpercent", "stackedbar100", "percentstackedbar", "fullstackedbar",
                     "stacked100", "stackedcolumn100", "percentstackedcolumn"),
                    "use variant: bar with stacked: percent"),
    **dict.fromkeys(("groupedbar", "grouped", "groupedcolumn"),
                    "use variant: bar with several series (drawn side by side)"),
    "stackedarea": "use variant: area with several series (drawn overlapping: only bars are stacked)",
    **dict.fromkeys(("histogram", "waterfall"), "use variant: bar"),
    "funnel": (
        "a funnel's steps shrink too fast for bars: draw a column of progress bars, one per step, "
        "{type: progress, label: Signed up, value: 8.2, text: '6,932 (8.2%)'}, or use variant: bar"
    ),
    **dict.fromkeys(("combo", "mixed", "composed", "combined"),
                    "a chart draws one variant: bar or line (two charts side by side for both)"),
    **dict.fromkeys(("gauge", "meter", "radialbar", "radial", "semicircle"),
                    "use type: progress with variant: circle"),
    "sparkline": "use variant: line (with a small layout height)",
    "timeseries": "use variant: line", "trend": "use variant: line", "step": "use variant: line",
}  # fmt: skip
"""Chart kinds of Chart.js, Recharts and others that are not drawn, with the nearest that is."""


def undrawn_chart_hint(variant: str) -> str | None:
    """What to draw instead of a chart kind that is not drawn (`radar`, `polarArea`,
    `horizontalBar`), or None for a word that is no chart kind (a misspelling, say)."""
    key = re.sub(r"[\s_-]", "", variant.lower())
    key = key.removesuffix("chart") if key not in _UNDRAWN_CHARTS else key
    if key in _UNDRAWN_CHARTS:
        return _UNDRAWN_CHARTS[key]
    if key in ("heatmap", "treemap", "sankey", "candlestick", "ohlc", "boxplot", "sunburst", "network"):
        return _CHART_OTHERS
    return None


GAP_WORDS = frozenset(
    {"n/a", "na", "#n/a", "nan", "none", "nil", "-", "\u2013", "\u2014", "missing", "?", "tbd"}
)
"""Words an export writes for a missing value (`n/a`, `NaN`, `-`), case aside."""


def chart_gap_hint(keys: Sequence[Any], value: Any) -> str | None:
    """For a chart's value written as a word for a missing one (`n/a`, `-`): null is the DSL's
    gap, which a line leaves open and a bar leaves out."""
    in_values = len(keys) >= 3 and keys[-2] == "values" and isinstance(keys[-1], int) and "data" in keys
    if not in_values or not isinstance(value, str) or value.strip().casefold() not in GAP_WORDS:
        return None
    return "use null for a gap, a value that is missing: values: [1, null, 3]"
