"""Chart series on real Chromium read at 3:1 on their ground (a light page's sky, emerald and amber
bars were 2.77, 2.54 and 2.15:1, a pie's grey "Other" 2.56:1), and line series after the first are
told apart by more than their hue: a dashed, dotted or dash-dot stroke."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from kernel.dsl.compiler.theme import resolve_theme
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, close_to, column_runs, render_dsl, rgb
from tests.integration.test_render_chart_colours import hex_rgb
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration

FOUR = {"labels": ["Q1"], "series": [{"name": name, "values": [value]}
        for name, value in (("North", 10), ("South", 8), ("East", 6), ("West", 9))]}  # fmt: skip


async def picture_of(pool: ChromiumPool, theme: str, chart: dict[str, Any]) -> Image.Image:
    document = {"width": 480, "height": 300, "padding": 20, "theme": theme, "elements": [chart]}
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_every_bar_of_four_series_reads_at_3_to_1_on_the_page(pool: ChromiumPool, theme: str) -> None:
    picture = await picture_of(pool, theme, {"type": "chart", "variant": "bar", "data": FOUR,
                                             "layout": {"height": 220}})  # fmt: skip
    ground: RGB = picture.getpixel((5, 5))
    variables = resolve_theme(theme).variables
    for name in ("chart-2", "chart-3", "chart-4"):
        drawn = hex_rgb(variables[name])
        bars = column_runs(
            picture, lambda colour, drawn=drawn: close_to(colour, drawn, 3), (20, 20, 460, 240)
        )
        assert bars, (name, drawn)  # the bar is drawn in that colour
        assert pixel_contrast(drawn, ground) >= 3.0, (name, drawn, ground)


async def test_a_pies_grey_other_reads_at_3_to_1_on_the_page(pool: ChromiumPool) -> None:
    slices = {"labels": [f"S{n}" for n in range(9)], "values": [30, 20, 12, 10, 8, 8, 5, 4, 3]}
    picture = await picture_of(
        pool, "light", {"type": "chart", "variant": "pie", "size": 160, "data": slices}
    )
    other = hex_rgb(resolve_theme("light").variables["chart-other"])
    assert column_runs(picture, lambda colour: close_to(colour, other, 3), (20, 20, 460, 280))
    assert pixel_contrast(other, (255, 255, 255)) >= 3.0


async def test_a_line_series_after_the_first_is_dashed(pool: ChromiumPool) -> None:
    """A solid first line is one run of its colour along its row; the second, dashed, is many."""
    data = {"labels": ["a", "b", "c", "d", "e"],
            "series": [{"name": "Solid", "values": [10] * 5}, {"name": "Dashed", "values": [2] * 5}]}  # fmt: skip
    chart = {"type": "chart", "variant": "line", "data": data, "layout": {"height": 220}}
    picture = await picture_of(pool, "light", chart)
    variables = resolve_theme("light").variables
    for colour, least, most in ((variables["primary"], 1, 6), (variables["chart-2"], 12, 200)):
        drawn = hex_rgb(colour)
        rows = [
            (sum(close_to(picture.getpixel((x, y)), drawn, 6) for x in range(20, 460)), y)
            for y in range(20, 280)
        ]
        _, line_row = max(rows)
        pieces = column_runs(
            picture, lambda pixel, drawn=drawn: close_to(pixel, drawn, 6), (20, line_row, 460, line_row + 1)
        )
        assert least <= len(pieces) <= most, (colour, pieces)


async def test_series_3_and_7_on_the_dark_theme_differ_in_stroke_and_read_at_3_to_1(
    pool: ChromiumPool,
) -> None:
    """Of eight line series on a dark page, the 3rd (emerald) and the 7th (deep teal) were both
    dotted: now the 3rd is dotted (many pieces along its row), the 7th solid (one run), and the
    7th's dim teal stands out from the page at 3:1."""
    levels = (80, 72, 64, 56, 48, 40, 32, 24)
    data = {"labels": ["a", "b", "c", "d", "e"],
            "series": [{"name": f"node-{n}", "values": [level] * 5} for n, level in enumerate(levels)]}  # fmt: skip
    chart = {"type": "chart", "variant": "line", "data": data, "layout": {"height": 260}}
    picture = await picture_of(pool, "dark", chart)
    ground: RGB = picture.getpixel((5, 5))
    variables = resolve_theme("dark").variables
    pieces = {}
    for name in ("chart-3", "series-7"):
        drawn = hex_rgb(variables[name])
        rows = [
            (sum(close_to(picture.getpixel((x, y)), drawn, 6) for x in range(20, 460)), y)
            for y in range(20, 280)
        ]
        _, line_row = max(rows)
        pieces[name] = column_runs(
            picture, lambda pixel, drawn=drawn: close_to(pixel, drawn, 6), (20, line_row, 460, line_row + 1)
        )
        assert pixel_contrast(drawn, ground) >= 3.0, (name, drawn, ground)
    assert len(pieces["chart-3"]) >= 12, pieces  # dotted
    assert 1 <= len(pieces["series-7"]) <= 6, pieces  # solid
