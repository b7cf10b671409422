"""The earlier format's styles on real Chromium: `display: flex` lays children in a row with no
gap, a background `url()` to fetch leaves its colour drawn, an entrance animation ends visible and
a filled, borderless input casts no shadow."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, GREEN, colour_box, render_dsl, rgb, rgb_at

pytestmark = pytest.mark.integration

WHITE = (255, 255, 255)
RED = (255, 0, 0)
FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}


def block(colour: str, width: int, height: int) -> dict[str, Any]:
    """A flat box of one colour in the flow, so its pixels give its exact place and size."""
    return {
        "type": "container",
        "layout": {"width": width, "height": height},
        "style": {"background": colour},
    }


def page(width: int, height: int, *elements: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"width": width, "height": height, "background": "#ffffff", "elements": list(elements), **more}


async def test_a_container_styled_display_flex_spreads_its_children_along_a_row(pool: ChromiumPool) -> None:
    toolbar = {
        "type": "container",
        "layout": {"x": 0, "y": 0, "width": 400, "height": 60},
        "style": {"display": "flex", "justifyContent": "space-between", "alignItems": "center"},
        "children": [block("#ff0000", 100, 20), block("#0000ff", 80, 40)],
    }
    _, image = await render_dsl(pool, page(400, 80, toolbar))
    # One row: the first at the start, the last at the end, both centred on the bar's middle.
    assert colour_box(image.data, RED) == (0, 20, 100, 40)
    assert colour_box(image.data, BLUE) == (320, 10, 400, 50)


@pytest.mark.parametrize("kind", ["flex", "card", "sidebar"])
async def test_a_box_styled_display_flex_has_no_gap(pool: ChromiumPool, kind: str) -> None:
    row = {
        "type": kind,
        "layout": {"x": 0, "y": 0, "width": 400, "height": 40},
        "style": {"display": "flex", "padding": 0, **FLAT},
        "children": [block("#0000ff", 100, 40), block("#00ff00", 100, 40)],
    }
    _, image = await render_dsl(pool, page(400, 60, row))
    assert colour_box(image.data, BLUE) == (0, 0, 100, 40)
    assert colour_box(image.data, GREEN) == (100, 0, 200, 40)  # side by side, no seam


async def test_a_flex_column_from_its_style_has_no_gap_either(pool: ChromiumPool) -> None:
    column = {
        "type": "flex",
        "layout": {"x": 0, "y": 0, "width": 200, "height": 150},
        "style": {"display": "flex", "flexDirection": "column"},
        "children": [block("#0000ff", 200, 40), block("#00ff00", 200, 40)],
    }
    _, image = await render_dsl(pool, page(200, 150, column))
    assert colour_box(image.data, BLUE) == (0, 0, 200, 40)
    assert colour_box(image.data, GREEN) == (0, 40, 200, 80)


async def test_a_background_url_to_fetch_leaves_the_colour_drawn(pool: ChromiumPool) -> None:
    hero = {
        "type": "container",
        "layout": {"x": 0, "y": 0, "width": 400, "height": 200},
        "style": {"background": "url(hero.jpg) center / cover no-repeat", "backgroundColor": "#1e293b"},
    }
    prepared, image = await render_dsl(pool, page(400, 200, hero))
    assert "hero.jpg" not in prepared.html
    assert rgb(image.data).getcolors() == [(400 * 200, (0x1E, 0x29, 0x3B))]


async def test_an_animation_is_shown_as_it_ends(pool: ChromiumPool) -> None:
    def box(x: int, **more: Any) -> dict[str, Any]:
        return {"type": "container", "layout": {"x": x, "y": 20, "width": 60, "height": 60}, **more}

    document = page(
        400,
        100,
        box(20, style={"background": "#ff0000", "animation": "fadeIn 1s ease-in-out"}),
        box(120, className="enter", style={"background": "#ff0000"}),
        box(220, style={"background": "#ff0000", "animation": "fadeOut 0.5s 2 forwards"}),
        box(320, style={"background": "#ff0000", "animation": "fadeIn 1s infinite"}),
        css="@keyframes fadeIn { from { opacity: 0 } to { opacity: 1 } }"
        "@keyframes fadeOut { from { opacity: 1 } to { opacity: 0 } }"
        ".enter { animation: fadeIn 300ms ease-out both }",
    )
    _, image = await render_dsl(pool, document)
    assert rgb_at(image.data, 50, 50) == RED  # an entrance has run: visible
    assert rgb_at(image.data, 150, 50) == RED  # the same from the document's css
    assert rgb_at(image.data, 250, 50) == WHITE  # an exit kept at its end (forwards): gone
    assert rgb_at(image.data, 350, 50) == WHITE  # an endless one: its first frame


async def test_a_filled_borderless_input_casts_no_shadow(pool: ChromiumPool) -> None:
    search = {
        "type": "input",
        "layout": {"x": 16, "y": 20, "width": 358, "height": 48},
        "style": {"background": "#f3f4f6", "border": "none", "borderRadius": "14px"},
        "placeholder": "Search dishes",
    }
    _, image = await render_dsl(pool, page(390, 100, search))
    below = rgb(image.data).crop((0, 68, 390, 100))
    assert below.getcolors() == [(390 * 32, WHITE)]  # nothing under the field's bottom edge
    assert rgb_at(image.data, 200, 64) == (0xF3, 0xF4, 0xF6)  # the field itself is drawn
