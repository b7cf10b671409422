"""Prometheus metrics of every dsl2png process, served at /metrics in the text format."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

from dsl2png import sampling

HTTP_REQUESTS = Counter(
    "dsl2png_http_requests_total", "HTTP requests by route, method and status", ["route", "method", "status"]
)
HTTP_LATENCY = Histogram(
    "dsl2png_http_request_seconds", "HTTP request latency", ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)  # fmt: skip
RENDERS = Counter("dsl2png_renders_total", "Finished renders by outcome", ["outcome"])
RENDER_SECONDS = Histogram(
    "dsl2png_render_seconds", "Chromium render duration",
    buckets=(0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 15),
)  # fmt: skip
CACHE_HITS = Counter("dsl2png_cache_hits_total", "Render requests answered from a stored identical image")
# The sampled gauges below are exported only where a sampler sets them (`sampling.on_scrape`):
# the API's view of the queue, the projector and the relay; each process's own Chromium pool.
QUEUE_DEPTH = Gauge("dsl2png_queue_depth", "Jobs waiting in the work queue (sampled)", registry=None)
POOL_PAGES = Gauge("dsl2png_pool_pages", "Chromium pages in this process's pool", ["state"], registry=None)
PROJECTOR_LAG = Gauge(
    "dsl2png_projector_lag_events",
    "Events recorded but not yet projected (sampled by the API)",
    registry=None,
)
PROJECTOR_BEHIND = Gauge(
    "dsl2png_projector_behind_events",
    "Events recorded after the read models' position, as the projector reads it (sampled by the "
    "projector; the API's projector lag gauge reads the same, also while the projector is down)",
    registry=None,
)
RELAY_LAG = Gauge(
    "dsl2png_relay_lag_events",
    "Events recorded after the relay's durable position (sampled by the API)",
    registry=None,
)
RELAY_STALLED = Gauge(
    "dsl2png_relay_stalled_seconds",
    "Age of the oldest render request the relay has not published (0: none waits; sampled by the API)",
    registry=None,
)
EVENTS_APPENDED = Counter("dsl2png_events_appended_total", "Events appended by this process", ["event"])


def projector_lag(jobs: Any, read_model: Any) -> int:
    """Events recorded in `jobs`' store after the position `read_model` has projected (a blocking
    read of both: call it in a thread)."""
    head = jobs.recorder.max_notification_id() or 0
    projected = read_model.max_tracking_id(jobs.name) or 0
    return max(0, head - projected)


def pool_sampler(pool: Any) -> Callable[[], None]:
    """Refreshes the pool gauges (pages in all, pages free) from a Chromium pool's stats()."""

    def sample() -> None:
        stats = pool.stats()
        POOL_PAGES.labels("total").set(stats.get("pages", 0))
        POOL_PAGES.labels("available").set(stats.get("available", 0))

    return sample


def export_pool(pool: Any) -> Callable[[], None]:
    """Export this process's pool gauges, sampled from `pool`; returns the function that stops."""
    return sampling.on_scrape("pool", pool_sampler(pool), POOL_PAGES)


async def exposition() -> tuple[bytes, str]:
    """The metrics text and its content type, after refreshing the sampled gauges (waiting at most
    `sampling.SCRAPE_WAIT_S` for them: a scrape answers at once whatever the database does)."""
    await sampling.refresh()
    return generate_latest(), CONTENT_TYPE_LATEST
