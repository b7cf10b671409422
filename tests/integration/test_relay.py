"""The relay on real Postgres and NATS: follows the notification log, survives restarts,
loses nothing and republishes only duplicates that JetStream drops."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from eventsourcing.popo import POPOTrackingRecorder
from job_helpers import record_request, red_button

from command_api.relay import Relay, render_requested_topics, tracking_recorder_for
from dsl2png.event_store import RenderJobs, make_render_jobs
from dsl2png.queue import JobQueue
from dsl2png.queue_memory import InProcessQueue

if TYPE_CHECKING:
    from nats_fixtures import QueueFactory

pytestmark = pytest.mark.integration
pytest_plugins = ["nats_fixtures", "service_fixtures"]


@contextlib.asynccontextmanager
async def running(relay: Relay) -> AsyncIterator[None]:
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    try:
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


async def wait_for_pending(queue: JobQueue, count: int, timeout_s: float = 15.0) -> None:
    async with asyncio.timeout(timeout_s):
        while await queue.pending() < count:
            await asyncio.sleep(0.02)


async def drain_job_ids(queue: JobQueue, count: int) -> list[str]:
    got: list[str] = []
    async with asyncio.timeout(15):
        while len(got) < count:
            for message in await queue.fetch(count, 1.0):
                got.append(message.job_id)
                await message.ack()
    return got


def new_relay(jobs: RenderJobs, queue: JobQueue) -> Relay:
    return Relay(
        jobs, queue, tracking_recorder_for(jobs, create_table=True), topics=render_requested_topics()
    )


async def test_relay_publishes_new_requests_as_they_are_recorded(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    relay = new_relay(render_jobs, queue)
    async with running(relay):
        job_id = await asyncio.to_thread(record_request, render_jobs, red_button("live"))
        [message] = await queue.fetch(1, 15.0)  # arrives through LISTEN/NOTIFY, no polling
    assert message.job_id == str(job_id)
    assert message.delivery == 1
    await message.ack()


async def test_requests_recorded_while_relay_is_down_are_published_on_restart(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    before = [record_request(render_jobs, red_button(f"before-{i}")) for i in range(3)]
    async with running(new_relay(render_jobs, queue)):
        await wait_for_pending(queue, 3)

    # the relay is down: the command side keeps committing, nothing is published
    during = [record_request(render_jobs, red_button(f"during-{i}")) for i in range(4)]
    assert await queue.pending() == 3

    restarted = new_relay(render_jobs, queue)  # a new process: position comes from Postgres
    async with running(restarted):
        await wait_for_pending(queue, 7)
    assert restarted.published == 4
    assert restarted.duplicates == 0
    got = await drain_job_ids(queue, 7)
    assert sorted(got) == sorted(str(j) for j in before + during)


async def test_republishing_after_a_crash_before_tracking_is_dropped_as_duplicate(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    ids = [record_request(render_jobs, red_button(f"dup-{i}")) for i in range(3)]
    first = new_relay(render_jobs, queue)
    assert await first.run_once() == 3
    # A relay that published but crashed before recording its position starts from the
    # beginning again: same event ids, so JetStream keeps one message per event.
    forgetful = Relay(render_jobs, queue, POPOTrackingRecorder(), topics=render_requested_topics())
    assert await forgetful.run_once() == 3
    assert (forgetful.published, forgetful.duplicates) == (0, 3)
    assert await queue.pending() == 3
    assert sorted(await drain_job_ids(queue, 3)) == sorted(str(j) for j in ids)


async def test_run_once_only_publishes_render_requests(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    job_id = record_request(render_jobs, red_button("only-requests"))
    render_jobs.start(job_id, "w-1", 1)
    render_jobs.fail(job_id, "render_failed", "boom", False, 1)
    relay = new_relay(render_jobs, queue)
    assert await relay.run_once() == 1
    assert await relay.run_once() == 0
    assert await queue.pending() == 1


async def test_embedded_relay_on_sqlite_publishes_when_woken(tmp_path: Path) -> None:
    """SQLite has no LISTEN/NOTIFY: the in-process command side wakes the relay after a commit."""
    jobs = make_render_jobs(None, tmp_path, create_tables=True)
    queue = InProcessQueue()
    relay = Relay(
        jobs, queue, tracking_recorder_for(jobs, create_table=True), topics=render_requested_topics(),
        idle_poll_s=3600,  # the safety net never fires here: only wake() can explain a publish
    )  # fmt: skip
    try:
        async with running(relay):
            job_id = await asyncio.to_thread(record_request, jobs, red_button("embedded"))
            relay.wake()
            [message] = await queue.fetch(1, 10.0)
            assert message.job_id == str(job_id)
        # restart on the same SQLite file: the position was kept, nothing is published again
        again = Relay(
            jobs, queue, tracking_recorder_for(jobs, create_table=True), topics=render_requested_topics()
        )
        assert await again.run_once() == 0
    finally:
        jobs.close()


def test_deployed_relay_says_when_its_table_was_not_migrated(render_jobs: RenderJobs) -> None:
    with pytest.raises(RuntimeError, match="dsl2png migrate"):
        tracking_recorder_for(render_jobs, create_table=False)
