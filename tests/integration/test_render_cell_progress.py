"""A progress bar in a table cell, drawn by Chromium: its percentage (or its label, "58%") at the
bar's end on the bar's line, the bars of a column ending together, each row as tall as a row of
text (a cell's bar had no figure, and a `label` put a line above it and made its row taller)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, render_dsl, rgb
from tests.support.chromium_layout import laid_out, layout_browser
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with layout_browser() as launched:
        yield launched


def win_rates(theme: str = "light") -> dict[str, Any]:
    return {"width": 640, "height": 240, "theme": theme,
            "elements": [{"type": "table", "columns": ["Player", "Win rate"],
                          "rows": [["Viper", {"type": "progress", "value": 64}],
                                   ["Kira", {"type": "progress", "value": 0.51}],
                                   ["Blaze", {"type": "progress", "value": 58, "label": "58%"}],
                                   ["Nova", "plain text"]]}]}  # fmt: skip


BARS = """() => {
  const rect = (element) => { const r = element.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  return {rows: [...document.querySelectorAll('.dsl-table tbody tr')].map((row) => rect(row).bottom - rect(row).top),
          bars: [...document.querySelectorAll('.dsl-table .dsl-progress')].map((bar) => ({
            track: rect(bar.querySelector('.dsl-progress-track')),
            figure: bar.querySelector('.dsl-progress-value') && rect(bar.querySelector('.dsl-progress-value')),
            text: bar.querySelector('.dsl-progress-value')?.textContent}))};
}"""


async def test_a_cells_bar_has_its_figure_at_its_end_on_its_line(browser: Browser) -> None:
    placed = await laid_out(browser, win_rates(), BARS)
    bars = placed["bars"]
    assert [bar["text"] for bar in bars] == ["64%", "51%", "58%"]
    for bar in bars:
        track, figure = bar["track"], bar["figure"]
        assert figure["left"] >= track["right"] + 6  # after the bar, apart from it
        middle = (track["top"] + track["bottom"]) / 2
        assert figure["top"] < middle < figure["bottom"]  # on the bar's line, not above it
    assert len({round(bar["track"]["right"]) for bar in bars}) == 1  # the bars end together
    assert len({round(bar["figure"]["right"]) for bar in bars}) == 1
    assert max(placed["rows"]) - min(placed["rows"]) < 1  # no row taller for its label


async def test_the_figure_is_drawn_after_the_bar(pool: ChromiumPool) -> None:
    """In pixels, dark theme: on the first bar's band, ink of the figure stands right of the track."""
    _, shot = await render_dsl(pool, win_rates("dark"))
    image = rgb(shot.data)
    surface = image.getpixel((300, 100))  # inside the first row, left of the bar's start
    track = box_where(image, lambda colour: colour[2] > 150 and colour[2] - colour[0] > 60)  # the fills
    assert track is not None
    band = (track[0], track[1] - 2, image.width - 30, track[1] + 8)
    row = (track[0], band[1], band[2], band[3])
    ink = box_where(image, lambda colour: contrast(colour, surface) > 7, row)  # type: ignore[arg-type]
    assert ink is not None and ink[0] > track[2] + 20, (ink, track)  # the "64%", right of the fill
