"""In-process job queue for the embedded mode, with JetStream's work-queue semantics on asyncio."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from dsl2png.queue import JobMessage


@dataclass
class _Entry:
    """A job while it is in the queue: waiting, delayed or leased to a worker."""

    job_id: str
    event_id: str
    headers: dict[str, str]
    deliveries: int = 0
    available_at: float = 0.0
    leased_until: float | None = None
    lease: int = 0
    """Bumped on every delivery, so a late settle of an older delivery changes nothing."""


@dataclass
class InProcessMessage:
    """One delivery from an `InProcessQueue` (implements `JobMessage`)."""

    job_id: str
    event_id: str
    delivery: int
    headers: dict[str, str]
    _queue: InProcessQueue = field(repr=False)
    _entry: _Entry = field(repr=False)
    _lease: int = field(repr=False)

    async def ack(self) -> None:
        self._queue._settle(self._entry, self._lease, remove=True)

    async def nak(self, delay_s: float = 0.0) -> None:
        self._queue._settle(self._entry, self._lease, remove=False, delay_s=delay_s)

    async def term(self) -> None:
        self._queue._settle(self._entry, self._lease, remove=True)

    async def in_progress(self) -> None:
        self._queue._extend(self._entry, self._lease)


class InProcessQueue:
    """What `JetStreamQueue` does, inside one process: de-duplication by event id within a window,
    one worker per job at a time, redelivery after nak (with delay) or after `ack_wait_s` without
    a settle, and no delivery past `max_deliver`. State lives in memory: a restart loses queued
    jobs, which the relay republishes from its tracked position in the event store."""

    def __init__(self, *, max_deliver: int = 5, ack_wait_s: float = 30.0, dedup_window_s: float = 120.0):
        self.max_deliver = max_deliver
        self.ack_wait_s = ack_wait_s
        self.dedup_window_s = dedup_window_s
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._changed = asyncio.Event()
        self._closed = False

    async def publish(self, job_id: str, event_id: str, headers: dict[str, str] | None = None) -> bool:
        now = time.monotonic()
        self._forget_old_ids(now)
        if event_id in self._seen or event_id in self._entries:
            return False
        self._seen[event_id] = now
        self._entries[event_id] = _Entry(job_id, event_id, dict(headers or {}), available_at=now)
        self._changed.set()
        return True

    async def fetch(self, batch: int, timeout_s: float) -> list[JobMessage]:
        deadline = time.monotonic() + timeout_s
        while not self._closed:
            now = time.monotonic()
            taken = self._take(batch, now)
            if taken:
                return taken
            wake_at = min(deadline, self._next_change_at())
            if wake_at <= now:
                return []
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), wake_at - now)
        return []

    async def pending(self) -> int:
        return len(self._entries)

    async def close(self) -> None:
        self._closed = True
        self._changed.set()

    def _take(self, batch: int, now: float) -> list[JobMessage]:
        taken: list[JobMessage] = []
        for entry in list(self._entries.values()):
            if len(taken) >= batch:
                break
            if entry.leased_until is not None and entry.leased_until <= now:
                entry.leased_until = None  # the worker went quiet: its lease is over
                if entry.deliveries >= self.max_deliver:
                    del self._entries[entry.event_id]
                    continue
            if entry.leased_until is None and entry.available_at <= now:
                entry.deliveries += 1
                entry.lease += 1
                entry.leased_until = now + self.ack_wait_s
                taken.append(
                    InProcessMessage(
                        entry.job_id,
                        entry.event_id,
                        entry.deliveries,
                        dict(entry.headers),
                        _queue=self,
                        _entry=entry,
                        _lease=entry.lease,
                    )
                )
        return taken

    def _next_change_at(self) -> float:
        """The next moment a delayed or leased job may become deliverable without any call."""
        moments = [
            e.leased_until if e.leased_until is not None else e.available_at for e in self._entries.values()
        ]
        return min(moments, default=float("inf"))

    def _settle(self, entry: _Entry, lease: int, *, remove: bool, delay_s: float = 0.0) -> None:
        if entry.lease != lease or entry.leased_until is None or entry.event_id not in self._entries:
            return  # settled already, or redelivered since: this delivery no longer owns the job
        entry.leased_until = None
        if remove or entry.deliveries >= self.max_deliver:
            del self._entries[entry.event_id]
        else:
            entry.available_at = time.monotonic() + max(0.0, delay_s)
        self._changed.set()

    def _extend(self, entry: _Entry, lease: int) -> None:
        if entry.lease == lease and entry.leased_until is not None:
            entry.leased_until = time.monotonic() + self.ack_wait_s

    def _forget_old_ids(self, now: float) -> None:
        while self._seen:
            event_id, seen_at = next(iter(self._seen.items()))
            if now - seen_at < self.dedup_window_s:
                break
            del self._seen[event_id]
