"""`dsl2png mcp`: the MCP server over stdio, answering while the renderer starts in the background."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from dsl2png.bundled import examples_folder
from dsl2png.commands.interrupts import until_stopped
from dsl2png.commands.messages import FAILED, OK, err, plain

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright, nor the
    # handshake of `dsl2png mcp` wait for the DSL's models
    from dsl2png.runtime import Runtime
    from dsl2png.settings import ServeSettings
    from kernel.dsl.options import RenderOptions
    from kernel.ports import RenderGateway
    from kernel.schemas import RenderPublic

log = logging.getLogger("dsl2png.commands")  # the commands' one logger, as before the split


def serve_mcp_stdio() -> int:
    """`dsl2png mcp`: the MCP server over stdio, answering at once while the renderer (Chromium,
    the embedded store and worker) starts in the background; settings from the environment, logs
    on stderr (stdout carries the protocol).

    Embedded, a data folder it cannot write to, bad pool settings or a DSL2PNG_CHROMIUM_PATH
    naming nothing raise (StartupError, ValidationError) before it serves: the command tells
    them in one line and exits 1, where the client got a server whose every render failed."""
    from dsl2png.embedded_checks import check_embedded_start
    from dsl2png.logs import configure_logging
    from dsl2png.settings import ServeSettings
    from mcp_adapter.stdio import run_stdio

    settings = ServeSettings()
    try:
        settings.check_mode()
    except ValueError as exc:
        err.print(f"[red]error[/red] {plain(exc)}")
        return FAILED
    if settings.embedded:
        check_embedded_start(settings.data_dir)
    configure_logging(settings.log_level, json_lines=settings.log_json)
    asyncio.run(
        until_stopped(
            run_stdio(lambda after: background_gateway(settings, after), examples_dir=examples_folder())
        )
    )
    return OK


class StartingGateway:
    """A RenderGateway whose service is still starting: each call waits until it serves (or
    raises why it could not start), then goes to it. The service serves once its store is open,
    before Chromium is up: a render is recorded at once and drawn when the pool has started."""

    def __init__(self, ready: asyncio.Future[Runtime]) -> None:
        self._ready = ready

    async def _gateway(self) -> RenderGateway:
        # Shielded: a caller that gives up must not cancel the start for everyone else.
        return (await asyncio.shield(self._ready)).gateway

    async def submit(
        self,
        source: str | bytes | Mapping[str, Any],
        options: RenderOptions,
        *,
        idempotency_key: str | None = None,
        owner: str | None = None,
        submitted_sha256: str | None = None,
    ) -> RenderPublic:
        gateway = await self._gateway()
        failure = self._ready.result().renderer_failure()
        if failure is not None:  # Chromium did not start: refused at once, as before it ran in the background
            raise failure
        return await gateway.submit(
            source, options, idempotency_key=idempotency_key, owner=owner, submitted_sha256=submitted_sha256
        )

    async def wait(
        self, job_id: str, timeout_s: float, *, owner: str | None = None, known: RenderPublic | None = None
    ) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.wait(job_id, timeout_s, owner=owner, known=known)

    async def status(self, job_id: str, *, owner: str | None = None) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.status(job_id, owner=owner)

    async def image(
        self, job_id: str, *, owner: str | None = None, known: RenderPublic | None = None
    ) -> bytes:
        gateway = await self._gateway()
        return await gateway.image(job_id, owner=owner, known=known)

    async def with_image_state(self, view: RenderPublic) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.with_image_state(view)

    async def with_image_states(self, views: Sequence[RenderPublic]) -> list[RenderPublic]:
        return await (await self._gateway()).with_image_states(views)

    async def erase(
        self, job_id: str, *, owner: str | None = None, reason: str | None = None
    ) -> dict[str, object]:
        gateway = await self._gateway()
        return await gateway.erase(job_id, owner=owner, reason=reason)

    async def history(self, job_id: str, *, owner: str | None = None) -> dict[str, Any]:
        return await (await self._gateway()).history(job_id, owner=owner)

    async def cancel(
        self, job_id: str, *, owner: str | None = None, reason: str | None = None
    ) -> RenderPublic:
        gateway = await self._gateway()
        return await gateway.cancel(job_id, owner=owner, reason=reason)


@contextlib.asynccontextmanager
async def background_gateway(
    settings: ServeSettings, after: Callable[[], Awaitable[None]] | None = None
) -> AsyncIterator[RenderGateway]:
    """The service's gateway at once, while `open_runtime` starts it in a background task once
    `after()` is done (the MCP tools' loading: one thread at a time imports the DSL's kernel): an
    MCP client's `initialize` is answered meanwhile. The gateway serves once the store is open;
    Chromium (~6 s) starts behind it, so an async render is queued at once. On exit the runtime
    is closed, or, if it is still starting (the client left at once), its start is cancelled."""
    ready: asyncio.Future[Runtime] = asyncio.get_running_loop().create_future()
    ready.add_done_callback(_retrieve)  # a start that failed while nobody asked is only logged
    stop = asyncio.Event()

    async def run() -> None:
        try:
            if after is not None:
                await after()
            # Imported off the event loop (~2 s), which meanwhile answers the client.
            runtime_module = await asyncio.to_thread(_import_runtime)
            async with runtime_module.open_runtime(settings, pool_in_background=True) as runtime:
                ready.set_result(runtime)
                await stop.wait()
        except Exception as exc:
            if ready.done():
                log.error("the renderer stopped with an error: %s", exc)
                return
            log.error("the renderer did not start: %s", exc)
            ready.set_exception(exc)

    task = asyncio.create_task(run(), name="runtime")
    try:
        yield StartingGateway(ready)
    finally:
        stop.set()
        if not ready.done():
            task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        if not ready.done():
            ready.cancel()


def _import_runtime() -> Any:
    runtime_module = importlib.import_module("dsl2png.runtime")
    runtime_module.import_embedded()
    return runtime_module


def _retrieve(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()
