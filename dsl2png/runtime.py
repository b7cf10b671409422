"""The composition root of the HTTP service: wires event store, blobs, read model and gateway.

Embedded (no DATABASE_URL/NATS_URL): SQLite + in-process queue, with the relay, one worker and
the projector running inside this process. Deployed: Postgres + NATS, and the relay, workers and
projector run as their own processes; this process only records commands and answers queries.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from dsl2png import metrics, sampling
from dsl2png.blobs import BlobStore, make_blob_store
from dsl2png.completions import CompletionWatcher
from dsl2png.embedded_checks import usable_data_dir
from dsl2png.event_store import RenderJobs, make_render_jobs
from dsl2png.gateway import Admission, ServiceGateway
from dsl2png.image_expiry import sweep_expired
from dsl2png.quota import Recorded, StillUnfinished, UnfinishedQuota, ignore_recorded
from dsl2png.recent import RecentValue
from dsl2png.relay_lag import relay_lag_sampler
from dsl2png.retention import agree_on_retention, sweep_refusal
from dsl2png.settings import ServeSettings
from dsl2png.startup_checks import StartupError
from kernel.dsl.prepare import warm_up
from kernel.errors import QueueFullError, RenderError

Check = Callable[[], Awaitable[bool]]
ADMISSION_DEPTH_MAX_AGE_S = 0.2
ADMISSION_DEPTH_TIMEOUT_S = 0.5
"""Longest a POST waits for the queue depth; past it the depth is advisory and the request goes on."""
log = logging.getLogger(__name__)

EMBEDDED_MODULES = ("dsl2png.pipeline", "projector.runner", "projector.views", "render_worker.pool_warming")
"""What the embedded runtime imports as it opens (Playwright, the worker, the projector: ~1 s)."""


def import_embedded() -> None:
    """Import EMBEDDED_MODULES now: a caller that runs this in a thread keeps its event loop
    answering while they load, instead of `open_runtime` loading them on the loop (`dsl2png mcp`)."""
    for name in EMBEDDED_MODULES:
        importlib.import_module(name)


@dataclass
class Runtime:
    """Everything the APIs need, opened and closed together."""

    settings: ServeSettings
    jobs: RenderJobs
    blobs: BlobStore
    read_model: Any
    gateway: ServiceGateway
    readiness: dict[str, Check] = field(default_factory=dict)
    queue_depth: Callable[[], Awaitable[int]] | None = None
    renderer_failure: Callable[[], BaseException | None] = lambda: None
    """Why the embedded Chromium did not start, when it started in the background and failed."""


def _database_check(jobs: RenderJobs) -> Check:
    async def check() -> bool:
        await asyncio.to_thread(jobs.recorder.max_notification_id)
        return True

    return check


def _schema_revision_check(jobs: RenderJobs) -> Check:
    """Failing once the schema is no longer at the revision this release needs (`migrate --down`
    or a newer release's `migrate` while this process runs): its requests would fail."""
    from dsl2png.schema_revision import revision_mismatch, stored_revision

    datastore = jobs.recorder.datastore  # type: ignore[attr-defined]

    def matches() -> bool:
        with datastore.get_connection() as conn:
            migrated, revision = stored_revision(conn, datastore.schema)
        mismatch = revision_mismatch(datastore.schema, revision) if migrated else None
        if mismatch:
            log.warning("%s", mismatch)
        return mismatch is None

    async def check() -> bool:
        return await asyncio.to_thread(matches)

    return check


async def _advisory_depth(depth: RecentValue) -> int | None:
    """The queue depth for admission, or the last known one if the queue does not answer within
    `ADMISSION_DEPTH_TIMEOUT_S` (NATS down: a POST only records an event, the relay publishes
    later, so an outage of the queue must not fail it; /readyz reports the outage)."""
    try:
        return await asyncio.wait_for(depth.get(), ADMISSION_DEPTH_TIMEOUT_S)
    except Exception as exc:
        log.warning(
            "queue depth unavailable for admission (%s); using the last reading (%s)",
            str(exc) or type(exc).__name__,
            depth.last,
        )
        return depth.last


def _admission(
    settings: ServeSettings,
    depth: RecentValue,
    read_model: Any,
    still_unfinished: StillUnfinished | None = None,
) -> Admission:
    """Refuse new renders fast: 503 once the queue holds `max_queue_depth` jobs (instead of
    timeouts piling up), 429 once a key has `max_unfinished_per_key` renders queued or rendering
    (`UnfinishedQuota`: its turn is held until the render is recorded; `still_unfinished` checks
    the renders the read model does not show in time against the event store). The depth is advisory:
    when the queue cannot be read, the last reading decides (or nothing). It is read before the
    key's turn is taken, so a slow queue does not hold up the key's other requests."""
    quota = UnfinishedQuota(read_model, settings.max_unfinished_per_key, still_unfinished)

    @contextlib.asynccontextmanager
    async def admit(owner: str | None) -> AsyncIterator[Recorded]:
        waiting = await _advisory_depth(depth)
        if waiting is not None and waiting >= settings.max_queue_depth:
            raise QueueFullError(
                f"the render queue is full ({waiting} jobs waiting); retry shortly", retry_after_s=5
            )
        if owner is None:
            yield ignore_recorded  # no quota without an API key
            return
        async with quota.reserve(owner) as recorded:
            yield recorded

    return admit


async def sweep_expired_images(runtime: Runtime, ttl_s: float, stop: asyncio.Event) -> None:
    """Remove images no job has used for the retention period, every tenth of it (at most every
    5 min), recording ImageExpired on the jobs that had them (dsl2png.image_expiry). Deployed, not
    while the deployment's retention differs from `ttl_s` (dsl2png.retention: changed since this
    process started), which it says once per change."""
    interval = min(max(ttl_s / 10, 1.0), 300.0)
    told: str | None = None
    while not stop.is_set():
        try:
            refusal = None
            if not runtime.settings.embedded:
                refusal = await asyncio.to_thread(sweep_refusal, runtime.jobs, ttl_s)
            if refusal is not None:
                if refusal != told:
                    log.warning("%s", refusal)
                told = refusal
                await _wait_or_stop(stop, interval)
                continue
            told = None
            swept = await asyncio.to_thread(
                sweep_expired, runtime.jobs, runtime.blobs, runtime.read_model, ttl_s
            )
            if swept.images:
                log.info(
                    "removed %d images not used by any render job for %.0fs (DSL2PNG_PNG_TTL_S); "
                    "recorded ImageExpired on %d render jobs",
                    swept.images,
                    ttl_s,
                    swept.recorded,
                )
        except Exception as exc:  # the store may be briefly unreachable; try again next round
            log.warning("image retention sweep failed: %s", exc)
        await _wait_or_stop(stop, interval)


async def _wait_or_stop(stop: asyncio.Event, interval_s: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), interval_s)


