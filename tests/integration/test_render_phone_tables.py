"""Tables on a phone, drawn by Chromium: four typical columns fit a 390 px screen whole, and a
table that still does not fit scrolls sideways under a fade at its end (the left, right to left),
told with a `table_scrolls` note at its path; a desktop's table is drawn as before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from kernel.dsl.measured.tabs_and_tables import TABLE_SCROLLS
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import luminance, render_dsl, rgb_at
from tests.support.chromium_layout import layout_browser
from tests.support.documents import payments_on_phone

pytestmark = pytest.mark.integration

Rect = dict[str, float]


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    """A Chromium launched as the pool's are (the same fonts), to read where a page put things."""
    async with layout_browser() as launched:
        yield launched


LAYOUT = """() => {
  const rect = (element) => { const r = element.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const table = document.querySelector('.dsl-table');
  return {table: rect(table), heads: [...table.querySelectorAll('th')].map(rect),
          viewport: document.documentElement.clientWidth};
}"""


async def layout(browser: Browser, document: dict[str, Any]) -> dict[str, Any]:
    """Where the compiled page of `document` puts its table and its headers (CSS px)."""
    prepared = prepare_render(document, RenderOptions(scale=1))
    page = await browser.new_page(
        viewport={"width": prepared.viewport.width, "height": prepared.viewport.height}
    )
    try:
        await page.set_content(prepared.html, wait_until="load")
        placed: dict[str, Any] = await page.evaluate(LAYOUT)
        return placed
    finally:
        await page.close()


@pytest.mark.parametrize("size", ["sm", "md"])
@pytest.mark.parametrize("lang", ["en", "ar"])
async def test_four_typical_columns_fit_a_phone_whole(
    browser: Browser, pool: ChromiumPool, size: str, lang: str
) -> None:
    """Customer name, Email, Amount, Status: Amount was cut through on a 390 px screen, Status
    past its edge. Drawn tight, the last header ends inside the table's frame."""
    document = {**payments_on_phone(4, size=size), "lang": lang}
    placed = await layout(browser, document)
    table, last = placed["table"], placed["heads"][-1]
    assert table["right"] <= placed["viewport"], placed
    if lang == "ar":  # right to left, the last column is the leftmost
        assert last["left"] >= table["left"], placed
    else:
        assert last["right"] <= table["right"], placed
    _, image = await render_dsl(pool, document, scale=1)
    assert image.measured_warnings == (), image.measured_warnings


async def test_a_phones_table_that_still_does_not_fit_scrolls_under_a_fade_and_says_so(
    pool: ChromiumPool, browser: Browser
) -> None:
    document = payments_on_phone(6)
    _, image = await render_dsl(pool, document, scale=1)
    (note,) = image.measured_warnings
    assert (note.code, note.path) == (TABLE_SCROLLS, "/elements/1"), note
    assert "of its 6 columns" in note.message and "'Region'" in note.message, note.message
    assert "'Customer name'" not in note.message and "'Email'" not in note.message, note.message
    start, end = await _header_band_ends(browser, pool, document)
    assert luminance(start) < 246 <= luminance(end), (start, end)  # grey at its start, faded at its end


async def test_right_to_left_the_fade_is_at_the_left(pool: ChromiumPool, browser: Browser) -> None:
    document = {**payments_on_phone(6), "lang": "ar"}
    start, end = await _header_band_ends(browser, pool, document)
    assert luminance(start) < 246 <= luminance(end), (start, end)
    _, image = await render_dsl(pool, document, scale=1)
    (note,) = image.measured_warnings
    # the page isolates each header's direction; the note quotes the words alone
    assert note.message.endswith("2 of its 6 columns run past its edge: 'Date' in part, 'Region'"), note


async def test_a_table_in_a_card_is_told_at_its_own_path(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, payments_on_phone(5, in_card=True, size="sm"), scale=1)
    (note,) = image.measured_warnings
    assert (note.code, note.path) == (TABLE_SCROLLS, "/elements/1/children/0"), note


async def test_a_table_that_fits_draws_no_fade(pool: ChromiumPool, browser: Browser) -> None:
    start, end = await _header_band_ends(browser, pool, payments_on_phone(3, size="sm"))
    assert abs(luminance(start) - luminance(end)) < 2, (start, end)
    desktop = {**payments_on_phone(6), "device": "desktop"}
    start, end = await _header_band_ends(browser, pool, desktop)
    assert abs(luminance(start) - luminance(end)) < 2, (start, end)
    _, image = await render_dsl(pool, desktop, scale=1)
    assert image.measured_warnings == ()


async def _header_band_ends(
    browser: Browser, pool: ChromiumPool, document: dict[str, Any]
) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The header band's colour 3 px inside the table's frame at the table's start and at its
    end (right to left, the start is at the right), 3 px under the band's top, in the rendered
    PNG: the cells' padding is there, never a letter."""
    placed = await layout(browser, document)
    table, head = placed["table"], placed["heads"][0]
    y = int(head["top"]) + 3
    left, right = int(table["left"]) + 3, int(table["right"]) - 4
    _, image = await render_dsl(pool, document, scale=1)
    at_left, at_right = rgb_at(image.data, left, y), rgb_at(image.data, right, y)
    return (at_right, at_left) if document.get("lang") == "ar" else (at_left, at_right)
