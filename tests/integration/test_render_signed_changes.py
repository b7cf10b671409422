"""Gains and losses outside a stat on real Chromium: a table's change column and a list's signed
percent badges are drawn green and red by sign, the other cells in the text's own colour."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, render_dsl, rgb

pytestmark = pytest.mark.integration


def greenish(colour: RGB) -> bool:
    red, green, blue = colour
    return green - max(red, blue) > 40


def reddish(colour: RGB) -> bool:
    red, green, blue = colour
    return red - max(green, blue) > 60


async def picture_of(pool: ChromiumPool, element: dict[str, Any], theme: str = "light") -> Image.Image:
    document = {"width": 400, "height": 200, "padding": 20, "theme": theme, "elements": [element]}
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_change_columns_gains_are_green_and_losses_red(pool: ChromiumPool, theme: str) -> None:
    table = {"type": "table", "columns": ["Symbol", "Change"], "rows": [["BTC", "+2.41%"], ["SOL", "-3.76%"]]}
    picture = await picture_of(pool, table, theme)
    half = picture.width // 2
    gain = box_where(picture, greenish)
    loss = box_where(picture, reddish)
    assert gain is not None and loss is not None, (gain, loss)
    assert gain[0] > half and loss[0] > half  # the Change column's cells, not the symbols
    assert gain[3] <= loss[1]  # the gain's row above the loss's
    assert gain[2] - gain[0] >= 30 and loss[2] - loss[0] >= 30  # whole figures, not a speck


async def test_a_balance_columns_negatives_stay_the_texts_colour(pool: ChromiumPool) -> None:
    table = {
        "type": "table",
        "columns": ["Account", "Balance"],
        "rows": [["Card", "-$50.00"], ["Loan", "-$1,200.00"]],
    }
    picture = await picture_of(pool, table)
    assert box_where(picture, reddish) is None and box_where(picture, greenish) is None


async def test_a_lists_signed_percent_badges_are_green_and_red(pool: ChromiumPool) -> None:
    items = [{"label": "Bitcoin", "value": "$16,724.55", "badge": "+2.41%"},
             {"label": "Solana", "value": "$1,815.45", "badge": "-3.76%"}]  # fmt: skip
    picture = await picture_of(pool, {"type": "list", "variant": "divided", "items": items})
    gain = box_where(picture, greenish)
    loss = box_where(picture, reddish)
    assert gain is not None and loss is not None, (gain, loss)
    assert gain[3] <= loss[1]
    assert gain[2] - gain[0] >= 30 and loss[2] - loss[0] >= 30


def bluish(colour: RGB) -> bool:
    red, green, blue = colour
    return blue - max(red, green) > 60


async def test_a_pnl_charts_losing_bar_is_red_and_its_gains_keep_the_series_colour(
    pool: ChromiumPool,
) -> None:
    chart = {"type": "chart", "variant": "bar", "layout": {"height": 160},
             "data": {"labels": ["Mon", "Tue", "Wed"], "values": [1200, -800, 450]}}  # fmt: skip
    picture = await picture_of(pool, chart, "dark")
    loss = box_where(picture, reddish)
    gains = box_where(picture, bluish)
    assert loss is not None and gains is not None, (loss, gains)
    assert loss[2] - loss[0] >= 24 and loss[3] - loss[1] >= 20  # a whole bar, not an edge
    third = picture.width // 3
    assert third - 30 <= (loss[0] + loss[2]) // 2 <= 2 * third + 30  # Tue's, the middle bar
    assert loss[1] >= gains[1] + 20  # it hangs below the zero line the gains stand on
