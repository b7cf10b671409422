"""Line series with missing values on real Chromium: a gap breaks a line, but a sparse series (no
two values side by side: quarterly values in a monthly chart) is joined across its gaps and drawn
over the other series, whose dots hid its few."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, close_to, colour_mask, render_dsl, rgb

pytestmark = pytest.mark.integration

LABELS = ["M1", "M2", "M3", "M4", "M5", "M6", "M7"]
GRIDLINE: RGB = (227, 227, 227)
"""The light theme's chart gridlines."""


def is_red(colour: RGB) -> bool:
    red, green, blue = colour
    return red > 180 and green < 100 and blue < 100


def is_blue(colour: RGB) -> bool:
    red, green, blue = colour
    return blue > 180 and red < 100 and green < 100


async def plot_of(pool: ChromiumPool, red_values: list[float | None]) -> Image.Image:
    """A line chart of a red series (`red_values`) drawn before a flat blue one at 2, cut above
    its legend (the plot only)."""
    series = [{"name": "Red", "values": red_values, "color": "#ff0000"},
              {"name": "Blue", "values": [2] * len(LABELS), "color": "#0000ff"}]  # fmt: skip
    chart: dict[str, Any] = {"type": "chart", "variant": "line", "layout": {"height": 240},
                             "data": {"labels": LABELS, "series": series}}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 560, "height": 300, "padding": 20, "elements": [chart]})
    return rgb(image.data).crop((0, 0, 560, 200))


def label_centres(plot: Image.Image) -> list[float]:
    """Where each label's values are drawn: the centres of seven equal slots across the plot, as
    wide as its gridlines."""
    mask = colour_mask(plot, lambda colour: close_to(colour, GRIDLINE, 3))
    top = int(mask.sum(axis=1).argmax())  # a gridline's row (the y labels' soft edges aside)
    columns = np.flatnonzero(mask[top])
    grid = (int(columns[0]), int(columns[-1]) + 1)
    slot = (grid[1] - grid[0]) / len(LABELS)
    return [grid[0] + (index + 0.5) * slot for index in range(len(LABELS))]


def red_at(plot: Image.Image, x: float) -> bool:
    """Whether red is drawn in the column at `x`."""
    return bool(colour_mask(plot, is_red, (round(x) - 1, 0, round(x) + 2, plot.height)).any())


async def test_a_sparse_series_is_joined_across_its_gaps_and_drawn_over_the_others(
    pool: ChromiumPool,
) -> None:
    plot = await plot_of(pool, [2, None, None, 8, None, None, 2])
    centres = label_centres(plot)
    first_dot = (round(centres[0]) - 6, 0, round(centres[0]) + 7, plot.height)  # both series' dots at 2
    red_in_dot = int(colour_mask(plot, is_red, first_dot).sum())
    blue_in_dot = int(colour_mask(plot, is_blue, first_dot).sum())
    assert red_in_dot > 3 * blue_in_dot, (red_in_dot, blue_in_dot)  # the red dot is on top
    assert red_at(plot, centres[1]) and red_at(plot, centres[2]) and red_at(plot, centres[5])  # joined


async def test_a_series_with_values_side_by_side_keeps_its_gap(pool: ChromiumPool) -> None:
    plot = await plot_of(pool, [2, 3, None, None, None, 8, 7])
    centres = label_centres(plot)
    assert red_at(plot, (centres[0] + centres[1]) / 2) and red_at(plot, (centres[5] + centres[6]) / 2)
    assert not any(red_at(plot, centres[index]) for index in (2, 3, 4))  # no line across the gap
