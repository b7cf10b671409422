"""On real Chromium: a phone's row of chips that says `wrap: false` scrolls sideways, as a phone's
filter chips do: each chip keeps its width, the last is cut at the screen's edge, and the render
does not warn of it (it warned "runs past the side of the image", advising to shrink the widest
chip). Without a touch screen the same row is cut off content, and still warned of."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import colour_box, render_dsl

pytestmark = pytest.mark.integration

RED = (255, 0, 0)


def chips(**page: Any) -> dict[str, Any]:
    labels = ["Filters", "Running", "Size 42", "Price range", "Brand"]
    row = {
        "type": "row", "gap": 8, "wrap": False,
        "children": [
            {"type": "chip", "text": label, **({"style": {"background": "#ff0000"}} if label == "Brand" else {})}
            for label in labels
        ],
    }  # fmt: skip
    return {"height": 200, "elements": [row], **page}


async def test_a_phone_row_of_chips_that_does_not_wrap_scrolls_past_the_edge_unwarned(
    pool: ChromiumPool,
) -> None:
    _, image = await render_dsl(pool, chips(device="mobile"), scale=1)
    assert not [warning for warning in image.measured_warnings if "past the side" in warning.message]
    last = colour_box(image.data, RED)
    assert last is not None and last[2] == 390, last  # the last chip runs on to the screen's edge
    assert last[2] - last[0] < 60, last  # and is cut there: only its start shows


async def test_the_same_row_without_a_touch_screen_is_still_warned_of(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, chips(width=390), scale=1)
    assert [warning for warning in image.measured_warnings if "past the side" in warning.message]
