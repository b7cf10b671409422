"""Runs the projection: follows the event store live and lets callers wait until it has caught up."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from eventsourcing.persistence import Tracking

from dsl2png.commit_listener import CommitListener
from dsl2png.db_errors import traceback_unless_outage
from dsl2png.event_store import RenderJobs, make_render_jobs, postgres_datastore
from dsl2png.pg_session_limits import SessionLimits
from kernel.errors import first_line
from projector.health import ProjectorHealth
from projector.projections import RenderJobsProjection
from projector.single import ProjectorLock
from projector.views import LIVE, JobsView, PostgresJobsView, view_for

log = logging.getLogger(__name__)

BATCH = 500
LOCK_RETRY_S = 2.0
"""How often a projector waiting for another's lock tries again."""
LOCK_CHECK_S = 5.0
"""How often a running projector checks that the connection holding its lock is still there."""

DEFAULT_INTERVAL_S = 0.05
"""How often, at most, the live projector reads the log (see PostgresProjector)."""


@dataclass(frozen=True, slots=True)
class CatchUp:
    """What one `catch_up` did: events it projected, and the position the view is known to have
    reached (None: it has projected nothing yet)."""

    events: int
    position: int | None


def catch_up(
    app: RenderJobs,
    projection: RenderJobsProjection,
    *,
    until: int | None = None,
    start: int | None = None,
) -> CatchUp:
    """Project every notification after the view's tracked position (up to `until`), up to BATCH
    events per transaction with the position of the last.

    `start`: the position the last call returned, which spares reading it from the view (a
    live projector reads the log many times a second). If another runner has moved ahead of
    it, the first batch finds its events projected already and skips them."""
    view: Any = projection.view
    done = 0
    position = start if start is not None else view.max_tracking_id(app.name)
    while True:
        if until is not None and (position or 0) >= until:
            return CatchUp(done, position)
        notifications = app.recorder.select_notifications(
            start=position or 0, limit=BATCH, stop=until, topics=projection.topics, inclusive_of_start=False
        )
        if notifications:
            items = [(app.mapper.to_domain_event(n), Tracking(app.name, n.id)) for n in notifications]
            projected = project_batch(view, items)
            done += projected
            projection.projected += projected
            if projection.on_projected is not None:
                projection.on_projected(notifications[-1].id)
            # Where another runner got there first, the view may be further on: read it again.
            position = notifications[-1].id if projected == len(items) else view.max_tracking_id(app.name)
        if len(notifications) < BATCH:
            return CatchUp(done, position)


def project_batch(view: Any, items: list[tuple[Any, Tracking]]) -> int:
    """Project `items` in one transaction; if another runner projected some of them first, one
    by one instead (each skipped if already done). Returns how many this call projected."""
    if view.project_batch(items):
        return len(items)
    return sum(1 for event, tracking in items if view.project(event, tracking))


