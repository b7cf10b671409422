"""One launched Chromium process of the pool: its launch flags, its pages and its lifecycle flags."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable

from playwright.async_api import Browser, CDPSession, Playwright

from render_worker.fontconfig import browser_env
from render_worker.page_slot import BrowserLocks, PageSlot

OFFLINE_ARGS = (
    # Nothing may leave the machine, even what the context's request interception never sees
    # (link prefetch, preconnect, DNS prefetch): every connection goes to a proxy that cannot
    # be resolved, loopback included, and the host resolver answers "not found" for every name.
    "--proxy-server=http://network-disabled.invalid:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--no-pings",
    "--dns-prefetch-disable",
)
RENDER_ARGS = (
    "--hide-scrollbars",
    "--force-color-profile=srgb",
    "--disable-lcd-text",
    "--disable-print-preview",
    "--disable-notifications",
    # Frames are drawn on request (HeadlessExperimental.beginFrame), each through every
    # compositor stage before it is drawn: see PageSlot.
    "--enable-begin-frame-control",
    "--run-all-compositor-stages-before-draw",
)
LAUNCH_ARGS = OFFLINE_ARGS + RENDER_ARGS

_ids = itertools.count(1)


class ManagedBrowser:
    """A browser and the page slots opened in it.

    `retired` means no new render may start here (recycled or replaced); `dead` means the process
    is gone. A retired browser is closed once its last slot comes back from an in-flight render.
    """

    def __init__(self, browser: Browser, on_lost: Callable[[ManagedBrowser], None]) -> None:
        self.id = next(_ids)
        self.browser = browser
        self.slots: set[PageSlot] = set()
        self.renders = 0
        self.dead = False
        self.retired = False
        self.replacing = False
        self._closing: asyncio.Task[None] | None = None
        self._on_lost = on_lost
        self._session: CDPSession | None = None
        self._locks = BrowserLocks()
        browser.on("disconnected", lambda _browser: self._lost())

    @classmethod
    async def launch(
        cls,
        playwright: Playwright,
        executable: str | None,
        *,
        timeout_s: float,
        on_lost: Callable[[ManagedBrowser], None],
        sandbox: bool = False,
    ) -> ManagedBrowser:
        """Start Chromium headless with the offline, deterministic flags (in its sandbox with
        `sandbox`; else Playwright passes --no-sandbox); `executable` None: Playwright's own."""
        browser = await playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=list(LAUNCH_ARGS),
            env=browser_env(),  # the system's fonts and rules, none of the service's secrets
            chromium_sandbox=sandbox,
            timeout=timeout_s * 1000,
            handle_sigint=False,
            handle_sigterm=False,
            handle_sighup=False,
        )
        return cls(browser, on_lost)

    @property
    def usable(self) -> bool:
        return not (self.dead or self.retired)

    @property
    def version(self) -> str:
        """The Chromium version (`Browser.version`, e.g. '131.0.6778.85')."""
        return str(self.browser.version)

    async def open_slot(self) -> PageSlot:
        """One more warm page in this browser."""
        if self._session is None:
            self._session = await self.browser.new_browser_cdp_session()
        slot = await PageSlot.open(self.browser, self._session, self._locks)
        self.slots.add(slot)
        return slot

    def forget(self, slot: PageSlot) -> None:
        """The slot left service; a retired browser with no slot left is closed."""
        self.slots.discard(slot)
        if self.retired and not self.slots:
            self.close_soon()

    @property
    def closed(self) -> bool:
        return self._closing is not None and self._closing.done()

    def close_soon(self) -> None:
        """Start closing the browser in the background (once)."""
        if self._closing is None:
            self._closing = asyncio.get_running_loop().create_task(self._close())

    async def close(self) -> None:
        """Close the browser and wait until it is closed."""
        self.close_soon()
        assert self._closing is not None
        await asyncio.shield(self._closing)

    async def _close(self) -> None:
        # Give up after a while if the browser hangs: its process is then reaped with the driver.
        self.retired = True
        for slot in self.slots:
            slot.broken = True
        if self.dead:
            return
        try:
            await asyncio.wait_for(self.browser.close(), timeout=10)
        except Exception:  # already disconnected or hung: nothing more to do from here
            return

    def _lost(self) -> None:
        already_retired = self.retired
        self.dead = True
        for slot in self.slots:
            slot.fail("the browser process exited")
        if not already_retired:
            self._on_lost(self)
