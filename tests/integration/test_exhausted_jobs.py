"""A job JetStream stops delivering (its workers kept dying) is reported and leaves the queue."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import pytest

from tests.support.polling import wait_until

if TYPE_CHECKING:
    from nats_fixtures import QueueFactory

pytestmark = pytest.mark.integration
pytest_plugins = ["nats_fixtures"]


async def test_max_deliveries_advisory_reports_the_job_and_removes_it(
    make_jetstream_queue: QueueFactory, jetstream_names: dict[str, str]
) -> None:
    queue = await make_jetstream_queue(max_deliver=2, ack_wait_s=1, backoff_s=[1])
    exhausted: asyncio.Queue[tuple[str, int]] = asyncio.Queue()

    async def handle(job_id: str, deliveries: int) -> None:
        await exhausted.put((job_id, deliveries))

    await queue.on_exhausted(jetstream_names["durable"], handle)
    await queue.publish("job-lost", "ev-lost")
    for _ in range(2):  # taken twice and never settled, as by workers killed mid-render
        assert len(await queue.fetch(1, 5.0)) == 1

    async def keep_fetching() -> None:  # the server notices on the next pull, as live workers make
        while True:
            assert await queue.fetch(1, 0.5) == [], "no delivery past max_deliver"

    fetching = asyncio.create_task(keep_fetching())
    try:
        job_id, deliveries = await asyncio.wait_for(exhausted.get(), 15)
    finally:
        fetching.cancel()
    assert (job_id, deliveries) == ("job-lost", 2)

    async def drained() -> bool:
        return not await queue.pending()

    await wait_until(drained, 5)
