"""Stacked bar charts on real Chromium: each series a segment of its label's bar, in order from
zero, as tall as its value on an axis up to the tallest stack (or 0-100%), parted by a hairline."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from playwright.async_api import Browser

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import close_to, luminance, render_dsl, rgb_at
from tests.support.chromium_layout import laid_out, layout_browser

pytestmark = pytest.mark.integration

Rect = dict[str, float]

SEGMENTS = """() => [...document.querySelectorAll('.dsl-chart')].map((chart) => {
  const plot = chart.querySelector('.dsl-chart-svg').getBoundingClientRect();
  const at = (length) => length.baseVal.value;  // an SVG length resolved against the plot, in px
  const box = (svg) => ({left: plot.left + at(svg.x), right: plot.left + at(svg.x) + at(svg.width),
                         top: plot.top + at(svg.y), bottom: plot.top + at(svg.y) + at(svg.height)});
  return {
    series: [...chart.querySelectorAll('g.dsl-chart-bars')].map(
      (group) => [...group.querySelectorAll(':scope > svg')].map(box)),
    grid: [...chart.querySelectorAll('.dsl-chart-gridline')].map((line) => plot.top + at(line.y1)),
    ticks: [...chart.querySelectorAll('.dsl-chart-y')].map((label) => label.textContent),
    keys: [...chart.querySelectorAll('.dsl-chart-key')].map((key) => key.textContent),
  };
})"""
"""Each chart's segments (each one's viewport, in page px, series by series: its hairline is cut
out inside it), its gridlines' heights (the first at the axis' foot), its value labels and its
legend's keys."""


@pytest_asyncio.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    async with layout_browser() as launched:
        yield launched


def chart(
    series: list[dict[str, Any]], stacked: bool | str = True, labels: tuple[str, ...] = ("Mon", "Tue", "Wed")
) -> dict[str, Any]:
    return {"type": "chart", "stacked": stacked, "layout": {"height": 300},
            "data": {"labels": list(labels), "series": series}}  # fmt: skip


def document(*charts: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"width": 600, "height": 340 * len(charts), "elements": list(charts), **fields}


CARRIERS = [
    {"name": "DHL", "values": [200, 150, 100]},
    {"name": "UPS", "values": [150, 100, None]},
    {"name": "FedEx", "values": [50, 0, 100]},
]
"""Stacks of 400, 250 and 200: the tallest one is a nice tick, the axis' top. UPS has no value on
Wednesday, FedEx nothing on Tuesday."""


def height(box: Rect) -> float:
    return box["bottom"] - box["top"]


async def test_each_series_is_a_segment_as_tall_as_its_value_stacked_in_order_from_zero(
    browser: Browser,
) -> None:
    (placed,) = await laid_out(browser, document(chart(CARRIERS)), SEGMENTS)
    dhl, ups, fedex = placed["series"]
    assert [len(dhl), len(ups), len(fedex)] == [3, 2, 2]  # no segment for a null nor for a zero
    zero, top = placed["grid"][0], placed["grid"][-1]
    assert placed["ticks"] == ["0", "100", "200", "300", "400"]
    per_unit = (zero - top) / 400
    drawn = [
        (dhl[0], 200),
        (dhl[1], 150),
        (dhl[2], 100),
        (ups[0], 150),
        (ups[1], 100),
        (fedex[0], 50),
        (fedex[1], 100),
    ]
    for box, value in drawn:
        assert height(box) == pytest.approx(value * per_unit, abs=0.5), (box, value)
    for first in dhl:
        assert first["bottom"] == pytest.approx(zero, abs=0.5)  # the first series stands on zero
    # each segment stands on the one under it: Monday DHL, UPS, FedEx; Wednesday DHL, FedEx
    assert ups[0]["bottom"] == pytest.approx(dhl[0]["top"], abs=0.01)
    assert fedex[0]["bottom"] == pytest.approx(ups[0]["top"], abs=0.01)
    assert fedex[1]["bottom"] == pytest.approx(dhl[2]["top"], abs=0.01)
    assert fedex[0]["top"] == pytest.approx(top, abs=0.5)  # the tallest stack reaches the axis' top
    for a, b in ((dhl[0], ups[0]), (dhl[0], fedex[0]), (dhl[2], fedex[1])):
        assert (a["left"], a["right"]) == (b["left"], b["right"])  # one bar per label
    assert placed["keys"] == ["DHL", "UPS", "FedEx"]


async def test_values_below_zero_stack_downward_from_it(browser: Browser) -> None:
    flow = [{"name": "In", "values": [30, 40]}, {"name": "Out", "values": [-20, -30]},
            {"name": "Adjusted", "values": [10, -10]}]  # fmt: skip
    (placed,) = await laid_out(browser, document(chart(flow, labels=("Q1", "Q2"))), SEGMENTS)
    ins, outs, adjusted = placed["series"]
    zero = placed["grid"][placed["ticks"].index("0")]
    per_unit = (placed["grid"][0] - placed["grid"][-1]) / (
        float(placed["ticks"][-1]) - float(placed["ticks"][0])
    )
    for gain, loss in zip(ins, outs, strict=True):
        assert gain["bottom"] == pytest.approx(zero, abs=0.5) and loss["top"] == pytest.approx(zero, abs=0.5)
    assert adjusted[0]["bottom"] == pytest.approx(ins[0]["top"], abs=0.01)  # +10 on top of the gains
    assert adjusted[1]["top"] == pytest.approx(outs[1]["bottom"], abs=0.01)  # -10 under the losses
    assert height(outs[1]) == pytest.approx(30 * per_unit, abs=0.5)
    assert float(placed["ticks"][0]) <= -40 and float(placed["ticks"][-1]) >= 40


