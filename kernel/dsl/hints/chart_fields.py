"""What a chart written with Chart.js, Plotly, Vega, ECharts or Highcharts habits says in the DSL:
axis titles, targets and annotations, an `options` object, colour lists, format strings and the
fields of a reference line.

Each of these was told something true but useless ("a picture follows no link" for a target,
"expected a list" for Chart.js' options): the hint names the DSL's own field for the same thing,
with the author's values in it where they are plain."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.variants import variant_synonym
from kernel.dsl.hints.wording import flow_item
from kernel.dsl.model.reference_lines import REFERENCE_VARIANTS


def _key(field: Any) -> str:
    return re.sub(r"[\s_-]", "", str(field).lower())


AXIS_TITLES = (
    "a chart draws no axis titles: say what the axes show in its 'title' or 'description', and the "
    "values' unit with 'prefix' or 'suffix' (prefix: $, suffix: \" ms\")"
)
_AXIS_RANGE = "the value axis is set by the values (bars from zero) and reaches every reference line: remove min and max"
_AXIS_FIGURES = "the axis' figures take the chart's 'format', 'prefix' and 'suffix'"
_AXIS_OBJECTS = frozenset(
    {"xaxis", "yaxis", "axes", "axis", "scales", "xaxes", "yaxes", "valueaxis", "categoryaxis"}
)
_AXIS_TITLE_FIELDS = frozenset(
    {"xaxistitle", "yaxistitle", "xtitle", "ytitle", "xlabel", "ylabel", "xaxislabel", "yaxislabel", "axistitle",
     "axislabel", "xaxisname", "yaxisname", "valueaxistitle", "categoryaxistitle", "axistitles"}
)  # fmt: skip
_TITLE_KEYS = frozenset({"title", "titletext", "label", "name", "text", "axistitle", "axislabel"})
_RANGE_KEYS = frozenset({"min", "max", "suggestedmin", "suggestedmax", "beginatzero", "range", "domain", "zero",
                         "rangemode", "startonzero", "scale"})  # fmt: skip
_FIGURE_KEYS = frozenset({"format", "tickformat", "tickprefix", "ticksuffix", "callback", "labels", "ticks",
                          "numberformat", "valueformat", "axislabelformat"})  # fmt: skip
_TARGET_WORDS = frozenset(
    {"target", "targets", "goal", "goals", "threshold", "thresholds", "annotation", "annotations", "shapes",
     "markline", "marklines", "referenceline", "refline", "reflines", "plotlines", "targetline", "goalline",
     "targetvalue", "baseline", "benchmark", "rule", "rules", "hline", "hlines", "horizontalline"}
)  # fmt: skip
"""A target in other libraries' words: Chart.js' annotation plugin, Plotly's `shapes`, ECharts'
`markLine`, Recharts' `<ReferenceLine>`, Highcharts' `plotLines`, Vega-Lite's `rule`."""
_COLOUR_WORDS = frozenset(
    {"colors", "colours", "palette", "colorscheme", "colourscheme", "colorway", "backgroundcolor",
     "backgroundcolors", "bordercolor", "barcolor", "barcolors", "linecolor", "fillcolor", "seriescolors",
     "chartcolors", "scheme"}
)  # fmt: skip
_ACROSS_OFF = frozenset({"horizontal", "ishorizontal", "horizontalbars", "inverted", "swapaxes", "flipaxes"})


def chart_field_hint(field: str, value: Any) -> str | None:
    """What to write instead of `field` on a chart, or None when it is no other library's chart
    word known here: an axis' title, a target, a colour list, Chart.js' `indexAxis: x`."""
    key = _key(field)
    if key in _AXIS_TITLE_FIELDS and not isinstance(value, list):
        return AXIS_TITLES
    if key in _AXIS_OBJECTS and isinstance(value, Mapping | str):
        return axis_hint(value)
    if key in _TARGET_WORDS:
        return f"did you mean 'referenceLines'? {reference_lines_written(value)} draws a dashed line at each value"
    if key in _COLOUR_WORDS:
        return series_colours_hint(value)
    if key == "indexaxis" and _word(value) == "x":
        return (
            "indexAxis: x is the default, upright bars: remove it (orientation: horizontal draws them across)"
        )
    if key in _ACROSS_OFF and value is False:
        return "bars stand upright by default: remove it"
    return None


