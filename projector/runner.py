"""Runs the projection: follows the event store live and lets callers wait until it has caught up."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from eventsourcing.persistence import Tracking
from eventsourcing.projection import BaseProjectionRunner

from dsl2png.event_store import RenderJobs, make_render_jobs, postgres_datastore, render_jobs_env
from projector.projections import RenderJobsProjection, project_traced
from projector.views import LIVE, JobsView, PostgresJobsView, view_for

log = logging.getLogger(__name__)

BATCH = 500


def catch_up(app: RenderJobs, projection: RenderJobsProjection, *, until: int | None = None) -> int:
    """Project every notification after the view's tracked position (up to `until`), each event
    with its position in one transaction. Returns how many events were projected."""
    view: Any = projection.view
    done = 0
    while True:
        start = view.max_tracking_id(app.name) or 0
        if until is not None and start >= until:
            return done
        notifications = app.recorder.select_notifications(
            start=start, limit=BATCH, stop=until, topics=projection.topics, inclusive_of_start=False
        )
        for notification in notifications:
            event = app.mapper.to_domain_event(notification)
            if project_traced(view, event, Tracking(app.name, notification.id)):
                done += 1
            if projection.on_projected is not None:
                projection.on_projected(notification.id)
        if len(notifications) < BATCH:
            return done


class Projector:
    """A running projector; a context manager that stops it on exit."""

    app: RenderJobs
    view: JobsView

    def __init__(self) -> None:
        self._progress = threading.Condition()
        self._reached = 0
        self._error: BaseException | None = None

    @property
    def position(self) -> int | None:
        """Notification id of the last event projected (None before the first), from the database."""
        return self.view.max_tracking_id(self.app.name)

    def _projected(self, notification_id: int) -> None:
        """Called after each event is committed: wakes whoever waits for this position."""
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
    """The library's projection runner: a LISTEN/NOTIFY subscription to the event store from the
    tracked position, each event projected with its position in one transaction."""

    def __init__(self, database_url: str, *, schema: str | None = None, create_tables: bool = False) -> None:
        super().__init__()
        self.view = PostgresJobsView(postgres_datastore(database_url, schema), tables=LIVE)
        if create_tables:
            self.view.create_table()
        env = render_jobs_env(database_url, Path("."), create_tables=False, schema=schema)
        self.runner: BaseProjectionRunner[RenderJobs] = BaseProjectionRunner(
            projection=RenderJobsProjection(self.view, on_projected=self._projected),
            application_class=RenderJobs,
            tracking_recorder=self.view,
            topics=RenderJobsProjection.topics,
            env=env,
        )
        self.runner.__enter__()
        self.app = self.runner.app
        self._stopped = False

    def _fatal_error(self) -> BaseException | None:
        return self.runner._thread_error  # set by the library's runner thread when projecting fails

    def run_until(self, stop: threading.Event) -> None:
        """Block until `stop` is set; re-raises what stopped the runner if it failed first."""
        while not stop.is_set():
            self.runner.run_forever(timeout=0.5)
            if self.runner.is_interrupted.is_set():
                return

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        try:
            self.runner.__exit__(None, None, None)
        finally:
            self.view.datastore.close()


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
                catch_up(self.app, self.projection)
                self._error = None
            except Exception as exc:  # the database is busy or gone: report it, try again
                log.warning("projector: %s", exc, exc_info=exc)
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
) -> Projector:
    """Start following the event store. With Postgres the projector has its own application and
    pools (`app` is ignored); embedded, pass the serving process's RenderJobs so commits wake it."""
    if database_url is not None:
        return PostgresProjector(database_url, schema=schema, create_tables=create_tables)
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
) -> None:
    """`dsl2png projector`: follow the event store until `stop` is set. If the database goes away
    the runner stops; it is restarted with backoff from the tracked position, so nothing is lost
    or counted twice."""
    stop = stop or threading.Event()
    delay = 0.5
    while not stop.is_set():
        try:
            with start_projector(
                database_url, data_dir, schema=schema, create_tables=create_tables
            ) as projector:
                log.info("projector following the event store from position %s", projector.position)
                if isinstance(projector, PostgresProjector):
                    projector.run_until(stop)
                else:
                    stop.wait()
            delay = 0.5
        except Exception as exc:
            log.warning("projector stopped (%s); restarting in %.1fs", exc, delay, exc_info=exc)
            stop.wait(delay)
            delay = min(delay * 2, retry_max_s)
