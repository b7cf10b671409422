"""The render worker: takes jobs from the queue, renders them, records the outcome, then settles."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
import uuid
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from dsl2png.db_errors import traceback_unless_outage
from dsl2png.metrics import CACHE_HITS, RENDER_SECONDS, RENDERS
from dsl2png.queue import JobMessage, JobQueue
from dsl2png.telemetry import continued_from, current_context_carrier, tracer
from kernel.cache_scope import owned_cache_key
from kernel.dsl.options import MEDIA_TYPES, RenderOptions
from kernel.dsl.prepare import INLINE_SOURCE_CHARS, PreparedRender, prepare_render
from kernel.errors import (
    CompileError,
    InvalidDocumentError,
    JobNotFoundError,
    RenderError,
    RenderTimeoutError,
    first_line,
)
from kernel.schemas import TERMINAL_STATUSES
from render_worker.breaker import CircuitBreaker
from render_worker.drawn_by import drawn_by
from render_worker.hand_back import DRAIN_TIMEOUT, hand_back
from render_worker.image import ImageTooLargeError, RenderedImage

log = logging.getLogger(__name__)

TIMEOUT_ATTEMPTS = 2
"""Deliveries of a job whose render timed out on each before it fails for good. A second try
covers a busy moment; a page that is too heavy times out every time, and five tries held a
page of the pool for five timeouts each (six such documents occupied the default pool)."""

T = TypeVar("T")


class RenderPool(Protocol):
    """What the worker needs of `render_worker.pool.ChromiumPool`."""

    async def render(
        self,
        html: str,
        viewport: Any,
        *,
        format: Any = "png",
        full_page: bool = False,
        transparent: bool = False,
        quality: int | None = None,
        timeout_s: float | None = None,
        crop: bool = False,
    ) -> RenderedImage: ...


class JobStore(Protocol):
    """What the worker needs of `dsl2png.event_store.RenderJobs` (synchronous, like eventsourcing)."""

    def get(self, job_id: uuid.UUID) -> Any: ...

    def start(self, job_id: uuid.UUID, worker_id: str, attempt: int) -> Any: ...

    def complete(self, job_id: uuid.UUID, *, held: Any = None, **result: Any) -> Any: ...

    def fail(
        self, job_id: uuid.UUID, code: str, message: str, retryable: bool, attempt: int, *, held: Any = None
    ) -> Any: ...

    def fail_attempt(
        self, job_id: uuid.UUID, code: str, message: str, attempt: int, *, held: Any = None
    ) -> Any: ...


class BlobStore(Protocol):
    """What the worker needs of `dsl2png.blobs.BlobStore`."""

    def store(self, data: bytes, *, media_type: str, cache_key: str, meta: Mapping[str, Any]) -> str: ...

    def lookup(self, cache_key: str) -> tuple[str, Mapping[str, Any]] | None: ...


def retry_delay(delivery: int, *, base_s: float = 1.0, max_s: float = 60.0) -> float:
    """Exponential backoff with full jitter for the nak after a transient failure on `delivery`."""
    ceiling = min(max_s, base_s * 2 ** max(0, delivery - 1))
    return random.uniform(ceiling / 2, ceiling)


class Worker:
    """Pulls jobs, renders up to `concurrency` at once with the warm pool, stores the image and
    records RenderCompleted/RenderFailed, and only then acks. Safe against duplicates: a job that
    is already terminal is acked without work, so a republished event renders once.

    A job whose document (and options) another job of this worker is rendering right now waits
    for that render and completes from its image, as from the cache.

    Outcomes per message: rendered or served from the image cache -> ack; invalid document, a
    document dsl2png fails to compile (CompileError: the same on every try) or a non-retryable
    render error -> RenderFailed + term; transient failure -> RenderAttemptFailed (why this attempt
    failed, so the trail explains the next RenderStarted) + nak with backoff, or ack without a
    retry when the job was cancelled meanwhile, or,
    on the last allowed delivery, RenderFailed(code 'max_deliver') + term; a render that timed
    out on TIMEOUT_ATTEMPTS deliveries -> RenderFailed('render_timeout') + term. Consecutive Chromium
    failures open the circuit breaker: the worker stops fetching until a probe succeeds.
    """

    def __init__(
        self,
        jobs: JobStore,
        queue: JobQueue,
        pool: RenderPool,
        blobs: BlobStore,
        *,
        worker_id: str,
        concurrency: int = 4,
        breaker: CircuitBreaker | None = None,
        heartbeat_s: float = 10.0,
        retry_base_s: float = 1.0,
        retry_max_s: float = 60.0,
        fetch_timeout_s: float = 1.0,
        render_timeout_s: float | None = None,
    ) -> None:
        self.jobs = jobs
        self.queue = queue
        self.pool = pool
        self.blobs = blobs
        self.worker_id = worker_id
        self.concurrency = concurrency
        self.breaker = breaker or CircuitBreaker()
        self.heartbeat_s = heartbeat_s
        self.retry_base_s = retry_base_s
        self.retry_max_s = retry_max_s
        self.fetch_timeout_s = fetch_timeout_s
        self.render_timeout_s = render_timeout_s
        self._executor = ThreadPoolExecutor(max_workers=concurrency + 2, thread_name_prefix="store")
        self._in_flight: dict[asyncio.Task[None], JobMessage] = {}
        """Each job being handled, with its delivery (to hand back what a drain cuts short)."""
        self._rendering: dict[str, asyncio.Future[None]] = {}
        """Cache keys being rendered now, each with a future done when its render is over."""
        self._slot_freed = asyncio.Event()
        self._draining = False
        self._running = False
        self.counts: dict[str, int] = {}

    # -- state ---------------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """True while the worker takes work: running, not draining, breaker closed (for /readyz)."""
        return self._running and not self._draining and self.breaker.state == "closed"

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    def status(self) -> dict[str, object]:
        return {
            "worker_id": self.worker_id,
            "ready": self.ready,
            "draining": self._draining,
            "in_flight": self.in_flight,
            "breaker": self.breaker.snapshot(),
            "outcomes": dict(self.counts),
        }

    # -- loop ----------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event, *, drain_timeout_s: float = 60.0) -> None:
        """Fetch and handle jobs until `stop` is set, then stop fetching and let in-flight jobs
        finish (up to `drain_timeout_s`; jobs still running after that are handed back to the
        queue, to be delivered again at once)."""
        self._running = True
        try:
            while not stop.is_set():
                free = self.concurrency - len(self._in_flight)
                allowed = self.breaker.capacity(free)
                if allowed <= 0:
                    await self._pause(stop)
                    continue
                try:
                    messages = await self.queue.fetch(allowed, self.fetch_timeout_s)
                except Exception as exc:  # queue unreachable: the client reconnects, we wait a bit
                    log.warning("fetch failed (%s); retrying", exc)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), self.fetch_timeout_s)
                    continue
                for message in messages:
                    if self.breaker.state == "half_open":
                        self.breaker.begin_probe()
                    self._spawn(message)
        finally:
            self._draining = True
            await self.drain(drain_timeout_s)
            self._running = False

    async def drain(self, timeout_s: float) -> None:
        """Wait for in-flight jobs; stop what is still running after `timeout_s` and hand it back
        (`hand_back`), so another worker takes it now rather than after the ack wait."""
        if not self._in_flight:
            return
        log.info("draining %d in-flight job(s)", len(self._in_flight))
        _, still_running = await asyncio.wait(set(self._in_flight), timeout=timeout_s)
        if not still_running:
            return
        cut_short = [self._in_flight[task] for task in still_running]
        log.warning(
            "drain timeout (%gs, DSL2PNG_DRAIN_TIMEOUT_S): handing back %d unfinished job(s) for "
            "immediate redelivery: %s", timeout_s, len(cut_short), ", ".join(m.job_id for m in cut_short),
            extra={"render_ids": [m.job_id for m in cut_short], "outcome": DRAIN_TIMEOUT},
        )  # fmt: skip
        for task in still_running:
            task.cancel()
        await asyncio.gather(*still_running, return_exceptions=True)
        await asyncio.gather(
            *(hand_back(m, jobs=self.jobs, worker_id=self.worker_id, run=self._store) for m in cut_short)
        )

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def _pause(self, stop: asyncio.Event) -> None:
        """Nothing may be taken now: wait for a free slot, the breaker's cool-down, or stop."""
        self._slot_freed.clear()
        waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(stop.wait())]
        timeout: float | None = None
        if self.breaker.state == "open":
            timeout = max(0.01, self.breaker.seconds_until_probe())
        if self._in_flight:
            waits.append(asyncio.ensure_future(self._slot_freed.wait()))
        try:
            await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waits:
                waiter.cancel()

    def _spawn(self, message: JobMessage) -> None:
        task = asyncio.create_task(self.handle(message), name=f"job-{message.job_id}")
        self._in_flight[task] = message
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._in_flight.pop(task, None)
        self.breaker.end_probe()  # a probe that never reached Chromium (cache hit, duplicate) proves nothing
        self._slot_freed.set()
        if not task.cancelled() and task.exception() is not None:
            log.error("job task crashed", exc_info=task.exception())

    # -- one job -------------------------------------------------------------------------------

    async def handle(self, message: JobMessage) -> None:
        """Take one delivery to its outcome and settle it exactly once."""
        with continued_from(message.headers), tracer().start_as_current_span("render_worker.job") as span:
            span.set_attribute("dsl2png.job_id", message.job_id)
            span.set_attribute("dsl2png.attempt", message.delivery)
            try:
                outcome = await self._process(message)
            except asyncio.CancelledError:
                raise  # draining ran out of time: `drain` hands the message back
            except Exception as exc:  # the store or the blob store failed: try again later
                log.warning(
                    "job %s attempt %d: %s",
                    message.job_id,
                    message.delivery,
                    first_line(exc),
                    exc_info=traceback_unless_outage(exc),
                )
                outcome = await self._transient(message, "store_error", str(exc))
            span.set_attribute("dsl2png.outcome", outcome)
            if outcome not in LOGGED_WITH_CAUSE:
                log.info("render %s: %s", message.job_id, outcome, extra=_log_fields(message, outcome))
            self.counts[outcome] = self.counts.get(outcome, 0) + 1
            RENDERS.labels(outcome=outcome).inc()

    async def _process(self, message: JobMessage) -> str:
        job_id = uuid.UUID(message.job_id)
        try:
            # `start` records nothing on a finished job and returns it as it is, so one read
            # both claims the job and tells a duplicate delivery, a cache hit or a cancel apart.
            job = await self._store(self.jobs.start, job_id, self.worker_id, message.delivery)
        except JobNotFoundError:
            log.error("job %s from the queue is not in the event store; dropping it", message.job_id)
            await message.term()
            return "unknown_job"
        if _status(job) in TERMINAL_STATUSES:
            await message.ack()
            return _ended_as(job, "already_done")

        # The owner's own entries only (kernel.cache_scope); a render of the same document for
        # another key is not waited for either: its wait would tell as much as a hit.
        entry = owned_cache_key(job.cache_key, job.owner)
        cached = await self._store(self.blobs.lookup, entry)
        if cached is None and entry in self._rendering:
            # The same document (and options) is being rendered for another job right now: its
            # image is this one's too, so wait for it rather than render it twice.
            await self._with_heartbeat(message, asyncio.shield(self._rendering[entry]))
            cached = await self._store(self.blobs.lookup, entry)
        if cached is not None:
            return await self._complete_from_cache(message, job, cached)
        rendered = self._rendering[entry] = asyncio.get_running_loop().create_future()
        try:
            return await self._render_and_record(message, job)
        finally:
            del self._rendering[entry]
            rendered.set_result(None)

    async def _complete_from_cache(
        self, message: JobMessage, job: Any, cached: tuple[str, Mapping[str, Any]]
    ) -> str:
        """Record the job completed with the stored image of the same cache key, then ack."""
        sha256, meta = cached
        done = await self._store(
            self.jobs.complete, job.id, held=job, trace_context=current_context_carrier(), sha256=sha256, bytes=int(meta["bytes"]), width=int(meta["width"]),
            height=int(meta["height"]), render_ms=0.0, format=str(meta.get("format", "png")), cache_hit=True,
            cut_px=int(meta.get("cut_px", 0)), measured_warnings=list(meta.get("measured_warnings", [])),
            drawn_by=meta.get("drawn_by"),
        )  # fmt: skip
        await message.ack()
        outcome = _recorded(done, "cache_hit")
        if outcome == "cache_hit":  # not when a cancel was recorded first
            CACHE_HITS.inc()
        return outcome

    async def _render_and_record(self, message: JobMessage, job: Any) -> str:
        """Compile and render the job, store its image, record the outcome, then settle."""
        job_id = job.id
        try:
            options = RenderOptions(**dict(job.options or {}))
            prepared = await self._prepare(job, options)
        except (InvalidDocumentError, ValueError) as exc:
            await self._store(
                self.jobs.fail, job_id, "invalid_dsl", str(exc), False, job.attempt, held=job,
                drawn_by=self._drawn_by(),
            )  # fmt: skip
            await message.term()
            return "invalid"
        except CompileError as exc:  # a bug met on every try: poison, not a transient fault
            log.error(
                "render %s failed (%s): %s", job_id, exc.code, exc, exc_info=exc.__cause__,
                extra=_log_fields(message, "failed"),
            )  # fmt: skip
            await self._store(
                self.jobs.fail, job_id, exc.code, str(exc), False, job.attempt, held=job,
                drawn_by=self._drawn_by(),
            )  # fmt: skip
            await message.term()
            return "failed"

        try:
            image = await self._with_heartbeat(message, self._render(prepared))
        except RenderError as exc:
            if isinstance(exc, ImageTooLargeError):
                self.breaker.record_success()  # Chromium worked: the page is too big for the format
            else:
                self.breaker.record_failure()
            if isinstance(exc, RenderTimeoutError) and message.delivery >= TIMEOUT_ATTEMPTS:
                exc = RenderError(
                    f"{exc} on {message.delivery} attempts: the page is too heavy to draw in time "
                    "(large blurs, filters or shadows, or very many elements); make it lighter",
                    retryable=False,
                    code=exc.code,
                )
            if not exc.retryable:
                log.error(
                    "render %s failed (%s): %s", job_id, exc.code, exc, extra=_log_fields(message, "failed")
                )
                await self._store(
                    self.jobs.fail, job_id, exc.code, str(exc), False, job.attempt, held=job,
                    drawn_by=self._drawn_by(self._pool_chromium()),
                )  # fmt: skip
                await message.term()
                return "failed"
            return await self._transient(message, exc.code, str(exc), held=job)
        self.breaker.record_success()
        RENDER_SECONDS.observe(image.render_ms / 1000)

        media_type = MEDIA_TYPES.get(image.format, "application/octet-stream")
        meta = {
            "bytes": len(image.data),
            "width": image.width,
            "height": image.height,
            "format": image.format,
            "cut_px": image.cut_px,
            "measured_warnings": [warning.as_dict() for warning in image.measured_warnings],
            "drawn_by": self._drawn_by(image.chromium_version),
        }
        sha256 = await self._store(
            self.blobs.store,
            image.data,
            media_type=media_type,
            cache_key=owned_cache_key(job.cache_key, job.owner),
            meta=meta,
        )
        done = await self._store(
            self.jobs.complete, job_id, held=job, trace_context=current_context_carrier(), sha256=sha256, bytes=len(image.data), width=image.width,
            height=image.height, render_ms=image.render_ms, format=image.format, cache_hit=False,
            cut_px=image.cut_px, measured_warnings=meta["measured_warnings"], drawn_by=meta["drawn_by"],
        )  # fmt: skip
        await message.ack()
        return _recorded(done, "completed")

    def _drawn_by(self, chromium_version: str | None = None) -> dict[str, str | None]:
        """What this worker records with an outcome: versions and its id (render_worker.drawn_by)."""
        return drawn_by(self.worker_id, chromium_version)

    def _pool_chromium(self) -> str | None:
        """The version of the Chromium the pool last launched (a failed render's browser)."""
        version = getattr(self.pool, "chromium_version", None)
        return None if version is None else str(version)

    async def _render(self, prepared: PreparedRender) -> RenderedImage:
        options = prepared.options
        return await self.pool.render(
            prepared.html, prepared.viewport, format=options.format, full_page=options.full_page,
            transparent=options.transparent, quality=options.quality, timeout_s=self.render_timeout_s,
            crop=options.crop,
        )  # fmt: skip

    async def _transient(self, message: JobMessage, code: str, text: str, *, held: Any = None) -> str:
        """Nak with backoff, or give up for good on the last delivery the queue allows.
        `held`: the job as `start` saved it, when the caller has it (spares a read)."""
        if message.delivery >= self.queue.max_deliver:
            reason = f"gave up after {message.delivery} attempts; last error ({code}): {text}"
            try:
                await self._store(
                    self.jobs.fail, uuid.UUID(message.job_id), "max_deliver", reason, False, _attempt(message, held),
                    held=held, drawn_by=self._drawn_by(self._pool_chromium()),
                )  # fmt: skip
            except Exception as exc:
                # Terming now would drop the job with no outcome recorded: it would stay "queued"
                # for ever. Left in the stream, JetStream's max-deliveries notice makes every
                # worker try to record RenderFailed again (`on_exhausted`).
                log.error(
                    "job %s: could not record that it failed (%s); leaving it in the queue",
                    message.job_id, exc, extra={"render_id": message.job_id},
                )  # fmt: skip
                await message.nak(self.retry_max_s)
                return "unrecorded"
            await message.term()
            log.error("render %s: %s", message.job_id, reason, extra=_log_fields(message, "gave_up"))
            return "gave_up"
        ended = await self._ended_meanwhile(message, code, text, held)
        if ended is not None:
            await message.ack()  # cancelled while it rendered: nothing to retry
            return _ended_as(ended, "superseded")
        delay = retry_delay(message.delivery, base_s=self.retry_base_s, max_s=self.retry_max_s)
        await message.nak(delay)
        log.warning(
            "render %s: attempt %d of %d failed (%s): %s; retrying in %.1fs",
            message.job_id, message.delivery, self.queue.max_deliver, code, text, delay,
            extra=_log_fields(message, "retry"),
        )  # fmt: skip
        return "retry"

    async def _ended_meanwhile(self, message: JobMessage, code: str, text: str, held: Any) -> Any:
        """Record RenderAttemptFailed for this delivery; the job if it had ended meanwhile
        (e.g. a client cancelled it during the render), so it must not be retried. When the
        store cannot record it (the store itself is what failed) the job is retried anyway: the
        log line is then the only trace of this attempt."""
        try:
            job = await self._store(
                self.jobs.fail_attempt,
                uuid.UUID(message.job_id),
                code,
                text,
                _attempt(message, held),
                held=held,
            )
        except Exception as exc:
            log.warning(
                "job %s: could not record that attempt %d failed (%s)",
                message.job_id, message.delivery, first_line(exc), extra={"render_id": message.job_id},
            )  # fmt: skip
            return None
        return job if _status(job) in TERMINAL_STATUSES else None

    async def _with_heartbeat(self, message: JobMessage, work: Awaitable[T]) -> T:
        """Await `work`, telling the queue every `heartbeat_s` that the job is still alive."""

        async def beat() -> None:
            while True:
                await asyncio.sleep(self.heartbeat_s)
                with contextlib.suppress(Exception):
                    await message.in_progress()

        beating = asyncio.create_task(beat())
        try:
            return await work
        finally:
            beating.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beating

    async def _prepare(self, job: Any, options: RenderOptions) -> PreparedRender:
        """The job's document compiled (see INLINE_SOURCE_CHARS for where it runs).

        Not under `render_timeout_s`, by decision: preparing is pure Python, and a thread running
        it cannot be stopped (a timeout around it would only stop waiting, while the thread kept
        the executor and the GIL), so a deadline here would free nothing. It is bounded by limits
        instead: the command side validated this very source in full, which stops at
        MAX_ISSUES problems a pass (kernel.dsl.limits), and a valid document's compile is bounded
        by the size, element, table and chart limits: at most about a second on a loaded 2-core
        machine (bench/bench_validate_cost.py), well within the heartbeat that keeps the job."""
        prepare = functools.partial(
            prepare_render, job.source, options, cache_key=job.cache_key, accepted=True
        )
        if len(job.source) <= INLINE_SOURCE_CHARS:
            return prepare()
        return await self._store(prepare)

    async def _store(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a synchronous store call (eventsourcing, SQLite, Postgres) off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: func(*args, **kwargs))


