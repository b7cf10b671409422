"""Log lines of a running process's NATS connection: lost once, still lost now and then, back once.

The client retries every 2 s and reports each failed try; they were all logged, as warnings
from `dsl2png.startup_checks`, and nothing said when the connection came back. Now logger
`dsl2png.nats` says the connection was lost (with why), repeats it at most every
`REMIND_EVERY_S` while it stays lost, and says when it is back and after how long."""

from __future__ import annotations

import logging
import time
from typing import Any

import nats.errors

from dsl2png.startup_checks import one_line

log = logging.getLogger("dsl2png.nats")

REMIND_EVERY_S = 60.0

CONNECTION_ERRORS = (nats.errors.UnexpectedEOF, nats.errors.StaleConnectionError, OSError)
"""Errors that end the connection: the "connection lost" line that follows says why."""


class ConnectionLog:
    """The NATS client's `error_cb`, `disconnected_cb` and `reconnected_cb` for one connection,
    once it is established (start-up retries are `connect_nats`'s own lines)."""

    def __init__(self, shown_url: str, retry_s: float, remind_every_s: float = REMIND_EVERY_S) -> None:
        self.shown_url = shown_url
        self.retry_s = retry_s
        self.remind_every_s = remind_every_s
        self.lost_at: float | None = None
        self._reminded_at = 0.0
        self._last_error = ""
        self.client: Any = None
        """The connected client, once there is one: a disconnect it was asked for is no loss."""

    async def error(self, exc: Exception) -> None:
        self._last_error = one_line(exc)
        now = time.monotonic()
        if self.lost_at is None:
            if isinstance(exc, CONNECTION_ERRORS):
                return  # said by `disconnected`, which follows
            # Any other error while connected (a protocol error, a slow consumer): one line each.
            log.warning("NATS at %s: %s", self.shown_url, self._last_error)
        elif now - self._reminded_at >= self.remind_every_s:
            self._reminded_at = now
            log.warning(
                "NATS at %s still unreachable after %.0fs: %s (retrying every %gs)",
                self.shown_url, now - self.lost_at, self._last_error, self.retry_s,
            )  # fmt: skip

    async def disconnected(self) -> None:
        if self.lost_at is not None or self.client is None or self.client.is_closed:
            return  # still lost, not connected yet, or closed on purpose (shutdown)
        self.lost_at = self._reminded_at = time.monotonic()
        why = f" ({self._last_error})" if self._last_error else ""
        log.warning(
            "NATS at %s: connection lost%s; reconnecting every %gs", self.shown_url, why, self.retry_s
        )

    async def reconnected(self) -> None:
        down_s = time.monotonic() - self.lost_at if self.lost_at is not None else 0.0
        self.lost_at, self._last_error = None, ""
        log.info("NATS at %s: reconnected after %.1fs", self.shown_url, down_s)
