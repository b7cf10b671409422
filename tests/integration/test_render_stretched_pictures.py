"""On real Chromium: in a row with `align: stretch`, a map and a chart's plot with no height of
their own are as tall as the row, as a picture and a video are (a map kept its 240 px beside a
390 px route panel). Heights are measured from boxes painted in flat colours."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, colour_box, painted, render_dsl

pytestmark = pytest.mark.integration

PANEL = {"type": "column", "layout": {"width": 300}, "children": [{"type": "text", "text": "Route RTM-07"}]}
CHART = {
    "type": "chart",
    "variant": "bar",
    "data": [{"label": "Mon", "value": 3}, {"label": "Tue", "value": 5}],
}
PICTURES = {
    "map": ({"type": "map"}, ".dsl-map"),
    "image": ({"type": "image", "alt": "Truck"}, ".dsl-image"),
    "video": ({"type": "video"}, ".dsl-video"),
    "chart": (CHART, ".dsl-chart-plot"),
}


async def height_in_row(pool: ChromiumPool, name: str, **row: Any) -> int:
    element, selector = PICTURES[name]
    document = {
        "width": 800,
        "height": 600,
        "css": painted(selector, "#0000ff") + f"{selector} *{{visibility:hidden}}",
        "elements": [
            {"type": "row", "align": "stretch", "children": [{**element, "style": {"flex": 1}}, PANEL], **row}
        ],
    }
    _, image = await render_dsl(pool, document)
    box = colour_box(image.data, BLUE)
    assert box is not None, name
    return box[3] - box[1]


@pytest.mark.parametrize("name", list(PICTURES))
async def test_a_picture_with_no_height_fills_a_stretching_row_of_set_height(
    pool: ChromiumPool, name: str
) -> None:
    assert await height_in_row(pool, name, layout={"height": 390}) == 390


async def test_a_map_in_a_stretching_row_of_no_height_keeps_its_240_px_at_least(pool: ChromiumPool) -> None:
    """Beside a short panel it is its usual 240 px; beside a taller one, as tall as that."""
    assert await height_in_row(pool, "map") == 240
    tall = {**PANEL, "layout": {"width": 300, "height": 320}}
    document_row = {"children": [{"type": "map", "style": {"flex": 1}}, tall]}
    assert await height_in_row(pool, "map", **document_row) == 320
