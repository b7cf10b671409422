"""How wide a bar chart's bars, and the gaps between them, are in percent of the plot's width."""

from __future__ import annotations

from dataclasses import dataclass

SERIES_GAP_PX = 3.0
"""The px between the bars of one label's series, where they have room for it."""

GAPPED_BAR_PX = 3.0
"""A bar narrower than this gives up the gaps beside it: first the gap between series, then the
gap between labels. A 3 px gap took more than a slot of 2 series x 150 labels in 430 px had,
and every bar got a negative width (an empty plot, axes and legend only)."""

MIN_BAR_PX = 1.0
"""The least px a bar is wide: thinner, Chromium draws it faintly or not at all."""

MAX_BAR_PX = 56.0
"""The most px a bar is wide (a chart of 3 labels does not draw slabs)."""


@dataclass(frozen=True)
class BarWidths:
    """A label's group of bars, one bar, and the gap between two series' bars, in percent."""

    group: float
    bar: float
    gap: float


def bar_widths(count: int, series: int, width_px: float) -> BarWidths:
    """The widths of `series` bars for each of `count` labels in a plot about `width_px` wide.
    A bar is never narrower than `MIN_BAR_PX` (bars may then touch or overlap their neighbours:
    a dense chart is drawn, not left empty)."""
    per_px = 100 / width_px
    band = 100 / count
    group = band * (0.6 if series == 1 else 0.74)
    gap = SERIES_GAP_PX * per_px if series > 1 else 0.0
    bar = (group - gap * (series - 1)) / series
    if bar < GAPPED_BAR_PX * per_px:
        gap, bar = 0.0, group / series
        if bar < GAPPED_BAR_PX * per_px:
            group, bar = band, band / series
    bar = max(min(bar, MAX_BAR_PX * per_px), MIN_BAR_PX * per_px)
    return BarWidths(group=bar * series + gap * (series - 1), bar=bar, gap=gap)
