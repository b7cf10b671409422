"""What the projector's probes report: whether it follows the event store, and whether it is alive.

A projector whose pass hangs (a lock it waits on for ever, a stuck connection) looked like any
other process to Kubernetes, which never restarted it. Its passes now leave a sign of life;
/healthz fails once there has been none for `STALE_S`, and /readyz says whether it follows the
store (not while it starts again after losing it)."""

from __future__ import annotations

import time
from typing import Any

from kernel.errors import first_line

STALE_S = 120.0
"""Longest quiet spell of a live projector: a pass runs at least every second, and a restart
after a lost database waits at most 30 s plus the connection's timeout."""


class ProjectorHealth:
    """Told by `run_projector` when a projector follows the store and when it lost it."""

    def __init__(self, stale_s: float = STALE_S) -> None:
        self.stale_s = stale_s
        self.projector: Any = None
        self.error: str | None = None
        self.failures = 0
        """Times the projector lost the event store and started again."""
        self._beat = time.monotonic()
        self._projected_before = 0
        self._position_before = 0

    def beat(self) -> None:
        self._beat = time.monotonic()

    def following(self, projector: Any) -> None:
        self._retire()
        self.projector, self.error = projector, None
        self.beat()

    def lost(self, exc: BaseException) -> None:
        self._retire()
        self.error = first_line(exc)
        self.failures += 1
        self.beat()

    def _retire(self) -> None:
        """Keep what the projector that stops did: the counts are the process's, across restarts."""
        if self.projector is not None:
            self._projected_before += self.projector.projection.projected
            self._position_before = max(self._position_before, self.projector.reached)
        self.projector = None

    def events_projected(self) -> int:
        """Events this process projected, by every projector it started."""
        current = self.projector.projection.projected if self.projector is not None else 0
        return self._projected_before + current

    def position(self) -> int:
        """The position the read model is known to have reached (0 before any pass)."""
        current = self.projector.reached if self.projector is not None else 0
        return max(self._position_before, current)

    def waiting(self, why: str) -> None:
        """Waiting for another projector's lock: not ready (it does not follow), but alive."""
        self._retire()
        self.error = why
        self.beat()

    def quiet_s(self) -> float:
        """Seconds since the last sign of life (a pass, a batch, a start or a restart)."""
        last = max(self._beat, getattr(self.projector, "last_pass", 0.0))
        return time.monotonic() - last

    def alive(self) -> bool:
        return self.quiet_s() < self.stale_s

    def status(self) -> tuple[bool, dict[str, object]]:
        """Ready = following the store, and alive."""
        detail: dict[str, object] = {
            "following": self.projector is not None,
            "seconds_since_last_pass": round(self.quiet_s(), 1),
        }
        if self.error is not None:
            detail["error"] = self.error
        return self.projector is not None and self.alive(), detail
