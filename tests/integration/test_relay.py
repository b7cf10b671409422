"""The relay on real Postgres and NATS: follows the notification log, survives restarts,
loses nothing and republishes only duplicates that JetStream drops."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from eventsourcing.persistence import Tracking, TrackingRecorder
from eventsourcing.popo import POPOTrackingRecorder
from job_helpers import record_request, red_button
from pg_schemas import listen_connections

from command_api.relay import Relay, render_requested_topics, tracking_recorder_for
from dsl2png.event_store import RenderJobs, make_render_jobs
from dsl2png.queue import JobQueue
from dsl2png.queue_memory import InProcessQueue
from dsl2png.relay_lag import RelayLag, RelayLagWatch, first_request_after
from tests.support.polling import wait_until

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
    async def reached() -> bool:
        return await queue.pending() >= count

    await wait_until(reached, timeout_s)


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


async def test_run_once_publishes_requests_only_and_skips_jobs_that_already_ended(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    ended = record_request(render_jobs, red_button("ended-before-publishing"))
    render_jobs.start(ended, "w-1", 1)
    render_jobs.fail(ended, "render_failed", "boom", False, 1)
    waiting = record_request(render_jobs, red_button("waiting"))
    relay = new_relay(render_jobs, queue)
    assert await relay.run_once() == 3  # two requests and one ending; RenderStarted is not read
    assert await relay.run_once() == 0
    assert (relay.published, relay.skipped) == (1, 1)
    assert await queue.pending() == 1
    assert await drain_job_ids(queue, 1) == [str(waiting)]


def record_cache_hit(jobs: RenderJobs, title: str) -> uuid.UUID:
    """What the command API records when the image cache already has the document's image."""
    job_id = uuid.uuid4()
    jobs.request_completed_from_cache(
        job_id=job_id, source=json.dumps(red_button(title)), options={}, cache_key=f"key-{title}",
        body_hash=f"hash-{title}", owner=None, warnings=[], sha256="ab" * 32, bytes=10, width=200,
        height=120, format="png",
    )  # fmt: skip
    return job_id


