"""Where a compiled page lays out its parts: their boxes, read on real Chromium (for tests)."""

from __future__ import annotations

from collections.abc import Mapping

from playwright.async_api import async_playwright

from kernel.dsl.options import Viewport
from render_worker.pool_settings import PoolSettings

Rect = tuple[float, float, float, float]
"""left, top, right, bottom in CSS px from the page's corner."""

BOXES_SCRIPT = """([boxes, words]) => Object.fromEntries(
  [...Object.entries(boxes).map((each) => [...each, false]), ...Object.entries(words).map((each) => [...each, true])]
    .map(([name, selector, inked]) => [name, [...document.querySelectorAll(selector)].map((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = inked ? range.getBoundingClientRect() : node.getBoundingClientRect();
      return [box.left + scrollX, box.top + scrollY, box.right + scrollX, box.bottom + scrollY];
    })]))"""


async def page_boxes(
    html: str, viewport: Viewport, boxes: Mapping[str, str], words: Mapping[str, str] | None = None
) -> dict[str, list[Rect]]:
    """`html` laid out at `viewport`: by name, in document order, the border boxes of the nodes
    each selector of `boxes` matches, and the box of the contents (a full-width heading's words,
    not its box) of those each selector of `words` matches."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=PoolSettings().resolve_chromium())
        try:
            page = await browser.new_page(
                viewport={"width": viewport.width, "height": viewport.height}, bypass_csp=True
            )
            await page.set_content(html, wait_until="load")
            found = await page.evaluate(BOXES_SCRIPT, [dict(boxes), dict(words or {})])
        finally:
            await browser.close()
    return {
        name: [(left, top, right, bottom) for left, top, right, bottom in rects]
        for name, rects in found.items()
    }


def overlap(a: Rect, b: Rect) -> float:
    """The area two boxes share (0 when they only touch or lie apart)."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, width) * max(0.0, height)


LINES_SCRIPT = """(selector) => [...document.querySelectorAll(selector)].map((node) => {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const lines = [];
  let top = null;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    for (let i = 0; i < text.data.length; i++) {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (top === null || box.top > top + box.height / 2) { lines.push(""); top = box.top; }
      lines[lines.length - 1] += text.data[i];
    }
  }
  return lines;
})"""


async def text_lines(html: str, viewport: Viewport, selector: str) -> list[list[str]]:
    """`html` laid out at `viewport`: for each node `selector` matches, in document order, the
    lines it is drawn in, each as its characters (a no-break space as U+00A0, the space a line
    ends at included)."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=PoolSettings().resolve_chromium())
        try:
            page = await browser.new_page(
                viewport={"width": viewport.width, "height": viewport.height}, bypass_csp=True
            )
            await page.set_content(html, wait_until="load")
            lines: list[list[str]] = await page.evaluate(LINES_SCRIPT, selector)
        finally:
            await browser.close()
    return lines
