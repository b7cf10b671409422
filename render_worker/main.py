"""Composition of a render worker process: event store, blob store, JetStream, pool, signals."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from dsl2png.logs import configure_logging
from dsl2png.metrics import on_scrape, pool_sampler
from dsl2png.queue import JobQueue
from dsl2png.queue_nats import JetStreamQueue
from kernel.dsl.prepare import warm_up
from render_worker.breaker import CircuitBreaker
from render_worker.consumer import BlobStore, JobStore, RenderPool, Worker
from render_worker.health import StatusFn, health_server
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings
from render_worker.settings import WorkerSettings

log = logging.getLogger(__name__)


def build_worker(
    settings: WorkerSettings, *, jobs: JobStore, queue: JobQueue, pool: RenderPool, blobs: BlobStore
) -> Worker:
    """A Worker configured from settings; `dsl2png serve` (embedded) uses this with its own parts."""
    return Worker(
        jobs,
        queue,
        pool,
        blobs,
        worker_id=settings.worker_id,
        concurrency=settings.jobs_at_once,
        breaker=CircuitBreaker(settings.breaker_failures, settings.breaker_cooldown_s),
        heartbeat_s=settings.heartbeat_interval_s,
        retry_base_s=settings.retry_base_s,
        retry_max_s=settings.retry_max_s,
        fetch_timeout_s=settings.fetch_timeout_s,
    )


async def connect_queue(settings: WorkerSettings) -> JetStreamQueue:
    assert settings.nats_url is not None
    return await JetStreamQueue.connect(
        settings.nats_url,
        stream=settings.nats_stream,
        subject=settings.nats_subject,
        durable=settings.nats_durable,
        max_deliver=settings.max_deliver,
        ack_wait_s=settings.ack_wait_s,
        dedup_window_s=settings.dedup_window_s,
        name=f"dsl2png-worker-{settings.worker_id}",
    )


def readiness(worker: Worker, pool: ChromiumPool) -> StatusFn:
    """Ready = the worker takes work (breaker closed, not draining) and the pool is healthy."""

    def status() -> tuple[bool, dict[str, object]]:
        ready = worker.ready and pool.healthy
        return ready, {"worker": worker.status(), "pool": {"healthy": pool.healthy, **pool.stats()}}

    return status


@contextlib.asynccontextmanager
async def stop_on_signals(stop: asyncio.Event) -> AsyncIterator[asyncio.Event]:
    """SIGTERM/SIGINT set `stop`: the worker stops fetching and drains in-flight jobs."""
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    try:
        yield stop
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


def record_exhausted(jobs: Any) -> Callable[[str, int], Awaitable[None]]:
    """RenderFailed(max_deliver) for a job JetStream stopped delivering (ignored if it already ended)."""

    async def record(job_id: str, deliveries: int) -> None:
        message = f"gave up after {deliveries} deliveries (a worker stopped while rendering it each time)"
        await asyncio.to_thread(jobs.fail, uuid.UUID(job_id), "max_deliver", message, False, deliveries)
        log.warning("render %s failed: %s", job_id, message, extra={"render_id": job_id})

    return record


async def run_worker(settings: WorkerSettings, *, stop: asyncio.Event | None = None) -> None:
    """Run one worker process until SIGTERM/SIGINT (or `stop`), then drain and close everything.

    Needs DATABASE_URL and NATS_URL: in the embedded mode `dsl2png serve` runs its worker itself.
    """
    if settings.embedded or settings.nats_url is None:
        raise SystemExit(
            "dsl2png worker needs DATABASE_URL and NATS_URL; without them `dsl2png serve` runs "
            "everything, a worker included, in one process"
        )
    from dsl2png.blobs import make_blob_store
    from dsl2png.event_store import make_render_jobs

    stop = stop or asyncio.Event()
    jobs = make_render_jobs(
        settings.database_url,
        settings.data_dir,
        create_tables=settings.create_tables,
        schema=settings.database_schema,
    )
    blobs = make_blob_store(
        settings.database_url,
        settings.data_dir,
        create_tables=settings.create_tables,
        schema=settings.database_schema,
    )
    pool = ChromiumPool(PoolSettings())
    on_scrape(pool_sampler(pool))
    queue: JetStreamQueue | None = None
    worker: Worker | None = None
    try:
        # The compiler loads its sheets while Chromium starts, not on the first job.
        await asyncio.gather(pool.start(), asyncio.to_thread(warm_up))
        queue = await connect_queue(settings)
        worker = build_worker(settings, jobs=jobs, queue=queue, pool=pool, blobs=blobs)
        await queue.on_exhausted(settings.nats_durable, record_exhausted(jobs))
        log.info("worker %s taking jobs from %s (concurrency %d)", settings.worker_id, settings.nats_stream,
                 settings.jobs_at_once)  # fmt: skip
        async with stop_on_signals(stop), contextlib.AsyncExitStack() as probes:
            if settings.health_port is not None:
                await probes.enter_async_context(
                    health_server(settings.health_host, settings.health_port, readiness(worker, pool))
                )
            await worker.run(stop, drain_timeout_s=settings.drain_timeout_s)
    finally:
        if queue is not None:
            await queue.close()  # flushes the acks of the jobs that just finished
        if worker is not None:
            await worker.close()
        await pool.close()
        jobs.close()
        blobs.close()
        log.info("worker %s stopped", settings.worker_id)


def main() -> None:
    """Entry point of `dsl2png worker` and `python -m render_worker`."""
    settings = WorkerSettings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    asyncio.run(run_worker(settings))
