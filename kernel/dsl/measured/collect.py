"""All the warnings a render measured, in the order they are told, and a job's warnings with them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kernel.dsl.measured.canvas_cut import content_cut_warning, cut_told_by
from kernel.dsl.measured.canvas_sides import SideOverflow, StartOverflow, side_cut_warnings, start_cut_warning
from kernel.dsl.measured.chart_labels import CutChartLabels, chart_labels_warning
from kernel.dsl.measured.column_widths import NarrowedColumn, narrowed_column_warning
from kernel.dsl.measured.folded_bars import FoldedBar, folded_warning
from kernel.dsl.measured.hidden import Hidden, hidden_warning
from kernel.dsl.measured.overflow import (
    Clipped,
    Overflowing,
    Squeezed,
    clipped_warning,
    overflow_warnings,
    squeezed_warnings,
)
from kernel.dsl.measured.tabs_and_tables import CutTable, CutTabs, cut_table_warning, cut_tabs_warning
from kernel.dsl.measured.tooltips import CutTooltip, tooltip_cut_warning
from kernel.dsl.measured.truncated_texts import TruncatedTexts, truncated_warning
from kernel.errors import Issue
from kernel.warning_kinds import warning_kind


def measured_cut_warnings(
    cut_width_px: int,
    past_side: Sequence[SideOverflow],
    cut_tables: Sequence[CutTable],
    overflowing: Sequence[Overflowing] = (),
    before_start: Sequence[StartOverflow] = (),
    cut_tabs: Sequence[CutTabs] = (),
    squeezed: Sequence[Squeezed] = (),
    hidden: Sequence[Hidden] = (),
    clipped: Sequence[Clipped] = (),
    cut_charts: Sequence[CutChartLabels] = (),
    truncated: Sequence[TruncatedTexts] = (),
    cut_tooltips: Sequence[CutTooltip] = (),
    folded: Sequence[FoldedBar] = (),
    narrowed_columns: Sequence[NarrowedColumn] = (),
) -> list[Issue]:
    """What a render measured besides the content below the canvas: content past the canvas's
    side, tables cut at their own edge, table columns narrower than their `width`, boxes whose content runs out of their height, boxes too
    narrow for their words, content a scrolling box hides, content a box cuts at its side, a
    chart's category names not drawn whole, texts ended in an ellipsis, tooltips whose bubble
    fits nowhere on the screen, navbars' parts drawn as icon buttons."""
    side = side_cut_warnings(cut_width_px, past_side) if cut_width_px > 0 else []
    return (
        side
        + [cut_table_warning(table) for table in cut_tables]
        + [narrowed_column_warning(column) for column in narrowed_columns]
        + overflow_warnings(overflowing)
        + [start_cut_warning(element) for element in before_start]
        + [tooltip_cut_warning(tooltip) for tooltip in cut_tooltips]
        + [cut_tabs_warning(strip) for strip in cut_tabs]
        + [hidden_warning(box) for box in hidden]
        + [clipped_warning(box) for box in clipped]
        + [chart_labels_warning(chart) for chart in cut_charts]
        + squeezed_warnings(squeezed)
        + [truncated_warning(group) for group in truncated]
        + [folded_warning(bar) for bar in folded]
    )


def with_content_cut(
    warnings: list[dict[str, Any]],
    cut_px: int,
    measured_warnings: Sequence[dict[str, Any]] = (),
    image: tuple[int, int] | None = None,
) -> list[dict[str, Any]]:
    """A job's warnings once its image is made: the validator's, then content cut off below the
    canvas, then what else the render measured (`measured_warnings`, as dicts), each measured one
    with its kind (see `kernel.warning_kinds`)."""
    # A cut a `height_past_screen` warning already tells (at that height, with its fix) is not
    # told twice.
    told = cut_px > 0 and cut_told_by(warnings)
    below = [content_cut_warning(cut_px, image=image).as_dict()] if cut_px > 0 and not told else []
    measured = [
        {**warning, "kind": warning_kind(str(warning.get("code")))}
        for warning in [*below, *measured_warnings]
    ]
    return [*warnings, *measured]
