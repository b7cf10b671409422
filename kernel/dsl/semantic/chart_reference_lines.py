"""Checks of a chart's `referenceLines` the schema cannot express: a pie's, a tone not drawn, a value
past the axis' limit."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from kernel.dsl.chart_shapes import PIE_VARIANTS
from kernel.dsl.compiler.charts.sparkline import SPARKLINE_HEIGHT, SPARKLINE_WIDTH
from kernel.dsl.compiler.elements.chart import chart_plot_height
from kernel.dsl.hints.chart_fields import reference_tone_hint
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.lengths import px_or_none
from kernel.dsl.limits import MAX_CHART_VALUE
from kernel.dsl.model import Element
from kernel.dsl.model.reference_lines import REFERENCE_VARIANTS
from kernel.dsl.model.spellings import orientation_word
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.chart_bars import chart_kind
from kernel.dsl.semantic.findings import Findings, Key, is_number


def check_reference_lines(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A pie or donut has no value axis to draw a line across, bars across draw none yet, nor
    does a chart small enough to be a sparkline (a warning, the field is not drawn); a line's value past MAX_CHART_VALUE is an error, as a
    data value is (the axis that reaches it could not be computed); a variant that is no line tone
    draws the neutral one."""
    lines = element.get("referenceLines")
    if lines is None or lines == []:
        return
    variant = element.get("variant")
    kind = variant.strip().lower() if isinstance(variant, str) else ""
    if kind in PIE_VARIANTS:
        findings.warn(
            (*path, "referenceLines"),
            f"a {kind} has no value axis to draw a line across: 'referenceLines' is not drawn",
            "field_ignored",
            "draw the values as variant: bar or variant: line to mark a target across them, or remove it",
        )
        return
    if chart_kind(element) == "bar" and orientation_word(element.get("orientation")) == "horizontal":
        findings.warn(
            (*path, "referenceLines"),
            "a bar chart across (orientation: horizontal) draws no reference lines yet: "
            "'referenceLines' is not drawn",
            "field_ignored",
            "draw the bars upright (remove orientation) to mark a target across them, or remove it",
        )
        return
    if _sparkline_height(element) is not None:
        findings.warn(
            (*path, "referenceLines"),
            f"a chart under {SPARKLINE_HEIGHT:g} px tall is drawn as a sparkline, its marks alone, "
            "without a value axis: 'referenceLines' is not drawn",
            "field_ignored",
            f"make the chart at least {SPARKLINE_HEIGHT:g} px tall (its plot, under any title) to mark "
            "a value across it, or remove it",
        )
        return
    entries = lines if isinstance(lines, list) else [lines]
    for index, entry in enumerate(entries):
        where = (*path, "referenceLines", index) if isinstance(lines, list) else (*path, "referenceLines")
        value = _number(entry.get("value") if isinstance(entry, Mapping) else entry)
        if value is not None and not -MAX_CHART_VALUE <= value <= MAX_CHART_VALUE:
            findings.error(
                (*where, "value") if isinstance(entry, Mapping) else where,
                f"reference line value {shown_number(value)} is past the limit of ±{MAX_CHART_VALUE:g}",
                "limit_chart_value",
                "write the values in a larger unit, such as millions, and say so in the title",
            )
        tone = entry.get("variant") if isinstance(entry, Mapping) else None
        if isinstance(tone, str) and tone.strip().lower() not in REFERENCE_VARIANTS:
            findings.warn(
                (*where, "variant"),
                f"unknown reference line variant '{tone}'; the neutral tone is used",
                "unknown_variant",
                _tone_meant(tone) or "use " + ", ".join(f"'{word}'" for word in REFERENCE_VARIANTS),
            )


def _sparkline_height(element: Mapping[str, Any]) -> float | None:
    """The plot's px when the chart is drawn as a sparkline (too short or narrow for axes, as
    `chart_html` decides), else None (also when its sizing fields are not valid)."""
    try:
        chart = Element.model_validate({k: v for k, v in element.items() if k in _SIZING_FIELDS})
    except ValidationError:
        return None
    height = chart_plot_height(chart)
    width = (px_or_none(chart.layout.width) if chart.layout else None) or SPARKLINE_WIDTH
    return height if height < SPARKLINE_HEIGHT or width < SPARKLINE_WIDTH else None


_SIZING_FIELDS = (
    "type",
    "variant",
    "data",
    "layout",
    "size",
    "title",
    "description",
    "orientation",
    "stacked",
)


def _tone_meant(tone: str) -> str | None:
    """ "did you mean 'danger'?" for a misspelt tone or a colour word (`red`, `grey`, `amber`)."""
    meant = reference_tone_hint(tone)
    return f"did you mean '{meant}'?" if meant else did_you_mean(tone.strip().lower(), REFERENCE_VARIANTS)


def _number(value: Any) -> float | None:
    """`value` as the model reads a line's value: a number as written, or words that are one
    (`"1e300"`); None for anything else (the schema pass tells of it)."""
    if is_number(value):
        return value  # type: ignore[no-any-return]
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None  # past any float: the schema pass tells
    return None
