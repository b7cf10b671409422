"""How far the relay is behind the event store, read by the API for its /metrics.

The relay runs in a process of its own; when it stops, renders are still accepted and stay queued,
while the queue depth and the projector lag stay at 0. So the API compares the relay's durable
position (its tracking row) with the event store's newest notification id on each scrape."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dsl2png import metrics

RELAY_READ_MAX_AGE_S = 1.0
"""Scrapes within this long reuse the last reading (two cheap indexed queries each)."""


@dataclass
class RelayLag:
    """Events recorded after the relay's position, and for how long that position has not moved
    while events wait after it (0 when the relay is caught up)."""

    events: int
    stalled_s: float


class RelayLagWatch:
    """Reads the relay's lag; `stalled_s` counts from the first reading that found events waiting
    after a position that has not moved since (the relay writes its position at least every
    `track_every_s` while it has anything to read, so a live relay never stalls for long)."""

    def __init__(
        self,
        head: Callable[[], int | None],
        relay_position: Callable[[], int | None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._head = head
        self._relay_position = relay_position
        self._clock = clock
        self._since: tuple[int, float] | None = None
        """(position, when first seen behind at that position)."""

    def read(self) -> RelayLag:
        position = self._relay_position() or 0
        head = self._head() or 0
        lag = max(0, head - position)
        now = self._clock()
        if lag == 0:
            self._since = None
            return RelayLag(0, 0.0)
        if self._since is None or self._since[0] != position:
            self._since = (position, now)
        return RelayLag(lag, now - self._since[1])


def relay_lag_sampler(jobs: Any) -> Callable[[], Any]:
    """A /metrics sampler setting `dsl2png_relay_lag_events` and `dsl2png_relay_stalled_seconds`
    from the relay's tracking row in the event store's database (read at most once a second)."""
    from command_api.relay import TRACKING_NAME, tracking_recorder_for

    tracking = tracking_recorder_for(jobs, create_table=False)
    watch = RelayLagWatch(jobs.recorder.max_notification_id, lambda: tracking.max_tracking_id(TRACKING_NAME))
    last: list[float] = [-float("inf")]

    async def sample() -> None:
        if time.monotonic() - last[0] < RELAY_READ_MAX_AGE_S:
            return
        lag = await asyncio.to_thread(watch.read)
        last[0] = time.monotonic()
        metrics.RELAY_LAG.set(lag.events)
        metrics.RELAY_STALLED.set(lag.stalled_s)

    return sample