class Projector:
    """A running projector; a context manager that stops it on exit."""

    app: RenderJobs
    view: JobsView

    def __init__(self) -> None:
        self._progress = threading.Condition()
        self._reached = 0
        self._error: BaseException | None = None
        self.last_pass = time.monotonic()
        """When the projector last finished reading the log (monotonic): its probes' sign of life."""

    @property
    def position(self) -> int | None:
        """Notification id of the last event projected (None before the first), from the database."""
        return self.view.max_tracking_id(self.app.name)

    @property
    def reached(self) -> int:
        """The position this projector knows the view has reached (0 before its first pass), from
        memory: its /metrics reads it at each scrape, without asking the database."""
        return self._reached

    def _passed(self, position: int | None) -> None:
        """A pass read the log up to `position` (the view's, which may be further than this runner
        projected itself)."""
        self.last_pass = time.monotonic()
        with self._progress:
            self._reached = max(self._reached, position or 0)
            self._progress.notify_all()

    def _projected(self, notification_id: int) -> None:
        """Called after each event is committed: wakes whoever waits for this position."""
        self.last_pass = time.monotonic()  # a long catch-up is progress too, batch by batch
        with self._progress:
            self._reached = max(self._reached, notification_id)
            self._progress.notify_all()

    def _fatal_error(self) -> BaseException | None:
        """What stopped the projector for good, if anything (then waiting is pointless)."""
        return None

    def wait_for_position(self, notification_id: int | None, timeout: float = 10.0) -> None:
        """Block until the read model includes notification `notification_id`; TimeoutError if not
        within `timeout` seconds. Pass `app.recorder.max_notification_id()` to wait for everything
        recorded so far. Woken by each commit, not by polling."""
        if notification_id is None:
            return
        deadline = time.monotonic() + timeout
        with self._progress:
            self._reached = max(self._reached, self.position or 0)
            while self._reached < notification_id:
                fatal = self._fatal_error()
                if fatal is not None:
                    raise RuntimeError("the projector stopped") from fatal
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    message = f"projector did not reach position {notification_id}"
                    raise TimeoutError(message) from self._error
                self._progress.wait(min(remaining, 1.0))

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class PostgresProjector(Projector):
    """Follows the event store with LISTEN/NOTIFY on the channel every commit of events notifies.

    A listening thread (`CommitListener`) only notes that something was committed; the projecting thread then runs
    `catch_up` from the tracked position (also every `idle_poll_s`, in case a notification was
    missed). Any error stops both threads; `run_until` re-raises it and `run_projector` starts
    again from the tracked position.

    It reads the log at most once per `interval_s`: the first commit after a quiet spell is
    projected at once, and what is committed within the next `interval_s` waits for it and is
    projected together, in one transaction. A render commits three events, and under load each
    wake-up otherwise found one or two: at 20 clients, 0.05 s took the projector from 2.3 to 1.5
    ms of CPU per render and Postgres' rows written from 12.3 to 10.4. The read model then trails
    the event store by up to `interval_s` more (what must be current, such as `?wait` and the
    audit trail, reads the event store).
    """

    def __init__(
        self,
        database_url: str,
        *,
        schema: str | None = None,
        create_tables: bool = False,
        idle_poll_s: float = 1.0,
        interval_s: float = DEFAULT_INTERVAL_S,
        limits: SessionLimits | None = None,
    ) -> None:
        super().__init__()
        self.interval_s = interval_s
        self.view = PostgresJobsView(postgres_datastore(database_url, schema, limits=limits), tables=LIVE)
        if create_tables:
            self.view.create_table()
        self.app = make_render_jobs(
            database_url, Path("."), create_tables=False, schema=schema, limits=limits
        )
        self.projection = RenderJobsProjection(self.view, on_projected=self._projected)
        self.idle_poll_s = idle_poll_s
        self._notified = threading.Event()
        self._stopping = threading.Event()
        self._failure: BaseException | None = None
        self._failing = threading.Lock()
        self._closed = False
        self._listener = CommitListener(self.app.recorder, self._committed, name="projector-listen")
        self._projector = threading.Thread(target=self._project, name="projector", daemon=True)
        self._listener.start()
        self._projector.start()

    def _project(self) -> None:
        # Listen first: a commit made after that wakes us, one made before is read by catch_up.
        if not self._listener.wait_listening(self._stopping):
            if self._listener.failure is not None:
                self._fail(self._listener.failure)
            return
        try:
            position: int | None = None
            while not self._stopping.is_set():
                self._notified.clear()
                if self._listener.failure is not None:
                    raise self._listener.failure
                began = time.monotonic()
                position = catch_up(self.app, self.projection, start=position).position
                self._passed(position)
                # Let what is committed meanwhile gather (a stop still ends the wait).
                self._stopping.wait(max(0.0, began + self.interval_s - time.monotonic()))
                self._notified.wait(self.idle_poll_s)
        except BaseException as exc:
            self._fail(exc)

    def _committed(self) -> None:
        """The listener's call: something was committed, or it lost its connection. The projector
        then fails at once, from here: the projecting thread may be waiting on its pool for a
        connection to the database that is gone, up to the pool's timeout (it was 37 s before the
        projector said so and started again, the listener's line alone in the meantime)."""
        self._notified.set()
        if self._listener.failure is not None:
            self._fail(self._listener.failure)

    def _fail(self, exc: BaseException) -> None:
        with self._failing:  # once, whichever thread sees it first (listener or projecting thread)
            if self._failure is None and not self._stopping.is_set():
                log.warning("projector: %s", first_line(exc), exc_info=traceback_unless_outage(exc))
                self._failure = exc
        self._stopping.set()
        self._notified.set()
        with self._progress:
            self._progress.notify_all()

    def _fatal_error(self) -> BaseException | None:
        return self._failure

    def run_until(self, stop: threading.Event, *, check: Callable[[], None] | None = None) -> None:
        """Block until `stop` is set; re-raises what stopped the projector if it failed first, or
        what `check` raises (called every LOCK_CHECK_S: the projector lock's connection is there)."""
        checked = time.monotonic()
        while not stop.wait(0.2):
            if self._failure is not None:
                raise self._failure
            if self._stopping.is_set():
                return
            if check is not None and time.monotonic() - checked >= LOCK_CHECK_S:
                check()
                checked = time.monotonic()

    def stop(self) -> None:
        """Stop both threads and close the pools, once (also after a failure stopped the threads)."""
        if self._closed:
            return
        self._closed = True
        self._stopping.set()
        self._notified.set()
        self._listener.stop()
        if self._failure is None:
            self._projector.join(10)  # it ends its pass, then the pools close
        try:
            self.app.close()  # after a failure, first: a thread waiting on a pool gets PoolClosed
        finally:
            self.view.datastore.close()
        self._projector.join(10)