LOGGED_WITH_CAUSE = frozenset({"retry", "gave_up", "failed"})
"""Outcomes logged where they are decided, with their error code and message (WARNING for a
retry, ERROR for a failure): the job's events are not the only place that says why."""


def _log_fields(message: JobMessage, outcome: str) -> dict[str, object]:
    """Structured fields of a worker's log line about one delivery."""
    return {"render_id": message.job_id, "attempt": message.delivery, "outcome": outcome}


def _recorded(job: Any, outcome: str) -> str:
    """`outcome` if the job now holds our result; 'cancelled' if a client cancel was recorded
    between start and complete (it wins), 'superseded' if it had ended otherwise meanwhile."""
    return outcome if _status(job) == "completed" else _ended_as(job, "superseded")


def _attempt(message: JobMessage, held: Any) -> int:
    """The attempt to record: the one `start` recorded when the job is at hand (it counts past
    the job's own earlier attempts, which an embedded queue's delivery count forgets on restart)."""
    return max(message.delivery, int(getattr(held, "attempt", 0) or 0))


def _ended_as(job: Any, otherwise: str) -> str:
    """The outcome of a delivery whose job had ended without this worker: 'cancelled' when a
    client (or an erasure) cancelled it, which operators look for under that name, else
    `otherwise` ('already_done': another delivery finished it; 'superseded': it ended meanwhile)."""
    return "cancelled" if _status(job) == "cancelled" else otherwise


def _status(job: Any) -> str:
    status = getattr(job, "status", "")
    return str(getattr(status, "value", status))
