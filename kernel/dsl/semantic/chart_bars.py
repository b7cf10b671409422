"""Checks of a bar chart's own fields, `orientation` and `valueLabels`, where they draw nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.element_fields import element_field_hint
from kernel.dsl.hints.wording import a
from kernel.dsl.model.spellings import orientation_word, stacking_word
from kernel.dsl.semantic.findings import Findings, Key
from kernel.dsl.semantic.variants import CHART_VARIANT_ALIASES

BARS_ONLY = "only bars have it: use variant: bar, or remove it"


def chart_kind(element: Mapping[str, Any]) -> str:
    """The chart a chart element draws, by its `variant` (bar when it has none)."""
    variant = element.get("variant")
    word = variant.strip().lower() if isinstance(variant, str) else "bar"
    return CHART_VARIANT_ALIASES.get(word, word)


def check_chart_bars(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """Bars across (`orientation: horizontal`) and values at their ends (`valueLabels`) are a bar
    chart's: a line, an area or a pie draws neither, and a stack of shares ends every bar at 100%,
    so its labels would say nothing. Say so rather than drop them unseen."""
    kind = chart_kind(element)
    if orientation_word(element.get("orientation")) == "horizontal" and kind != "bar":
        findings.warn(
            (*path, "orientation"),
            f"{a(kind)} chart has no bars to turn: 'orientation' is not drawn",
            "field_ignored",
            BARS_ONLY,
        )
    if element.get("valueLabels") is not True:
        return
    if kind != "bar":
        findings.warn(
            (*path, "valueLabels"),
            f"{a(kind)} chart writes no values on its marks: 'valueLabels' is not drawn",
            "field_ignored",
            BARS_ONLY,
        )
    elif stacking_word(element.get("stacked")) == "percent":
        findings.warn(
            (*path, "valueLabels"),
            "every bar of a stack of shares (stacked: percent) ends at 100%: 'valueLabels' is not drawn",
            "field_ignored",
            "stacked: true writes each stack's total at its end",
        )


def check_orientation_elsewhere(
    kind: str, element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings
) -> None:
    """`orientation` is a chart's alone: on a divider, a stepper or a row it is what they call
    `direction`, an error as any field the model lacks (a rule drawn the other way is wrong)."""
    if kind == "chart" or "orientation" not in element:
        return
    findings.error(
        (*path, "orientation"),
        "unknown field 'orientation'",
        "unknown_field",
        element_field_hint("orientation", orientation_word(element["orientation"]), kind),
    )
