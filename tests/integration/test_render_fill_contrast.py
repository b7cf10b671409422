"""Text on the theme's tinted fills reads at 4.5:1 in real Chromium, in custom themes the validator
calls ok: an author's grey text that barely reads on its surface (#8c8c8c on #262626, the
validator's own suggestion) read at 3.5-4.4:1 in alerts, badges, a stat's change, a secondary
button, a code chip, a table's header and striped rows, a count and on the primary's tint."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Page, async_playwright

from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from kernel.dsl.validate import validate_document
from render_worker.pool_settings import PoolSettings
from tests.support.page_contrast import TEXTS_JS, text_contrasts

pytestmark = pytest.mark.integration

STATUS = [
    {"type": "alert", "variant": "info", "title": "Heads up", "text": "A new version is available."},
    {"type": "alert", "variant": "success", "title": "Saved", "text": "Your changes are live."},
    {"type": "alert", "variant": "warning", "title": "Trial ends soon", "text": "Add a card to keep your data."},
    {"type": "alert", "variant": "danger", "title": "Payment failed", "text": "The card was declined."},
    {"type": "alert", "variant": "neutral", "title": "Note", "text": "Nothing changed."},
    {"type": "row", "gap": 6, "children": [
        {"type": "badge", "text": tone, "variant": tone} for tone in ("info", "danger", "success", "warning", "neutral")
    ]},
    {"type": "stat", "label": "Churn", "value": "2.1%", "change": "-0.3%"},
    {"type": "stat", "label": "Revenue", "value": "$9k", "change": "+4%"},
    {"type": "button", "label": "Secondary", "variant": "secondary"},
    {"type": "code", "text": "npm install"},
]  # fmt: skip
"""The tester's repro: every status tone on its tint, and the text colour on the neutral fills."""

FILLS = [
    {"type": "table", "striped": True, "columns": ["Invoice", "Customer", "State"],
     "rows": [["INV-1", "Acme", "Paid"], ["INV-2", "Globex", "Open"], ["INV-3", "Initech", "Late"]],
     "selectedRows": [1]},
    {"type": "tabs", "items": ["Overview", {"label": "Team", "badge": 4}]},
    {"type": "list", "items": [{"label": "Inbox", "description": "3 new", "active": True}, {"label": "Sent"}]},
    {"type": "sidebar", "items": [{"label": "Inbox", "icon": "inbox", "badge": 3}, {"label": "Drafts"}]},
]  # fmt: skip
"""Text on the muted fill, a striped and a selected row, a count and an active item's tint."""

THEMES = {
    "suggested-grey": {"base": "dark", "background": "#1e1e1e", "surface": "#262626", "text": "#8c8c8c"},
    "grey-text": {"base": "dark", "text": "#9a9a9a"},
    "light-grey-text": {"text": "#757575"},
    "dark-brand": {"base": "dark", "background": "#1e1e1e", "surface": "#262626", "text": "#8c8c8c",
                   "primary": "#3b82f6"},
    "light": "light",
    "dark": "dark",
}  # fmt: skip


@pytest_asyncio.fixture(scope="module")
async def page() -> AsyncIterator[Page]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=PoolSettings().resolve_chromium())
        try:
            yield await browser.new_page(viewport={"width": 560, "height": 2000})
        finally:
            await browser.close()


async def contrasts_of(page: Page, document: dict[str, Any]) -> list[tuple[str, str, float]]:
    """Each text the page draws at full opacity, where it is and how it reads on its ground."""
    prepared = prepare_render(document, RenderOptions())
    await page.set_content(prepared.html, wait_until="load")
    found = text_contrasts(await page.evaluate(TEXTS_JS))
    return [(item.text, item.where, round(item.ratio, 2)) for item in found if item.opacity == 1]


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
@pytest.mark.parametrize("elements", [STATUS, FILLS], ids=["status", "fills"])
async def test_every_text_on_a_tinted_fill_reads_where_the_validator_says_ok(
    page: Page, theme: Any, elements: list[dict[str, Any]]
) -> None:
    document = {"width": 520, "height": "auto", "theme": theme,
                "elements": [{"type": "card", "title": "Status", "children": elements}]}  # fmt: skip
    checked = validate_document(document)
    assert checked.ok and [issue.as_dict() for issue in checked.warnings] == []
    texts = await contrasts_of(page, document)
    assert len(texts) >= 10
    assert [text for text in texts if text[2] < 4.5] == []
