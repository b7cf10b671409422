"""One warm, locked-down Chromium page that turns HTML into an image over its own CDP session."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable
from typing import Any, TypeVar

import pybase64
from playwright.async_api import Browser, BrowserContext, CDPSession, Page, Route
from playwright.async_api import Error as PlaywrightError

from kernel.dsl.compiler.page import CSP_META
from kernel.dsl.limits import MAX_WEBP_SIDE
from kernel.dsl.measured.canvas_cut import (
    MAX_CAPTURE_PX,
    CaptureCut,
    capture_cut_warning,
    capture_height_limit,
    capture_width_limit,
)
from kernel.dsl.options import ImageFormat, Viewport
from kernel.errors import Issue, RenderError
from render_worker.crop import CONTENT_BOX, CropBox
from render_worker.image import (
    FULL_CHROMA_QUALITY,
    ImageTooLargeError,
    RenderedImage,
    image_size,
    jpeg_full_chroma,
    with_density,
)
from render_worker.measure import ContentExtent, content_extent_script, cut_below_script

T = TypeVar("T")

DEFAULT_LOSSY_QUALITY = 90
MAX_FRAMES_PER_CAPTURE = 5
"""A fresh page's first frame may come before its renderer can be read back; a few more are
enough (the first render of a new page needs two, every later one a single frame)."""

SURFACE_FRAME_INTERVAL_S = 0.003
"""How often a `Page.captureScreenshot` in progress is given a frame (see `_capture_surface`)."""

STALL_FRAME_INTERVAL_S = 0.05
"""How long a page may wait on its own before it is given a frame (see `_with_frames`)."""

POLICY_DOCUMENT = f"<!DOCTYPE html><html><head>{CSP_META}</head><body></body></html>"
"""A slot's first document: it puts the compiled pages' Content-Security-Policy on the page once.

A render replaces the document's content (`Page.setDocumentContent`, i.e. document.open) and
keeps its policies, so the policy stays in force for every later render, and each compiled
page's own copy of the tag is dropped before it is loaded. Left in, every render added one more
copy of the policy, and Chromium checks all of them on every style and resource: the renderer
process went from ~7 to ~25 ms of CPU per login render over ~600 renders of a page."""

FONTS_READY = "document.fonts.ready.then(() => document.fonts.status)"
FONT_FACE = "@font-face"
"""Only `@font-face` fonts load after `load`; installed fonts are ready when layout needs them, so
a page without the rule skips the wait and its round trip."""


class BrowserLocks:
    """What the pages of one browser take turns at.

    `frame` is held per frame: the browser's display compositor takes one frame request at a time.
    `dense` is held by a render at a device scale other than 1 from its load to its capture: two
    such renders in flight on pages of one browser came out with different anti-aliasing on
    diagonal edges (the same 3x icon gave two images in a batch, ~6 px apart), which renders
    one after the other never do; renders at scale 1 are not concerned and never wait on it.
    """

    def __init__(self) -> None:
        self.frame = asyncio.Lock()
        self.dense = asyncio.Lock()


class SlotBrokenError(RenderError):
    """The page or its browser died under a render; another page may well succeed."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=True, code="render_crashed")


async def _abort(route: Route) -> None:
    # "aborted" (net::ERR_ABORTED) commits no error page, so a refused navigation leaves the
    # document in place instead of replacing it under the screenshot.
    await route.abort("aborted")


async def locked_down_context(browser: Browser, *, no_viewport: bool = False) -> BrowserContext:
    """A context in `browser` that runs no JavaScript or service worker, is offline, takes no
    download, and aborts every request it sees (data: URLs never reach the route)."""
    context = await browser.new_context(
        java_script_enabled=False,
        service_workers="block",
        offline=True,
        no_viewport=no_viewport,
        accept_downloads=False,
        color_scheme="light",
        reduced_motion="reduce",
    )
    try:
        await context.route("**/*", _abort)
    except BaseException:
        await _close_quietly(context)
        raise
    return context


