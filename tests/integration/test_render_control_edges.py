"""An empty box to tick, a radio and a switch that is off stand out at 3:1 (WCAG 1.4.11) in real
Chromium, on the built-in themes and custom ones: their edge or track is all that tells them
(#a1a1aa on white read at 2.6:1, #52525b on the dark surface at 2.3:1, the off track 1.9:1)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Page, async_playwright

from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from render_worker.pool_settings import PoolSettings
from tests.support.page_contrast import MARKS_JS, mark_contrasts

pytestmark = pytest.mark.integration

CONTROLS = [
    {"type": "checkbox", "label": "Email me updates"},
    {"type": "radio", "options": ["Standard", "Express"]},
    {"type": "toggle", "label": "Notifications"},
]
THEMES = {
    "light": "light",
    "dark": "dark",
    "grey-on-dark-grey": {"base": "dark", "background": "#1e1e1e", "surface": "#262626", "text": "#8c8c8c"},
    "cream": {"background": "#fdf6e3", "surface": "#fffaf0", "text": "#3b3b3b"},
}
MARKS = {
    ".dsl-checkmark": "borderLeftColor",
    ".dsl-radiomark": "borderLeftColor",
    ".dsl-switch": "backgroundColor",
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
async def test_unchecked_controls_stand_out_at_3_to_1(page: Page, theme: Any, in_card: bool) -> None:
    elements = [{"type": "card", "children": CONTROLS}] if in_card else CONTROLS
    prepared = prepare_render(
        {"width": 480, "height": "auto", "theme": theme, "elements": elements}, RenderOptions()
    )
    await page.set_content(prepared.html, wait_until="load")
    for selector, colour in MARKS.items():
        ratios = mark_contrasts(await page.evaluate(MARKS_JS, [selector, colour]))
        assert ratios and min(ratios) >= 3.0, (selector, ratios)
