"""The relay through a real NATS outage (a nats-server of the test's own, stopped and started
again): its /readyz follows the connection at once, and its counts stay true afterwards."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from job_helpers import record_request, red_button
from prometheus_client.parser import text_string_to_metric_families

from command_api.relay_main import RelaySettings, run_relay
from dsl2png.event_store import RenderJobs
from dsl2png.queue_nats import JetStreamQueue
from tests.e2e.processes import free_port
from tests.integration.service_fixtures import DATABASE_URL
from tests.support.polling import wait_until

if TYPE_CHECKING:
    from nats_fixtures import OwnNats

pytestmark = pytest.mark.integration
pytest_plugins = ["nats_fixtures", "service_fixtures"]


class RelayProbes:
    """The running relay's /readyz and /metrics, read over HTTP as Kubernetes and Prometheus do."""

    def __init__(self, port: int) -> None:
        self.client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10)

    async def ready(self) -> tuple[int, dict[str, Any]]:
        answer = await self.client.get("/readyz")
        return answer.status_code, answer.json()

    async def counts(self) -> dict[str, float]:
        """The relay's own series, by sample name (dsl2png_relay_published_total: 3.0, ...)."""
        text = (await self.client.get("/metrics")).text
        return {
            sample.name: sample.value
            for family in text_string_to_metric_families(text)
            if family.name.startswith("dsl2png_relay_")
            for sample in family.samples
        }


@pytest.fixture
async def relay_on_own_nats(
    own_nats: OwnNats, render_jobs: RenderJobs, pg_schema: str, tmp_path: Path
) -> AsyncIterator[tuple[RelayProbes, RelaySettings]]:
    """`dsl2png relay` as its process runs it (probes and metrics on a port), on the test's own NATS."""
    await own_nats.start()
    tag = uuid.uuid4().hex[:10]
    settings = RelaySettings(
        database_url=DATABASE_URL, database_schema=pg_schema, nats_url=own_nats.url,
        nats_stream=f"T_{tag.upper()}", nats_subject=f"test.{tag}.jobs", create_tables=True,
        data_dir=tmp_path, health_host="127.0.0.1", health_port=free_port(),
    )  # fmt: skip
    stop = asyncio.Event()
    task = asyncio.create_task(run_relay(settings, stop=stop))
    probes = RelayProbes(settings.health_port or 0)
    try:
        yield probes, settings
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)
        await probes.client.aclose()


async def test_lost_nats_makes_the_relay_not_ready_at_once_and_renders_posted_meanwhile_count_as_published(
    relay_on_own_nats: tuple[RelayProbes, RelaySettings], own_nats: OwnNats, render_jobs: RenderJobs
) -> None:
    probes, settings = relay_on_own_nats

    async def ready_is(code: int) -> bool:
        try:
            return (await probes.ready())[0] == code
        except httpx.TransportError:
            return False  # the relay is still starting: its probe port is not open yet

    async def counted(name: str, at_least: float) -> bool:
        return (await probes.counts()).get(name, 0) >= at_least

    await wait_until(lambda: ready_is(200), 30)
    await asyncio.to_thread(record_request, render_jobs, red_button("before the outage"))
    await wait_until(lambda: counted("dsl2png_relay_published_total", 1), 30)

    own_nats.stop()
    await wait_until(lambda: ready_is(503), 30)
    status, body = await probes.ready()
    assert (status, body["nats"]) == (503, {"connected": False})
    # Nothing was published since: not ready because of the connection, not a failed publish.
    assert (await probes.counts())["dsl2png_relay_errors_total"] == 0
    assert "error" not in body

    # Two renders while NATS is down: their publish gets no ack (the client keeps it, and sends
    # it when it reconnects, ahead of the relay's retry).
    for title in ("during the outage 1", "during the outage 2"):
        await asyncio.to_thread(record_request, render_jobs, red_button(title))
    await wait_until(lambda: counted("dsl2png_relay_errors_total", 1), 60)

    await own_nats.start()
    await wait_until(lambda: counted("dsl2png_relay_published_total", 3), 60)
    await wait_until(lambda: ready_is(200), 30)
    counts = await probes.counts()
    assert counts["dsl2png_relay_published_total"] == 3
    assert counts["dsl2png_relay_duplicates_total"] == 0
    assert counts["dsl2png_relay_failing"] == 0
    queue = await JetStreamQueue.connect(
        own_nats.url, stream=settings.nats_stream, subject=settings.nats_subject, consume=False
    )
    try:
        assert await queue.pending() == 3  # each request on the queue once
    finally:
        await queue.close()
