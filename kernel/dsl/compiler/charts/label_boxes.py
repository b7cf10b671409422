"""Labels' boxes on a chart's plot, whose size only Chromium knows, and whether two can meet.

A label on the plot is placed in percent of the plot's height (where its bar ends, where its line
is) plus px from there, and across it in percent of its width (a bar's middle) or at one of its
ends. Two such boxes meet at some sizes and not at others: down the plot, `PlotRoom` bounds the
heights a chart is laid out at, and `rows_meet` says whether they meet at any of them; across
it, `reach_width` says below which width they meet, for a container query to place them."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlotRoom:
    """The plot sizes labels are placed for: `low`..`high` px tall (its x labels take from
    `high`, flat, up to `low`, turned); below `narrowest` px wide the bars' value labels are
    left out."""

    low: float
    high: float
    narrowest: float


@dataclass(frozen=True, slots=True)
class Rows:
    """Where a label lies down the plot: anchored `at` a share of its height (0 at its top, 1 at
    its foot), from `top` to `bottom` px from there (negative: above it)."""

    at: float
    top: float
    bottom: float

    def moved(self, by: float) -> Rows:
        """The same rows `by` px lower."""
        return Rows(self.at, self.top + by, self.bottom + by)


@dataclass(frozen=True, slots=True)
class ValueBox:
    """A bar's value label: its `rows`, centred across the plot at `middle` (a share of its width)
    and `width` px wide."""

    rows: Rows
    middle: float
    width: float


def rows_meet(first: Rows, second: Rows, room: PlotRoom, gap: float) -> bool:
    """Whether the two boxes come within `gap` px of each other, down the plot, at any height in
    `room`: the distance between them changes with the height in proportion (both lie in percent
    of it), so the heights at which they meet are an interval, looked for between `low` and `high`."""
    drift = first.at - second.at
    # they meet where second.top - first.bottom - gap < drift * height < second.bottom - first.top + gap
    least = second.top - first.bottom - gap
    most = second.bottom - first.top + gap
    reach = (drift * room.low, drift * room.high)
    return max(reach) > least and min(reach) < most


def reach_width(box: ValueBox, right: bool, span: float, gap: float) -> float:
    """The plot's width (px) below which `box` comes within `gap` px of a label `span` px wide at
    the plot's right end (or its left): a bar's middle moves away from both ends as the plot
    widens (infinite for a bar at that very end)."""
    share = 1 - box.middle if right else box.middle
    return (span + gap + box.width / 2) / share if share > 0 else math.inf


def within(rows: Rows, room: PlotRoom, above: float) -> bool:
    """Whether `rows` stay on the plot at every height in `room`, up to `above` px over its top."""
    return all(
        rows.at * height + rows.top >= -above and rows.at * height + rows.bottom <= height
        for height in (room.low, room.high)
    )