async def test_a_request_served_from_the_cache_is_never_published(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    relay = new_relay(render_jobs, queue)
    async with running(relay):
        await asyncio.to_thread(record_cache_hit, render_jobs, "cached")
        rendered = await asyncio.to_thread(record_request, render_jobs, red_button("to-render"))
        async with asyncio.timeout(15):
            while relay.published + relay.duplicates + relay.skipped < 2:
                await asyncio.sleep(0.02)
    assert (relay.published, relay.skipped) == (1, 1)
    assert await queue.pending() == 1
    assert await drain_job_ids(queue, 1) == [str(rendered)]


async def test_a_read_that_publishes_nothing_still_writes_the_position(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    # The API's dsl2png_relay_lag_events compares this position with the store's newest event:
    # a live relay that only skipped a cache hit must still be seen caught up.
    queue = await make_jetstream_queue()
    tracking = tracking_recorder_for(render_jobs, create_table=True)
    record_cache_hit(render_jobs, "cached-before-start")
    relay = Relay(render_jobs, queue, tracking)
    assert await relay.run_once() == 2  # RenderRequested + RenderCompleted
    assert relay.skipped == 1
    assert tracking.max_tracking_id("relay") == relay.position == render_jobs.recorder.max_notification_id()
    again = Relay(render_jobs, queue, tracking_recorder_for(render_jobs, create_table=True))
    assert await again.run_once() == 0
    assert await queue.pending() == 0


async def test_reading_only_job_endings_writes_the_position_and_a_restart_reads_nothing(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    tracking = tracking_recorder_for(render_jobs, create_table=True)
    job_id = record_request(render_jobs, red_button("tracked"))
    relay = Relay(render_jobs, queue, tracking, track_every_s=0)
    assert await relay.run_once() == 1
    durable = tracking.max_tracking_id("relay")
    assert durable == relay.position
    held = render_jobs.start(job_id, "w-1", 1)
    render_jobs.complete(
        job_id, held=held, sha256="cd" * 32, bytes=10, width=200, height=120, render_ms=5.0,
        format="png", cache_hit=False,
    )  # fmt: skip
    assert await relay.run_once() == 1  # the RenderCompleted
    assert relay.position is not None and durable is not None and relay.position > durable
    assert tracking.max_tracking_id("relay") == relay.position
    restarted = Relay(render_jobs, queue, tracking_recorder_for(render_jobs, create_table=True))
    assert await restarted.run_once() == 0
    assert await queue.pending() == 1


async def test_relay_listens_again_after_its_connection_is_killed(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    relay = Relay(
        render_jobs, queue, tracking_recorder_for(render_jobs, create_table=True),
        idle_poll_s=3600,  # no safety-net read: only a NOTIFY or a restart explains a publish
    )  # fmt: skip
    channel = render_jobs.recorder.channel_name  # type: ignore[attr-defined]
    schema = render_jobs.recorder.datastore.schema  # type: ignore[attr-defined]
    async with running(relay):
        first = await asyncio.to_thread(record_request, render_jobs, red_button("before-kill"))
        assert await drain_job_ids(queue, 1) == [str(first)]
        assert await asyncio.to_thread(listen_connections, channel, application_name=schema, kill=True) >= 1
        second = await asyncio.to_thread(record_request, render_jobs, red_button("after-kill"))
        assert await drain_job_ids(queue, 1) == [str(second)]  # read on restart
        async with asyncio.timeout(15):
            while await asyncio.to_thread(listen_connections, channel, application_name=schema) == 0:
                await asyncio.sleep(0.05)
        third = await asyncio.to_thread(record_request, render_jobs, red_button("listened"))
        assert await drain_job_ids(queue, 1) == [str(third)]  # woken by its NOTIFY


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


class CountingTracking:
    """The real tracking recorder, counting the positions written through it."""

    def __init__(self, inner: TrackingRecorder) -> None:
        self.inner = inner
        self.written: list[int] = []

    def insert_tracking(self, tracking: Tracking) -> None:
        self.inner.insert_tracking(tracking)
        self.written.append(tracking.notification_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def test_the_position_is_written_at_most_every_track_every_s_and_when_the_relay_stops(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    tracking = CountingTracking(tracking_recorder_for(render_jobs, create_table=True))
    relay = Relay(render_jobs, queue, tracking, track_every_s=3600)  # type: ignore[arg-type]
    async with running(relay):
        for i in range(5):
            await asyncio.to_thread(record_request, render_jobs, red_button(f"burst-{i}"))
            await wait_for_pending(queue, i + 1)
        assert relay.published == 5
        assert len(tracking.written) == 1  # the first publish only; the rest waits
    assert tracking.written[-1] == relay.position  # written when the relay stopped
    assert tracking.max_tracking_id("relay") == relay.position


async def test_an_unwritten_position_is_written_once_it_is_due_without_new_events(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    tracking = CountingTracking(tracking_recorder_for(render_jobs, create_table=True))
    relay = Relay(render_jobs, queue, tracking, track_every_s=0.3, idle_poll_s=3600)  # type: ignore[arg-type]
    async with running(relay):
        for i in range(2):
            await asyncio.to_thread(record_request, render_jobs, red_button(f"due-{i}"))
            await wait_for_pending(queue, i + 1)
        # JetStream can count the second message before the relay resumes and moves its
        # position: wait on the written positions, not on a comparison that passes early.
        async with asyncio.timeout(10):
            while len(tracking.written) < 2:
                await asyncio.sleep(0.05)
        assert relay.published == 2
        assert tracking.written[-1] == relay.position
        assert tracking.max_tracking_id("relay") == relay.position


async def test_a_crash_before_the_position_is_written_republishes_only_duplicates(
    render_jobs: RenderJobs, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    tracking = tracking_recorder_for(render_jobs, create_table=True)
    first = Relay(render_jobs, queue, tracking, track_every_s=3600)
    ids = [record_request(render_jobs, red_button(f"unwritten-{i}")) for i in range(3)]
    assert await first.run_once() == 3  # publishes and writes its position
    later = [record_request(render_jobs, red_button(f"later-{i}")) for i in range(2)]
    assert await first.run_once() == 2  # published, position not yet due: then the crash
    assert tracking.max_tracking_id("relay") != first.position

    restarted = Relay(render_jobs, queue, tracking_recorder_for(render_jobs, create_table=True))
    assert await restarted.run_once() == 2
    assert (restarted.published, restarted.duplicates) == (0, 2)
    assert await queue.pending() == 5
    assert sorted(await drain_job_ids(queue, 5)) == sorted(str(j) for j in ids + later)


def test_relay_lag_counts_events_the_relay_has_not_read_and_the_age_of_the_oldest_request(
    render_jobs: RenderJobs,
) -> None:
    # The API's view of a relay that is not running: requests pile up after its position. The
    # stall is their age from the event store, right from the first reading (it counted from the
    # first scrape that saw them, so a new API process read 0 for the first ~20 s).
    tracking = tracking_recorder_for(render_jobs, create_table=True)
    now = [0.0]
    watch = RelayLagWatch(
        render_jobs.recorder.max_notification_id,
        lambda: tracking.max_tracking_id("relay"),
        first_request_after(render_jobs),
        clock=lambda: now[0],
    )
    assert watch.read() == RelayLag(0, 0.0)
    first = record_request(render_jobs, red_button("nobody relays me"))
    second = record_request(render_jobs, red_button("nor me"))
    first_at = render_jobs.get(first).created_on.timestamp()
    second_at = render_jobs.get(second).created_on.timestamp()
    now[0] = first_at + 90
    assert watch.read() == RelayLag(2, pytest.approx(90.0))
    tracking.insert_tracking(Tracking("relay", render_jobs.recorder.max_notification_id() - 1))
    assert watch.read() == RelayLag(1, pytest.approx(first_at + 90 - second_at))  # the second one waits
    tracking.insert_tracking(Tracking("relay", render_jobs.recorder.max_notification_id()))
    assert watch.read() == RelayLag(0, 0.0)
    render_jobs.start(second, "worker-1", 1)  # a render under way follows: behind, but nothing waits
    assert watch.read() == RelayLag(1, 0.0)


async def test_a_restarted_embedded_relay_publishes_only_the_jobs_that_have_not_ended(tmp_path: Path) -> None:
    """The embedded relay's position is in memory, so a restart reads the log from the start: a
    finished job whose ending lies in a later batch than its request was handed to the worker
    again (`already_done` after a clean restart). It reads every ending first now."""
    jobs = make_render_jobs(None, tmp_path, create_tables=True)
    try:
        finished = [await asyncio.to_thread(record_request, jobs, red_button(f"done-{i}")) for i in range(3)]
        waiting = await asyncio.to_thread(record_request, jobs, red_button("still queued"))
        for job_id in finished:
            jobs.start(job_id, "w-1", 1)
            jobs.fail(job_id, "render_failed", "boom", False, 1)
        queue = InProcessQueue()
        relay = Relay(jobs, queue, POPOTrackingRecorder(), batch_size=2, skip_ended_on_start=True)
        assert await relay.run_once() == 7  # four requests, three endings, two to a read
        assert (relay.published, relay.skipped) == (1, 3)
        assert await drain_job_ids(queue, 1) == [str(waiting)]
        assert await queue.pending() == 0
    finally:
        jobs.close()


async def test_a_second_relay_says_another_relay_holds_the_position(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Two relays on one store: the one behind says so plainly and follows the written position."""
    jobs = make_render_jobs(None, tmp_path, create_tables=True)
    try:
        queue = InProcessQueue()
        first, second = new_relay(jobs, queue), new_relay(jobs, queue)
        await asyncio.to_thread(record_request, jobs, red_button("one"))
        assert await second.load_position() is None  # it started before anything was written
        await asyncio.to_thread(record_request, jobs, red_button("two"))
        await first.run_once()
        await first.save_position()
        caplog.clear()
        await second.run_once()
        await second.save_position()
        assert "another relay holds the position" in caplog.text
        assert "Failed to record tracking" not in caplog.text
        assert second.position == first.position
    finally:
        jobs.close()
