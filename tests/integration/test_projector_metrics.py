"""The projector's own /metrics on real Postgres, read over HTTP as Prometheus does: its position,
the events it projected, its lag, and its restarts after losing the event store."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from pg_schemas import listen_connections, named_url
from prometheus_client.parser import text_string_to_metric_families

from dsl2png.event_store import RenderJobs
from projector.health import ProjectorHealth
from projector.main import ProjectorSettings, follow_with_probes
from tests.e2e.processes import free_port
from tests.integration.service_fixtures import DATABASE_URL
from tests.support.polling import wait_until
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration
pytest_plugins = ["service_fixtures"]


class Scraper:
    """The projector's /metrics: its own series and the sample ages, by sample name."""

    def __init__(self, port: int) -> None:
        self.client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10)

    async def read(self) -> dict[str, float]:
        try:
            text = (await self.client.get("/metrics")).text
        except httpx.TransportError:
            return {}  # the probes are not listening yet
        return {
            sample.name: sample.value
            for family in text_string_to_metric_families(text)
            if family.name.startswith("dsl2png_projector_")
            for sample in family.samples
        }


@pytest.fixture
async def projector_process(
    render_jobs: RenderJobs, pg_schema: str, tmp_path: Path
) -> AsyncIterator[Scraper]:
    """`dsl2png projector` as its process composes it (probes and metrics on a port), in a thread."""
    settings = ProjectorSettings(
        database_url=named_url(DATABASE_URL, pg_schema), database_schema=pg_schema, create_tables=True,
        data_dir=tmp_path, health_host="127.0.0.1", health_port=free_port(),
    )  # fmt: skip
    stop, health = threading.Event(), ProjectorHealth()
    thread = threading.Thread(target=follow_with_probes, args=(settings, stop, health), name="test-projector")
    thread.start()
    scraper = Scraper(settings.health_port or 0)
    try:
        yield scraper
    finally:
        stop.set()
        await asyncio.to_thread(thread.join, 30)
        await scraper.client.aclose()


async def test_the_projector_exports_its_position_events_projected_and_lag_across_a_restart(
    projector_process: Scraper, render_jobs: RenderJobs, pg_schema: str
) -> None:
    scraper = projector_process

    async def projected_up_to(head: int) -> bool:
        now = await scraper.read()
        return (
            now.get("dsl2png_projector_position") == head and now.get("dsl2png_projector_behind_events") == 0
        )

    for _ in range(3):
        await asyncio.to_thread(record_request, render_jobs)
    head = render_jobs.recorder.max_notification_id()
    assert head is not None
    await wait_until(lambda: projected_up_to(head), 30)
    now = await scraper.read()
    assert now["dsl2png_projector_events_projected_total"] == head  # each event once
    assert (now["dsl2png_projector_following"], now["dsl2png_projector_failures_total"]) == (1, 0)

    # Postgres drops the projector's listening connection (a restart or failover): it starts again
    channel = render_jobs.recorder.channel_name  # type: ignore[attr-defined]
    assert await asyncio.to_thread(listen_connections, channel, application_name=pg_schema, kill=True) >= 1

    async def restarted() -> bool:
        now = await scraper.read()
        return (
            now.get("dsl2png_projector_failures_total") == 1 and now.get("dsl2png_projector_following") == 1
        )

    await wait_until(restarted, 30)
    for _ in range(2):
        await asyncio.to_thread(record_request, render_jobs)
    later = render_jobs.recorder.max_notification_id()
    assert later is not None and later > head
    await wait_until(lambda: projected_up_to(later), 30)
    # counted across the restart, nothing twice
    assert (await scraper.read())["dsl2png_projector_events_projected_total"] == later
