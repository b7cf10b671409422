"""The render worker on real Postgres, NATS JetStream and Chromium."""

from __future__ import annotations

import asyncio
import contextlib
import io
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from job_helpers import record_request, red_button
from pg_schemas import DATABASE_URL, create_schema, drop_schema
from PIL import Image
from prometheus_client import REGISTRY

from dsl2png.event_store import RenderJobs, make_render_jobs
from dsl2png.probes import health_server
from dsl2png.queue_nats import JetStreamQueue
from kernel.dsl.compiler.registry import RENDERERS
from render_worker.breaker import CircuitBreaker
from render_worker.consumer import TIMEOUT_ATTEMPTS, Worker
from render_worker.main import WorkerParts, readiness
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings
from tests.support.polling import wait_until

if TYPE_CHECKING:
    from nats_fixtures import QueueFactory

pytestmark = pytest.mark.integration
pytest_plugins = ["nats_fixtures", "service_fixtures"]


@contextlib.asynccontextmanager
async def running(worker: Worker) -> AsyncIterator[Worker]:
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop, drain_timeout_s=30))
    try:
        yield worker
    finally:
        stop.set()
        await asyncio.wait_for(task, 60)
        await worker.close()


async def wait_for_pending(queue: JetStreamQueue, count: int, timeout_s: float = 15.0) -> None:
    """Acks are asynchronous: wait until the stream agrees."""

    async def agreed() -> bool:
        return await queue.pending() == count

    await wait_until(agreed, timeout_s)


def status_of(jobs: RenderJobs, job_id: uuid.UUID) -> str:
    status = jobs.get(job_id).status
    return str(getattr(status, "value", status))


def event_names(jobs: RenderJobs, job_id: uuid.UUID) -> list[str]:
    return [e["name"] for e in jobs.history(job_id)]


def make_worker(jobs: RenderJobs, queue: JetStreamQueue, pool: Any, blobs: Any, **kwargs: Any) -> Worker:
    kwargs.setdefault("worker_id", f"test-{uuid.uuid4().hex[:6]}")
    kwargs.setdefault("retry_base_s", 0.1)
    kwargs.setdefault("retry_max_s", 0.5)
    kwargs.setdefault("fetch_timeout_s", 0.5)
    return Worker(jobs, queue, pool, blobs, **kwargs)


async def publish(queue: JetStreamQueue, job_id: uuid.UUID, event_id: str | None = None) -> bool:
    return await queue.publish(str(job_id), event_id or f"{job_id}:1")


