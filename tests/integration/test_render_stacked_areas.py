"""Stacked areas on real Chromium: each series a band on the ones before it, filled from the line
under it to its own line, which runs at the running total."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.theme import resolve_theme
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, close_to, luminance, render_dsl, rgb, row_runs
from tests.integration.test_render_chart_colours import hex_rgb

pytestmark = pytest.mark.integration

CHANNELS = {"labels": ["Mon", "Tue", "Wed", "Thu"],
            "series": [{"name": "Organic", "values": [10, 12, 11, 14]}, {"name": "Paid", "values": [5, 6, 7, 6]}]}  # fmt: skip


def is_gridline(colour: RGB) -> bool:
    return luminance(colour) < 245 and max(colour) - min(colour) < 12


async def test_a_stacked_area_draws_each_series_as_a_band_on_the_one_below(pool: ChromiumPool) -> None:
    """`stacked: true` on an area chart was ignored: Paid (6-7) lay under Organic (11-12). Between
    Tue and Wed, Paid's line now runs at their sum (18) over Organic's (11.5), and the band between
    the two lines is filled with Paid's colour, the one under Organic's line with Organic's."""
    chart = {"type": "chart", "variant": "area", "stacked": True, "data": CHANNELS}
    _, image = await render_dsl(pool, {"width": 600, "height": 320, "elements": [chart]})
    picture = rgb(image.data)
    variables = resolve_theme("light").variables
    organic, paid = hex_rgb(variables["primary"]), hex_rgb(variables["chart-2"])
    right = (picture.width - 36, 0, picture.width - 30, picture.height)  # right of the last point
    zero = row_runs(picture, is_gridline, right)[-1][0]
    x = round(picture.width * 0.52)  # between Tue and Wed

    def line_at(colour: RGB) -> int:
        rows = [y for y in range(picture.height) if close_to(picture.getpixel((x, y)), colour, 10)]
        assert rows, colour
        return rows[0]

    organic_y, paid_y = line_at(organic), line_at(paid)
    assert 1.45 < (zero - paid_y) / (zero - organic_y) < 1.7, (zero, organic_y, paid_y)
    band: RGB = picture.getpixel((x, (organic_y + paid_y) // 2))
    under: RGB = picture.getpixel((x, (organic_y + zero) // 2))
    assert band[2] - band[0] > 60 and band[1] > band[0] + 40, band  # sky
    assert under[2] - under[1] > 40 and under[0] > under[1], under  # indigo
