"""A background process's probes (/healthz, /readyz, /metrics) on DSL2PNG_METRICS_PORT, when set.

The port is bound before the process takes any work: a port in use is one line and exit 1
(`StartupError`), not a traceback after jobs were taken. The async form serves the worker and
the relay from their event loop; the threaded one the projector, whose work runs in threads."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Iterator

from dsl2png.probes import AliveFn, StatusFn, health_server
from dsl2png.settings import ProbedSettings
from dsl2png.startup_checks import StartupError


def _cannot_listen(settings: ProbedSettings, exc: OSError) -> StartupError:
    return StartupError(
        f"cannot listen on {settings.health_host}:{settings.health_port} (DSL2PNG_METRICS_PORT): "
        f"{exc.strerror or exc}"
    )


@contextlib.asynccontextmanager
async def probes_on(settings: ProbedSettings, status: StatusFn) -> AsyncIterator[None]:
    """Serve the probes on this event loop while the context is open (nothing if no port is set)."""
    if settings.health_port is None:
        yield
        return
    try:
        server = health_server(settings.health_host, settings.health_port, status)
        await server.__aenter__()
    except OSError as exc:
        raise _cannot_listen(settings, exc) from None
    try:
        yield
    finally:
        await server.__aexit__(None, None, None)


@contextlib.contextmanager
def probes_in_thread(
    settings: ProbedSettings, status: StatusFn, alive: AliveFn | None = None
) -> Iterator[None]:
    """Serve the probes from a thread of their own while the context is open (nothing if no
    port is set); raises `StartupError` at once when the port cannot be bound. `alive`: what
    /healthz checks (see `health_server`)."""
    if settings.health_port is None:
        yield
        return
    loop = asyncio.new_event_loop()
    bound: list[BaseException | None] = []
    started, stop = threading.Event(), asyncio.Event()

    async def serve() -> None:
        try:
            async with health_server(settings.health_host, settings.health_port or 0, status, alive):
                bound.append(None)
                started.set()
                await stop.wait()
        except OSError as exc:
            bound.append(_cannot_listen(settings, exc))
            started.set()

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), name="probes", daemon=True)
    thread.start()
    started.wait()
    if bound[0] is not None:
        thread.join()
        loop.close()
        raise bound[0]
    try:
        yield
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(5)
        loop.close()
