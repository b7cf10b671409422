"""A chart's reference line on real Chromium: a target above every bar extends the value axis,
and its dashed line is drawn at the target's height on that axis, its label above it."""

from __future__ import annotations

import re

import numpy as np
import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import colour_mask, is_hairline, render_dsl, rgb, runs

pytestmark = pytest.mark.integration

SCALE = 2
TARGET = 130.0
DOCUMENT = {
    "width": 480,
    "height": 300,
    "background": "#ffffff",
    "elements": [
        {
            "type": "chart",
            "variant": "bar",
            "data": {"labels": ["Q1", "Q2", "Q3", "Q4"], "values": [20, 40, 60, 80]},
            "referenceLines": [{"value": TARGET, "label": "Target", "variant": "danger"}],
            "layout": {"x": 10, "y": 10, "width": 440, "height": 260},
        }
    ],
}


def is_danger(colour: tuple[int, int, int]) -> bool:
    """The light theme's danger tone (#dc2626) of the dashed line, and its darker label text."""
    r, g, b = colour
    return r > 150 and g < 90 and b < 90


def row_centres(mask: np.ndarray, least: int) -> list[float]:
    """The centre row of each band of rows with at least `least` pixels of `mask`."""
    full = (mask.sum(axis=1) >= least).tolist()
    return [(start + end - 1) / 2 for start, end in runs(full)]


async def test_a_target_above_every_bar_extends_the_axis_and_its_line_is_at_its_value(
    pool: ChromiumPool,
) -> None:
    prepared, image = await render_dsl(pool, DOCUMENT, scale=SCALE)
    ticks = [float(tick) for tick in re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', prepared.html)]
    assert ticks[-1] >= TARGET > 80  # the axis reaches the target, above the tallest bar
    picture = rgb(image.data)
    # gridlines: rows of light grey across the plot (bars cover part of each); the dashed line:
    # a row of the danger tone, dashes 6 px of every 10 across the plot's 400-odd px
    gridlines = row_centres(colour_mask(picture, is_hairline), 200)
    dashed = row_centres(colour_mask(picture, is_danger), 300)
    assert len(gridlines) == len(ticks), gridlines
    assert len(dashed) == 1, dashed
    zero, top = gridlines[-1], gridlines[0]
    expected = zero + (top - zero) * (TARGET - ticks[0]) / (ticks[-1] - ticks[0])
    assert abs(dashed[0] - expected) <= 1.5 * SCALE
    # its label in the same tone just above the line, at the plot's right end
    above = colour_mask(
        picture, is_danger, (0, int(dashed[0]) - 20 * SCALE, picture.width, int(dashed[0]) - 2)
    )
    columns = np.flatnonzero(above.any(axis=0))
    assert len(columns) and columns[0] > picture.width / 2
