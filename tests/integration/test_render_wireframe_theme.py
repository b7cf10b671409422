"""The built-in `wireframe` theme on real Chromium: the light theme drawn in greyscale."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl, rgb

pytestmark = pytest.mark.integration

COLOURFUL = [
    {"type": "rating", "value": 4, "label": "(212)"},
    {"type": "row", "children": [
        {"type": "badge", "text": "Sale", "variant": "success"},
        {"type": "button", "id": "del", "label": "Delete", "variant": "danger"},
        {"type": "button", "label": "Buy"},
    ]},
    {"type": "alert", "variant": "warning", "title": "Lorem ipsum", "text": "Dolor sit amet."},
]  # fmt: skip


def _most_saturated(data: bytes) -> int:
    """The largest spread between a pixel's channels: 0 for pure greys."""
    pixels = np.asarray(rgb(data)).astype(int)
    return int((pixels.max(axis=2) - pixels.min(axis=2)).max())


def _page(**more: Any) -> dict[str, Any]:
    return {"width": 600, "height": 260, "elements": COLOURFUL, **more}


async def test_the_wireframe_theme_draws_stars_statuses_and_the_primary_in_grey(pool: ChromiumPool) -> None:
    """`theme: wireframe` warned that there is no such theme and drew the light one in colour."""
    light = await render_dsl(pool, _page())
    prepared, wireframe = await render_dsl(pool, _page(theme="wireframe"))
    assert prepared.warnings == []
    assert _most_saturated(light[1].data) > 100  # the red button, the amber stars
    assert _most_saturated(wireframe.data) <= 2
    # Still the light theme: the page stays light, the danger button's fill dark grey.
    pixels = np.asarray(rgb(wireframe.data)).astype(int)
    assert pixels[5, 5].min() >= 240 and pixels.min() < 90


async def test_a_caller_asks_for_the_wireframe_theme_over_the_documents_tokens(pool: ChromiumPool) -> None:
    """`--theme wireframe` (the render option) over a document's own brand tokens."""
    _, image = await render_dsl(pool, _page(theme={"primary": "#7c3aed", "radius": 2}), theme="wireframe")
    assert _most_saturated(image.data) <= 2