class EmbeddedProjector(Projector):
    """For SQLite, whose recorder has no subscription: a thread reads the notification log from the
    tracked position whenever the application says it committed (its listener), with a slow
    `idle_poll_s` safety net for writes made by other processes."""

    def __init__(self, app: RenderJobs, *, idle_poll_s: float = 1.0, owns_app: bool = False) -> None:
        super().__init__()
        self.app = app
        self.view = view_for(app, create_tables=True)
        self.projection = RenderJobsProjection(self.view, on_projected=self._projected)
        self.idle_poll_s = idle_poll_s
        self._owns_app = owns_app
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._remove_listener = app.add_listener(self._wake.set)
        self._thread = threading.Thread(target=self._loop, name="projector", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self._passed(catch_up(self.app, self.projection).position)
                self._error = None
            except Exception as exc:  # the database is busy or gone: report it, try again
                log.warning("projector: %s", first_line(exc), exc_info=traceback_unless_outage(exc))
                self._error = exc
            self._wake.wait(self.idle_poll_s)

    def stop(self) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        self._wake.set()
        self._remove_listener()
        self._thread.join(10)
        if self._owns_app:
            self.app.close()


def start_projector(
    database_url: str | None,
    data_dir: Path,
    *,
    schema: str | None = None,
    create_tables: bool = False,
    app: RenderJobs | None = None,
    interval_s: float = DEFAULT_INTERVAL_S,
    limits: SessionLimits | None = None,
) -> Projector:
    """Start following the event store. With Postgres the projector has its own application and
    pools (`app` is ignored; `limits`: their connections' statement timeout and keepalives) and
    reads the log at most every `interval_s`; embedded, pass the serving process's RenderJobs so
    commits wake it."""
    if database_url is not None:
        return PostgresProjector(
            database_url, schema=schema, create_tables=create_tables, interval_s=interval_s, limits=limits
        )
    owns = app is None
    app = app or make_render_jobs(None, data_dir, create_tables=True)
    return EmbeddedProjector(app, owns_app=owns)


def run_projector(
    database_url: str | None,
    data_dir: Path,
    *,
    schema: str | None = None,
    create_tables: bool = False,
    stop: threading.Event | None = None,
    retry_max_s: float = 30.0,
    interval_s: float = DEFAULT_INTERVAL_S,
    health: ProjectorHealth | None = None,
    limits: SessionLimits | None = None,
) -> None:
    """`dsl2png projector`: follow the event store until `stop` is set. If the database goes away
    the runner stops; it is restarted with backoff from the tracked position, so nothing is lost
    or counted twice. `health` (the probes') is told when it follows and when it lost the store.

    With Postgres it first takes the schema's projector lock (`projector.single`): while another
    projector holds it, this one waits (not ready, alive), saying who holds it."""
    stop = stop or threading.Event()
    health = health or ProjectorHealth()
    delay = 0.5
    while not stop.is_set():
        health.beat()
        try:
            with _projector_lock(database_url, schema, stop, health, limits) as lock:
                if stop.is_set():
                    return
                with start_projector(
                    database_url, data_dir, schema=schema, create_tables=create_tables,
                    interval_s=interval_s, limits=limits,
                ) as projector:  # fmt: skip
                    health.following(projector)
                    log.info(
                        "projector following the event store from %s",
                        "the start" if projector.position is None else f"position {projector.position}",
                    )
                    if isinstance(projector, PostgresProjector):
                        projector.run_until(stop, check=lock.check if lock is not None else None)
                    else:
                        stop.wait()
            delay = 0.5
        except Exception as exc:
            health.lost(exc)
            log.warning(
                "projector failed (%s); starting again in %.1fs",
                first_line(exc),
                delay,
                exc_info=traceback_unless_outage(exc),
            )
            stop.wait(delay)
            delay = min(delay * 2, retry_max_s)


@contextmanager
def _projector_lock(
    database_url: str | None,
    schema: str | None,
    stop: threading.Event,
    health: ProjectorHealth,
    limits: SessionLimits | None = None,
) -> Iterator[ProjectorLock | None]:
    """The schema's projector lock, held while the context is (None embedded, or when `stop` was
    set while waiting for it). Waits while another projector holds it: a warning naming the
    holder (again when the holder changes), a beat for /healthz every try."""
    if database_url is None:
        yield None
        return
    with ProjectorLock(database_url, schema, limits=limits) as lock:
        told = None
        while not lock.acquire():
            holder = lock.holder()
            who = holder.split(",")[0]
            if who != told:
                log.warning(
                    "another projector holds the projector lock of schema %s (%s): waiting for it to "
                    "stop; one projector runs per event store (docs/runbook.md#one-projector)",
                    lock.schema,
                    holder,
                )
                told = who
            health.waiting(f"another projector holds the lock of schema {lock.schema} ({holder})")
            if stop.wait(LOCK_RETRY_S):
                yield None
                return
        if told is not None:
            log.info("projector took the projector lock of schema %s: the other one stopped", lock.schema)
        yield lock
