"""A chart's `prefix`, `suffix` and `format` where they draw nothing: an icon, a stack of shares."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.model.spellings import stacking_word
from kernel.dsl.semantic.findings import Findings, Key

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
        return
    for name in _VALUE_FIELDS:
        if element.get(name) not in (None, ""):
            findings.warn(
                (*path, name),
                f"a chart stacked as percent reads 0-100% of each label's total: '{name}' is not drawn",
                "field_ignored",
                "stacked: true keeps the values, written with it",
            )
