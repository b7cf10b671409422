"""Side by side: the lanes of a day's overlapping events, as calendar apps lay them out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lane:
    """Where an event goes across its day's column: lane `index` of `count` equal lanes."""

    index: int
    count: int


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
