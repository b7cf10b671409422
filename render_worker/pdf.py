"""Compiled pages printed to PDF: vector text and shapes, one page the size of the canvas.

A PDF is printed, not captured, so it does not go through the pool's frame-controlled pages: one
Chromium, launched with the pool's offline flags, opens a fresh locked-down page per document
(`locked_down_context`, as the pool's; screen media, backgrounds printed). Its
`render` has the pool's signature, so the CLI's batch and watch loops drive either.
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from types import TracebackType
from typing import Any

from playwright.async_api import Browser, BrowserContext, PdfMargins, Playwright

from kernel.dsl.measured.canvas_cut import MAX_PDF_PAGE_PX, CaptureCut, pdf_cut_warning
from kernel.dsl.options import Viewport
from kernel.errors import Issue, RenderError, RenderTimeoutError
from render_worker.browser import OFFLINE_ARGS
from render_worker.fontconfig import browser_env
from render_worker.image import RenderedImage
from render_worker.launch_failure import launch_failure
from render_worker.measure import ContentExtent, content_extent_script, cut_below_script
from render_worker.page_slot import FONTS_READY, locked_down_context
from render_worker.playwright_start import start_playwright
from render_worker.pool_settings import PLAYWRIGHT_BROWSER, PoolSettings, missing_browser
from render_worker.timeouts import timed_out

PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate) *\(D:)([0-9]{4,14})([^)]*)\)")
"""A PDF's creation and modification dates (`/CreationDate (D:20261130211319+00'00')`)."""
FIXED_DATE = b"20000101000000"


def fixed_dates(pdf: bytes) -> bytes:
    """`pdf` with its creation and modification dates set to FIXED_DATE, UTC: the same document
    then prints to the same bytes on every run, as its PNG does (the dates were all that
    differed). Each date keeps its length (Chromium writes `+HH'MM'` zones, all 7 bytes), so
    the cross-reference table's byte offsets stay right."""

    def fixed(match: re.Match[bytes]) -> bytes:
        digits, zone = match.group(2), match.group(3)
        utc = b"+00'00'"[: len(zone)] if len(zone) <= len(b"+00'00'") else zone
        return match.group(1) + FIXED_DATE[: len(digits)] + utc + b")"

    return PDF_DATE.sub(fixed, pdf)


PRINT_ARGS = ("--hide-scrollbars", "--force-color-profile=srgb", "--disable-notifications")
NO_MARGIN: PdfMargins = {"top": "0", "right": "0", "bottom": "0", "left": "0"}


