"""An async reading reused while it is recent: admission checks the queue depth on every request,
and asking JetStream each time cost a NATS round trip per POST for a figure that moves slowly."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


class RecentValue:
    """`get()` returns the last reading while it is younger than `max_age_s`, else reads anew;
    concurrent callers share one read in flight. `get(fresh=True)` always reads (and keeps it)."""

    def __init__(self, read: Callable[[], Awaitable[int]], max_age_s: float) -> None:
        self._read = read
        self.max_age_s = max_age_s
        self._value: int | None = None
        self._read_at = 0.0
        self._lock = asyncio.Lock()

    async def get(self, *, fresh: bool = False) -> int:
        if not fresh and self._is_recent():
            assert self._value is not None
            return self._value
        async with self._lock:
            if not fresh and self._is_recent():  # someone else read it while we waited
                assert self._value is not None
                return self._value
            value = await self._read()
            self._value, self._read_at = value, time.monotonic()
            return value

    @property
    def last(self) -> int | None:
        """The last reading, however old (None before the first)."""
        return self._value

    def _is_recent(self) -> bool:
        return self._value is not None and time.monotonic() - self._read_at < self.max_age_s
