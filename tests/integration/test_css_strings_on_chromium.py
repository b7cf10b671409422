"""The sanitizer's reading of CSS strings against Chromium's own, with the page's CSP and the
pool's network block taken away (as `dsl2png html` output opened elsewhere has neither): a
`url("data:...` that a line break ends must not let the `url()` after it fetch."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Page, async_playwright

from kernel.dsl.compiler.page import CSP_META
from kernel.dsl.prepare import prepare_render
from render_worker.pool_settings import PoolSettings
from tests.integration.network_fixtures import CountingServer

pytestmark = pytest.mark.integration

BREAKS = {"newline": '"data:,x\n', "return": '"data:,x\r', "crlf": '"data:,x\r\n', "form feed": '"data:,x\f',
          "single quote": "'data:,x\n", "no-break space": '\xa0"data:,x', "vertical tab": '\v"data:,x'}  # fmt: skip


@pytest_asyncio.fixture
async def open_page() -> AsyncIterator[Page]:
    """A page of a plain Chromium: no offline flags, no request interception."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=PoolSettings().resolve_chromium())
        try:
            yield await browser.new_page()
        finally:
            await browser.close()


async def _fetched(page: Page, html: str) -> list[str]:
    """The http(s) URLs the page asks for while it loads `html` and draws its elements."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    await page.set_content(html, wait_until="load")
    await page.evaluate(
        "() => [...document.querySelectorAll('*')].map(e => getComputedStyle(e).backgroundImage)"
    )
    await page.screenshot()  # a background is fetched once it is drawn
    return [url for url in requests if url.startswith("http")]


def _without_csp(html: str) -> str:
    assert CSP_META in html
    return html.replace(CSP_META, "")


async def test_the_harness_sees_a_fetch_when_nothing_sanitizes(
    open_page: Page, counting_server: CountingServer
) -> None:
    target = f"http://127.0.0.1:{counting_server.port}/control"
    html = f"<style>body{{background:url({target})}}</style><p>x</p>"
    assert await _fetched(open_page, html) == [target]


@pytest.mark.parametrize("broken", BREAKS.values(), ids=BREAKS.keys())
async def test_a_broken_url_string_in_css_or_a_value_fetches_nothing(
    open_page: Page, counting_server: CountingServer, broken: str
) -> None:
    smuggled = f");background:url(http://127.0.0.1:{counting_server.port}/smuggled);x:{broken.strip()[0]}"
    document: dict[str, Any] = {
        "width": 300,
        "height": 200,
        "css": f"div{{background:url({broken}{smuggled})}}",
        "background": f"url({broken}{smuggled})",
        "elements": [{"type": "container", "style": {"width": 100, "height": 100}, "children": [
            {"type": "heading", "text": "x"}]}],
    }  # fmt: skip
    html = prepare_render(document).html
    assert await _fetched(open_page, _without_csp(html)) == []
    assert counting_server.paths == []
