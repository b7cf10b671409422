"""The projector's own numbers at its /metrics: where it is, what it projected, how far behind.

It exported none: its progress showed only in the API's `dsl2png_projector_lag_events`, and
nothing said whether this process projected anything or kept starting again."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from dsl2png import metrics, sampling
from projector.health import ProjectorHealth


class ProjectorCollector(Collector):
    """Reads the projector's counts at each scrape, from memory (they live on `health`)."""

    def __init__(self, health: ProjectorHealth) -> None:
        self.health = health

    def collect(self) -> Iterator[Metric]:
        health = self.health
        yield CounterMetricFamily(
            "dsl2png_projector_events_projected",
            "Events this projector process wrote into the read models (each once, across its restarts)",
            value=health.events_projected(),
        )
        yield CounterMetricFamily(
            "dsl2png_projector_failures",
            "Times the projector lost the event store and started again (its /readyz says why)",
            value=health.failures,
        )
        yield GaugeMetricFamily(
            "dsl2png_projector_position",
            "Notification id of the last event in the read models (0 before the first pass)",
            value=health.position(),
        )
        yield GaugeMetricFamily(
            "dsl2png_projector_following",
            "1 while the projector follows the event store, 0 while it starts (again)",
            value=1 if health.projector is not None else 0,
        )


def lag_sampler(health: ProjectorHealth) -> Callable[[], Awaitable[None]]:
    """Sets `dsl2png_projector_behind_events` from the event store and the read model, as the
    API sets its lag; while the projector is not following, the reading fails and its age grows
    (`dsl2png_sample_age_seconds{sampler="projector_behind"}`)."""

    async def sample() -> None:
        projector = health.projector
        if projector is None:
            raise RuntimeError("the projector is not following the event store")
        lag = await asyncio.to_thread(metrics.projector_lag, projector.app, projector.view)
        metrics.PROJECTOR_BEHIND.set(lag)

    return sample


def export_projector_metrics(health: ProjectorHealth) -> Callable[[], None]:
    """Export the projector's numbers from this process's /metrics; returns the function that stops."""
    stop_counts = sampling.export(ProjectorCollector(health))
    stop_lag = sampling.on_scrape("projector_behind", lag_sampler(health), metrics.PROJECTOR_BEHIND)

    def stop() -> None:
        stop_lag()
        stop_counts()

    return stop
