"""On real Chromium: the typical full screen of docs/dsl.md (a row as tall as the canvas holding a
sidebar and a long table), drawn on a full page as the canvas-cut warning suggests, grows with
its table: the sidebar runs the page's length, and a modal's backdrop dims the whole page (both
stopped at the canvas's bottom edge, the rows below undimmed under a hard edge). An image of the
canvas still draws the row at the canvas's height."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, luminance, render_dsl, rgb

pytestmark = pytest.mark.integration

CANVAS_HEIGHT = 600
ORDERS = [[f"#{n}", f"Buyer {n}", f"${n}.00"] for n in range(1, 15)]
SCREEN_ROW = {
    "type": "row",
    "layout": {"width": 900, "height": CANVAS_HEIGHT},
    "align": "stretch",
    "gap": 0,
    "children": [
        {
            "type": "sidebar",
            "title": "Shop",
            "layout": {"width": 200},
            "items": [{"label": "Orders", "active": True}],
        },
        {
            "type": "column",
            "padding": 24,
            "style": {"flex": 1},
            "children": [{"type": "table", "columns": ["Order", "Customer", "Total"], "rows": ORDERS}],
        },
    ],
}
MODAL = {
    "type": "modal",
    "title": "Cancel orders?",
    "actions": ["Keep", {"label": "Cancel orders", "variant": "danger"}],
}


def page(*elements: dict[str, Any]) -> dict[str, Any]:
    return {"width": 900, "height": CANVAS_HEIGHT, "elements": list(elements)}


def sidebar_edge(shown: Image.Image, y: int) -> int | None:
    """The x of the sidebar's right border on line `y`: the one pixel near x=200 darker than the
    pixels beside it, None when that line has no such edge."""
    for x in range(150, 250):
        here: RGB = shown.getpixel((x, y))  # type: ignore[assignment]
        left: RGB = shown.getpixel((x - 3, y))  # type: ignore[assignment]
        right: RGB = shown.getpixel((x + 3, y))  # type: ignore[assignment]
        if luminance(here) < luminance(left) - 4 and luminance(here) < luminance(right) - 4:
            return x
    return None


async def test_on_a_full_page_the_screen_row_grows_with_its_table(pool: ChromiumPool) -> None:
    prepared, image = await render_dsl(pool, page(SCREEN_ROW), scale=1, full_page=True)
    shown = rgb(image.data)
    assert shown.height > CANVAS_HEIGHT + 60, shown.size  # the table runs on below the canvas
    edge = sidebar_edge(shown, 300)
    assert edge is not None
    assert sidebar_edge(shown, shown.height - 5) == edge  # the sidebar runs the page's length
    assert "dsl-screen-tall" in prepared.html


async def test_on_a_full_page_a_modal_dims_the_whole_page(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, page(SCREEN_ROW, MODAL), scale=1, full_page=True)
    shown = rgb(image.data)
    assert shown.height > CANVAS_HEIGHT + 60, shown.size
    dimmed: RGB = shown.getpixel((500, 120))  # type: ignore[assignment]  # a table row, on the canvas
    assert luminance(dimmed) < 200, dimmed
    for y in (CANVAS_HEIGHT + 20, shown.height - 5):
        below: RGB = shown.getpixel((500, y))  # type: ignore[assignment]  # the table area, below it
        assert abs(luminance(below) - luminance(dimmed)) < 8, (y, below, dimmed)
    edge = sidebar_edge(shown, 300)
    assert edge is not None and sidebar_edge(shown, shown.height - 5) == edge


async def test_an_image_of_the_canvas_keeps_the_row_at_its_height(pool: ChromiumPool) -> None:
    prepared, image = await render_dsl(pool, page(SCREEN_ROW), scale=1)
    assert rgb(image.data).size == (900, CANVAS_HEIGHT)
    assert "dsl-screen-tall" not in prepared.html
    assert image.cut_px > 0  # the table runs on below the canvas, cut there (the render says so)
