"""A task list's column of links, drawn by Chromium: the links and their header start where a
column of text starts, each row's link at the same x (they stood at the right, each at its own
x); a column of "View" links stays at the row's end."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, render_dsl, rgb
from tests.support.chromium_layout import laid_out, layout_browser

pytestmark = pytest.mark.integration


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with layout_browser() as launched:
        yield launched


def task_list(views: bool = False) -> dict[str, Any]:
    tasks = ["Check eligibility", "Read declaration", "Upload photo"]
    view = [{"type": "link", "text": "View"}] if views else []
    return {"width": 600, "height": 240,
            "elements": [{"type": "table",
                          "columns": [{"key": "t", "label": "Task"}, {"key": "s", "label": "Status"},
                                      *([{"key": "a", "label": ""}] if views else [])],
                          "rows": [[{"type": "link", "text": task}, "Completed", *view] for task in tasks]}]}  # fmt: skip


STARTS = """() => {
  const table = document.querySelector('.dsl-table table');
  const start = (cell) => cell.getBoundingClientRect().left + parseFloat(getComputedStyle(cell).paddingLeft);
  const head = table.querySelector('th');
  const words = document.createRange(); words.selectNodeContents(head);
  return {head: words.getBoundingClientRect().left, headStart: start(head),
          links: [...table.querySelectorAll('tbody tr td:first-child a')].map((a) => a.getBoundingClientRect().left),
          cells: [...table.querySelectorAll('tbody tr td:first-child')].map(start),
          views: [...table.querySelectorAll('tbody tr td:last-child a')].map((a) => a.getBoundingClientRect().right),
          ends: [...table.querySelectorAll('tbody tr td:last-child')].map(
            (cell) => cell.getBoundingClientRect().right - parseFloat(getComputedStyle(cell).paddingRight))};
}"""


async def test_task_links_start_where_the_column_starts(browser: Browser) -> None:
    placed = await laid_out(browser, task_list(views=True), STARTS)
    assert len(placed["links"]) == 3
    assert all(abs(left - cell) < 1 for left, cell in zip(placed["links"], placed["cells"], strict=True))
    assert abs(placed["head"] - placed["headStart"]) < 1 and abs(placed["head"] - placed["links"][0]) < 1
    assert all(abs(right - end) < 1 for right, end in zip(placed["views"], placed["ends"], strict=True))


def is_link_blue(colour: RGB) -> bool:
    red, green, blue = colour
    return blue > 150 and blue - red > 60 and blue - green > 40


async def test_the_links_ink_starts_at_one_x(pool: ChromiumPool) -> None:
    """In pixels: each row's link starts at the same x, near the table's start edge."""
    _, shot = await render_dsl(pool, task_list())
    image = rgb(shot.data)
    starts = []
    for top in (68, 116, 164):  # the three body rows (45 px apart under a 44 px header)
        ink = box_where(image, is_link_blue, (24, top, 300, top + 44))
        assert ink is not None, top
        starts.append(ink[0])
    assert max(starts) - min(starts) <= 1 and starts[0] < 24 + 30, starts
