"""/docs and /redoc of `dsl2png serve` draw the API reference with no network beyond the service."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.async_api import Browser, Route

from tests.e2e.processes import ServiceProcesses

pytestmark = pytest.mark.e2e


async def _offline_page_text(browser: Browser, url: str, ready_selector: str) -> tuple[str, list[str]]:
    """The text of `ready_selector` once the page drew it, with every request that does not go to
    the service itself refused; and the kinds of what was refused ("script", "image", ...)."""
    service_host = urlsplit(url).netloc
    refused: list[str] = []

    async def only_the_service(route: Route) -> None:
        if urlsplit(route.request.url).netloc == service_host or route.request.url.startswith("data:"):
            await route.continue_()
        else:
            refused.append(route.request.resource_type)
            await route.abort()

    page = await browser.new_page()
    await page.route("**/*", only_the_service)
    await page.goto(url)
    element = await page.wait_for_selector(ready_selector, timeout=20_000)
    assert element is not None
    return await element.inner_text(), refused


async def test_swagger_ui_draws_the_operations_offline(
    embedded: tuple[str, ServiceProcesses], browser: Browser
) -> None:
    url, _ = embedded
    title, refused = await _offline_page_text(browser, url + "/docs", ".swagger-ui .info .title")
    assert title.startswith("dsl2png")
    assert refused == []


async def test_redoc_draws_the_reference_offline(
    embedded: tuple[str, ServiceProcesses], browser: Browser
) -> None:
    url, _ = embedded
    title, refused = await _offline_page_text(browser, url + "/redoc", "h1")
    assert title.startswith("dsl2png")
    assert set(refused) <= {"image"}  # ReDoc's own "powered by" logo only
