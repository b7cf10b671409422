"""Sampled gauges: refreshed before each scrape, exported only by the process that samples them,
and never allowed to hold up /metrics.

A gauge read from the database (the projector's and the relay's lag) took a scrape ~10 minutes
while Postgres was unreachable (each query waits 30 s for a pooled connection, one after the
other, each in a thread of a pool of six), so Prometheus saw nothing exactly during the outage.
Now a scrape waits at most `SCRAPE_WAIT_S` for all the readings together; a reading still running
then keeps running (one at a time per sampler, so threads do not pile up) and the scrape serves the
last values, with `dsl2png_sample_age_seconds` saying how old they are.

A gauge is registered with its sampler, so a process exports only what it measures: a worker or
the relay once exported the API's relay and projector lag as a constant 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from prometheus_client import REGISTRY, Gauge
from prometheus_client.registry import Collector

log = logging.getLogger(__name__)

Sample = Callable[[], None] | Callable[[], Awaitable[None]]

SCRAPE_WAIT_S = 1.0
"""Longest a scrape waits for the sampled readings (all at once); Prometheus' own timeout is 10 s."""

SAMPLE_AGE = Gauge(
    "dsl2png_sample_age_seconds",
    "Seconds since a sampler's gauges were last read (about 0 normally; growing while its source, "
    "such as the database, does not answer: the gauges then hold the last values read)",
    ["sampler"],
    registry=None,
)


@dataclass(eq=False)
class Sampler:
    """One registered reading: what it refreshes and when it last succeeded."""

    name: str
    sample: Sample
    gauges: tuple[Collector, ...]
    read_at: float = field(default_factory=time.monotonic)
    """When the gauges were last refreshed (registration time before the first reading)."""
    _running: asyncio.Future[None] | None = None

    def start(self) -> asyncio.Future[None] | None:
        """The reading in flight, started now unless one still runs (None: done already)."""
        loop = asyncio.get_running_loop()
        if self._running is not None and not self._running.done() and self._running.get_loop() is loop:
            return self._running
        result = self.sample()
        if not inspect.isawaitable(result):
            self.read_at = time.monotonic()
            return None
        self._running = asyncio.ensure_future(result)
        self._running.add_done_callback(self._finished)
        return self._running

    def _finished(self, reading: asyncio.Future[None]) -> None:
        if reading.cancelled():
            return
        if reading.exception() is not None:  # the next scrape tries again
            log.debug("sampler %s failed: %s", self.name, reading.exception())
            return
        self.read_at = time.monotonic()


_samplers: dict[str, Sampler] = {}
_exported: dict[Collector, int] = {}


def _export(collector: Collector) -> None:
    if _exported.get(collector, 0) == 0:
        REGISTRY.register(collector)
    _exported[collector] = _exported.get(collector, 0) + 1


def _unexport(collector: Collector) -> None:
    _exported[collector] -= 1
    if _exported[collector] == 0:
        del _exported[collector]
        REGISTRY.unregister(collector)


def export(*collectors: Collector) -> Callable[[], None]:
    """Export `collectors` from this process's /metrics (counted, so two users of one collector
    can each stop); returns the function that stops exporting them."""
    for collector in collectors:
        _export(collector)
    done = [False]

    def stop() -> None:
        if not done[0]:
            done[0] = True
            for collector in collectors:
                _unexport(collector)

    return stop


def on_scrape(name: str, sample: Sample, *gauges: Collector) -> Callable[[], None]:
    """Refresh `gauges` with `sample` before each scrape and export them (and their age) until the
    returned function is called. A sampler of the same name replaces the one before it (a newer
    runtime in the same process)."""
    if name in _samplers:
        _remove(_samplers[name])
    sampler = Sampler(name, sample, gauges)
    _samplers[name] = sampler
    for collector in (*gauges, SAMPLE_AGE):
        _export(collector)

    def remove() -> None:
        if _samplers.get(name) is sampler:
            _remove(sampler)

    return remove


def _remove(sampler: Sampler) -> None:
    del _samplers[sampler.name]
    for collector in (*sampler.gauges, SAMPLE_AGE):
        _unexport(collector)
    with contextlib.suppress(KeyError):  # no scrape set its age yet
        SAMPLE_AGE.remove(sampler.name)


async def refresh(wait_s: float = SCRAPE_WAIT_S) -> None:
    """Start every sampler's reading (or join the one still running), wait at most `wait_s` for
    them together, then set each sampler's age. Never raises: a failing or slow sampler leaves
    its gauges at their last values, and its age tells."""
    running: list[asyncio.Future[None]] = []
    for sampler in list(_samplers.values()):
        try:
            reading = sampler.start()
        except Exception as exc:  # a synchronous sampler failed: its age grows
            log.debug("sampler %s failed: %s", sampler.name, exc)
            continue
        if reading is not None:
            running.append(reading)
    if running:
        await asyncio.wait(running, timeout=wait_s)  # not cancelled: a late reading still lands
    now = time.monotonic()
    for sampler in list(_samplers.values()):
        SAMPLE_AGE.labels(sampler.name).set(round(now - sampler.read_at, 3))