class PdfPrinter:
    """Prints HTML pages to single-page PDFs in one warm Chromium; use `async with`."""

    def __init__(self, settings: PoolSettings | None = None) -> None:
        self.settings = settings or PoolSettings()
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self._context: BrowserContext | None = None

    async def __aenter__(self) -> PdfPrinter:
        executable = self.settings.resolve_chromium()
        self._playwright = await start_playwright()
        try:
            self._browser = await self._playwright.chromium.launch(
                executable_path=executable,
                headless=True,
                args=[*OFFLINE_ARGS, *PRINT_ARGS],
                env=browser_env(),  # the pool's fonts: the system's, not the user's fontconfig
                chromium_sandbox=self.settings.chromium_sandbox,
                timeout=self.settings.launch_timeout_s * 1000,
            )
            self._context = await locked_down_context(self._browser)
        except BaseException as exc:
            await self.close()
            missing = missing_browser(exc, executable)
            if missing is not None:
                raise missing from None
            if not isinstance(exc, Exception) or isinstance(exc, RenderError):
                raise  # a cancel or Ctrl+C goes on as it came
            # Told as the pool tells it: a line and the browser's own errors, not Playwright's log.
            raise RenderError(
                f"Chromium did not start ({executable or PLAYWRIGHT_BROWSER}): {launch_failure(exc)}"
            ) from exc
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._browser is not None:
            await self._browser.close()
            self._browser = None
        if self._playwright is not None:
            await self._playwright.stop()
            self._playwright = None

    async def render(
        self,
        html: str,
        viewport: Viewport,
        *,
        format: str = "pdf",
        full_page: bool = False,
        transparent: bool = False,
        quality: int | None = None,
        timeout_s: float | None = None,
        crop: bool = False,
    ) -> RenderedImage:
        """`html` as a one-page PDF of the canvas' CSS size (or the whole page with `full_page`;
        taller where the annotations' notes need more, as an image grows for them).

        `width`/`height` of the result are CSS px; content below the canvas is `cut_px` (and a
        full page past MAX_PDF_PAGE_PX a measured warning), as for an image; `scale`, `transparent` and `quality` have no
        meaning for vector output and are ignored (the command line refuses `crop` for a PDF)."""
        if self._context is None:
            raise RenderError("the PDF printer is not running", retryable=True, code="pool_unavailable")
        timeout = timeout_s if timeout_s is not None else self.settings.render_timeout_s
        started = time.perf_counter()
        page = await self._context.new_page()
        try:
            async with asyncio.timeout(timeout):
                await page.set_viewport_size({"width": viewport.width, "height": viewport.height})
                await page.set_content(html, wait_until="load")
                cdp = await self._context.new_cdp_session(page)
                world = await _isolated_world(cdp)
                await _evaluate(cdp, world, FONTS_READY, await_promise=True)
                await page.emulate_media(media="screen")
                extent = ContentExtent.from_answer(await _evaluate(cdp, world, content_extent_script()))
                height, cut_px = viewport.height, 0
                cut: tuple[Issue, ...] = ()
                if full_page:
                    metrics = await cdp.send("Page.getLayoutMetrics")
                    content = math.ceil(metrics["cssContentSize"]["height"])
                    height = min(max(height, content), MAX_PDF_PAGE_PX)
                    cut = await _page_cut(cdp, world, content - height, viewport.width)
                    visible_bottom = float(height)
                else:
                    cut_px = max(0, extent.content_height - viewport.height)
                    visible_bottom = float(viewport.height - viewport.frame.insets.bottom)
                    if viewport.notes_width:
                        # As the PNG does: the page grows to hold every note (below the screen,
                        # the panel's sheet, see annotations.PANEL_CSS); the screen keeps its height.
                        height = max(height, min(extent.notes_height, MAX_PDF_PAGE_PX))
                data = await page.pdf(
                    width=f"{viewport.width}px",
                    height=f"{height}px",
                    print_background=True,
                    margin=NO_MARGIN,
                    page_ranges="1",
                )
        except TimeoutError:
            raise RenderTimeoutError(timed_out(timeout, format="pdf", full_page=full_page)) from None
        finally:
            await page.close()
        elapsed_ms = (time.perf_counter() - started) * 1000
        return RenderedImage(
            fixed_dates(data), "pdf", viewport.width, height, elapsed_ms,
            cut_px=cut_px, measured_warnings=(*cut, *extent.measured_warnings(visible_bottom)),
        )  # fmt: skip


async def _isolated_world(cdp: Any) -> int:
    """An isolated world of the page to measure it in (the page's own JavaScript is off)."""
    tree = await cdp.send("Page.getFrameTree")
    world = await cdp.send(
        "Page.createIsolatedWorld", {"frameId": tree["frameTree"]["frame"]["id"], "worldName": "dsl2png"}
    )
    return int(world["executionContextId"])


async def _evaluate(cdp: Any, world: int, expression: str, *, await_promise: bool = False) -> Any:
    """The value of `expression` in `world` (`@font-face` fonts may still load after `load`:
    FONTS_READY waits for them; measure.js measures what runs past the canvas)."""
    answer = await cdp.send(
        "Runtime.evaluate",
        {"expression": expression, "contextId": world, "awaitPromise": await_promise, "returnByValue": True},
    )
    if "exceptionDetails" in answer:
        raise RenderError("a script measuring the page failed", retryable=False)
    return answer["result"].get("value")


async def _page_cut(cdp: Any, world: int, px: int, width: float) -> tuple[Issue, ...]:
    """The warning for the `px` CSS px of a full page below the tallest page Chromium prints,
    naming the elements left out; none when `px` is 0 or less."""
    if px <= 0:
        return ()
    first, across, below, count = await _evaluate(cdp, world, cut_below_script(MAX_PDF_PAGE_PX))
    cut = CaptureCut(
        px=px, first=str(first), across=tuple(across), below=tuple(below), below_count=int(count), width=width
    )
    return (pdf_cut_warning(cut),)
