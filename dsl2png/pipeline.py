"""The embedded render pipeline in one process: relay -> in-process queue -> worker, on asyncio."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from eventsourcing.popo import POPOTrackingRecorder

from command_api.relay import Relay
from dsl2png.event_store import RenderJobs
from dsl2png.queue_memory import InProcessQueue
from render_worker.consumer import BlobStore, RenderPool, Worker
from render_worker.main import build_worker
from render_worker.settings import WorkerSettings

log = logging.getLogger(__name__)


@dataclass
class EmbeddedPipeline:
    """Handles for health checks and metrics while the pipeline runs."""

    queue: InProcessQueue
    relay: Relay
    worker: Worker

    @property
    def ready(self) -> bool:
        return self.worker.ready


@contextlib.asynccontextmanager
async def embedded_pipeline(
    jobs: RenderJobs,
    blobs: BlobStore,
    pool: RenderPool,
    settings: WorkerSettings | None = None,
    *,
    work_after: Callable[[], Awaitable[None]] | None = None,
) -> AsyncIterator[EmbeddedPipeline]:
    """Run the relay and one worker in this event loop while the context is open (`dsl2png serve`
    with no DATABASE_URL/NATS_URL). Every commit through `jobs` wakes the relay at once; on exit
    the worker drains its in-flight jobs.

    The queue lives in memory, so the relay's position does too: a position kept on disk would
    outlive the jobs it says were published. Each start therefore republishes every request in
    the log, except the requests whose job has ended (the relay reads every ending first): a job
    queued when the process stopped still completes after a restart, and a finished one is not
    handed to the worker again.

    `work_after`: what the worker waits for before it takes its first job (the pool's start, when
    Chromium launches in the background): until then the relay queues requests and jobs stay
    queued, not started on a pool that cannot draw yet."""
    settings = settings or WorkerSettings(database_url=None, nats_url=None)
    queue = InProcessQueue(
        max_deliver=settings.max_deliver,
        ack_wait_s=settings.ack_wait_s,
        dedup_window_s=settings.dedup_window_s,
    )
    relay = Relay(jobs, queue, POPOTrackingRecorder(), skip_ended_on_start=True)
    worker = build_worker(settings, jobs=jobs, queue=queue, pool=pool, blobs=blobs)
    stop = asyncio.Event()
    remove_listener = jobs.add_listener(relay.wake)
    tasks = [
        asyncio.create_task(relay.run(stop), name="relay"),
        asyncio.create_task(_work(worker, stop, settings.drain_timeout_s, work_after), name="worker"),
    ]
    try:
        yield EmbeddedPipeline(queue=queue, relay=relay, worker=worker)
    finally:
        stop.set()
        remove_listener()
        for result in await asyncio.gather(*tasks, return_exceptions=True):
            if isinstance(result, BaseException):
                log.error("embedded pipeline task failed", exc_info=result)
        await queue.close()
        await worker.close()


async def _work(
    worker: Worker, stop: asyncio.Event, drain_timeout_s: float, after: Callable[[], Awaitable[None]] | None
) -> None:
    """Run `worker` once `after` is done, unless the pipeline stops first."""
    if after is not None:
        waits = {asyncio.ensure_future(after()), asyncio.ensure_future(stop.wait())}
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waits:
                waiter.cancel()
            await asyncio.gather(*waits, return_exceptions=True)
        if stop.is_set():
            return
    await worker.run(stop, drain_timeout_s=drain_timeout_s)
