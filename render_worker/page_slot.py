"""One warm, locked-down Chromium page that turns HTML into an image over its own CDP session."""

from __future__ import annotations

import asyncio
import base64
import math
import time
from typing import Any

from playwright.async_api import Browser, BrowserContext, CDPSession, Page, Route
from playwright.async_api import Error as PlaywrightError

from kernel.dsl.options import ImageFormat, Viewport
from kernel.errors import RenderError
from render_worker.image import RenderedImage, image_size

DEFAULT_LOSSY_QUALITY = 90
MAX_CAPTURE_PIXELS_PER_SIDE = 16_384
"""Chromium cannot composite a taller surface; a longer full-page capture is cut here."""

FONTS_READY = "document.fonts.ready.then(() => document.fonts.status)"
FONT_FACE = "@font-face"
"""Only `@font-face` fonts load after `load`; installed fonts are ready when layout needs them, so
a page without the rule skips the wait and its round trip."""


class SlotBrokenError(RenderError):
    """The page or its browser died under a render; another page may well succeed."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=True, code="render_crashed")


async def _abort(route: Route) -> None:
    # "aborted" (net::ERR_ABORTED) commits no error page, so a refused navigation leaves the
    # document in place instead of replacing it under the screenshot.
    await route.abort("aborted")


class PageSlot:
    """A page in its own context: JavaScript off, offline, every non-`data:` request aborted.

    Renders go straight through CDP (`Page.setDocumentContent`, then `Page.captureScreenshot`),
    which skips Playwright's per-call bookkeeping; the device metrics and the background are
    re-sent only when they change, so a run of same-sized renders costs three round trips each.
    """

    def __init__(self, context: BrowserContext, page: Page, cdp: CDPSession, frame_id: str) -> None:
        self.context = context
        self.page = page
        self._cdp = cdp
        self._frame_id = frame_id
        self._world_id: int | None = None
        self._metrics: tuple[int, int, float] | None = None
        self._transparent = False
        self._loaded: asyncio.Future[None] | None = None
        self.broken = False
        cdp.on("Page.loadEventFired", self._on_load)
        page.on("crash", lambda _page: self.fail("the page's renderer process crashed"))
        page.on("close", lambda _page: self.fail("the page was closed"))

    @classmethod
    async def open(cls, browser: Browser) -> PageSlot:
        """A fresh context and page in `browser`, locked down and ready for its first render."""
        context = await browser.new_context(
            java_script_enabled=False,
            service_workers="block",
            offline=True,
            no_viewport=True,
            accept_downloads=False,
            color_scheme="light",
            reduced_motion="reduce",
        )
        try:
            await context.route("**/*", _abort)
            page = await context.new_page()
            cdp = await context.new_cdp_session(page)
            await cdp.send("Page.enable")
            # Freeze CSS animations at their first frame: same input, same pixels. (The domain
            # stays enabled: disabled again, new documents' animations are not reliably frozen.)
            await cdp.send("Animation.enable")
            await cdp.send("Animation.setPlaybackRate", {"playbackRate": 0})
            tree = await cdp.send("Page.getFrameTree")
            slot = cls(context, page, cdp, tree["frameTree"]["frame"]["id"])
        except BaseException:
            await _close_quietly(context)
            raise
        return slot

    def fail(self, reason: str) -> None:
        """Mark the slot dead and wake a render waiting on it, so it fails now, not at its timeout."""
        self.broken = True
        if self._loaded is not None and not self._loaded.done():
            self._loaded.set_exception(SlotBrokenError(reason))

    async def render(
        self,
        html: str,
        viewport: Viewport,
        *,
        format: ImageFormat,
        full_page: bool,
        transparent: bool,
        quality: int | None,
        fast_png: bool = True,
    ) -> RenderedImage:
        """Load `html` and capture it; raises SlotBrokenError if the page dies meanwhile."""
        started = time.perf_counter()
        if self.broken:
            raise SlotBrokenError("the page is no longer usable")
        await self._set_metrics(viewport)
        # JPEG has no alpha channel: a transparent default background would turn black.
        await self._set_transparent(transparent and format != "jpeg")
        loaded: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        # A render that timed out no longer awaits this future; a later failure must not be logged.
        loaded.add_done_callback(_consume_exception)
        self._loaded = loaded
        await self._cdp.send("Page.setDocumentContent", {"frameId": self._frame_id, "html": html})
        await loaded
        if FONT_FACE in html:
            await self._wait_for_fonts()
        params: dict[str, Any] = {"format": format, "optimizeForSpeed": fast_png, "fromSurface": True}
        if format != "png":
            params["quality"] = quality if quality is not None else DEFAULT_LOSSY_QUALITY
        if full_page:
            params["clip"] = await self._full_page_clip(viewport)
            params["captureBeyondViewport"] = True
        shot = await self._cdp.send("Page.captureScreenshot", params)
        data = base64.b64decode(shot["data"])
        width, height = image_size(data)
        elapsed_ms = (time.perf_counter() - started) * 1000
        return RenderedImage(data=data, format=format, width=width, height=height, render_ms=elapsed_ms)

    async def close(self) -> None:
        """Dispose of the context (and with it the page and its renderer process)."""
        self.broken = True
        await _close_quietly(self.context)

    def _on_load(self, _event: object) -> None:
        if self._loaded is not None and not self._loaded.done():
            self._loaded.set_result(None)

    async def _set_metrics(self, viewport: Viewport) -> None:
        metrics = (viewport.width, viewport.height, viewport.scale)
        if metrics == self._metrics:
            return
        await self._cdp.send(
            "Emulation.setDeviceMetricsOverride",
            {
                "width": viewport.width,
                "height": viewport.height,
                "deviceScaleFactor": viewport.scale,
                "mobile": False,
            },
        )
        self._metrics = metrics

    async def _set_transparent(self, transparent: bool) -> None:
        if transparent == self._transparent:
            return
        color = {"color": {"r": 0, "g": 0, "b": 0, "a": 0}} if transparent else {}
        await self._cdp.send("Emulation.setDefaultBackgroundColorOverride", color)
        self._transparent = transparent

    async def _wait_for_fonts(self) -> None:
        """`@font-face` fonts (even `local()` ones) may still be loading after `load`; wait for
        them in an isolated world (page JS is off)."""
        for _ in range(2):
            if self._world_id is None:
                world = await self._cdp.send(
                    "Page.createIsolatedWorld", {"frameId": self._frame_id, "worldName": "dsl2png"}
                )
                self._world_id = int(world["executionContextId"])
            try:
                await self._cdp.send(
                    "Runtime.evaluate",
                    {"expression": FONTS_READY, "contextId": self._world_id, "awaitPromise": True},
                )
            except PlaywrightError:
                if self.broken:
                    raise
                # The world goes away if the frame navigated; make a new one and ask again.
                self._world_id = None
                continue
            return

    async def _full_page_clip(self, viewport: Viewport) -> dict[str, float]:
        metrics = await self._cdp.send("Page.getLayoutMetrics")
        content = metrics["cssContentSize"]
        limit = math.floor(MAX_CAPTURE_PIXELS_PER_SIDE / viewport.scale)
        width = min(max(viewport.width, math.ceil(content["width"])), limit)
        height = min(max(viewport.height, math.ceil(content["height"])), limit)
        return {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}


def _consume_exception(future: asyncio.Future[None]) -> None:
    if not future.cancelled():
        future.exception()


async def _close_quietly(context: BrowserContext) -> None:
    try:
        await asyncio.wait_for(context.close(), timeout=10)
    except Exception:  # already gone with its browser, or hung: the browser's end reaps it
        return