async def test_jobs_complete_with_a_stored_image(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    ids = [record_request(render_jobs, red_button(f"job-{i}")) for i in range(6)]
    for job_id in ids:
        await publish(queue, job_id)
    async with running(make_worker(render_jobs, queue, chromium_pool, blob_store)) as worker:
        await wait_until(lambda: all(status_of(render_jobs, j) == "completed" for j in ids), in_thread=True)
        assert worker.ready
    job = render_jobs.get(ids[0])
    image = Image.open(io.BytesIO(blob_store.get(job.sha256))).convert("RGB")
    assert image.size == (200, 120)
    red, green, _ = image.getpixel((60, 40))  # type: ignore[misc]
    assert red > 200 > green  # the red button, at its coordinates
    assert event_names(render_jobs, ids[0])[-2:] == ["RenderStarted", "RenderCompleted"]
    await wait_for_pending(queue, 0)


async def test_the_same_event_published_twice_renders_once(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    # Two different message ids for one job (what a republish after the dedup window looks like):
    # the second delivery finds the job terminal and is acked without a render.
    queue = await make_jetstream_queue()
    job_id = record_request(render_jobs, red_button("twice"))
    assert await publish(queue, job_id, "first")
    assert await publish(queue, job_id, "first") is False  # inside the window: dropped by JetStream
    async with running(make_worker(render_jobs, queue, chromium_pool, blob_store)) as worker:
        await wait_until(lambda: status_of(render_jobs, job_id) == "completed", in_thread=True)
        assert await publish(queue, job_id, "second")
        await wait_until(lambda: worker.counts.get("already_done", 0) == 1, in_thread=True)
    names = event_names(render_jobs, job_id)
    assert names.count("RenderStarted") == 1
    assert names.count("RenderCompleted") == 1


async def test_identical_document_completes_from_the_image_cache(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    first = record_request(render_jobs, red_button("cached"))
    async with running(make_worker(render_jobs, queue, chromium_pool, blob_store)) as worker:
        await publish(queue, first)
        await wait_until(lambda: status_of(render_jobs, first) == "completed", in_thread=True)
        second = record_request(render_jobs, red_button("cached"))
        await publish(queue, second)
        await wait_until(lambda: status_of(render_jobs, second) == "completed", in_thread=True)
        # The job's event is recorded before the worker counts its outcome: wait for the count.
        await wait_until(lambda: worker.counts.get("cache_hit", 0) == 1, in_thread=True)
        assert worker.counts.get("completed") == 1
    assert render_jobs.get(second).sha256 == render_jobs.get(first).sha256


async def test_the_same_document_sent_twice_at_once_renders_once(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    """An agent re-sending a document while its first render is running (a retry after a client
    timeout): the second job waits for that render and completes from its image."""
    queue = await make_jetstream_queue()
    first, second = (record_request(render_jobs, red_button("at once")) for _ in range(2))
    await publish(queue, first)
    await publish(queue, second)
    async with running(make_worker(render_jobs, queue, chromium_pool, blob_store, concurrency=4)) as worker:
        await wait_until(
            lambda: all(status_of(render_jobs, j) == "completed" for j in (first, second)), in_thread=True
        )
        # Each outcome is counted just after its event is recorded: wait for both counts.
        await wait_until(lambda: sum(worker.counts.values()) == 2, in_thread=True)
        assert (worker.counts.get("completed"), worker.counts.get("cache_hit")) == (1, 1), worker.counts
    assert render_jobs.get(second).sha256 == render_jobs.get(first).sha256


class CallLog:
    """Passes every call through to `target`, logging `name.method` first: the worker's store calls."""

    def __init__(self, target: Any, name: str, log: list[str]) -> None:
        self._target, self._name, self._log = target, name, log

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._target, attr)
        if not callable(value):
            return value

        def logged(*args: Any, **kwargs: Any) -> Any:
            self._log.append(f"{self._name}.{attr}")
            return value(*args, **kwargs)

        return logged


async def test_a_job_costs_one_read_of_its_events_and_one_blob_write(
    render_jobs: RenderJobs,
    blob_store: Any,
    chromium_pool: ChromiumPool,
    make_jetstream_queue: QueueFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # start() reads the job; complete() decides on the copy start() returned; the image and its
    # cache entry are one call. A regression here is a round trip more per job.
    calls: list[str] = []
    reads: list[uuid.UUID] = []
    read = render_jobs.get

    def counted_read(job_id: uuid.UUID) -> Any:
        reads.append(job_id)
        return read(job_id)

    monkeypatch.setattr(render_jobs, "get", counted_read)
    queue = await make_jetstream_queue()
    rendered, cached = (record_request(render_jobs, red_button("counted")) for _ in range(2))
    jobs, blobs = CallLog(render_jobs, "jobs", calls), CallLog(blob_store, "blobs", calls)
    async with running(make_worker(jobs, queue, chromium_pool, blobs)) as worker:
        await publish(queue, rendered)
        await wait_until(lambda: worker.counts.get("completed") == 1, in_thread=True)
        assert calls == ["jobs.start", "blobs.lookup", "blobs.store", "jobs.complete"]
        assert reads == [rendered]
        calls.clear()
        reads.clear()
        await publish(queue, cached)
        await wait_until(lambda: worker.counts.get("cache_hit") == 1, in_thread=True)
        assert calls == ["jobs.start", "blobs.lookup", "jobs.complete"]
        assert reads == [cached]
    assert status_of(render_jobs, rendered) == status_of(render_jobs, cached) == "completed"


class CancelledWhileRendering:
    """A pool that records a client's cancel of `job_id` while it renders, then renders anyway."""

    def __init__(self, pool: ChromiumPool, jobs: RenderJobs, job_id: uuid.UUID) -> None:
        self.pool, self.jobs, self.job_id = pool, jobs, job_id

    async def render(self, html: str, viewport: Any, **options: Any) -> Any:
        await asyncio.to_thread(self.jobs.cancel, self.job_id, "cancelled by client")
        return await self.pool.render(html, viewport, **options)


async def test_a_cancel_during_the_render_wins_over_the_workers_complete(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    # The worker completes on the copy start() returned; the cancel makes that save conflict,
    # the job is reloaded, found terminal, and nothing more is recorded.
    queue = await make_jetstream_queue()
    job_id = record_request(render_jobs, red_button("cancelled mid-render"))
    await publish(queue, job_id)
    pool = CancelledWhileRendering(chromium_pool, render_jobs, job_id)
    async with running(make_worker(render_jobs, queue, pool, blob_store)) as worker:
        await wait_until(lambda: worker.counts.get("cancelled") == 1, in_thread=True)
    assert status_of(render_jobs, job_id) == "cancelled"
    assert event_names(render_jobs, job_id) == ["RenderRequested", "RenderStarted", "RenderCancelled"]
    await wait_for_pending(queue, 0)  # acked: a cancelled job is not rendered again


class CancelledWhileLookingUp:
    """A blob store that records a client's cancel of `job_id` while the worker looks the image up."""

    def __init__(self, blobs: Any, jobs: RenderJobs, job_id: uuid.UUID) -> None:
        self.blobs, self.jobs, self.job_id = blobs, jobs, job_id

    def lookup(self, cache_key: str) -> Any:
        self.jobs.cancel(self.job_id, "cancelled by client")
        return self.blobs.lookup(cache_key)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.blobs, attr)


async def test_a_cache_hit_that_loses_to_a_cancel_is_not_counted_as_one(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    document = red_button("cached, then cancelled")
    first, second = record_request(render_jobs, document), record_request(render_jobs, document)
    async with running(make_worker(render_jobs, queue, chromium_pool, blob_store)) as worker:
        await publish(queue, first)
        await wait_until(lambda: worker.counts.get("completed") == 1, in_thread=True)
    hits_before = REGISTRY.get_sample_value("dsl2png_cache_hits_total")
    blobs = CancelledWhileLookingUp(blob_store, render_jobs, second)
    async with running(make_worker(render_jobs, queue, chromium_pool, blobs)) as worker:
        await publish(queue, second)
        await wait_until(lambda: worker.counts.get("cancelled") == 1, in_thread=True)
    assert REGISTRY.get_sample_value("dsl2png_cache_hits_total") == hits_before
    assert event_names(render_jobs, second) == ["RenderRequested", "RenderStarted", "RenderCancelled"]


async def test_invalid_work_is_failed_and_terminated(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    # The command API never records an invalid document, so this is poison from elsewhere:
    # a request whose stored DSL no longer validates.
    queue = await make_jetstream_queue(ack_wait_s=1)
    job_id = uuid.uuid4()
    render_jobs.request(
        job_id=job_id, source='{"elements": [{"type": "buton"}]}', options={}, cache_key="poison",
        body_hash="poison", owner=None, warnings=[],
    )  # fmt: skip
    await publish(queue, job_id)
    async with running(make_worker(render_jobs, queue, chromium_pool, blob_store)) as worker:
        await wait_until(lambda: status_of(render_jobs, job_id) == "failed", in_thread=True)
        await wait_until(lambda: worker.counts.get("invalid") == 1, in_thread=True)
    job = render_jobs.get(job_id)
    assert job.error_code == "invalid_dsl"
    assert job.error_retryable is False
    assert await queue.fetch(1, 1.5) == []  # terminated: not redelivered after ack_wait


async def test_a_document_that_fails_to_compile_is_failed_at_once_not_retried(
    render_jobs: RenderJobs,
    blob_store: Any,
    chromium_pool: ChromiumPool,
    make_jetstream_queue: QueueFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug met while compiling a valid document (a calendar's renderer raised KeyError on an
    impossible date) comes back on every try: it is RenderFailed `compile_error`, not retryable,
    at the first delivery, not five `store_error` retries and `max_deliver` 15 s later. The
    renderer is broken on purpose (no document crashes the compiler once that bug is fixed)."""

    def broken(element: Any, ctx: Any) -> str:
        raise KeyError(31)

    queue = await make_jetstream_queue(ack_wait_s=1)
    job_id = record_request(render_jobs, {"title": "compile bug", "elements": [{"type": "calendar"}]})
    monkeypatch.setitem(RENDERERS, "calendar", broken)  # after the request was recorded (and compiled)
    await publish(queue, job_id)
    async with running(make_worker(render_jobs, queue, chromium_pool, blob_store)) as worker:
        await wait_until(lambda: status_of(render_jobs, job_id) == "failed", in_thread=True)
        await wait_until(lambda: bool(worker.counts))  # counted once the failure is recorded and acked
        assert worker.counts == {"failed": 1}
    job = render_jobs.get(job_id)
    assert (job.error_code, job.error_retryable) == ("compile_error", False)
    assert "(KeyError: 31 in broken)" in job.error_message and "bug of dsl2png" in job.error_message
    assert event_names(render_jobs, job_id) == ["RenderRequested", "RenderStarted", "RenderFailed"]
    assert await queue.fetch(1, 1.5) == []  # terminated: not redelivered after ack_wait


async def test_job_taken_by_a_vanished_worker_is_redelivered_and_completes(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    dying = await make_jetstream_queue(ack_wait_s=1)
    job_id = record_request(render_jobs, red_button("redelivered"))
    await publish(dying, job_id)
    [taken] = await dying.fetch(1, 5.0)
    render_jobs.start(job_id, "killed-worker", taken.delivery)  # it began, then the process died
    await dying.close()  # no ack, no nak: like SIGKILL

    survivor = await make_jetstream_queue(ack_wait_s=1)
    async with running(make_worker(render_jobs, survivor, chromium_pool, blob_store, worker_id="survivor")):
        await wait_until(lambda: status_of(render_jobs, job_id) == "completed", in_thread=True)
    started = [e["data"] for e in render_jobs.history(job_id) if e["name"] == "RenderStarted"]
    assert [(e["worker_id"], e["attempt"]) for e in started] == [("killed-worker", 1), ("survivor", 2)]


async def test_breaker_opens_when_chromium_keeps_failing_and_recovers(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    broken = ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1))
    await broken.start()
    await broken.close()  # a real pool whose Chromium is gone: every render fails
    queue = await make_jetstream_queue(max_deliver=10)
    ids = [record_request(render_jobs, red_button(f"breaker-{i}")) for i in range(5)]
    for job_id in ids:
        await publish(queue, job_id)
    breaker = CircuitBreaker(failure_threshold=2, cooldown_s=2.0)
    worker = make_worker(
        render_jobs, queue, broken, blob_store, concurrency=1, breaker=breaker, retry_base_s=30
    )
    async with running(worker):
        await wait_until(lambda: breaker.state == "open" and worker.counts.get("retry") == 2, in_thread=True)
        assert not worker.ready
        # open: no job beyond the two that failed was taken, so the others keep their attempts
        started = [j for j in ids if "RenderStarted" in event_names(render_jobs, j)]
        assert len(started) == 2
        worker.pool = chromium_pool  # Chromium is back: the half-open probe succeeds
        await wait_until(lambda: breaker.state == "closed", in_thread=True)
        await wait_until(
            lambda: sum(status_of(render_jobs, j) == "completed" for j in ids) >= 3, in_thread=True
        )
        assert worker.ready


async def test_last_delivery_records_max_deliver_failure(
    render_jobs: RenderJobs,
    blob_store: Any,
    make_jetstream_queue: QueueFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1))
    await broken.start()
    await broken.close()
    queue = await make_jetstream_queue(max_deliver=2)
    job_id = record_request(render_jobs, red_button("gives-up"))
    await publish(queue, job_id)
    breaker = CircuitBreaker(failure_threshold=100)
    async with running(
        make_worker(render_jobs, queue, broken, blob_store, breaker=breaker, retry_base_s=0.1)
    ):
        await wait_until(lambda: status_of(render_jobs, job_id) == "failed", in_thread=True)
    job = render_jobs.get(job_id)
    assert job.error_code == "max_deliver"
    await wait_for_pending(queue, 0)
    # The worker's log says why, not only the job's events: the retry at WARNING, the end at ERROR.
    mine = [r for r in caplog.records if getattr(r, "render_id", None) == str(job_id)]
    [retry] = [r for r in mine if r.outcome == "retry"]  # type: ignore[attr-defined]
    assert retry.levelname == "WARNING"
    assert "attempt 1 of 2 failed (" in retry.getMessage() and "retrying in" in retry.getMessage()
    [gave_up] = [r for r in mine if r.outcome == "gave_up"]  # type: ignore[attr-defined]
    assert gave_up.levelname == "ERROR"
    assert "gave up after 2 attempts; last error (" in gave_up.getMessage()
    assert job.error_message.endswith(gave_up.getMessage().split("last error ", 1)[1])


async def test_a_render_that_times_out_twice_fails_instead_of_using_every_delivery(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    """A page too heavy to draw in time times out every time: five tries held a page of the pool
    for five timeouts (the security review's blur-filter document, 85 s a job)."""
    queue = await make_jetstream_queue(max_deliver=5)
    job_id = record_request(render_jobs, red_button("too-heavy"))
    await publish(queue, job_id)
    worker = make_worker(
        render_jobs, queue, chromium_pool, blob_store, breaker=CircuitBreaker(failure_threshold=100),
        render_timeout_s=0.001, retry_base_s=0.1,
    )  # fmt: skip
    async with running(worker):
        await wait_until(lambda: status_of(render_jobs, job_id) == "failed", in_thread=True)
    job = render_jobs.get(job_id)
    assert job.error_code == "render_timeout"
    assert "on 2 attempts: the page is too heavy to draw in time" in job.error_message
    assert event_names(render_jobs, job_id).count("RenderStarted") == TIMEOUT_ATTEMPTS == 2
    await wait_for_pending(queue, 0)
    # The trail says why attempt 2 happened, not only the worker's log.
    trail = render_jobs.history(job_id)
    assert [e["name"] for e in trail] == [
        "RenderRequested", "RenderStarted", "RenderAttemptFailed", "RenderStarted", "RenderFailed",
    ]  # fmt: skip
    retried = trail[2]["data"]
    assert (retried["code"], retried["attempt"]) == ("render_timeout", 1)
    assert "did not finish within" in retried["message"]


async def test_a_job_cancelled_while_its_render_times_out_is_not_retried(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    """The cancel is recorded during the render, which then times out: the worker acks instead
    of naking, so the job is neither rendered again nor recorded as a failed attempt."""
    queue = await make_jetstream_queue(max_deliver=5)
    job_id = record_request(render_jobs, red_button("cancelled, then timed out"))
    await publish(queue, job_id)
    pool = CancelledWhileRendering(chromium_pool, render_jobs, job_id)
    worker = make_worker(
        render_jobs, queue, pool, blob_store, breaker=CircuitBreaker(failure_threshold=100),
        render_timeout_s=0.001,
    )  # fmt: skip
    async with running(worker):
        await wait_until(lambda: worker.counts.get("cancelled") == 1)
        await wait_for_pending(queue, 0)
    assert "retry" not in worker.counts
    assert event_names(render_jobs, job_id) == ["RenderRequested", "RenderStarted", "RenderCancelled"]


async def test_stop_drains_in_flight_jobs_before_returning(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    queue = await make_jetstream_queue()
    ids = [record_request(render_jobs, red_button(f"drain-{i}")) for i in range(4)]
    worker = make_worker(render_jobs, queue, chromium_pool, blob_store, concurrency=4)
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    for job_id in ids:
        await publish(queue, job_id)
    await wait_until(lambda: worker.in_flight > 0 or worker.counts.get("completed", 0) > 0, in_thread=True)
    stop.set()  # what SIGTERM does
    await asyncio.wait_for(task, 60)
    assert worker.in_flight == 0
    done = [j for j in ids if status_of(render_jobs, j) == "completed"]
    assert done, "the jobs in flight at stop were finished, not abandoned"
    await wait_for_pending(queue, len(ids) - len(done))  # the rest stay queued for others


async def test_readyz_reports_the_open_breaker(
    render_jobs: RenderJobs, blob_store: Any, make_jetstream_queue: QueueFactory
) -> None:
    broken = ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1))
    await broken.start()
    await broken.close()
    queue = await make_jetstream_queue(max_deliver=10)
    await publish(queue, record_request(render_jobs, red_button("readyz")))
    breaker = CircuitBreaker(failure_threshold=1, cooldown_s=600)
    worker = make_worker(render_jobs, queue, broken, blob_store, breaker=breaker, retry_base_s=30)
    async with (
        running(worker),
        health_server("127.0.0.1", 0, readiness(WorkerParts(broken, queue, worker))) as server,
        httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}") as client,
    ):
        await wait_until(lambda: breaker.state == "open", in_thread=True)
        assert (await client.get("/healthz")).status_code == 200
        response = await client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["worker"]["breaker"]["state"] == "open"
        assert response.json()["nats"] == {"connected": True}


async def test_readyz_is_not_ready_while_nats_is_cut_off(
    render_jobs: RenderJobs, blob_store: Any, make_jetstream_queue: QueueFactory
) -> None:
    pool = ChromiumPool(PoolSettings(browsers=1, pages_per_browser=1))
    await pool.start()
    queue = await make_jetstream_queue()
    worker = make_worker(render_jobs, queue, pool, blob_store)
    parts = WorkerParts(pool, queue, worker)
    try:
        assert readiness(parts)()[1]["nats"] == {"connected": True}
        await queue.close()  # the connection is gone: no job can come in
        ready, detail = readiness(parts)()
        assert not ready and detail["nats"] == {"connected": False}
        ready, detail = readiness(WorkerParts(pool))()  # still starting: no queue, no worker yet
        assert not ready and detail["worker"] == "starting"
    finally:
        await pool.close()


async def test_a_failure_it_cannot_record_leaves_the_job_in_the_queue(
    render_jobs: RenderJobs,
    blob_store: Any,
    chromium_pool: ChromiumPool,
    make_jetstream_queue: QueueFactory,
    tmp_path: Path,
) -> None:
    """A worker whose event store fails (here: a schema never migrated) must not term the job on
    its last delivery: RenderFailed could not be recorded, so the job would stay "queued" for
    ever with nothing left to finish it. It stays in the stream instead."""
    schema = create_schema()
    unmigrated = make_render_jobs(DATABASE_URL, tmp_path, create_tables=False, schema=schema)
    try:
        queue = await make_jetstream_queue(max_deliver=2)
        job_id = record_request(render_jobs, red_button("unrecorded"))
        await publish(queue, job_id)
        async with running(make_worker(unmigrated, queue, chromium_pool, blob_store)) as worker:
            await wait_until(lambda: worker.counts.get("unrecorded") == 1, in_thread=True)
            assert "gave_up" not in worker.counts
        assert status_of(render_jobs, job_id) == "queued"
        assert await queue.pending() == 1  # not terminated: still there for an operator or a retry
    finally:
        unmigrated.close()
        drop_schema(DATABASE_URL, schema)


async def test_a_job_whose_worker_was_killed_is_rendered_as_attempt_two_after_a_lost_one(
    render_jobs: RenderJobs, blob_store: Any, chromium_pool: ChromiumPool, make_jetstream_queue: QueueFactory
) -> None:
    """A worker killed mid-render left RenderStarted attempt 1; the job comes back as delivery 1
    (republished to a fresh queue, as the embedded serve does after kill -9): the trail says the
    first attempt was lost, and the new one is attempt 2."""
    queue = await make_jetstream_queue()
    job_id = record_request(render_jobs, red_button("worker killed"))
    render_jobs.start(job_id, "killed-worker", 1)
    await publish(queue, job_id)
    async with running(make_worker(render_jobs, queue, chromium_pool, blob_store)):
        await wait_until(lambda: status_of(render_jobs, job_id) == "completed", in_thread=True)
    trail = render_jobs.history(job_id)
    assert [e["name"] for e in trail] == [
        "RenderRequested", "RenderStarted", "RenderAttemptFailed", "RenderStarted", "RenderCompleted",
    ]  # fmt: skip
    assert trail[2]["data"]["code"] == "attempt_lost" and "killed-worker" in trail[2]["data"]["message"]
    assert [e["data"]["attempt"] for e in trail if e["name"] == "RenderStarted"] == [1, 2]
    assert render_jobs.get(job_id).attempt == 2
