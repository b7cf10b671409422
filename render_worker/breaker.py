"""Circuit breaker for Chromium: stop taking work while rendering keeps failing, probe later."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

BreakerState = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    """Closed: work flows. After `failure_threshold` consecutive render failures it opens: the
    worker takes no jobs, so queued jobs keep their delivery attempts instead of burning them on a
    broken browser. After `cooldown_s` it is half-open: one probe job may run; success closes it,
    failure opens it again for another cool-down."""

    def __init__(
        self,
        failure_threshold: int = 5,
        cooldown_s: float = 30.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        self.failure_threshold = failure_threshold
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False
        self.times_opened = 0

    @property
    def state(self) -> BreakerState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.cooldown_s:
            return "half_open"
        return "open"

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def seconds_until_probe(self) -> float:
        """How long until a half-open probe may run (0 when it may run now or the breaker is closed)."""
        if self._opened_at is None:
            return 0.0
        return max(0.0, self._opened_at + self.cooldown_s - self._clock())

    def capacity(self, free_slots: int) -> int:
        """How many new jobs the worker may take now: all free slots when closed, none when open,
        one probe at a time when half-open."""
        state = self.state
        if state == "closed":
            return free_slots
        if state == "half_open" and not self._probing:
            return min(1, free_slots)
        return 0

    def begin_probe(self) -> None:
        """Mark the half-open probe as running, so no second job slips through meanwhile."""
        if self.state == "half_open":
            self._probing = True

    def end_probe(self) -> None:
        """The probe job finished without a verdict on Chromium; let the next job probe."""
        self._probing = False

    def record_success(self) -> None:
        self._failures = 0
        self._opened_at = None
        self._probing = False

    def record_failure(self) -> None:
        self._failures += 1
        state = self.state
        if state == "half_open" or (state == "closed" and self._failures >= self.failure_threshold):
            self._opened_at = self._clock()
            self.times_opened += 1
        self._probing = False

    def snapshot(self) -> dict[str, object]:
        """For /readyz and metrics."""
        return {
            "state": self.state,
            "consecutive_failures": self._failures,
            "times_opened": self.times_opened,
            "seconds_until_probe": round(self.seconds_until_probe(), 3),
        }