def axis_hint(value: Any) -> str | None:
    """What an axis object (`xAxis: {title: Month}`, Chart.js' `scales`) is in the DSL: no axis
    titles, an axis fitted to the values, figures in the chart's format; None for an axis that
    only holds the labels (`{categories: [...]}`, told as data)."""
    if isinstance(value, str):
        return AXIS_TITLES
    keys = _keys_within(value)
    told = []
    if keys & _TITLE_KEYS:
        told.append(AXIS_TITLES)
    if keys & _RANGE_KEYS:
        told.append(_AXIS_RANGE)
    if keys & _FIGURE_KEYS:
        told.append(_AXIS_FIGURES)
    if told:
        return "; ".join(told)
    if keys & {"categories", "data", "values"}:
        return None
    return "a chart draws its axes by itself: remove it"


def _keys_within(value: Any, depth: int = 3) -> set[str]:
    """The keys of `value` and of the objects in it, a few levels down, as `_key` writes them."""
    if depth == 0:
        return set()
    found: set[str] = set()
    items = (
        value.items() if isinstance(value, Mapping) else enumerate(value) if isinstance(value, list) else ()
    )
    for name, inner in items:
        if isinstance(name, str):
            found.add(_key(name))
        found |= _keys_within(inner, depth - 1)
    return found


def reference_lines_written(value: Any) -> str:
    """`referenceLines: [...]` with the values (and labels) found in another library's target:
    `4`, `[4, 5]`, Chart.js' `{yMin: 4, label: Target}`, ECharts' `{data: [{yAxis: 4}]}`."""
    lines = _lines_in(value)[:3]
    shown = ", ".join(lines) if lines else "{value: ..., label: Target}"
    return f"referenceLines: [{shown}]"


_VALUE_KEYS = ("value", "y", "ymin", "yvalue", "yaxis", "y0", "target", "goal", "threshold", "yintercept")
_LABEL_KEYS = ("label", "name", "text", "title", "content")


def _lines_in(value: Any, depth: int = 6) -> list[str]:
    number = _number(value)
    if number is not None:
        return [number]
    if depth == 0:
        return []
    if isinstance(value, list):
        return [line for item in value for line in _lines_in(item, depth - 1)]
    if not isinstance(value, Mapping):
        return []
    fields = {_key(name): inner for name, inner in value.items()}
    at = next(
        (_number(fields[k]) for k in _VALUE_KEYS if k in fields and _number(fields[k]) is not None), None
    )
    if at is None:
        return [line for inner in value.values() for line in _lines_in(inner, depth - 1)]
    label = next((words for k in _LABEL_KEYS if (words := _words(fields.get(k))) is not None), None)
    return [f"{{value: {at}, label: {flow_item(label)}}}" if label else at]


