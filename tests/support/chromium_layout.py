"""Reading where Chromium lays out a compiled document: a browser launched as the pool's are, and
a script's answer on the page of a document."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from playwright.async_api import Browser, async_playwright

from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from render_worker.fontconfig import browser_env
from render_worker.pool_settings import PoolSettings


@asynccontextmanager
async def layout_browser() -> AsyncIterator[Browser]:
    """A Chromium launched as the pool's are (the same binary and fonts), to read a page's layout."""
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=PoolSettings().resolve_chromium(), env=browser_env()
        )
        try:
            yield launched
        finally:
            await launched.close()


async def laid_out(browser: Browser, document: dict[str, Any], script: str) -> Any:
    """What `script` (a JavaScript function of no arguments) returns on the compiled page of
    `document`, at the document's own viewport and scale 1, once the page has loaded."""
    prepared = prepare_render(document, RenderOptions(scale=1))
    page = await browser.new_page(
        viewport={"width": prepared.viewport.width, "height": prepared.viewport.height}
    )
    try:
        await page.set_content(prepared.html, wait_until="load")
        return await page.evaluate(script)
    finally:
        await page.close()
