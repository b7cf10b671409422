"""On real Chromium: a bullet list item's `indent` nests it: each level starts further in (it was
ignored, every item on one level)."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_text, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration


async def test_each_indent_level_starts_further_in(pool: ChromiumPool) -> None:
    items = [
        "First level",
        {"text": "Second level", "indent": 1},
        {"text": "Third level", "indent": 2},
        "First",
    ]
    document = {
        "width": 400,
        "height": 200,
        "background": "#ffffff",
        "elements": [{"type": "list", "items": items}],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    lines = row_runs(picture, is_text, (0, 0, picture.width, picture.height))
    assert len(lines) == 4, lines
    starts = []
    for top, bottom in lines:
        box = box_where(picture, is_text, (0, top, picture.width, bottom))
        assert box is not None
        starts.append(box[0])
    assert starts[1] - starts[0] >= 16 and starts[2] - starts[1] >= 16, starts
    assert abs(starts[3] - starts[0]) <= 2, starts
