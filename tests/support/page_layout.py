"""Where a compiled page puts things: a document prepared as a render prepares it, laid out by Chromium."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from playwright.async_api import Browser, async_playwright

from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from render_worker.fontconfig import browser_env
from render_worker.pool_settings import PoolSettings

RECT_JS = """(element) => { const r = element.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; }"""
"""A JavaScript function from an element to its box in CSS px, for the scripts `page_facts` runs."""
LINES_JS = """(element) => { const lines = []; let top = null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.length; i++) {
      const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect(); if (!box.width) continue;
      if (top === null || box.top > top + box.height / 2) { lines.push(''); top = box.top; }
      lines[lines.length - 1] += node.data[i]; } }
  return lines.map((line) => line.trim()); }"""
"""A JavaScript function from an element to the lines its text is drawn on (`lines(element)` in a
script): a word broken inside shows as its two pieces."""


@asynccontextmanager
async def launched_browser() -> AsyncIterator[Browser]:
    """A Chromium launched as the pool's are (the same executable and fonts)."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=PoolSettings().resolve_chromium(), env=browser_env()
        )
        try:
            yield browser
        finally:
            await browser.close()


async def page_facts(browser: Browser, document: Mapping[str, Any], script: str, **options: Any) -> Any:
    """What `script` (a JavaScript function of no arguments, which may call `rect(element)` and
    `lines(element)`) returns on the compiled page of `document` rendered with `options`, at scale 1."""
    prepared = prepare_render(document, RenderOptions(**{"scale": 1, **options}))
    page = await browser.new_page(
        viewport={"width": prepared.viewport.width, "height": prepared.viewport.height}
    )
    try:
        await page.set_content(prepared.html, wait_until="load")
        return await page.evaluate(
            f"() => {{ const rect = {RECT_JS}; const lines = {LINES_JS}; return ({script})(); }}"
        )
    finally:
        await page.close()
