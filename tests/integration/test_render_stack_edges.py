"""Layers of a stack with no `align` on real Chromium: a second small layer over the base is laid
along the bottom edge, not on the top row's menu button."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_blue, is_green, painted, render_dsl, rgb

pytestmark = pytest.mark.integration


async def test_a_badge_after_a_top_row_over_a_map_sits_at_the_bottom_not_on_the_menu_button(
    pool: ChromiumPool,
) -> None:
    """The ride screen: a map, a top row (menu button ... avatar) and a "3 min away" badge. Both
    layers sat 12 px from the top-left corner and the badge hid the menu button."""
    stack = {"type": "stack", "layout": {"height": 300}, "children": [
        {"type": "map", "label": "Pickup"},
        {"type": "row", "children": [{"type": "button", "icon": "menu", "className": "menu"}, {"type": "spacer"}]},
        {"type": "badge", "text": "3 min away"},
    ]}  # fmt: skip
    css = painted(".menu", "#0000ff") + painted(".dsl-badge", "#00ff00")
    _, image = await render_dsl(
        pool, {"width": 360, "height": 320, "padding": 0, "css": css, "elements": [stack]}
    )
    pixels = rgb(image.data)
    menu = box_where(pixels, is_blue)
    badge = box_where(pixels, is_green)
    assert menu is not None and badge is not None, (menu, badge)
    assert menu[1] <= 16, menu  # the top row keeps the top edge
    assert abs(badge[3] - (300 - 12)) <= 2, badge  # 12 px above the stack's bottom edge
    assert badge[1] > menu[3], (menu, badge)  # no longer over the button


SEARCH_ROW = {
    "type": "row",
    "children": [{"type": "search", "value": "Islington, London", "style": {"flex": 1}}],
}
LISTING = {"type": "card", "title": "£785,000", "description": "Flat 3, 118-124 Upper Street, London N1 1QP"}


@pytest.mark.parametrize(
    ("layers", "align", "drawn"),
    [
        ([SEARCH_ROW, LISTING], None, False),  # the card is the second edge layer: along the bottom
        ([LISTING], "end", False),  # the stack's align lays it there
        ([SEARCH_ROW], None, True),  # only the top row: the bottom corner is free
        ([{"type": "badge", "text": "£1.25m"}, {"type": "badge", "text": "£785k"}], None, True),  # small ones
    ],
)
async def test_a_maps_zoom_controls_are_left_out_under_a_card_along_the_bottom(
    pool: ChromiumPool, layers: list[dict[str, object]], align: str | None, drawn: bool
) -> None:
    """A property search: the map, the search row at the top and a listing's card along the
    bottom. The card covered the zoom controls but for their square corner, which showed past
    its rounded one; they are left out. With the bottom corner free they are drawn."""
    stack = {"type": "stack", "layout": {"height": 500}, "children": [{"type": "map"}, *layers]}
    if align:
        stack["align"] = align
    css = painted(".dsl-map-zoom,.dsl-map-zoom *", "#00ff00")
    document = {"width": 390, "height": 520, "padding": 0, "css": css, "elements": [stack]}
    _, image = await render_dsl(pool, document)
    zoom = box_where(rgb(image.data), is_green)
    assert (zoom is not None) is drawn, zoom
