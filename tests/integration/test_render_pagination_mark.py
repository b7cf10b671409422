"""A pagination's current page is clearly marked in real Chromium: a tint of the primary inside an
edge of it that stands out at 3:1, its number in the primary's text colour at 4.5:1 (it was a
hairline box of 1.48:1 around a number in the text colour), on light, dark and custom themes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Page, async_playwright

from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from render_worker.pool_settings import PoolSettings
from tests.support.page_contrast import MARKS_JS, TEXTS_JS, computed_rgba, mark_contrasts, text_contrasts

pytestmark = pytest.mark.integration

THEMES = {
    "light": "light",
    "dark": "dark",
    "dark-grey": {"background": "#1e1e1e", "surface": "#262626", "text": "#8c8c8c", "primary": "#3b82f6"},
    "yellow": {"primary": "#ffd400"},
    "navy-on-dark": {"base": "dark", "primary": "#0b1f4b"},
}


@pytest_asyncio.fixture(scope="module")
async def page() -> AsyncIterator[Page]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=PoolSettings().resolve_chromium())
        try:
            yield await browser.new_page(viewport={"width": 480, "height": 400})
        finally:
            await browser.close()


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
@pytest.mark.parametrize("in_card", [True, False], ids=["in-a-card", "on-the-page"])
async def test_the_current_page_is_marked_by_an_edge_a_tint_and_its_numbers_colour(
    page: Page, theme: Any, in_card: bool
) -> None:
    pagination = {"type": "pagination", "current": 2, "total": 5}
    elements = [{"type": "card", "children": [pagination]}] if in_card else [pagination]
    prepared = prepare_render(
        {"width": 480, "height": "auto", "theme": theme, "elements": elements}, RenderOptions()
    )
    await page.set_content(prepared.html, wait_until="load")
    edges = mark_contrasts(await page.evaluate(MARKS_JS, [".dsl-page.is-active", "borderLeftColor"]))
    assert len(edges) == 1 and edges[0] >= 3.0, edges
    texts = text_contrasts(await page.evaluate(TEXTS_JS))
    current = [text.ratio for text in texts if "is-active" in text.where]
    others = [text for text in texts if text.text in {"1", "3", "4", "5"}]
    assert len(current) == 1 and current[0] >= 4.5, current
    assert len(others) == 4 and min(text.ratio for text in others) >= 4.5
    fills = await page.evaluate(
        "() => [...document.querySelectorAll('.dsl-page')]"
        ".map(e => [e.classList.contains('is-active'), getComputedStyle(e).backgroundColor])"
    )
    filled = {active for active, fill in fills if computed_rgba(fill)[3] > 0}
    assert filled == {True}  # the current page is filled with the tint, no other is
