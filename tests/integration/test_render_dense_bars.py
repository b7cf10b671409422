"""A bar chart of many labels and several series on real Chromium: its bars are drawn (the 3 px
gap between series took more than the slot had, and every bar got a negative width: an empty
plot with its axes and legend), and the render tells when they are too thin to read apart."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.chart_density import CHART_TOO_DENSE
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import colour_mask, render_dsl, rgb

pytestmark = pytest.mark.integration


def is_red(colour: tuple[int, int, int]) -> bool:
    red, green, blue = colour
    return red > 180 and green < 110 and blue < 110


def is_blue(colour: tuple[int, int, int]) -> bool:
    red, green, blue = colour
    return blue > 180 and red < 110 and green < 110


def two_series(count: int) -> dict[str, Any]:
    """A bar chart of a red and a blue series of `count` values each, between 500 and 900."""
    labels = [f"D{n}" for n in range(count)]
    series = [
        {"name": "Red", "color": "#ff0000", "values": [500 + (n * 37) % 400 for n in range(count)]},
        {"name": "Blue", "color": "#0000ff", "values": [500 + (n * 53) % 400 for n in range(count)]},
    ]
    return {"type": "chart", "variant": "bar", "data": {"labels": labels, "series": series}}


@pytest.mark.parametrize("count", [150, 200, 400])
async def test_two_series_of_many_points_draw_their_bars(pool: ChromiumPool, count: int) -> None:
    _, image = await render_dsl(pool, {"width": 480, "height": 320, "elements": [two_series(count)]})
    picture = rgb(image.data)
    plot = (60, 40, 440, 240)  # inside the plot, above the x axis and its names
    red, blue = colour_mask(picture, is_red, plot), colour_mask(picture, is_blue, plot)
    # Both series fill most of the plot's width below their lowest value (500 of a 0-1000 axis).
    assert red.any(axis=0).mean() > 0.3
    assert blue.any(axis=0).mean() > 0.3


async def test_bars_too_thin_to_read_are_told_at_the_charts_data(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, {"width": 480, "height": 320, "elements": [two_series(200)]})
    (warning,) = [issue for issue in image.measured_warnings if issue.code == CHART_TOO_DENSE]
    assert warning.path == "/elements/0/data"
    assert warning.message.startswith("the chart's 400 bars are drawn ")
    assert "line or area chart" in (warning.suggestion or "")


async def test_bars_with_room_are_not_told_of(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, {"width": 480, "height": 320, "elements": [two_series(40)]})
    assert [issue for issue in image.measured_warnings if issue.code == CHART_TOO_DENSE] == []
