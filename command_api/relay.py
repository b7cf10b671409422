"""The relay: follows the event store's notification log and publishes each RenderRequested to the
job queue, so committing an event is the only write the command side makes (no dual write)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eventsourcing.application import Application
from eventsourcing.persistence import (
    IntegrityError,
    Notification,
    ProgrammingError,
    Tracking,
    TrackingRecorder,
)
from eventsourcing.popo import POPOApplicationRecorder, POPOTrackingRecorder
from eventsourcing.postgres import PostgresApplicationRecorder, PostgresTrackingRecorder
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteTrackingRecorder
from eventsourcing.utils import get_topic

from dsl2png.commit_listener import CommitListener
from dsl2png.event_store import render_requested_topics
from dsl2png.queue import JobQueue
from dsl2png.telemetry import continued_from, current_context_carrier, tracer
from kernel.errors import first_line
from kernel.render_job import RenderJob

log = logging.getLogger(__name__)

TRACKING_NAME = "relay"
"""The relay's row in the tracking table (application_name column)."""
POSTGRES_TRACKING_TABLE = "relay_tracking"
"""Postgres table of the relay's position (what the library's factory names a projection 'relay')."""


def job_ended_topics() -> list[str]:
    """Topics of the events that end a job: a request that ended before the relay reached it
    (served from the image cache, or cancelled at once) needs no worker."""
    return [
        get_topic(cls)
        for cls in (
            RenderJob.RenderCompleted,
            RenderJob.RenderFailed,
            RenderJob.RenderCancelled,
            RenderJob.RenderErased,
        )
    ]


@dataclass(frozen=True, slots=True)
class OutgoingJob:
    """What the relay publishes for one RenderRequested event."""

    job_id: str
    event_id: str
    headers: dict[str, str]


def tracking_recorder_for(app: Application[Any], *, create_table: bool) -> TrackingRecorder:
    """A durable place for the relay's position, in the same database as the events: Postgres
    table `relay_tracking`, SQLite table `tracking` (row 'relay'), or memory for POPO tests."""
    recorder = app.recorder
    tracking: TrackingRecorder
    if isinstance(recorder, PostgresApplicationRecorder):
        tracking = PostgresTrackingRecorder(recorder.datastore, tracking_table_name=POSTGRES_TRACKING_TABLE)
        if create_table:
            tracking.create_table()
        else:
            try:
                tracking.max_tracking_id(TRACKING_NAME)
            except ProgrammingError:
                raise RuntimeError(
                    f"table {POSTGRES_TRACKING_TABLE} is missing: run `dsl2png migrate` first"
                ) from None
    elif isinstance(recorder, SQLiteApplicationRecorder):
        sqlite_tracking = SQLiteTrackingRecorder(recorder.datastore)
        sqlite_tracking.create_table()  # embedded mode: no migrations, the table is ours to make
        tracking = sqlite_tracking
    elif isinstance(recorder, POPOApplicationRecorder):
        tracking = POPOTrackingRecorder()
    else:
        raise TypeError(f"no tracking recorder for {type(recorder).__name__}")
    return tracking


def describe_position(position: int | None) -> str:
    """A position for log lines: "position 42", or "the start" before any event was read."""
    return "the start" if position is None else f"position {position}"


def default_outgoing(event: Any, notification: Notification) -> OutgoingJob:
    """Job id = the aggregate id; event id = the event's own id when it has one, else the
    (aggregate id, version) pair, which the event store keeps unique; trace context from the event."""
    event_id = getattr(event, "event_id", None) or f"{event.originator_id}:{event.originator_version}"
    carrier = getattr(event, "trace_context", None) or getattr(event, "trace", None) or {}
    return OutgoingJob(job_id=str(event.originator_id), event_id=str(event_id), headers=dict(carrier))


