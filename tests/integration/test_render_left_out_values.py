"""A render tells of the values (`valueLabels`) its chart's container query left out over upright
bars too narrow for them, which only the width Chromium draws the chart at decides."""

from __future__ import annotations

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl

FUNNEL = {"labels": ["Visited", "Added to cart", "Checkout started", "Payment", "Purchased"],
          "values": [1, 0.342, 0.187, 0.121, 0.094]}  # fmt: skip


async def test_values_left_out_in_a_narrow_grid_column_are_told_and_wide_ones_are_not(
    pool: ChromiumPool,
) -> None:
    narrow = {"type": "chart", "format": "percent", "valueLabels": True, "data": FUNNEL}
    wide = {**narrow, "layout": {"height": 220}}
    doc = {"width": 500, "height": "auto",
           "elements": [{"type": "grid", "columns": 2, "children": [narrow, {"type": "text", "text": "x"}]}, wide]}  # fmt: skip
    _, image = await render_dsl(pool, doc, scale=1)
    told = [issue.path for issue in image.measured_warnings if issue.code == "field_ignored"]
    assert told == ["/elements/0/children/0/valueLabels"]
