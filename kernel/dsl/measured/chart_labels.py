"""A chart's category names not drawn whole, and the slices a pie's legend has no row for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.measured.canvas_cut import CONTENT_CUT
from kernel.errors import Issue


@dataclass(frozen=True)
class CutChartLabels:
    """A chart (by JSON path) whose category names, turned under bars too narrow for them, end in
    an ellipsis (`cut`: longer than the room under the plot) or are left out (`left_out`: bands
    too narrow for even small turned text), of its `total` names; or, a `legend`, a pie in a box
    of set height whose legend under it has no row for the slices `left_out` (a "+N more")."""

    path: str
    cut: tuple[str, ...]
    left_out: tuple[str, ...]
    total: int
    legend: bool = False


NAMED_LABELS = 6
"""At most this many of a chart's names are quoted in a warning; the rest are counted."""


def chart_labels_warning(chart: CutChartLabels) -> Issue:
    """The warning for a chart's category names that are not drawn whole, or for the slices a
    pie's legend has no row for."""
    if chart.legend:
        return Issue(
            path=chart.path,
            message=(
                f"the legend under the pie has no row for {len(chart.left_out)} of its {chart.total} slices "
                f"({_quoted(chart.left_out)}): a '+{len(chart.left_out)} more' stands for them, so their "
                "slices are not named"
            ),
            code=CONTENT_CUT,
            suggestion=(
                "give the chart more height (layout.height), or leave out layout.height (the chart then "
                "grows to hold its legend), or more width (the legend goes beside the pie)"
            ),
        )
    parts = []
    if chart.cut:
        parts.append(
            f"{len(chart.cut)} end in an ellipsis, turned under its narrow bars ({_quoted(chart.cut)})"
        )
    if chart.left_out:
        parts.append(
            f"{len(chart.left_out)} are left out, its bars too narrow to name each ({_quoted(chart.left_out)})"
        )
    taller = " or more height (turned names may take 45% of it)" if chart.cut else ""
    return Issue(
        path=chart.path,
        message=f"of the chart's {chart.total} category names, {'; '.join(parts)}",
        code=CONTENT_CUT,
        suggestion=(
            f"give the chart more width (fewer grid columns, a wider card or canvas){taller}, shorten the "
            "names, or show fewer categories"
        ),
    )


def _quoted(names: Sequence[str]) -> str:
    """The first `NAMED_LABELS` names quoted, and how many more there are."""
    quoted = ", ".join(f"'{name}'" for name in names[:NAMED_LABELS])
    return quoted + (f" and {len(names) - NAMED_LABELS} more" if len(names) > NAMED_LABELS else "")
