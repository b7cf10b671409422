"""A chart's value axis written with a `suffix` or a `prefix` and `format: full` on real Chromium:
the gutter widens to hold its longest label, which is drawn whole (glyph for glyph the same text
drawn alone), inside the chart's box, and the render measures nothing cut."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import Box, box_where, render_dsl, rgb, row_runs
from tests.integration.test_render_chart_numbers import ink_mask, is_grey_ink, overlap

pytestmark = pytest.mark.integration

CHART_LEFT, CHART_TOP, CHART_BOTTOM = 10, 10, 250
SCALE = 2


def document(fields: dict[str, Any], values: list[float], reference: str = "") -> dict[str, Any]:
    """A line chart with the value `fields`, and under it `reference` alone in the axis' type."""
    box = {"x": CHART_LEFT, "y": CHART_TOP, "width": 400, "height": CHART_BOTTOM - CHART_TOP}
    chart = {"type": "chart", "variant": "line", "data": {"labels": ["a", "b", "c"], "values": values}}
    elements: list[dict[str, Any]] = [{**chart, **fields, "layout": box}]
    if reference:
        style = {"fontSize": 11.5, "color": "var(--muted-foreground)", "whiteSpace": "pre"}
        elements.append(
            {"type": "text", "text": reference, "layout": {"x": CHART_LEFT, "y": 262}, "style": style}
        )
    return {"width": 420, "height": 300, "background": "#ffffff", "elements": elements}


def top_tick(picture: Image.Image) -> Box:
    """The box of the value axis' highest label: the first line of grey ink left of the plot."""
    gutter: Box = (0, CHART_TOP * SCALE, 200 * SCALE, CHART_BOTTOM * SCALE)
    first = row_runs(picture, is_grey_ink, gutter)[0]
    return (gutter[0], first[0], gutter[2], first[1])


@pytest.mark.parametrize(
    ("fields", "values"),
    [({"suffix": " ms"}, [120.0, 340.0, 910.0]),
     ({"prefix": "$", "format": "full"}, [3_000_000.0, 12_400_000.0, 8_000_000.0])],
)  # fmt: skip
async def test_the_longest_axis_label_is_drawn_whole_inside_the_chart(
    pool: ChromiumPool, fields: dict[str, Any], values: list[float]
) -> None:
    prepared, _ = await render_dsl(pool, document(fields, values), scale=SCALE)
    labels = re.findall(r'class="dsl-chart-y"[^>]*>([^<]*)<', prepared.html)
    top = labels[-1]
    assert top.endswith(fields.get("suffix", "")) and top.startswith(fields.get("prefix", ""))
    _, image = await render_dsl(pool, document(fields, values, top), scale=SCALE)
    assert list(image.measured_warnings) == []
    picture = rgb(image.data)
    tick = top_tick(picture)
    ink = box_where(picture, is_grey_ink, tick)
    assert ink is not None and ink[0] >= CHART_LEFT * SCALE  # not pushed out past the chart's left edge
    alone = box_where(picture, is_grey_ink, (0, (CHART_BOTTOM + 4) * SCALE, picture.width, picture.height))
    assert alone is not None
    # the whole label, suffix and all: as wide as the same text drawn alone (to a pixel's
    # antialiasing either side), and the same glyphs
    assert abs((ink[2] - ink[0]) - (alone[2] - alone[0])) <= 2
    assert overlap(ink_mask(picture, tick), ink_mask(picture, alone)) > 0.7