class PageSlot:
    """A page in its own context: JavaScript off, offline, every non-`data:` request aborted.

    Renders go straight through CDP (`Page.setDocumentContent`, then one
    `HeadlessExperimental.beginFrame` that returns the image), which skips Playwright's per-call
    bookkeeping; the device metrics and the background are re-sent only when they change, so a
    run of same-sized renders costs two round trips each.

    The page is created with BeginFrameControl: Chromium draws it only when asked, so a render
    pays for one frame, drawn and read back in the same pass, instead of waiting for the next
    vsync tick and then drawing the frame a second time for `Page.captureScreenshot`. The
    browser's display compositor takes one such request at a time, so the slots of one browser
    share its `locks` (see BrowserLocks).
    """

    def __init__(
        self,
        context: BrowserContext,
        page: Page,
        cdp: CDPSession,
        frame_id: str,
        locks: BrowserLocks,
    ) -> None:
        self.context = context
        self.page = page
        self._cdp = cdp
        self._frame_id = frame_id
        self._frame_lock = locks.frame
        self._dense_lock = locks.dense
        self._world_id: int | None = None
        self._metrics: tuple[int, int, float] | None = None
        self._transparent = False
        self._loaded: asyncio.Future[None] | None = None
        self._frames = 0
        """Frames drawn since the current render began (see RenderedImage.frames)."""
        self.broken = False
        self.high_density: bool | None = None
        """Whether this page first drew at a device scale other than 1 (None: not drawn yet).

        Chromium goes on rasterizing a page's text as it did for the page's first frame: the
        same document drawn at 3x on a page that first drew at 1x (or at 1x after 3x) comes out
        with different anti-aliasing than on a fresh page. So a page serves renders of one kind
        only (`serves`); the pool gives a render of the other kind a fresh page."""
        cdp.on("Page.loadEventFired", self._on_load)
        page.on("crash", lambda _page: self.fail("the page's renderer process crashed"))
        page.on("close", lambda _page: self.fail("the page was closed"))

    @classmethod
    async def open(cls, browser: Browser, browser_cdp: CDPSession, locks: BrowserLocks) -> PageSlot:
        """A fresh context and page in `browser`, locked down and ready for its first render.

        `browser_cdp` is a browser-level session (it creates the frame-controlled page) and
        `locks` the locks shared by every slot of that browser.
        """
        context = await locked_down_context(browser, no_viewport=True)
        try:
            page = await _open_frame_controlled_page(context, browser_cdp)
            cdp = await context.new_cdp_session(page)
            await cdp.send("Page.enable")
            # Freeze CSS animations at their first frame: same input, same pixels. (The domain
            # stays enabled: disabled again, new documents' animations are not reliably frozen.)
            await cdp.send("Animation.enable")
            await cdp.send("Animation.setPlaybackRate", {"playbackRate": 0})
            tree = await cdp.send("Page.getFrameTree")
            slot = cls(context, page, cdp, tree["frameTree"]["frame"]["id"], locks)
            await slot._load(POLICY_DOCUMENT)
        except BaseException:
            await _close_quietly(context)
            raise
        return slot

    def serves(self, high_density: bool) -> bool:
        """Whether a render at a device scale other than 1 (`high_density`) gives here exactly
        the pixels it gives on a fresh page."""
        return self.high_density is None or self.high_density == high_density

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
        crop: bool = False,
    ) -> RenderedImage:
        """Load `html` and capture it (`crop`: only where its content is drawn, see
        render_worker.crop); raises SlotBrokenError if the page dies meanwhile."""
        started = time.perf_counter()
        if self.broken:
            raise SlotBrokenError("the page is no longer usable")
        self._frames = 0
        await self._set_metrics(viewport)
        if self.high_density is None:
            self.high_density = viewport.scale != 1
        # JPEG has no alpha channel: a transparent default background would turn black.
        await self._set_transparent(transparent and format != "jpeg")
        if viewport.scale == 1:
            return await self._load_and_capture(
                html, viewport, format, full_page, quality, fast_png, crop, started
            )
        async with self._dense_lock:  # one at a time, or their pixels differ (see BrowserLocks)
            return await self._load_and_capture(
                html, viewport, format, full_page, quality, fast_png, crop, started
            )

    async def _load_and_capture(
        self,
        html: str,
        viewport: Viewport,
        format: ImageFormat,
        full_page: bool,
        quality: int | None,
        fast_png: bool,
        crop: bool,
        started: float,
    ) -> RenderedImage:
        """The body of `render` once the page's metrics and background are set."""
        # The page already holds this policy (POLICY_DOCUMENT); a second copy would pile up.
        html = html.replace(CSP_META, "", 1)
        await self._load(html)
        if FONT_FACE in html:
            await self._with_frames(self._wait_for_fonts())
        params: dict[str, Any] = {"format": format, "optimizeForSpeed": fast_png}
        # A full page or cropped content is cut at what its image holds, with a warning.
        side = MAX_WEBP_SIDE if format == "webp" else MAX_CAPTURE_PX
        if format != "png":
            params["quality"] = quality if quality is not None else DEFAULT_LOSSY_QUALITY
        full_chroma = format == "jpeg" and params["quality"] >= FULL_CHROMA_QUALITY
        if full_chroma:  # captured lossless, encoded below without chroma subsampling
            params = {"format": "png", "optimizeForSpeed": True}
        if crop:
            extent = await self._content_extent()
            box = CropBox.of(
                await self._evaluate(CONTENT_BOX),
                screen_width=viewport.screen_width,
                screen_height=viewport.screen_height,
            )
            params["clip"] = box.clip(viewport.scale, side)
            past_capture = math.ceil(box.height - params["clip"]["height"])
            cut_px = 0  # the image grows to hold the content: nothing runs below a canvas
            capture_cut = await self._capture_cut(
                params["clip"], past_capture, viewport.scale, crop=True, side=side
            )
            visible_bottom = None  # the crop holds every pin drawn (render_worker.crop)
            params["captureBeyondViewport"] = True
            encoded = await self._capture_surface(params)
        elif full_page:
            extent = await self._content_extent()
            clip, full_size = _full_page_clip(viewport, extent, side)
            past_capture = math.ceil(full_size[1] - clip["height"])
            cut_px = 0  # the image grows to hold the content: nothing runs below a canvas
            capture_cut = await self._capture_cut(clip, past_capture, viewport.scale, crop=False, side=side)
            visible_bottom = clip["y"] + clip["height"]
            params["clip"] = clip
            params["captureBeyondViewport"] = True
            encoded = await self._capture_surface(params)
        elif viewport.notes_width:
            # The notes panel may be taller than the canvas (many notes on a short screen): the
            # image grows to hold every note (below the screen, the panel's sheet, see
            # annotations.PANEL_CSS), so it is measured before the capture.
            extent = await self._content_extent()
            height = max(
                viewport.height,
                min(
                    extent.notes_height,
                    math.floor(capture_height_limit(viewport.width, viewport.scale, side)),
                ),
            )
            _check_size(format, (viewport.width, height), viewport.scale)
            if height > viewport.height:
                params["clip"] = {"x": 0, "y": 0, "width": viewport.width, "height": height, "scale": 1}
                params["captureBeyondViewport"] = True
                encoded = await self._capture_surface(params)
            elif viewport.scale != 1:
                encoded = await self._capture_surface(params)
            else:
                encoded = await self._capture_frame(params)
            cut_px = max(0, extent.content_height - viewport.height)
            capture_cut = ()
            visible_bottom = viewport.height - viewport.frame.insets.bottom
        else:
            _check_size(format, (viewport.width, viewport.height), viewport.scale)
            # Asked alongside the capture (one more round trip, in parallel): how large the
            # content is, so a render can say that what runs past the canvas was cut off.
            measured = asyncio.ensure_future(self._content_extent())
            measured.add_done_callback(_consume_exception)  # when the capture fails first
            if viewport.scale != 1:
                encoded = await self._capture_surface(params)
            else:
                encoded = await self._capture_frame(params)
            extent = await measured
            cut_px = max(0, extent.content_height - viewport.height)
            capture_cut = ()
            visible_bottom = viewport.height - viewport.frame.insets.bottom
        # Each image crosses CDP as base64: ~530 KB for a 1280x800 login page. The standard
        # library decodes it in ~1.3 ms, pybase64 (SIMD) in ~0.03 ms.
        data = pybase64.b64decode(encoded, validate=True)
        if full_chroma and data:
            data = await asyncio.to_thread(jpeg_full_chroma, data, quality or DEFAULT_LOSSY_QUALITY)
        if viewport.scale != 1:
            data = with_density(data, viewport.scale)
        try:
            width, height = image_size(data)
        except ValueError as exc:  # e.g. no data at all: Chromium could not encode the image
            raise RenderError(
                f"Chromium returned no usable {format} image ({exc})",
                retryable=False,
                code="image_unreadable",
            ) from None
        elapsed_ms = (time.perf_counter() - started) * 1000
        return RenderedImage(
            data=data, format=format, width=width, height=height, render_ms=elapsed_ms,
            frames=self._frames, cut_px=cut_px, measured_warnings=(*capture_cut, *extent.measured_warnings(visible_bottom)),
        )  # fmt: skip

    async def close(self) -> None:
        """Dispose of the context (and with it the page and its renderer process)."""
        self.broken = True
        await _close_quietly(self.context)

    async def _load(self, html: str) -> None:
        """Replace the document with `html` and wait for its `load` event."""
        loaded: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        # A render that timed out no longer awaits this future; a later failure must not be logged.
        loaded.add_done_callback(_consume_exception)
        self._loaded = loaded
        await self._cdp.send("Page.setDocumentContent", {"frameId": self._frame_id, "html": html})
        await self._with_frames(loaded)

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
        """`@font-face` fonts (even `local()` ones) may still be loading after `load`; wait for them."""
        await self._evaluate(FONTS_READY, await_promise=True)

    async def _evaluate(self, expression: str, *, await_promise: bool = False) -> Any:
        """The value of `expression`, evaluated in an isolated world of the page: the page's
        own JavaScript is off, and its document can neither see nor change what runs here."""
        for attempt in range(2):
            if self._world_id is None:
                world = await self._cdp.send(
                    "Page.createIsolatedWorld", {"frameId": self._frame_id, "worldName": "dsl2png"}
                )
                self._world_id = int(world["executionContextId"])
            try:
                answer = await self._cdp.send(
                    "Runtime.evaluate",
                    {
                        "expression": expression,
                        "contextId": self._world_id,
                        "awaitPromise": await_promise,
                        "returnByValue": True,
                    },
                )
            except PlaywrightError:
                if self.broken or attempt:
                    raise
                # The world goes away if the frame navigated; make a new one and ask again.
                self._world_id = None
                continue
            if "exceptionDetails" in answer:
                # A measuring script that throws is a bug of dsl2png's, met again on every try.
                raise RenderError(f"a script measuring the page failed: {_thrown(answer)}", retryable=False)
            return answer["result"].get("value")
        raise AssertionError("unreachable")

    async def _with_frames(self, step: Awaitable[T]) -> T:
        """Await `step`, drawing a frame whenever it has waited `STALL_FRAME_INTERVAL_S`.

        Nothing is drawn unless asked, and a few pages cannot reach `load` (or settle their
        fonts) without a lifecycle update, such as an `<object>` falling back while a web font
        fails. Most pages never wait that long, so they pay nothing for this.
        """
        task = asyncio.ensure_future(step)
        try:
            while True:
                done, _ = await asyncio.wait({task}, timeout=STALL_FRAME_INTERVAL_S)
                if done:
                    return task.result()
                async with self._frame_lock:
                    await self._begin_frame()
        finally:
            task.cancel()

    async def _capture_frame(self, screenshot: dict[str, Any]) -> str:
        """Draw one frame and return its image, encoded as `screenshot` asks (base64)."""
        async with self._frame_lock:
            for _ in range(MAX_FRAMES_PER_CAPTURE):
                frame = await self._begin_frame({"screenshot": screenshot})
                data = frame.get("screenshotData")
                if data:
                    return str(data)
        raise SlotBrokenError(f"Chromium drew {MAX_FRAMES_PER_CAPTURE} frames without an image")

    async def _capture_surface(self, params: dict[str, Any]) -> str:
        """`Page.captureScreenshot` (base64), for what a frame's own image cannot be: a device
        scale other than 1 (a frame is read back at the window's scale, 1) or a clip beyond the
        viewport. The capture waits for a frame, so one is drawn every `SURFACE_FRAME_INTERVAL_S`
        until it returns; the lock is held per frame only, not while the image is encoded."""
        shot = asyncio.ensure_future(
            self._cdp.send("Page.captureScreenshot", {**params, "fromSurface": True})
        )
        shot.add_done_callback(_consume_exception)
        try:
            while True:
                async with self._frame_lock:
                    await self._begin_frame()
                done, _ = await asyncio.wait({shot}, timeout=SURFACE_FRAME_INTERVAL_S)
                if done:
                    return str(shot.result()["data"])
        finally:
            shot.cancel()

    async def _begin_frame(self, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Draw one frame (the caller holds `frame_lock`), counted for the render's image."""
        self._frames += 1
        return await self._cdp.send("HeadlessExperimental.beginFrame", params or {})

    async def _capture_cut(
        self, clip: dict[str, float], px: int, scale: float, *, crop: bool, side: int = MAX_CAPTURE_PX
    ) -> tuple[Issue, ...]:
        """The warning for the `px` CSS px of a full page (or cropped content) below `clip`, the
        most an image may hold, naming the elements left out; none when `px` is 0."""
        if px <= 0:
            return ()
        first, across, below, count = await self._evaluate(cut_below_script(clip["y"] + clip["height"]))
        cut = CaptureCut(
            px=px,
            first=str(first),
            across=tuple(across),
            below=tuple(below),
            below_count=int(count),
            width=clip["width"],
        )
        return (capture_cut_warning(cut, scale, crop=crop, side=side),)

    async def _content_extent(self) -> ContentExtent:
        """How large the rendered content is (see content_extent_script)."""
        return ContentExtent.from_answer(await self._evaluate(content_extent_script()))


def _full_page_clip(
    viewport: Viewport, extent: ContentExtent, side: int = MAX_CAPTURE_PX
) -> tuple[dict[str, float], tuple[int, int]]:
    """The clip of a full-page capture, and the page's whole size (both CSS px): the clip stops
    at what Chromium can capture, MAX_CAPTURE_PX image px tall (the format's `side` a side, less
    for WebP: `capture_width_limit`), and at the pixel limit of an image for its width
    (`capture_height_limit`)."""
    full_width = max(viewport.width, extent.width)
    full_height = max(viewport.height, extent.height)
    width = min(full_width, capture_width_limit(viewport.scale, side))
    clip: dict[str, float] = {
        "x": 0,
        "y": 0,
        "width": width,
        "height": min(full_height, capture_height_limit(width, viewport.scale, side)),
        "scale": 1,
    }
    return clip, (full_width, full_height)


async def _open_frame_controlled_page(context: BrowserContext, browser_cdp: CDPSession) -> Page:
    """A page of `context` whose frames are drawn only on `HeadlessExperimental.beginFrame`.

    Playwright cannot ask for one, so the page is created over the browser session in the
    context's CDP id (read off a first, ordinary page that is then closed); Playwright attaches
    to it like to any new page of the context, applying the context's settings and routes.
    """
    opener = await context.new_page()
    session = await context.new_cdp_session(opener)
    info = await session.send("Target.getTargetInfo")
    await session.detach()
    async with context.expect_page() as created:
        await browser_cdp.send(
            "Target.createTarget",
            {
                "url": "about:blank",
                "browserContextId": info["targetInfo"]["browserContextId"],
                "enableBeginFrameControl": True,
            },
        )
    page = await created.value
    await opener.close()
    return page


def _check_size(format: ImageFormat, size: tuple[int, int], scale: float) -> None:
    """Raise ImageTooLargeError when a WebP canvas of `size` CSS px at `scale` would exceed the
    format's limit (Chromium would return an empty image instead), naming the side that does.
    A canvas too large is refused before (kernel.dsl.limits.check_image_format); a full page or
    cropped content is cut at the limit instead, with a warning (`_full_page_clip`)."""
    if format != "webp":
        return
    width, height = (math.ceil(side * scale) for side in size)
    if max(width, height) <= MAX_WEBP_SIDE:
        return
    over = " and ".join(name for name, side in (("width", width), ("height", height)) if side > MAX_WEBP_SIDE)
    raise ImageTooLargeError(
        f"the image would be {width}x{height} px, but WebP holds at most {MAX_WEBP_SIDE:,} px "
        f"a side: render it as png or jpeg, or lower the {over} or the scale"
    )


def _consume_exception(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


async def _close_quietly(context: BrowserContext) -> None:
    try:
        await asyncio.wait_for(context.close(), timeout=10)
    except Exception:  # already gone with its browser, or hung: the browser's end reaps it
        return


def _thrown(answer: dict[str, Any]) -> str:
    """What a `Runtime.evaluate` whose script threw says: the error's own text, or CDP's summary."""
    details = answer["exceptionDetails"]
    thrown = details.get("exception", {}).get("description") or details.get("text", "an exception")
    return str(thrown).splitlines()[0]
