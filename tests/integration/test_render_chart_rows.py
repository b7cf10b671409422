"""Charts side by side on real Chromium: their titles line up at the row's top, as a dashboard's
cards' do, at the top level and deeper; a row of small things stays centred."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.prepare import prepare_render
from tests.support.page_boxes import page_boxes

pytestmark = pytest.mark.integration

LINE = {"type": "chart", "variant": "line", "title": "Sessions",
        "data": [{"month": "Jan", "value": 10}, {"month": "Feb", "value": 12}]}  # fmt: skip
BARS = {"type": "chart", "variant": "bar", "title": "Revenue",  # two series: a legend under the plot
        "data": {"labels": ["Q1", "Q2"], "datasets": [{"label": "2025", "data": [1, 2]},
                                                      {"label": "2026", "data": [3, 4]}]}}  # fmt: skip
ROW = {"type": "row", "gap": 16, "children": [LINE, BARS]}


async def _title_tops(elements: list[dict[str, Any]]) -> list[float]:
    prepared = prepare_render({"width": 900, "height": 700, "elements": elements})
    found = await page_boxes(prepared.html, prepared.viewport, {}, {"titles": ".dsl-chart-head h3"})
    return [top for _, top, _, _ in found["titles"]]


@pytest.mark.parametrize(
    "elements",
    [[ROW], [{"type": "column", "children": [{"type": "heading", "text": "Stats"}, ROW]}]],
    ids=["top-level", "in-a-column"],
)
async def test_charts_of_different_heights_in_a_row_start_at_its_top(elements: list[dict[str, Any]]) -> None:
    """The line chart (no legend) stood centred beside the bar chart, its title 15 px lower."""
    line, bars = await _title_tops(elements)
    assert line == bars, (line, bars)


async def test_a_row_of_a_chart_and_a_button_keeps_its_centring() -> None:
    row = {"type": "row", "children": [BARS, {"type": "button", "text": "Export"}]}
    prepared = prepare_render({"width": 900, "height": 700, "elements": [row]})
    found = await page_boxes(
        prepared.html, prepared.viewport, {"chart": ".dsl-chart", "button": ".dsl-button"}
    )
    (chart,), (button,) = found["chart"], found["button"]
    assert abs((chart[1] + chart[3]) / 2 - (button[1] + button[3]) / 2) <= 1, (chart, button)
