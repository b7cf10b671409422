"""A Chromium pool started in the background: the service takes renders while its browsers launch."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from kernel.dsl.prepare import warm_up
from kernel.errors import RenderError

if TYPE_CHECKING:
    from render_worker.image import RenderedImage
    from render_worker.pool import ChromiumPool


class WarmingPool:
    """`pool`, started by `start_soon` in a task (Chromium, and the compiler's sheets beside it):
    `dsl2png mcp` answers its client and records renders meanwhile. A render waits for the start
    to end; if Chromium did not start, it fails for good with the reason (each try would fail
    alike), so a job queued meanwhile ends failed, not queued forever."""

    def __init__(self, pool: ChromiumPool) -> None:
        self.pool = pool
        self._start: asyncio.Task[None] | None = None

    def start_soon(self) -> None:
        """Start launching the browsers, in the background (once)."""
        if self._start is None:
            self._start = asyncio.get_running_loop().create_task(self._warm(), name="pool-start")

    async def _warm(self) -> None:
        await asyncio.gather(self.pool.start(), asyncio.to_thread(warm_up))

    async def started(self) -> None:
        """Wait until the start has ended, whether it worked or not (`failure` says)."""
        self.start_soon()
        assert self._start is not None
        await asyncio.wait({self._start})

    @property
    def failure(self) -> BaseException | None:
        """Why the pool did not start, once its start failed; else None."""
        start = self._start
        if start is None or not start.done() or start.cancelled():
            return None
        return start.exception()

    @property
    def healthy(self) -> bool:
        return self.pool.healthy

    async def render(self, html: str, viewport: Any, **options: Any) -> RenderedImage:
        """The pool's render, once it has started; RenderError (not retryable) if it could not."""
        await self.started()
        failure = self.failure
        if failure is not None:
            code = failure.code if isinstance(failure, RenderError) else None
            raise RenderError(str(failure), retryable=False, code=code) from None
        return await self.pool.render(html, viewport, **options)

    async def close(self) -> None:
        """Stop a start still under way (the pool closes what it launched), then close the pool."""
        if self._start is not None and not self._start.done():
            self._start.cancel()
        if self._start is not None:
            await asyncio.gather(self._start, return_exceptions=True)
        await self.pool.close()
