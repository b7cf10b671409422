"""Prometheus metrics of every dsl2png process, served at /metrics in the text format."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

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
QUEUE_DEPTH = Gauge("dsl2png_queue_depth", "Jobs waiting in the work queue (sampled)")
POOL_PAGES = Gauge("dsl2png_pool_pages", "Chromium pages in this process's pool", ["state"])
PROJECTOR_LAG = Gauge("dsl2png_projector_lag_events", "Events recorded but not yet projected (sampled)")
RELAY_LAG = Gauge(
    "dsl2png_relay_lag_events", "Events recorded after the relay's durable position (sampled by the API)"
)
RELAY_STALLED = Gauge(
    "dsl2png_relay_stalled_seconds",
    "Seconds the relay's position has not moved while events wait after it (0: caught up; sampled by the API)",
)
EVENTS_APPENDED = Counter("dsl2png_events_appended_total", "Events appended by this process", ["event"])

Sampler = Callable[[], None] | Callable[[], Awaitable[None]]
_collectors: list[Sampler] = []


def on_scrape(collector: Sampler) -> None:
    """Register a function that refreshes sampled gauges (queue depth, pool, lag) before each scrape."""
    _collectors.append(collector)


def pool_sampler(pool: Any) -> Callable[[], None]:
    """Refreshes the pool gauges (pages in all, pages free) from a Chromium pool's stats()."""

    def sample() -> None:
        stats = pool.stats()
        POOL_PAGES.labels("total").set(stats.get("pages", 0))
        POOL_PAGES.labels("available").set(stats.get("available", 0))

    return sample


async def exposition() -> tuple[bytes, str]:
    """The metrics text and its content type, after refreshing the sampled gauges."""
    for collect in list(_collectors):
        try:
            result = collect()
            if inspect.isawaitable(result):
                await result
        except Exception:  # a failing sampler must not take /metrics down
            continue
    return generate_latest(), CONTENT_TYPE_LATEST
