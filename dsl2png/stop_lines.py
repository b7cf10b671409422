"""The last log line of a deployed process: that it stopped, or that it failed and why.

A worker whose metrics port was taken logged "worker ... stopped", as after a clean SIGTERM; an
operator reading the log could not tell the two apart."""

from __future__ import annotations

import asyncio
import logging

from dsl2png.startup_checks import StartupError, one_line


def log_stopped(log: logging.Logger, what: str, failure: BaseException | None) -> None:
    """`<what> stopped` (info) after a clean stop or a signal; `<what> failed at start-up: why`
    for a `StartupError`, `<what> stopped after an error: why` for anything else (errors)."""
    if failure is None or isinstance(failure, asyncio.CancelledError | KeyboardInterrupt | SystemExit):
        log.info("%s stopped", what)
    elif isinstance(failure, StartupError):
        log.error("%s failed at start-up: %s", what, one_line(failure))
    else:
        log.error("%s stopped after an error: %s", what, one_line(failure))
