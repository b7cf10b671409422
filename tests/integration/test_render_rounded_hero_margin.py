"""A rounded gradient promo (a stack over a rounded container) under a navbar on real Chromium:
it keeps the page's 24 px margin on a canvas of set height, as a full-page shot and on a canvas
as tall as its content (`height: auto`), where it ran edge to edge with its corners cut by the
screen's edges (its 200 px were taken for a height spanning the canvas's least 100 px)."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import column_runs, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

PINK = "#ff2e88"


def store(height: int | str) -> dict[str, Any]:
    return {
        "width": 900,
        "height": height,
        "theme": {"base": "dark", "primary": PINK, "background": "#0b0b1a"},
        "elements": [
            {
                "type": "navbar",
                "title": "NEXUS STORE",
                "items": [{"label": "Featured", "active": True}, "Skins"],
            },
            {
                "type": "stack",
                "layout": {"height": 200},
                "children": [
                    {
                        "type": "container",
                        "layout": {"height": 200},
                        "style": {
                            "background": f"linear-gradient(120deg, {PINK}, #7c3aed)",
                            "borderRadius": 16,
                        },
                    },
                    {
                        "type": "column",
                        "padding": 32,
                        "children": [{"type": "heading", "level": 1, "text": "Neon Ronin Collection"}],
                    },
                ],
            },
            {"type": "text", "text": "Content below keeps the 24 px margin."},
        ],
    }


def vivid(colour: tuple[int, int, int]) -> bool:
    """The promo's gradient (pink to violet): red well above green, unlike the navy page."""
    red, green, _ = colour
    return red > 100 and red - green > 60


async def test_a_rounded_promo_keeps_the_page_margin_whatever_the_canvas_height(pool: ChromiumPool) -> None:
    boxes = []
    for height, options in ((360, {}), (360, {"full_page": True}), ("auto", {})):
        _, image = await render_dsl(pool, store(height), **options)
        picture = rgb(image.data)
        # Across the promo's middle (clear of its heading) and down its middle column.
        across = column_runs(picture, vivid, (0, 180, picture.width, 181))
        down = row_runs(picture, vivid, (600, 0, 601, picture.height))
        assert len(across) == 1 and len(down) == 1, (height, options, across, down)
        boxes.append((*across[0], *down[0]))
    left, right, top, bottom = boxes[0]
    assert (left, right, bottom - top) == (24, 900 - 24, 200)  # the page's margin at both sides
    assert all(box == boxes[0] for box in boxes[1:]), boxes
