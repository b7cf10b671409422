"""Composition of a render worker process: event store, blob store, JetStream, pool, signals."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dsl2png.addresses import database_address, queue_address
from dsl2png.logs import configure_logging
from dsl2png.metrics import export_pool
from dsl2png.probe_port import probes_on
from dsl2png.probes import StatusFn
from dsl2png.queue import JobQueue
from dsl2png.startup_checks import check_database, until_stopped
from dsl2png.stop_lines import log_stopped
from dsl2png.telemetry import setup_tracing
from kernel.dsl.prepare import warm_up
from render_worker.breaker import CircuitBreaker
from render_worker.consumer import BlobStore, JobStore, RenderPool, Worker
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings
from render_worker.settings import WorkerSettings

if TYPE_CHECKING:  # imported where connected: the embedded pipeline builds its worker without NATS
    from dsl2png.queue_nats import JetStreamQueue

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
    from dsl2png.queue_nats import JetStreamQueue

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
        connect_deadline_s=settings.startup_timeout_s,
    )


@dataclass
class WorkerParts:
    """What the probes look at; empty until start-up has made them (not ready until then)."""

    pool: ChromiumPool
    queue: JetStreamQueue | None = None
    worker: Worker | None = None


def readiness(parts: WorkerParts) -> StatusFn:
    """Ready = started, the worker takes work (breaker closed, not draining), the pool is healthy
    and NATS is connected (a worker cut off from NATS takes nothing, whatever else is well)."""

    def status() -> tuple[bool, dict[str, object]]:
        worker, queue, pool = parts.worker, parts.queue, parts.pool
        nats_connected = queue is not None and queue.connected
        ready = worker is not None and worker.ready and pool.healthy and nats_connected
        detail: dict[str, object] = {
            "worker": worker.status() if worker is not None else "starting",
            "pool": {"healthy": pool.healthy, **pool.stats()},
            "nats": {"connected": nats_connected},
        }
        return ready, detail

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

    assert settings.database_url is not None
    stop = stop or asyncio.Event()
    if not settings.create_tables:
        await asyncio.to_thread(
            check_database, settings.database_url, settings.database_schema,
            connect_timeout_s=settings.connect_timeout_s,
        )  # fmt: skip
    jobs = make_render_jobs(
        settings.database_url,
        settings.data_dir,
        create_tables=settings.create_tables,
        schema=settings.database_schema,
        limits=settings.session_limits,
    )
    blobs = make_blob_store(
        settings.database_url,
        settings.data_dir,
        create_tables=settings.create_tables,
        schema=settings.database_schema,
        limits=settings.session_limits,
    )
    pool = ChromiumPool(PoolSettings())
    stop_pool_metrics = export_pool(pool)
    parts = WorkerParts(pool)
    failure: BaseException | None = None
    try:
        async with stop_on_signals(stop), probes_on(settings, readiness(parts)):
            # The compiler loads its sheets while Chromium starts, not on the first job.
            await asyncio.gather(pool.start(), asyncio.to_thread(warm_up))
            connecting = asyncio.ensure_future(connect_queue(settings))
            if not await until_stopped(connecting, stop):
                return  # SIGTERM while NATS was still out of reach
            parts.queue = queue = connecting.result()
            parts.worker = worker = build_worker(settings, jobs=jobs, queue=queue, pool=pool, blobs=blobs)
            await queue.on_exhausted(settings.nats_durable, record_exhausted(jobs))
            log.info(
                "worker %s taking jobs from %s, consumer %s (ack wait %gs, at most %d deliveries); %s "
                "(concurrency %d)", settings.worker_id, queue_address(settings), settings.nats_durable,
                settings.ack_wait_s, settings.max_deliver, database_address(settings), settings.jobs_at_once,
            )  # fmt: skip
            await worker.run(stop, drain_timeout_s=settings.drain_timeout_s)
    except BaseException as exc:
        failure = exc
        raise
    finally:
        if parts.queue is not None:
            await parts.queue.close()  # flushes the acks of the jobs that just finished
        if parts.worker is not None:
            await parts.worker.close()
        stop_pool_metrics()
        await pool.close()
        jobs.close()
        blobs.close()
        log_stopped(log, f"worker {settings.worker_id}", failure)


def main() -> None:
    """Entry point of `dsl2png worker` and `python -m render_worker`."""
    settings = WorkerSettings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    setup_tracing("dsl2png-worker")
    asyncio.run(run_worker(settings))
