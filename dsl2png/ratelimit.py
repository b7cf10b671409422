"""Per-key request-rate limiting with token buckets (requests/s with a burst)."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    """`rate` tokens per second up to `burst`; each request takes one."""

    rate: float
    burst: float
    tokens: float = field(init=False)
    updated: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = self.burst

    def take(self, now: float | None = None) -> float:
        """0.0 if a token was taken, else the seconds until one is available."""
        now = time.monotonic() if now is None else now
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


class RateLimiter:
    """One bucket per caller; callers idle for a while are forgotten to bound memory."""

    def __init__(self, rate: float, burst: float, *, max_callers: int = 100_000) -> None:
        self.rate = rate
        self.burst = burst
        self.max_callers = max_callers
        self._buckets: dict[str, TokenBucket] = {}

    def check(self, caller: str) -> int:
        """0 when allowed, else the whole seconds to put in Retry-After (at least 1)."""
        bucket = self._buckets.get(caller)
        if bucket is None:
            if len(self._buckets) >= self.max_callers:
                self._buckets.clear()
            bucket = self._buckets[caller] = TokenBucket(self.rate, self.burst)
        wait = bucket.take()
        return 0 if wait == 0 else max(1, math.ceil(wait))
