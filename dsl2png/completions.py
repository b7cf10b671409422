"""Wakes requests waiting for a render (`?wait=`, MCP) the moment the job's state changes.

Deployed: one LISTEN/NOTIFY subscription per API process follows the event store's terminal
events (only those: a waiter has nothing to do on RenderStarted, and each wake costs a read). Embedded: the in-process application's commit listener wakes every waiter. Either way a
waiter re-reads its job from the event store (the source of truth) when woken, so a missed or
spurious wake-up costs one read, never a wrong answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from typing import Any

from eventsourcing.utils import get_topic

from kernel.render_job import RenderJob

log = logging.getLogger(__name__)

WATCHED_EVENTS = (
    RenderJob.RenderCompleted,
    RenderJob.RenderFailed,
    RenderJob.RenderCancelled,
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
        """Keep the watcher fed while the context is open: a subscription thread on Postgres,
        the application's commit listener on SQLite (where everything is in this process)."""
        self.bind(asyncio.get_running_loop())
        recorder = jobs.recorder
        try:
            start = recorder.max_notification_id()
            subscription = recorder.subscribe(gt=start, topics=[get_topic(cls) for cls in WATCHED_EVENTS])
        except NotImplementedError:
            remove = jobs.add_listener(self.notify)
            try:
                yield
            finally:
                remove()
            return
        thread = threading.Thread(target=self._pump, args=(subscription,), name="completions", daemon=True)
        thread.start()
        try:
            yield
        finally:
            subscription.stop()
            await asyncio.to_thread(thread.join, 5)

    def _pump(self, subscription: Any) -> None:
        try:
            with subscription:
                for notification in subscription:
                    self.notify(str(notification.originator_id))
        except Exception as exc:  # the waiters fall back to their periodic re-read
            log.warning("completion subscription stopped: %s", exc)
