"""The lanes of a day's overlapping events, and how they cascade across the column, as calendar
apps lay them out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lane:
    """Where an event goes across its day's column: lane `index` of `count` equal lanes."""

    index: int
    count: int


LAST_LANE_SHARE = 0.5
"""The least share of the column an event of a cluster keeps (the one in its last lane): three
lanes side by side left each a third, a 40 px sliver of a week's column showing "E…"."""


@dataclass(frozen=True, slots=True)
class Cascade:
    """Where an event of a cluster goes across its column, as shares of it: `offset` from its
    start side, `share` wide (to the column's end side)."""

    offset: float
    share: float


def cascade(lane: Lane) -> Cascade:
    """How an event in `lane` cascades: each lane indented one step more than the one before,
    every event reaching the column's end side, the later ones drawn over the earlier ones (whose
    titles, at their tops, show above). A step is a lane's share of the column side by side
    (half of it for two lanes), or less when that would leave the last lane under
    LAST_LANE_SHARE of it: with three lanes, 1, 3/4 and 1/2 of the column, not a third each."""
    if lane.count <= 1:
        return Cascade(0.0, 1.0)
    step = min(1 / lane.count, (1 - LAST_LANE_SHARE) / (lane.count - 1))
    return Cascade(lane.index * step, 1 - lane.index * step)


def side_by_side(spans: Sequence[tuple[int, int]]) -> list[Lane]:
    """The lane of each (start, end) span, in their order: spans that overlap, directly or
    through others (a cluster), share their column in as many lanes as the cluster needs at
    once; each takes the first lane free at its start, earlier and longer spans first. A span
    that overlaps none has the whole column."""
    order = sorted(range(len(spans)), key=lambda index: (spans[index][0], -spans[index][1]))
    lanes: list[Lane] = [Lane(0, 1)] * len(spans)
    cluster: list[tuple[int, int]] = []  # (span index, lane)
    lane_ends: list[int] = []
    cluster_end = -1
    for index in order:
        start, end = spans[index]
        if cluster and start >= cluster_end:
            _close(cluster, len(lane_ends), lanes)
            cluster, lane_ends = [], []
        free = next((lane for lane, lane_end in enumerate(lane_ends) if lane_end <= start), None)
        if free is None:
            free = len(lane_ends)
            lane_ends.append(end)
        else:
            lane_ends[free] = end
        cluster.append((index, free))
        cluster_end = max(cluster_end, end) if len(cluster) > 1 else end
    _close(cluster, len(lane_ends), lanes)
    return lanes


def _close(cluster: list[tuple[int, int]], count: int, lanes: list[Lane]) -> None:
    for index, lane in cluster:
        lanes[index] = Lane(lane, count)
