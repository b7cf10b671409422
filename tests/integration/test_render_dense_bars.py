"""A bar chart of many labels and several series on real Chromium: its bars are drawn. The 3 px
gap between series took more than the slot had, and every bar got a negative width: an empty
plot with its axes and legend."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import colour_mask, render_dsl, rgb

pytestmark = pytest.mark.integration


def is_red(colour: tuple[int, int, int]) -> bool:
    red, green, blue = colour
    return red > 180 and green < 110 and blue < 110


def is_blue(colour: tuple[int, int, int]) -> bool:
    red, green, blue = colour
    return blue > 180 and red < 110 and green < 110


@pytest.mark.parametrize("count", [150, 200, 400])
async def test_two_series_of_many_points_draw_their_bars(pool: ChromiumPool, count: int) -> None:
    labels = [f"D{n}" for n in range(count)]
    series = [
        {"name": "Red", "color": "#ff0000", "values": [500 + (n * 37) % 400 for n in range(count)]},
        {"name": "Blue", "color": "#0000ff", "values": [500 + (n * 53) % 400 for n in range(count)]},
    ]
    chart = {"type": "chart", "variant": "bar", "data": {"labels": labels, "series": series}}
    _, image = await render_dsl(pool, {"width": 480, "height": 320, "elements": [chart]})
    picture = rgb(image.data)
    plot = (60, 40, 440, 240)  # inside the plot, above the x axis and its names
    red, blue = colour_mask(picture, is_red, plot), colour_mask(picture, is_blue, plot)
    # Both series fill most of the plot's width below their lowest value (500 of a 0-1000 axis).
    assert red.any(axis=0).mean() > 0.3
    assert blue.any(axis=0).mean() > 0.3
