"""The warm Chromium pool every part of dsl2png renders with: browsers x pages behind one queue."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Callable, Coroutine
from types import TracebackType
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Playwright

from kernel.dsl.options import ImageFormat, Viewport
from kernel.errors import RenderError, RenderTimeoutError, first_line
from render_worker.browser import ManagedBrowser
from render_worker.image import RenderedImage
from render_worker.launch_failure import launch_failure
from render_worker.page_slot import PageSlot, SlotBrokenError
from render_worker.playwright_start import start_playwright
from render_worker.pool_settings import PLAYWRIGHT_BROWSER, PoolSettings, missing_browser
from render_worker.timeouts import timed_out

__all__ = ["ChromiumPool", "RenderedImage"]

log = logging.getLogger(__name__)

MAX_RELAUNCH_BACKOFF_S = 10.0
CLOSE_GRACE_S = 15.0


class ChromiumPool:
    """Keeps `browsers x pages_per_browser` locked-down pages warm and hands them out one render each.

    A page that times out or crashes is replaced; a browser that exits is relaunched; a browser
    that served `recycle_after` renders is replaced by a fresh one, started before the old one
    stops taking work, and closed only when its in-flight renders are done.
    """

    def __init__(self, settings: PoolSettings | None = None) -> None:
        self.settings = settings or PoolSettings()
        self._playwright: Playwright | None = None
        self._executable: str | None = None
        self._browsers: list[ManagedBrowser] = []
        self._owner: dict[PageSlot, ManagedBrowser] = {}
        self._idle: asyncio.Queue[PageSlot | None] = asyncio.Queue()
        self._waiting = 0
        self._closing = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._started = False
        self._closed = False
        self._launch_failures = 0
        self._renders = 0
        self._frames = 0
        self._failures = 0
        self._timeouts = 0
        self._relaunches = 0
        self._recycles = 0
        self._renewals = 0
        self.chromium_version: str | None = None
        """The version of the Chromium last launched (what a render's failure is recorded with)."""

    async def __aenter__(self) -> ChromiumPool:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def start(self) -> None:
        """Launch every browser and open every page; raises RenderError if Chromium cannot start."""
        if self._started:
            return
        self._executable = self.settings.resolve_chromium()
        self._playwright = await start_playwright()
        try:
            await asyncio.gather(*(self._launch() for _ in range(self.settings.browsers)))
        except BaseException as exc:
            await self.close()
            # A cancel or Ctrl+C is no Chromium failure: it goes on as it came.
            if isinstance(exc, RenderError) or not isinstance(exc, Exception):
                raise
            missing = missing_browser(exc, self._executable)
            if missing is not None:
                raise missing from None
            raise RenderError(
                f"Chromium did not start ({self._executable or PLAYWRIGHT_BROWSER}): {launch_failure(exc)}"
            ) from exc
        self._started = True

    async def close(self) -> None:
        """Stop background work and close every browser; renders still waiting for a page fail."""
        self._closed = True
        self._closing.set()
        for _ in range(self._waiting):
            self._idle.put_nowait(None)
        # A launch already under way finishes and closes its browser (cancelling it mid-way would
        # leave a Chromium behind); anything still running after the grace period is cancelled.
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=CLOSE_GRACE_S)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        browsers, self._browsers = self._browsers, []
        for browser in browsers:
            browser.retired = True
        await asyncio.gather(*(browser.close() for browser in browsers), return_exceptions=True)
        self._owner.clear()
        if self._playwright is not None:
            playwright, self._playwright = self._playwright, None
            await playwright.stop()

    @property
    def healthy(self) -> bool:
        """Started, not closed, and either a browser is serving or the last launch worked."""
        if not self._started or self._closed:
            return False
        return self._launch_failures == 0 or any(browser.usable for browser in self._browsers)

    def stats(self) -> dict[str, int]:
        """Counters for health checks and metrics."""
        serving = [browser for browser in self._browsers if browser.usable]
        return {
            "browsers": len(serving),
            "pages": sum(len(browser.slots) for browser in serving),
            "available": self._idle.qsize(),
            "renders": self._renders,
            "frames": self._frames,
            "failures": self._failures,
            "timeouts": self._timeouts,
            "relaunches": self._relaunches,
            "recycles": self._recycles,
            "renewals": self._renewals,
        }

    async def render(
        self,
        html: str,
        viewport: Viewport,
        *,
        format: ImageFormat = "png",
        full_page: bool = False,
        transparent: bool = False,
        quality: int | None = None,
        timeout_s: float | None = None,
        crop: bool = False,
    ) -> RenderedImage:
        """Render `html` at `viewport` on the next free page (`crop`: the image only where the
        content is drawn, with its margin).

        `timeout_s` (default: the settings') bounds each attempt, not the wait for a free page
        (that is `acquire_timeout_s`). Raises RenderTimeoutError past it, RenderError when
        Chromium fails twice in a row (a page that crashed is retried once on another page).
        """
        if not self._started or self._closed:
            raise RenderError("the Chromium pool is not running", retryable=True, code="pool_unavailable")
        timeout = timeout_s if timeout_s is not None else self.settings.render_timeout_s
        for attempt in (1, 2):
            slot = await self._acquire(high_density=viewport.scale != 1)
            owner = self._owner[slot]
            try:
                async with asyncio.timeout(timeout):
                    image = await slot.render(
                        html,
                        viewport,
                        format=format,
                        full_page=full_page,
                        transparent=transparent,
                        quality=quality,
                        fast_png=self.settings.fast_png,
                        crop=crop,
                    )
            except TimeoutError:
                self._failures += 1
                self._timeouts += 1
                self._discard(slot, "timed out")
                raise RenderTimeoutError(
                    timed_out(timeout, format=format, scale=viewport.scale, full_page=full_page or crop)
                ) from None
            except (SlotBrokenError, PlaywrightError) as exc:
                self._failures += 1
                self._discard(slot, str(exc))
                if attempt == 2:
                    raise RenderError(f"Chromium failed to render: {first_line(exc)}") from None
                log.warning(
                    "render failed on browser %s, retrying on another page: %s", owner.id, first_line(exc)
                )
                continue
            except RenderError:
                # The page refused this render (an image too large for its format, ...) and is
                # still fine: it goes back to serve the next one.
                self._release(slot)
                raise
            except BaseException:
                self._discard(slot, "render cancelled")  # the page's state is unknown: start over
                raise
            finally:
                self._count_render(owner)
            self._renders += 1
            self._frames += image.frames
            self._release(slot)
            return dataclasses.replace(image, chromium_version=owner.version)
        raise AssertionError("unreachable")  # pragma: no cover

    # -- slots -------------------------------------------------------------------------------

    async def _acquire(self, *, high_density: bool = False) -> PageSlot:
        """A free page that renders `high_density` (scale != 1) or not exactly as a fresh page
        would: an idle one that already does, else a fresh one in place of the first free."""
        slot = await self._acquire_any()
        if slot.serves(high_density):
            return slot
        better = self._take_idle(lambda idle: idle.serves(high_density))
        if better is not None:
            self._idle.put_nowait(slot)
            return better
        return await self._renew(slot)

    def _take_idle(self, wanted: Callable[[PageSlot], bool]) -> PageSlot | None:
        """Take the first idle, usable slot `wanted` accepts, leaving the others queued in order."""
        found: PageSlot | None = None
        kept: list[PageSlot | None] = []
        while not self._idle.empty():
            idle = self._idle.get_nowait()
            if found is None and idle is not None and self._usable(idle) and wanted(idle):
                found = idle
                continue
            kept.append(idle)
        for idle in kept:
            self._idle.put_nowait(idle)
        return found

    def _usable(self, slot: PageSlot) -> bool:
        owner = self._owner.get(slot)
        return owner is not None and owner.usable and not slot.broken

    async def _renew(self, slot: PageSlot) -> PageSlot:
        """A fresh page in `slot`'s browser instead of `slot`, which is closed; `slot` itself if
        no page can be opened now (its anti-aliasing differs, but the render still works)."""
        owner = self._owner[slot]
        try:
            fresh = await owner.open_slot()
        except Exception as exc:
            log.warning("browser %s cannot open a fresh page (%s); reusing one", owner.id, first_line(exc))
            return slot
        self._owner[fresh] = owner
        self._owner.pop(slot, None)
        owner.forget(slot)
        slot.fail("replaced by a fresh page")
        self._spawn(slot.close())
        self._renewals += 1
        return fresh

    async def _acquire_any(self) -> PageSlot:
        if self._closed:
            raise RenderError("the Chromium pool was closed", retryable=True, code="pool_unavailable")
        self._waiting += 1
        try:
            async with asyncio.timeout(self.settings.acquire_timeout_s):
                while True:
                    slot = await self._idle.get()
                    if slot is None:
                        raise RenderError(
                            "the Chromium pool was closed", retryable=True, code="pool_unavailable"
                        )
                    owner = self._owner.get(slot)
                    if owner is not None and owner.usable and not slot.broken:
                        return slot
                    if owner is not None and owner.usable:
                        self._discard(slot, "its page crashed while idle")
                    else:
                        self._drop(slot)
        except TimeoutError:
            raise RenderError(
                f"no Chromium page became free within {self.settings.acquire_timeout_s:g} s",
                retryable=True,
                code="pool_exhausted",
            ) from None
        finally:
            self._waiting -= 1

    def _release(self, slot: PageSlot) -> None:
        owner = self._owner.get(slot)
        if owner is not None and owner.usable and not slot.broken:
            self._idle.put_nowait(slot)
        else:
            self._drop(slot)

    def _drop(self, slot: PageSlot) -> None:
        """Take a slot out of service; its browser is being closed or is gone already."""
        owner = self._owner.pop(slot, None)
        if owner is not None:
            owner.forget(slot)

    def _discard(self, slot: PageSlot, reason: str) -> None:
        """Throw away a page whose state is unknown and open a fresh one in the same browser."""
        slot.fail(reason)
        owner = self._owner.pop(slot, None)
        self._spawn(slot.close())
        if owner is None:
            return
        owner.forget(slot)
        if owner.usable and not self._closed:
            self._spawn(self._refill(owner))

    async def _refill(self, owner: ManagedBrowser) -> None:
        try:
            slot = await owner.open_slot()
        except Exception as exc:
            if not owner.usable or self._closed:  # closed meanwhile (a shutdown): no news
                return
            log.warning(
                "browser %s cannot open a page any more (%s); replacing it", owner.id, first_line(exc)
            )
            owner.retired = True
            self._purge_idle()
            owner.close_soon()
            await self._replace(None, relaunch=True)
            return
        if not owner.usable:
            owner.forget(slot)
            return
        self._owner[slot] = owner
        self._idle.put_nowait(slot)

    def _purge_idle(self) -> None:
        """Remove idle slots of retired or dead browsers, so those browsers can close now."""
        keep: list[PageSlot | None] = []
        while not self._idle.empty():
            slot = self._idle.get_nowait()
            if slot is None:
                keep.append(slot)
                continue
            owner = self._owner.get(slot)
            if owner is not None and owner.usable and not slot.broken:
                keep.append(slot)
            else:
                self._drop(slot)
        for slot in keep:
            self._idle.put_nowait(slot)

    # -- browsers ----------------------------------------------------------------------------

    async def _launch(self) -> ManagedBrowser:
        assert self._playwright is not None
        browser = await ManagedBrowser.launch(
            self._playwright,
            self._executable,
            timeout_s=self.settings.launch_timeout_s,
            on_lost=self._on_browser_lost,
            sandbox=self.settings.chromium_sandbox,
        )
        try:
            slots = await asyncio.gather(
                *(browser.open_slot() for _ in range(self.settings.pages_per_browser))
            )
        except BaseException:
            browser.retired = True
            await browser.close()
            raise
        if self._closed:
            browser.retired = True
            await browser.close()
            raise RenderError("the Chromium pool closed during a launch", code="pool_unavailable")
        # Browsers retired earlier and closed since: stop tracking them.
        self._browsers = [known for known in self._browsers if not known.closed]
        self._browsers.append(browser)
        self.chromium_version = browser.version
        for slot in slots:
            self._owner[slot] = browser
            self._idle.put_nowait(slot)
        return browser

    def _count_render(self, owner: ManagedBrowser) -> None:
        owner.renders += 1
        if owner.renders >= self.settings.recycle_after and owner.usable and not owner.replacing:
            owner.replacing = True
            self._spawn(self._replace(owner))

    def _on_browser_lost(self, browser: ManagedBrowser) -> None:
        if self._closed:
            return
        self._forget_browser(browser)
        self._purge_idle()
        if browser.replacing:  # its recycling replacement is already being launched
            log.warning("browser %s exited while being recycled", browser.id)
            return
        log.warning("browser %s exited unexpectedly; relaunching", browser.id)
        self._spawn(self._replace(None, relaunch=True))

    def _forget_browser(self, browser: ManagedBrowser) -> None:
        if browser in self._browsers:
            self._browsers.remove(browser)
        for slot, owner in list(self._owner.items()):
            if owner is browser:
                del self._owner[slot]

    async def _replace(self, old: ManagedBrowser | None, *, relaunch: bool = False) -> None:
        """Launch a browser (retrying with backoff), then retire `old` once the new one serves."""
        failures = 0
        while not self._closed:
            try:
                await self._launch()
            except Exception as exc:
                if self._closed:  # the pool closed under this launch: nothing failed
                    return
                failures += 1
                self._launch_failures += 1
                delay = min(0.25 * 2**failures, MAX_RELAUNCH_BACKOFF_S)
                log.error("Chromium launch failed (%s); trying again in %.1f s", first_line(exc), delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._closing.wait(), timeout=delay)
                continue
            self._launch_failures = 0
            break
        else:
            return
        if relaunch:
            self._relaunches += 1
        if old is not None:
            self._recycles += 1
            old.retired = True
            self._purge_idle()
            if not old.slots:
                old.close_soon()

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
