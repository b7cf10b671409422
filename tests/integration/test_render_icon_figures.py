"""A change beside its arrow in a table cell (`[{type: icon, name: arrow-up}, "+3"]`), drawn by
Chromium: toned as the bare "+3" of a Δ column is, the arrow too, and lined up at the cell's end
(the arrows and figures were the text's colour, at the start of the cell)."""

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


def arrow(name: str) -> dict[str, Any]:
    return {"type": "icon", "name": name, "size": 14}


LEADERBOARD = {
    "width": 520, "height": 240, "theme": "dark",
    "elements": [{"type": "table", "columns": ["Rank", "Δ", "Player", "Δ (with arrow)"],
                  "rows": [[1, "+3", "Viper", [arrow("arrow-up"), "+3"]],
                           [2, "-2", "Kira", [arrow("arrow-down"), "-2"]],
                           [3, "0", "Blaze", [arrow("minus"), "0"]]]}],
}  # fmt: skip


CELLS = """() => [...document.querySelectorAll('.dsl-table tbody tr')].map((row) => {
  const cells = row.querySelectorAll('td');
  const plain = cells[1], beside = cells[3];
  const words = beside.querySelector('.dsl-table-control-text').getBoundingClientRect();
  const padding = parseFloat(getComputedStyle(beside).paddingRight);
  return {plain: getComputedStyle(plain).color, text: getComputedStyle(beside.querySelector('.dsl-table-control-text')).color,
          arrow: getComputedStyle(beside.querySelector('svg')).color,
          end: beside.getBoundingClientRect().right - padding - words.right,
          head: getComputedStyle(document.querySelectorAll('.dsl-table th')[3]).textAlign};
})"""


async def test_an_arrow_and_its_figure_take_the_tone_and_the_end_of_the_cell(browser: Browser) -> None:
    gain, loss, level = await laid_out(browser, LEADERBOARD, CELLS)
    assert gain["text"] == gain["arrow"] == gain["plain"] != level["text"]  # green, as the bare +3
    assert loss["text"] == loss["arrow"] == loss["plain"] != gain["text"]  # red, as the bare -2
    assert level["text"] == level["arrow"] == level["plain"]  # a zero stays plain
    assert all(abs(cell["end"]) < 1 for cell in (gain, loss, level))  # at the cell's end
    assert gain["head"] == "right"


def is_green(colour: RGB) -> bool:
    red, green, blue = colour
    return green > 120 and green - red > 40 and green - blue > 20


async def test_the_gains_arrow_is_drawn_green(pool: ChromiumPool) -> None:
    """In pixels: the first row's arrow is green ink, in the last column's right half."""
    _, shot = await render_dsl(pool, LEADERBOARD)
    image = rgb(shot.data)
    plain = box_where(image, is_green, (100, 60, 200, 100))  # the bare +3
    beside = box_where(image, is_green, (360, 60, image.width - 16, 100))  # the arrow and its +3
    assert plain is not None and beside is not None
    assert beside[2] - beside[0] > (plain[2] - plain[0]) + 10  # the arrow is green as well
    assert beside[2] > image.width - 40  # at the cell's end
