"""Ctrl+C and SIGTERM: a clean stop of the event loop's work, without tracebacks."""

from __future__ import annotations

import asyncio
import gc
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from dsl2png.commands.messages import INTERRUPTED


def sigterm_as_ctrl_c() -> None:
    """From now on, SIGTERM (`timeout`, systemd, `docker stop`) interrupts as Ctrl+C does (exit
    130, no traceback) while no event loop handles it: reading and checking documents, before
    Chromium starts, was killed at once (-15)."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def run_interruptible(work: Callable[[], Coroutine[Any, Any, int]]) -> tuple[bool, int]:
    """Run `work()` in a new event loop: (False, its result), or (True, 0) after Ctrl+C or
    SIGTERM (`timeout`, systemd, `docker stop`; `--watch` sets its own, a clean stop).

    Either cancels the work, so its cleanup (closing Chromium) still runs, without a traceback
    whatever it was doing (starting Chromium too); a second Ctrl+C stops at once."""
    interrupted = False

    async def main() -> int:
        nonlocal interrupted
        loop = asyncio.get_running_loop()
        hush_lost_driver(loop)
        current = asyncio.current_task()
        assert current is not None

        def interrupt() -> None:
            nonlocal interrupted
            interrupted = True
            current.cancel()
            loop.remove_signal_handler(signal.SIGINT)  # the next Ctrl+C raises KeyboardInterrupt

        loop.add_signal_handler(signal.SIGINT, interrupt)
        loop.add_signal_handler(signal.SIGTERM, interrupt)
        try:
            return await work()
        except asyncio.CancelledError:
            if interrupted:
                return INTERRUPTED
            raise
        finally:
            loop.remove_signal_handler(signal.SIGINT)
            loop.remove_signal_handler(signal.SIGTERM)

    code = asyncio.run(main())
    if interrupted:
        hush_closed_loop_transports()
    return interrupted, (0 if interrupted else code)


def hush_closed_loop_transports() -> None:
    """Leave out "Exception ignored in BaseSubprocessTransport.__del__ ... Event loop is closed"
    after an interrupted run: Ctrl+C while Playwright starts its driver can leave the driver's
    pipe transport to be collected after the loop has closed, which Python reports with a
    traceback on the way out. Only that message is dropped; other unraisable errors still show."""
    report = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        closed = (
            isinstance(unraisable.exc_value, RuntimeError)
            and str(unraisable.exc_value) == "Event loop is closed"
        )
        if not closed:
            report(unraisable)

    sys.unraisablehook = hook
    gc.collect()  # collect what the loop left now, under the hook, rather than at exit


LOST_DRIVER = "Connection closed while reading from the driver"


def hush_lost_driver(loop: asyncio.AbstractEventLoop) -> None:
    """Leave out asyncio's "Future exception was never retrieved" for Playwright's driver gone:
    a signal to the whole process group (`timeout`, systemd, `docker stop`) ends the driver too,
    and the futures it leaves failed are no news at a shutdown; anything else is reported."""

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if LOST_DRIVER not in str(context.get("exception", "")):
            loop.default_exception_handler(context)

    loop.set_exception_handler(handler)


async def until_stopped(work: Coroutine[Any, Any, None]) -> None:
    """Await `work` until it ends or Ctrl+C or SIGTERM cancels it: a server's clean shutdown
    (its cleanup runs, closing Chromium), then exit 0 as for `serve`."""
    loop = asyncio.get_running_loop()
    hush_lost_driver(loop)
    current = asyncio.current_task()
    assert current is not None
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, current.cancel)
    try:
        await work
    except asyncio.CancelledError:
        if not current.cancelling():
            raise
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
