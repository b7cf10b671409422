"""How far the relay is behind the event store, read by the API for its /metrics.

The relay runs in a process of its own; when it stops, renders are still accepted and stay queued,
while the queue depth and the projector lag stay at 0. So the API compares the relay's durable
position (its tracking row) with the event store on each scrape: how many events were recorded
after that position, and how old the oldest request after it is (one the relay has not published)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dsl2png import metrics

RELAY_READ_MAX_AGE_S = 1.0
"""Scrapes within this long reuse the last reading (three cheap indexed queries each)."""


@dataclass
class RelayLag:
    """Events recorded after the relay's position, and the age in seconds of the oldest request
    among them (0 when no request waits: the relay is caught up, or only job endings follow)."""

    events: int
    stalled_s: float


class RelayLagWatch:
    """Reads the relay's lag. `stalled_s` is the age of the oldest request after the relay's
    durable position, from the time recorded in the event: right from the first reading and the
    same in every API process, however long they have run (it once counted from the first
    scrape that saw the lag, so it read 0 for the first ~20 s and after each API restart). A live
    relay publishes within milliseconds and writes its position at most every `track_every_s`,
    so its stall stays near that; a running render (events after the position that are not
    requests) is not a stall."""

    def __init__(
        self,
        head: Callable[[], int | None],
        relay_position: Callable[[], int | None],
        first_waiting_since: Callable[[int], float | None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._head = head
        self._relay_position = relay_position
        self._first_waiting_since = first_waiting_since
        """POSIX time of the first request recorded after a position (None: there is none)."""
        self._clock = clock

    def read(self) -> RelayLag:
        position = self._relay_position() or 0
        lag = max(0, (self._head() or 0) - position)
        if lag == 0:
            return RelayLag(0, 0.0)
        since = self._first_waiting_since(position)
        return RelayLag(lag, 0.0 if since is None else max(0.0, self._clock() - since))


def first_request_after(jobs: Any) -> Callable[[int], float | None]:
    """When the first RenderRequested after a notification id was recorded, from the event itself
    (the stored events have no time column: it is in the event's state)."""
    from dsl2png.event_store import render_requested_topics

    topics = render_requested_topics()

    def since(position: int) -> float | None:
        found = jobs.recorder.select_notifications(
            start=position, limit=1, topics=topics, inclusive_of_start=False
        )
        if not found:
            return None
        return float(jobs.mapper.to_domain_event(found[0]).timestamp.timestamp())

    return since


def relay_lag_sampler(jobs: Any) -> Callable[[], Any]:
    """A /metrics sampler setting `dsl2png_relay_lag_events` and `dsl2png_relay_stalled_seconds`
    from the relay's tracking row in the event store's database (read at most once a second)."""
    from command_api.relay import TRACKING_NAME, tracking_recorder_for

    tracking = tracking_recorder_for(jobs, create_table=False)
    watch = RelayLagWatch(
        jobs.recorder.max_notification_id,
        lambda: tracking.max_tracking_id(TRACKING_NAME),
        first_request_after(jobs),
    )
    last: list[float] = [-float("inf")]

    async def sample() -> None:
        if time.monotonic() - last[0] < RELAY_READ_MAX_AGE_S:
            return
        lag = await asyncio.to_thread(watch.read)
        last[0] = time.monotonic()
        metrics.RELAY_LAG.set(lag.events)
        metrics.RELAY_STALLED.set(round(lag.stalled_s, 3))

    return sample
