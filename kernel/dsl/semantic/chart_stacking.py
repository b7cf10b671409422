"""Checks of a chart's `stacked`: where it stacks nothing, and a 100% stack of values below zero."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kernel.dsl.hints.wording import a
from kernel.dsl.model.spellings import stacking_word
from kernel.dsl.number_text import shown_number
from kernel.dsl.semantic.findings import Findings, Key, is_number
from kernel.dsl.semantic.variants import CHART_VARIANT_ALIASES


def check_stacking(
    element: Mapping[str, Any],
    path: tuple[Key, ...],
    data: Mapping[str, Any],
    at: Callable[..., tuple[Key, ...]],
    findings: Findings,
) -> None:
    """`stacked` on a chart that does not stack (a line, a pie; a single series) is not
    drawn, a warning; on a `percent` stack a value below zero is an error, as it is no share of
    a whole (`stacked: true` stacks it downward from zero). `data` is the chart's data in the
    DSL's shape, `at` points into it as written."""
    stacked = stacking_word(element.get("stacked"))
    if stacked is not True and stacked != "percent":
        return
    variant = element.get("variant")
    word = variant.strip().lower() if isinstance(variant, str) else "bar"
    kind = CHART_VARIANT_ALIASES.get(word, word)
    series = data.get("series")
    lists = (
        [entry.get("values") for entry in series if isinstance(entry, Mapping)]
        if isinstance(series, list)
        else []
    )
    if not lists and isinstance(data.get("values"), list):
        lists = [data["values"]]
    if kind not in ("bar", "area"):
        findings.warn(
            (*path, "stacked"),
            f"{a(kind)} chart does not stack its series: 'stacked' is not drawn",
            "field_ignored",
            "only bars and areas stack: use variant: bar or variant: area, or remove it",
        )
        return
    if len(lists) < 2:
        findings.warn(
            (*path, "stacked"),
            "a chart of one series has nothing to stack: 'stacked' is not drawn",
            "field_ignored",
            "give it several series to stack: series: [{name: ..., values: [...]}, ...], or remove it",
        )
        return
    if stacked != "percent":
        return
    for index, values in enumerate(lists):
        if not isinstance(values, list):
            continue
        where = at("series", index, "values") if isinstance(series, list) else at("values")
        for place, value in enumerate(values):
            if is_number(value) and value < 0:
                findings.error(
                    (*where, place) if where[-1] == "values" else where,
                    f"a stack of shares (stacked: percent) draws each value as its part of the label's "
                    f"total: {shown_number(value)} is below zero",
                    "invalid_value",
                    "stacked: true stacks values below zero downward from it",
                )