@contextlib.asynccontextmanager
async def _retention(runtime: Runtime, ttl_s: float | None) -> AsyncIterator[None]:
    if ttl_s is None:
        yield
        return
    stop = asyncio.Event()
    task = asyncio.create_task(sweep_expired_images(runtime, ttl_s, stop), name="retention")
    try:
        yield
    finally:
        stop.set()
        await task


def _projector_lag_sampler(jobs: RenderJobs, read_model: Any) -> Callable[[], Awaitable[None]]:
    """Events recorded but not yet in the read model (the projector's distance behind)."""

    async def sample() -> None:
        metrics.PROJECTOR_LAG.set(await asyncio.to_thread(metrics.projector_lag, jobs, read_model))

    return sample


def _export_relay_lag(jobs: RenderJobs) -> Callable[[], None]:
    """Export the relay's lag as the API reads it from the event store (the relay cannot report
    its own absence); returns the function that stops. Nothing before `dsl2png migrate` has made
    the relay's table."""
    try:
        sample = relay_lag_sampler(jobs)
    except Exception:
        return lambda: None
    return sampling.on_scrape("relay_lag", sample, metrics.RELAY_LAG, metrics.RELAY_STALLED)


@contextlib.asynccontextmanager
async def open_runtime(
    settings: ServeSettings, *, pool_in_background: bool = False
) -> AsyncIterator[Runtime]:
    """The runtime, open while the context is. `pool_in_background` (embedded only): open as soon
    as the store is, while Chromium starts (`dsl2png mcp`); renders wait for it, and fail with its
    reason if it does not start. Otherwise Chromium has started (or raised) before it opens."""
    settings.check_mode()
    opened = (
        _open_embedded(settings, pool_in_background=pool_in_background)
        if settings.embedded
        else _open_deployed(settings)
    )
    async with opened as runtime, _retention(runtime, settings.png_ttl_s):
        sampled = contextlib.ExitStack()  # the API's sampled gauges, exported while it runs
        sampled.callback(
            sampling.on_scrape(
                "projector_lag",
                _projector_lag_sampler(runtime.jobs, runtime.read_model),
                metrics.PROJECTOR_LAG,
            )
        )
        if runtime.queue_depth is not None:
            # Admission reuses a depth read within the last 200 ms; a scrape reads it anew (and
            # refreshes what admission sees).
            depth = RecentValue(runtime.queue_depth, max_age_s=ADMISSION_DEPTH_MAX_AGE_S)
            runtime.gateway.admission = _admission(
                settings, depth, runtime.read_model, runtime.jobs.unfinished
            )

            async def sample_depth() -> None:
                metrics.QUEUE_DEPTH.set(await depth.get(fresh=True))

            sampled.callback(sampling.on_scrape("queue_depth", sample_depth, metrics.QUEUE_DEPTH))
        with sampled:
            yield runtime