def _number(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return flow_item(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", value):
        return value.strip()
    return None


def _words(value: Any) -> str | None:
    """A label's words: text as written, or the text inside Chart.js' `{content: ...}`."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, Mapping):
        return next(
            (w for k in ("content", "text", "title") if (w := _words(value.get(k))) is not None), None
        )
    return None


def _word(value: Any) -> str:
    return value.strip().lower() if isinstance(value, str) else ""


def series_colours_hint(value: Any) -> str:
    """Where a chart's colours go: each series' own `color` (the first of a list shown in it);
    one series, its bars, and a pie's slices take the theme's palette, the brand's first."""
    first = value[0] if isinstance(value, list) and value else value
    colour = flow_item(first) if isinstance(first, str) and first.strip() else "..."
    return (
        f"each series takes its own colour: data: {{labels: [...], series: [{{name: ..., values: [...], "
        f"color: {colour}}}, ...]}}; a pie's slices take the theme's palette, its first the brand's (theme: {{primary: ...}})"
    )


def chart_options_hint(options: Mapping[str, Any]) -> str:
    """What Chart.js' `options` said in the DSL's fields (`indexAxis: y` is orientation:
    horizontal, `plugins.datalabels` valueLabels: true, `scales` the chart's format, prefix and
    suffix), for an `options` object on a chart, which the DSL does not read."""
    keys = _keys_within(options)
    fields = {_key(name): inner for name, inner in options.items()}
    said = []
    if _word(fields.get("indexaxis")) == "y":
        said.append("orientation: horizontal")
    if "datalabels" in keys:
        said.append("valueLabels: true")
    if "stacked" in keys:
        said.append("stacked: true")
    if keys & {"annotation", "annotations"}:
        said.append(reference_lines_written(options))
    if "scales" in keys:
        said.append("format, prefix and suffix for the axis' figures (a chart draws no axis titles)")
    if "legend" in keys:
        said.append("no legend field (it is drawn by itself for several series or a pie)")
    shown = (
        "; ".join(said)
        if said
        else "orientation, valueLabels, stacked, format, prefix, suffix, referenceLines"
    )
    return f"write the chart's own fields: {shown}"


CHART_OPTIONS = "a chart reads no 'options' object (Chart.js options are not read)"
"""The error for a chart's `options` written as an object (a select's `options` are a list)."""


_CURRENCY_SIGNS = {"$": "$", "usd": "$", "dollar": "$", "dollars": "$", "€": "€", "eur": "€", "euro": "€",
                   "euros": "€", "£": "£", "gbp": "£", "pound": "£", "¥": "¥", "jpy": "¥", "yen": "¥"}  # fmt: skip
_CURRENCY_WORDS = frozenset(
    {"currency", "money", "accounting", "monetary", "price", "cash", *_CURRENCY_SIGNS}
)


_FORMAT_STRING = re.compile(r"[$€£¥]?[\s,.0-9#~+\-]*[a-zA-Z%]?%?")
"""A d3, numeral.js or spreadsheet number format (`$,.2s`, `.1%`, `#,##0`, `0.0a`)."""


def chart_format_hint(value: Any) -> str | None:
    """What a chart `format` that is no DSL word says: a currency is a `prefix` (`currency`,
    `usd`), and a d3 or spreadsheet format string is a prefix, `compact` or `full` or `percent`
    (`"$,.2s"` is prefix: $ with format: compact); None for other words."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    word = text.lower()
    if word in _CURRENCY_WORDS:
        sign = _CURRENCY_SIGNS.get(word, "$")
        return (
            f'a currency is a prefix: prefix: {sign} (or a suffix: " €"); format is compact, full or percent'
        )
    if not _FORMAT_STRING.fullmatch(text) or not re.search(r"[,.#0%s$€£¥]", text):
        return None
    said = []
    symbol = next((s for s in "$€£¥" if s in text), None)
    if symbol:
        said.append(f"prefix: {symbol}")
    if "%" in text:
        said.append("format: percent")
    elif re.search(r"[sa]$", text):
        said.append("format: compact")
    elif "," in text:
        said.append("format: full")
    if not said:
        return None
    return f"a format string is not read: write {' and '.join(said)}"


_LINE_VALUE_WORDS = frozenset({"y", "yvalue", "yval", "val", "at", "target", "goal", "threshold", "position",
                               "ymin", "ymax", "y0", "y1", "yaxis", "yintercept", "amount", "number", "level"})  # fmt: skip
_LINE_TONE_WORDS = frozenset({"color", "colour", "tone", "stroke", "bordercolor", "linecolor", "severity", "status",
                              "intent", "kind", "type", "style"})  # fmt: skip
_LINE_LABEL_WORDS = frozenset({"name", "text", "title", "content", "caption", "labeltext"})
_TONES = "neutral, success, warning or danger"


def reference_line_field_hint(field: str, value: Any) -> str | None:
    """What to write instead of `field` on a reference line, or None: its place is `value` (`y:
    4`, Chart.js' `yMin`), its tone `variant` (`color: red` is danger), its words `label`."""
    key = _key(field)
    if key in _LINE_VALUE_WORDS:
        number = _number(value)
        return f"did you mean 'value'? value: {number or '...'}"
    if key in _LINE_TONE_WORDS:
        word = _word(value)
        tone = word if word in REFERENCE_VARIANTS else variant_synonym(word, REFERENCE_VARIANTS)
        if tone is None:
            return f"did you mean 'variant'? A line's tone is {_TONES}"
        return f"did you mean 'variant'? variant: {tone} ({_TONES})"
    if key in _LINE_LABEL_WORDS:
        words = _words(value)
        return f"did you mean 'label'? label: {flow_item(words) if words else '...'}"
    if key in ("dash", "dashed", "borderdash", "linestyle", "linedash", "width", "linewidth", "borderwidth"):
        return "a reference line is drawn dashed, in its variant's tone: remove it"
    return None


def reference_tone_hint(tone: str) -> str | None:
    """The reference line tone a colour word means (`red` is danger, `grey` neutral), or None."""
    return variant_synonym(tone.strip().lower(), REFERENCE_VARIANTS)
