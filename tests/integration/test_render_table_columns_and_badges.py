"""Tables on real Chromium: a neutral badge keeps its edge on a striped row, a squeezed text column
keeps one line, a column's `width` holds under a long header, and a first column of amounts
starts at the table's edge."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, luminance, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration


async def _render(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Image.Image, Any]:
    _, image = await render_dsl(pool, {"version": 1, "scale": 1, **document})
    return rgb(image.data), image


async def test_a_grey_badge_keeps_a_visible_edge_on_a_striped_row(pool: ChromiumPool) -> None:
    """A grey "Suspended" badge on a striped row was its own ground: only its dot and word
    showed. Now its ring is drawn, as tall as the badge (22 px), darker than the stripe."""
    table = {"type": "table", "striped": True, "columns": ["Name", "Status"],
             "rows": [["Ana", "Active"], ["Ben", "Suspended"]]}  # fmt: skip
    picture, _ = await _render(pool, {"width": 400, "height": 160, "elements": [table]})
    lines = row_runs(picture, lambda c: luminance(c) < 120, (0, 0, 140, 160))
    assert len(lines) == 3, lines  # the header, Ana, Ben
    top, bottom = lines[2]
    band = (140, top - 10, 360, bottom + 10)
    ground = luminance(picture.getpixel((365, (top + bottom) // 2)))  # the stripe, right of the badge
    badge = box_where(picture, lambda c: luminance(c) < ground - 20, band)
    assert badge is not None
    assert badge[3] - badge[1] >= 20, badge  # the ring, not only the 12 px of the word
