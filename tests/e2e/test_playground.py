"""The playground page of `dsl2png serve`, driven in real Chromium with JavaScript on."""

from __future__ import annotations

import httpx
import pytest
from playwright.async_api import Browser, ConsoleMessage, Page

from tests.e2e.processes import ServiceProcesses

pytestmark = pytest.mark.e2e


async def open_playground(browser: Browser, url: str) -> tuple[Page, list[str]]:
    """The page, and the console errors it logs (a CSP refusal of its own code shows there)."""
    page = await browser.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if _is_error(message) else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    await page.goto(url + "/")
    return page, problems


def _is_error(message: ConsoleMessage) -> bool:
    return message.type == "error"


def test_the_page_is_open_without_a_key_and_admits_only_its_own_code(
    embedded: tuple[str, ServiceProcesses],
) -> None:
    url, _ = embedded
    response = httpx.get(url + "/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


async def test_an_example_is_checked_as_typed_and_renders_into_the_page(
    embedded: tuple[str, ServiceProcesses], browser: Browser
) -> None:
    url, _ = embedded
    page, problems = await open_playground(browser, url)
    # Locators run in Playwright's own world: the page's policy forbids evaluating strings in its own.
    await page.wait_for_selector("#status:text-matches('^Valid')")
    assert "type: row" in await page.input_value("#source")  # the login example is loaded

    await page.click("#render")
    await page.wait_for_selector("#status:text-matches('^Rendered')")
    status = await page.text_content("#status")
    assert status is not None
    render_id = status.rsplit("render ", 1)[1].rstrip(").")
    job = httpx.get(f"{url}/v1/renders/{render_id}").json()
    assert (job["status"], job["width"], job["height"]) == ("completed", 1280, 800)
    image = page.locator("#image")
    assert (await image.get_attribute("src") or "").startswith("blob:")
    box = await image.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 50  # drawn, not a broken image

    await page.fill("#source", "elements:\n  - {type: buton, label: Go}\n")
    await page.dispatch_event("#source", "input")
    await page.wait_for_selector("#issues li.error")
    issue = await page.text_content("#issues li.error")
    assert issue is not None and "/elements/0/type" in issue and "did you mean 'button'?" in issue
    assert problems == []


async def test_a_failed_render_shows_its_errors_instead_of_an_image(
    embedded: tuple[str, ServiceProcesses], browser: Browser
) -> None:
    url, _ = embedded
    page, _ = await open_playground(browser, url)
    await page.fill("#source", "elements:\n  - {type: card, url: x}\n")
    await page.keyboard.press("Control+Enter")
    await page.wait_for_selector("#status:text-matches('1 error')")
    issue = await page.text_content("#issues li.error")
    assert issue is not None and "did you mean 'src'?" in issue
    assert not await page.locator("#image").is_visible()


@pytest.mark.parametrize("path", ["/", "/playground"])
def test_only_the_page_paths_are_open(embedded: tuple[str, ServiceProcesses], path: str) -> None:
    url, _ = embedded
    assert httpx.get(url + path).status_code == 200