async def test_a_percent_stack_fills_every_bar_to_a_hundred_percent(browser: Browser) -> None:
    shares = [{"name": "Delivered", "values": [60, 90, 30]}, {"name": "Late", "values": [40, 10, 10]}]
    (placed,) = await laid_out(browser, document(chart(shares, stacked="percent")), SEGMENTS)
    delivered, late = placed["series"]
    assert placed["ticks"] == ["0%", "25%", "50%", "75%", "100%"]
    zero, top = placed["grid"][0], placed["grid"][-1]
    for share, (lower, upper) in zip((0.6, 0.9, 0.75), zip(delivered, late, strict=True), strict=True):
        assert upper["top"] == pytest.approx(top, abs=0.5)
        assert height(lower) == pytest.approx(share * (zero - top), abs=0.5)


async def test_right_to_left_the_stacks_are_drawn_as_left_to_right(browser: Browser) -> None:
    """Charts do not mirror (their time runs left to right in every language), stacked or not."""
    ltr = await laid_out(browser, document(chart(CARRIERS)), SEGMENTS)
    rtl = await laid_out(browser, document(chart(CARRIERS), lang="ar"), SEGMENTS)
    assert rtl[0]["series"] == ltr[0]["series"]


async def test_the_png_draws_segments_in_their_colours_parted_by_a_hairline(
    browser: Browser, pool: ChromiumPool
) -> None:
    coloured = [
        {**series, "color": colour}
        for series, colour in zip(CARRIERS, ("#dc2626", "#1d4ed8", "#15803d"), strict=True)
    ]
    source = document(chart(coloured))
    (placed,) = await laid_out(browser, source, SEGMENTS)
    _, image = await render_dsl(pool, source, scale=2)
    dhl, ups, _ = (boxes[0] for boxes in placed["series"])  # Monday's bar
    middle = (dhl["left"] + dhl["right"]) / 2

    def at(x: float, y: float) -> tuple[int, int, int]:
        return rgb_at(image.data, round(x * 2), round(y * 2))

    assert close_to(at(middle, (dhl["top"] + dhl["bottom"]) / 2), (0xDC, 0x26, 0x26), 16)
    assert close_to(at(middle, (ups["top"] + ups["bottom"]) / 2), (0x1D, 0x4E, 0xD8), 16)
    seam = [at(middle, ups["bottom"] - 1 + step / 4) for step in range(5)]
    assert max(luminance(colour) for colour in seam) > 200, seam  # the page shows between them
    # the stack's top is rounded, its foot square
    assert luminance(at(ups["left"] + 0.3, placed["series"][2][0]["top"] + 0.3)) > 150
    assert close_to(at(dhl["left"] + 0.5, dhl["bottom"] - 0.5), (0xDC, 0x26, 0x26), 40)


async def test_a_dense_stacked_chart_is_told_of_by_its_bars_not_its_segments(pool: ChromiumPool) -> None:
    labels = tuple(f"D{day}" for day in range(240))
    series = [{"name": name, "values": [1 + day % 5 for day in range(240)]} for name in ("A", "B", "C")]
    stacked = {**chart(series, labels=labels), "layout": {"width": 300, "height": 300}}
    _, image = await render_dsl(pool, document(stacked), scale=1)
    (dense,) = [issue for issue in image.measured_warnings if issue.code == "chart_too_dense"]
    assert dense.message.startswith("the chart's 240 bars are drawn "), dense.message


STUBS = """() => {
  const zero = document.querySelector('.dsl-chart-gridline').getBoundingClientRect().top;
  return {zero, stubs: [...document.querySelectorAll('.dsl-chart-zero-bar')].map((stub) => {
    const r = stub.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, fill: getComputedStyle(stub).fill};
  })};
}"""


async def test_a_stack_of_zeros_is_a_stub_on_the_zero_line_as_a_bar_of_zero_is(browser: Browser) -> None:
    series = [
        {"name": "A", "values": [0, 3, None], "color": "#1d4ed8"},
        {"name": "B", "values": [0, 2, None]},
    ]
    placed = await laid_out(browser, document(chart(series)), STUBS)
    (stub,) = placed["stubs"]  # Monday's zeros; Wednesday's nulls draw nothing
    assert stub["bottom"] == pytest.approx(placed["zero"], abs=0.5)
    assert stub["bottom"] - stub["top"] == pytest.approx(2, abs=0.01)
    assert stub["fill"] == "rgb(29, 78, 216)"  # the first series' colour
