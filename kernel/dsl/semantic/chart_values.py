"""A chart's `prefix`, `suffix` and `format` where they draw nothing (an icon, a stack of shares)
or draw what was not meant (percentages taken for fractions, a percent sign twice)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from kernel.dsl.chart_shapes import native_chart_data
from kernel.dsl.model.spellings import stacking_word, value_format_word
from kernel.dsl.semantic.findings import Findings, Key, is_number

_VALUE_FIELDS = ("prefix", "suffix", "format")


def check_chart_value_fields(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """A chart writes the words of its `prefix` and `suffix` around its figures, not an input's
    add-on icon (`{icon: dollar-sign}`), and a `stacked: percent` axis is of shares, which its
    values' `format`, `prefix` and `suffix` do not write: say so rather than drop them unseen."""
    for side in ("prefix", "suffix"):
        addon = element.get(side)
        if isinstance(addon, Mapping) and addon.get("icon") and not addon.get("text"):
            findings.warn(
                (*path, side),
                f"a chart writes words around its figures, not an icon: '{side}' is not drawn",
                "field_ignored",
                f"write the words: {side}: $",
            )
    if stacking_word(element.get("stacked")) != "percent":
        _check_percent_format(element, path, findings)
        return
    for name in _VALUE_FIELDS:
        if element.get(name) not in (None, ""):
            findings.warn(
                (*path, name),
                f"a chart stacked as percent reads 0-100% of each label's total: '{name}' is not drawn",
                "field_ignored",
                "stacked: true keeps the values, written with it",
            )


PERCENTAGE_LEAST = 1.5
"""A value past this (either way) is read as a percentage already written x100 (45 for 45%)."""


def _check_percent_format(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """`format: percent` takes the values for fractions (0.45 is 45%): values that are already
    percentages (45, 30, 12) were drawn 4,500% on a 6k% axis, and a `suffix: "%"` beside it
    added a second sign (45%%). Say so: of percentages with that suffix, the format is the
    one to remove; of fractions, the suffix.

    The values are taken for percentages when every one that is not zero is more than
    `PERCENTAGE_LEAST` (150%) either way: fractions of a whole (a conversion rate, a share of a
    budget) lie within -1 and 1, and a chart of rates all past 150% is rare, while percentages
    written x100 are nearly all past 1.5 (only a chart of shares every one under 1.5% slips
    by). One fraction at or under it (0.8 among 2.5 and 3) keeps the chart unwarned."""
    if value_format_word(element.get("format")) != "percent":
        return
    suffix = element.get("suffix")
    words = suffix.get("text") if isinstance(suffix, Mapping) else suffix
    signed = isinstance(words, str) and words.strip().endswith("%")
    values = [value for value in _chart_values(element.get("data")) if value != 0]
    if values and all(abs(value) > PERCENTAGE_LEAST for value in values):
        shown = ", ".join(f"{value:g}" for value in values[:3])
        findings.warn(
            (*path, "format"),
            f"format: percent takes the values for fractions of one (0.45 is 45%), but these ({shown}) "
            f"look like percentages already (45 = 45%): they are drawn {values[0] * 100:,.0f}%",
            "chart_format_mismatch",
            "remove format: percent (suffix: '%' writes the sign)"
            if signed
            else "remove format: percent and write suffix: '%', or write the values as fractions (0.45)",
        )
    elif signed:
        findings.warn(
            (*path, "suffix"),
            "format: percent writes each figure's percent sign already: suffix '%' draws it twice (45%%)",
            "chart_format_mismatch",
            "remove suffix: '%'",
        )


def _chart_values(data: Any) -> Iterator[float]:
    """Every number in a chart's `data` (its `values`, each series' `values`), in any shape
    the chart reads."""
    native = native_chart_data(data)
    if not isinstance(native, Mapping):
        return
    rows = [native.get("values")]
    series = native.get("series")
    if isinstance(series, list):
        rows += [entry.get("values") for entry in series if isinstance(entry, Mapping)]
    for row in rows:
        if isinstance(row, list):
            yield from (float(value) for value in row if is_number(value))