@contextlib.asynccontextmanager
async def _open_embedded(
    settings: ServeSettings, *, pool_in_background: bool = False
) -> AsyncIterator[Runtime]:
    from dsl2png.pipeline import embedded_pipeline
    from projector.runner import start_projector
    from projector.views import close_view, make_read_model
    from render_worker.consumer import RenderPool
    from render_worker.pool import ChromiumPool
    from render_worker.pool_settings import PoolSettings
    from render_worker.pool_warming import WarmingPool

    usable_data_dir(settings.data_dir)
    jobs = make_render_jobs(None, settings.data_dir, create_tables=True)
    blobs = make_blob_store(None, settings.data_dir)
    read_model = make_read_model(None, settings.data_dir)
    pool = ChromiumPool(PoolSettings())
    warming = WarmingPool(pool)
    stop_pool_metrics = metrics.export_pool(pool)
    watcher = CompletionWatcher()
    try:
        renderer: RenderPool = pool
        work_after = None
        if pool_in_background:
            warming.start_soon()
            renderer, work_after = warming, warming.started
        else:
            # The compiler loads its sheets while Chromium starts, not on the first request.
            try:
                await asyncio.gather(pool.start(), asyncio.to_thread(warm_up))
            except RenderError as exc:  # none found, a bad DSL2PNG_CHROMIUM_PATH, a crash at launch
                raise StartupError(str(exc)) from None
        with start_projector(None, settings.data_dir, app=jobs):
            async with (
                embedded_pipeline(jobs, blobs, renderer, work_after=work_after) as pipeline,
                watcher.following(jobs),
            ):
                gateway = ServiceGateway(
                    jobs, blobs, read_model, watcher=watcher, image_retention_s=settings.png_ttl_s
                )

                async def pool_ready() -> bool:
                    return pool.healthy and pipeline.ready

                yield Runtime(
                    settings, jobs, blobs, read_model, gateway,
                    readiness={"event_store": _database_check(jobs), "renderer": pool_ready},
                    queue_depth=pipeline.queue.pending, renderer_failure=lambda: warming.failure,
                )  # fmt: skip
    finally:
        stop_pool_metrics()
        await warming.close()
        close_view(read_model)
        jobs.close()


async def _agree_on_retention(jobs: RenderJobs, ttl_s: float | None) -> None:
    """Check this process's DSL2PNG_PNG_TTL_S against the deployment's retention, recording it if
    it is the first (dsl2png.retention); RetentionMismatchError, a StartupError, when they differ."""
    from kernel.image_retention import shown_ttl

    recorded, retention = await asyncio.to_thread(agree_on_retention, jobs, ttl_s)
    if recorded:
        log.info(
            "recorded the deployment's image retention: %s (DSL2PNG_PNG_TTL_S of this first API "
            "process); every API process must now be set so, or `dsl2png retention set` changes it",
            shown_ttl(retention.ttl_s),
        )


@contextlib.asynccontextmanager
async def _open_deployed(settings: ServeSettings) -> AsyncIterator[Runtime]:
    from dsl2png.queue_nats import ensure_stream
    from dsl2png.startup_checks import connect_nats
    from projector.views import close_view, make_read_model

    assert settings.database_url is not None and settings.nats_url is not None
    url, schema = settings.database_url, settings.database_schema
    wait_s = settings.database_wait_s  # each pool's longest wait for a connection
    limits = settings.session_limits  # each connection's statement timeout and keepalives
    jobs = make_render_jobs(
        url, settings.data_dir, create_tables=False, schema=schema, wait_s=wait_s, limits=limits
    )
    try:
        await _agree_on_retention(jobs, settings.png_ttl_s)
    except BaseException:
        jobs.close()
        raise
    blobs = make_blob_store(url, settings.data_dir, schema=schema, wait_s=wait_s, limits=limits)
    read_model = make_read_model(url, settings.data_dir, schema=schema, wait_s=wait_s, limits=limits)
    nc = await connect_nats(settings.nats_url, name="dsl2png-api", deadline_s=settings.startup_timeout_s)
    js = nc.jetstream()
    await ensure_stream(
        js, stream=settings.nats_stream, subject=settings.nats_subject, dedup_window_s=settings.dedup_window_s
    )
    watcher = CompletionWatcher()
    await asyncio.to_thread(warm_up)  # the first request's validation then finds its sheets loaded

    async def nats_ready() -> bool:
        if not nc.is_connected:
            return False
        await js.stream_info(settings.nats_stream)
        return True

    async def depth() -> int:
        info = await js.stream_info(settings.nats_stream)
        return int(info.state.messages)

    stop_relay_lag = _export_relay_lag(jobs)
    try:
        async with watcher.following(jobs):
            gateway = ServiceGateway(
                jobs, blobs, read_model, watcher=watcher, image_retention_s=settings.png_ttl_s
            )
            yield Runtime(
                settings, jobs, blobs, read_model, gateway,
                readiness={
                    "event_store": _database_check(jobs),
                    "schema": _schema_revision_check(jobs),
                    "nats": nats_ready,
                },
                queue_depth=depth,
            )  # fmt: skip
    finally:
        stop_relay_lag()
        await nc.close()
        close_view(read_model)
        blobs.close()
        jobs.close()
