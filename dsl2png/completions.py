"""Wakes requests waiting for a render (`?wait=`, MCP) the moment the job's state changes.

Deployed: one LISTEN per API process (`CommitListener`), woken only by commits that end a job
(a waiter has nothing to do on RenderStarted, and each wake costs a read), then one read of those
endings. Embedded: the in-process application's commit listener wakes every waiter. Either way a
waiter re-reads its job from the event store (the source of truth) when woken, so a missed or
spurious wake-up costs one read, never a wrong answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from eventsourcing.postgres import PostgresApplicationRecorder
from eventsourcing.utils import get_topic

from dsl2png.commit_listener import CommitListener
from kernel.render_job import RenderJob

log = logging.getLogger(__name__)

WATCHED_EVENTS = (
    RenderJob.RenderCompleted,
    RenderJob.RenderFailed,
    RenderJob.RenderCancelled,
    RenderJob.RenderErased,  # an unfinished job erased ends (cancelled): its waiters answer now
)


class CompletionWatcher:
    """Per-job asyncio events that are set when something happens to the job."""

    def __init__(self) -> None:
        self._waiters: dict[str, set[asyncio.Event]] = defaultdict(set)
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    @contextlib.contextmanager
    def watch(self, job_id: str) -> Iterator[asyncio.Event]:
        """An event set whenever `job_id` changes (or on any change, in embedded mode)."""
        self._loop = self._loop or asyncio.get_running_loop()
        event = asyncio.Event()
        self._waiters[job_id].add(event)
        try:
            yield event
        finally:
            waiters = self._waiters.get(job_id)
            if waiters is not None:
                waiters.discard(event)
                if not waiters:
                    del self._waiters[job_id]

    def _set(self, job_id: str | None) -> None:
        groups = list(self._waiters.values()) if job_id is None else [self._waiters.get(job_id, set())]
        for events in groups:
            for event in list(events):
                event.set()

    def notify(self, job_id: str | None = None) -> None:
        """Thread-safe: wake the waiters of `job_id` (all waiters when None)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        loop.call_soon_threadsafe(self._set, job_id)

    @contextlib.asynccontextmanager
    async def following(self, jobs: Any) -> AsyncIterator[None]:
        """Keep the watcher fed while the context is open: on Postgres a `CommitListener` woken
        by commits that end a job, then one read of those endings from the last position; on
        other stores the application's commit listener (everything is in this process)."""
        self.bind(asyncio.get_running_loop())
        recorder = jobs.recorder
        if not isinstance(recorder, PostgresApplicationRecorder):
            remove = jobs.add_listener(self.notify)
            try:
                yield
            finally:
                remove()
            return
        endings = EndingsReader(recorder, self.notify)
        endings.start(await asyncio.to_thread(recorder.max_notification_id))
        stop = asyncio.Event()
        keeper = asyncio.create_task(_keep_listening(recorder, endings, stop), name="completions")
        try:
            yield
        finally:
            stop.set()
            await keeper
            await asyncio.to_thread(endings.stop)


async def _keep_listening(
    recorder: Any, endings: EndingsReader, stop: asyncio.Event, retry_s: float = 1.0
) -> None:
    """Listen for commits that end a job until `stop`. A lost connection (a database restart,
    a failover) is replaced after `retry_s`, and once listening again the endings recorded
    meanwhile are read at once, so waiters are not left to their slow periodic re-read."""
    lost = False
    while not stop.is_set():
        listener = CommitListener(recorder, endings.wake, topics=endings.topics, name="completions").start()
        try:
            if await asyncio.to_thread(listener.wait_listening):
                endings.wake()  # whatever ended while nothing listened
                if lost:
                    log.info("completions: listening for commits again")
                lost = False
            while not stop.is_set() and listener.failure is None and listener.alive:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), 1.0)
        finally:
            await asyncio.to_thread(listener.stop)
        lost = lost or listener.failure is not None
        if not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), retry_s)


class EndingsReader:
    """Thread: after each wake-up, reads the job endings recorded after its position and calls
    `notify(job_id)` for each. A failed read is logged and retried on the next wake-up: waiters
    fall back to their periodic re-read meanwhile."""

    def __init__(self, recorder: Any, notify: Callable[[str], None]) -> None:
        self.recorder = recorder
        self.notify = notify
        self.topics = [get_topic(cls) for cls in WATCHED_EVENTS]
        self._position: int | None = None
        self._woken = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="completions-read", daemon=True)

    def start(self, position: int | None) -> None:
        self._position = position
        self._thread.start()

    def wake(self) -> None:
        self._woken.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._woken.wait()
            self._woken.clear()
            if self._stopping.is_set():
                return
            try:
                self._read()
            except Exception as exc:
                log.warning("reading job endings failed: %s", exc)

    def _read(self) -> None:
        while True:
            batch = self.recorder.select_notifications(
                start=self._position or 0, limit=500, topics=self.topics, inclusive_of_start=False
            )
            for notification in batch:
                self.notify(str(notification.originator_id))
            if batch:
                self._position = batch[-1].id
            if len(batch) < 500:
                return

    def stop(self) -> None:
        self._stopping.set()
        self._woken.set()
        if self._thread.is_alive():
            self._thread.join(5)