class Relay:
    """Publishes every RenderRequested after the tracked position, then records the new position.

    It also reads the events that end a job (`ended_topics`), only to skip a request whose job
    ended in the same read: a cache hit is recorded as RenderRequested + RenderCompleted in one
    transaction, and publishing it would only make a worker load a finished job and ack it.
    A request whose end comes in a later read is published; the worker acks it without work.

    Publish-then-track: a crash between the two republishes a few events on restart, and the
    queue drops them as duplicates (message id = event id). So the durable position is written
    at most every `track_every_s` (the first at once, the last when `run` stops): under load,
    one write a second instead of one per request, and a crash republishes at most that much,
    well within the queue's duplicate window. `run` reads the log whenever
    something was committed: with Postgres a `CommitListener` LISTENs for the event store's
    NOTIFY, so a new event is published within milliseconds with no polling, and under load one
    read covers many commits; otherwise `wake()` is called by the in-process command side after
    each commit. A read after `idle_poll_s` without news is a safety net (SQLite writers in
    other processes).
    """

    def __init__(
        self,
        app: Application[Any],
        queue: JobQueue,
        tracking: TrackingRecorder,
        *,
        topics: Sequence[str] | None = None,
        ended_topics: Sequence[str] | None = None,
        outgoing: Callable[[Any, Notification], OutgoingJob] = default_outgoing,
        batch_size: int = 500,
        track_every_s: float = 1.0,
        idle_poll_s: float = 2.0,
        retry_max_s: float = 5.0,
        skip_ended_on_start: bool = False,
    ) -> None:
        self.app = app
        self.queue = queue
        self.tracking = tracking
        self.topics = list(topics) if topics is not None else render_requested_topics()
        self.ended_topics = list(ended_topics) if ended_topics is not None else job_ended_topics()
        self._read_topics = self.topics + [t for t in self.ended_topics if t not in self.topics]
        self.outgoing = outgoing
        self.batch_size = batch_size
        self.track_every_s = track_every_s
        self.idle_poll_s = idle_poll_s
        self.retry_max_s = retry_max_s
        self.published = 0
        """Requests this relay put on the queue (once each, however many tries it took)."""
        self.duplicates = 0
        """Publishes the queue dropped as already there, and not from an earlier try of ours."""
        self._tries: dict[str, bool] = {}
        """Event ids published after the written position: True once acknowledged, False while
        only tried. A retry reads from the written position, so that is all it can republish."""
        self.skipped = 0
        """Requests not published because their job had already ended."""
        self._position: int | None = None
        self._loaded = False
        self._unsaved: int | None = None
        """Position published up to but not yet written (waits for `track_every_s`)."""
        self._saved_at = -float("inf")
        self.errors = 0
        """Passes that failed (each is retried from the durable position)."""
        self.last_error: str | None = None
        """Why the last pass failed (None once a pass succeeds): the relay's /readyz shows it."""
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self.skip_ended_on_start = skip_ended_on_start
        """Read every job ending after the starting position once, before publishing: a relay
        whose position is not durable (the embedded one, in memory) starts from the beginning of
        the log, and a request whose ending lies in a later batch was republished for a worker
        to find it `already_done`, once per finished job on each restart."""
        self._ended_before: set[Any] | None = None

    # -- position ------------------------------------------------------------------------------

    @property
    def position(self) -> int | None:
        """Notification id of the last event read (None before the first). The durable copy is
        written at most every `track_every_s` after a read that published something, so it may
        lag behind by that, and by reads that published nothing (job endings, cache hits)."""
        return self._position

    async def load_position(self) -> int | None:
        """The durable position (read once, then kept in memory while this relay runs)."""
        return await self._load_position()

    async def _load_position(self) -> int | None:
        if not self._loaded:
            self._position = await asyncio.to_thread(self.tracking.max_tracking_id, TRACKING_NAME)
            self._unsaved = None
            self._loaded = True
        return self._position

    async def _track(self, notification_id: int) -> None:
        if self._position is not None and notification_id <= self._position:
            return
        self._position = self._unsaved = notification_id
        if time.monotonic() - self._saved_at >= self.track_every_s:
            await self.save_position()

    async def save_position(self) -> None:
        """Write the position published up to, if it is not written yet."""
        if self._unsaved is None:
            return
        position = self._unsaved
        try:
            await asyncio.to_thread(self.tracking.insert_tracking, Tracking(TRACKING_NAME, position))
        except IntegrityError:
            await self._follow_the_other_relay(position)
            return
        self._saved_at = time.monotonic()
        if self._unsaved == position:
            self._unsaved = None
            self._tries.clear()  # all at or before the written position: never republished now

    async def _follow_the_other_relay(self, position: int) -> None:
        """The durable position is already at or past ours: another relay runs on this event
        store (the library only said "Failed to record tracking for relay 128"). Say so, and
        follow its position: what it published is published (JetStream drops what both did)."""
        held = await asyncio.to_thread(self.tracking.max_tracking_id, TRACKING_NAME)
        log.warning(
            "another relay holds the position: it wrote %s, at or past this relay's position %d; "
            "two relays are running on one event store and only one should (stop one); this one "
            "follows the written position",
            describe_position(held),
            position,
        )
        self._unsaved = None
        if held is not None and (self._position is None or held > self._position):
            self._position = held

    def _until_save_due(self) -> float | None:
        """Seconds until an unwritten position is due to be written (None: nothing to write)."""
        if self._unsaved is None:
            return None
        return max(0.0, self._saved_at + self.track_every_s - time.monotonic())

    # -- waking --------------------------------------------------------------------------------

    def wake(self) -> None:
        """Tell the relay new events were recorded (safe from any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            self._wake.set()
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._wake.set()
        else:
            loop.call_soon_threadsafe(self._wake.set)

    # -- one pass ------------------------------------------------------------------------------

    async def run_once(self) -> int:
        """Publish everything recorded after the tracked position; returns how many events it read."""
        total = 0
        while True:
            start = await self._load_position()
            if self.skip_ended_on_start and self._ended_before is None:
                self._ended_before = await self._ended_after(start or 0)
            notifications = await asyncio.to_thread(
                self.app.recorder.select_notifications,
                start=start or 0,
                limit=self.batch_size,
                topics=self._read_topics,
                inclusive_of_start=False,
            )
            if not notifications:
                return total
            await self._publish_and_track(notifications)
            total += len(notifications)
            if len(notifications) < self.batch_size:
                return total

    async def _publish_and_track(self, notifications: Sequence[Notification]) -> None:
        if self._position is not None:
            notifications = [n for n in notifications if n.id > self._position]  # caught up already
        if not notifications:
            return
        ended = {n.originator_id for n in notifications if n.topic in self.ended_topics}
        ended |= self._ended_before or set()
        requests = [n for n in notifications if n.topic in self.topics]
        to_publish = [n for n in requests if n.originator_id not in ended]
        jobs = [self.outgoing(self.app.mapper.to_domain_event(n), n) for n in to_publish]
        # Every publish settles before the pass fails: one left running would race the retry's
        # publish of the same message, and its ack would go uncounted.
        results = await asyncio.gather(*(self._publish(job) for job in jobs), return_exceptions=True)
        self.skipped += len(requests) - len(to_publish)
        failed = next((r for r in results if isinstance(r, BaseException)), None)
        if failed is not None:
            raise failed
        # Also when nothing was published (job endings, cache hits): the position is written, at
        # most every `track_every_s`, so the API's dsl2png_relay_lag_events returns to 0 when the
        # relay is caught up (a dead relay is then the only lasting lag).
        await self._track(notifications[-1].id)

    async def _ended_after(self, start: int) -> set[Any]:
        """The ids of the jobs with an ending recorded after `start` (read in pages)."""
        ended: set[Any] = set()
        while True:
            page = await asyncio.to_thread(
                self.app.recorder.select_notifications,
                start=start, limit=5000, topics=self.ended_topics, inclusive_of_start=False,
            )  # fmt: skip
            ended.update(n.originator_id for n in page)
            if len(page) < 5000:
                return ended
            start = page[-1].id

    async def _publish(self, job: OutgoingJob) -> None:
        """Publish one job and count it: published, or a duplicate (see `_count`)."""
        with continued_from(job.headers), tracer().start_as_current_span("relay.publish") as span:
            span.set_attribute("dsl2png.job_id", job.job_id)
            headers = {**job.headers, **current_context_carrier()}
            try:
                fresh = await self.queue.publish(job.job_id, job.event_id, headers)
            except BaseException:
                self._tries.setdefault(job.event_id, False)  # it may have reached the queue anyway
                raise
        self._count(job.event_id, fresh)

    def _count(self, event_id: str, fresh: bool) -> None:
        """A duplicate ack for a message this relay tried before and never got an ack for is its
        earlier try landing: the NATS client kept that publish while NATS was down and sent it on
        reconnecting, ahead of the retry. It counts as published (after an outage, published
        stayed put and each request posted meanwhile was a "duplicate"). A duplicate of a message
        this relay got an ack for, or did not try before, is one: a pass retried from the written
        position, or a republish after a restart."""
        acked_before = self._tries.get(event_id)
        self._tries[event_id] = True
        if fresh or acked_before is False:
            self.published += 1
        else:
            self.duplicates += 1

    # -- running -------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Relay until `stop` is set. Errors (database or queue down) are logged and retried
        with backoff from the tracked position, so nothing is skipped."""
        self._loop = asyncio.get_running_loop()
        delay = 0.1
        while not stop.is_set():
            try:
                await self._follow_wakeups(stop)
                delay = 0.1
            except Exception as exc:
                self.last_error = str(exc) or type(exc).__name__
                self.errors += 1
                log.warning(
                    "relay interrupted (%s); resuming from %s in %.1fs",
                    first_line(exc),
                    describe_position(self._position),
                    delay,
                )
                self._loaded = False  # re-read the durable position: it is the truth
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), delay)
                delay = min(delay * 2, self.retry_max_s)

    async def _follow_wakeups(self, stop: asyncio.Event) -> None:
        """Read the log on each wake-up (a commit), and after `idle_poll_s` without one.

        Postgres: a `CommitListener` thread wakes us on every commit that recorded a request,
        and listens before the first read, so nothing committed after that read goes unseen.
        Other stores: the in-process command side calls `wake()` after each commit."""
        listener: CommitListener | None = None
        if isinstance(self.app.recorder, PostgresApplicationRecorder):
            # Woken by commits with a request only (a cache hit's request comes with its ending);
            # a rendered job's ending is read along with the next request.
            listener = CommitListener(
                self.app.recorder, self.wake, topics=self.topics, name="relay-listen"
            ).start()
        stopping = asyncio.ensure_future(stop.wait())
        try:
            if listener is not None:
                await asyncio.to_thread(listener.wait_listening)
            while not stop.is_set():
                if listener is not None and listener.failure is not None:
                    raise ConnectionError(f"the event store's notifications stopped: {listener.failure}")
                self._wake.clear()
                await self.run_once()
                self.last_error = None
                if self._until_save_due() == 0:
                    await self.save_position()
                due = self._until_save_due()
                woken = asyncio.ensure_future(self._wake.wait())
                await asyncio.wait(
                    {stopping, woken},
                    timeout=self.idle_poll_s if due is None else min(due, self.idle_poll_s),
                    return_when=asyncio.FIRST_COMPLETED,
                )
                woken.cancel()
            await self.save_position()
        finally:
            stopping.cancel()
            if listener is not None:
                await asyncio.to_thread(listener.stop)
