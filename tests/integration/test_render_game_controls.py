"""Game and creative screens on real Chromium: a row of sliders shares its card however many there
are, a centred row included, and none runs out of it."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, boxes, is_blue, is_green, painted, render_dsl, rgb

pytestmark = pytest.mark.integration

FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none", "background": "#00ff00"}


def mixer(justify: str | None, slider: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"type": "row", "children": [{"type": "slider", "value": 50, **slider}] * 4}
    if justify:
        row["justify"] = justify
    return {
        "width": 360,
        "height": 160,
        "css": painted(".dsl-slider-range", "#0000ff"),
        "elements": [{"type": "card", "style": FLAT, "layout": {"width": 260}, "children": [row]}],
    }


@pytest.mark.parametrize(
    ("justify", "slider"),
    [(None, {}), ("center", {}), ("center", {"layout": {"height": 60}}), ("between", {})],
)
async def test_sliders_in_a_row_share_their_card(
    pool: ChromiumPool, justify: str | None, slider: dict[str, Any]
) -> None:
    prepared, image = await render_dsl(pool, mixer(justify, slider))
    picture = rgb(image.data)
    card = box_where(picture, is_green)
    assert card is not None
    ranges = boxes(picture, is_blue)
    assert len(ranges) == 4, ranges
    assert all(card[0] < left and right < card[2] for left, _, right, _ in ranges), (card, ranges)
    widths = [right - left for left, _, right, _ in ranges]
    assert max(widths) - min(widths) <= 2, widths
    assert not [w for w in prepared.warnings if "runs" in w.message], prepared.warnings


async def test_a_ring_takes_its_size_from_its_width_or_height(pool: ChromiumPool) -> None:
    """A ring sized in `layout` or `style` stayed 72 px: it is as big as the smaller side given, and
    keeps it beside another ring (an equal slot narrower than it let them overlap)."""
    ring = {"type": "progress", "variant": "circle", "value": 100, "color": "#0000ff"}
    document = {
        "width": 600,
        "height": 260,
        "elements": [
            {
                "type": "row",
                "children": [
                    {**ring, "layout": {"width": 200, "height": 200}},
                    {**ring, "style": {"width": 180, "height": 240}},
                    {**ring, "size": 72},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    rings = boxes(rgb(image.data), is_blue)
    widths = [right - left for left, _, right, _ in rings]
    assert all(abs(width - meant) <= 3 for width, meant in zip(widths, [200, 180, 72], strict=True)), rings
    assert all(rings[i][2] < rings[i + 1][0] for i in range(2)), rings


HUD = {
    "type": "container",
    "layout": {"x": 20, "y": 20, "width": 340, "height": 110},
    "style": {"border": "1px solid #64748b", "padding": 12},
    "children": [
        {
            "type": "row",
            "gap": 12,
            "children": [
                {"type": "avatar", "name": "Kael Stormborn", "size": 64, "variant": "square"},
                {
                    "type": "column",
                    "gap": 6,
                    "style": {"flex": 1},
                    "children": [
                        {"type": "text", "text": "KAEL  Lv 42"},
                        {"type": "progress", "value": 78, "label": "HP", "text": "780/1000"},
                        {"type": "progress", "value": 45, "label": "MP", "text": "450/1000"},
                    ],
                },
            ],
        }
    ],
}


async def test_a_placed_box_whose_content_runs_over_its_padding_is_named(pool: ChromiumPool) -> None:
    """The HUD's last bar ran 22 px over its 12 px padding, 10 past its edge: under half a line
    past the edge, and unsaid. Running over the padding counts."""
    _, image = await render_dsl(pool, {"width": 420, "height": 200, "elements": [HUD]})
    (warning,) = [w for w in image.measured_warnings if w.code == "content_overflow"]
    assert warning.path == "/elements/0" and "21 px more" in warning.message, warning


async def test_a_placed_box_its_content_fits_is_not_named(pool: ChromiumPool) -> None:
    roomy = {**HUD, "layout": {**HUD["layout"], "height": 150}}  # type: ignore[dict-item]
    _, image = await render_dsl(pool, {"width": 420, "height": 200, "elements": [roomy]})
    assert not [w for w in image.measured_warnings if w.code == "content_overflow"]


async def test_a_stack_painted_by_its_own_background_lays_its_layers_as_on_a_backdrop(
    pool: ChromiumPool,
) -> None:
    """An inventory tile (a stack with its own background, an icon and its count) drew the icon
    flush in the corner and the count over it: its background is now the base, as a backdrop
    layer is, so the icon keeps 12 px from the edges and the count goes to the bottom edge."""
    tile = {
        "type": "stack",
        "layout": {"width": 84, "height": 84},
        "style": {"background": "#00ff00"},
        "children": [
            {"type": "icon", "name": "flask-conical", "size": 40, "style": {"color": "#0000ff"}},
            {"type": "badge", "text": "x24", "style": {"background": "#ff0000", "color": "#ff0000"}},
        ],
    }
    _, image = await render_dsl(pool, {"width": 200, "height": 120, "elements": [tile]})
    picture = rgb(image.data)
    ground = box_where(picture, is_green)
    icon = box_where(picture, is_blue)
    count = box_where(picture, lambda colour: colour[0] > 240 and colour[1] < 20 and colour[2] < 20)
    assert ground is not None and icon is not None and count is not None
    assert icon[0] - ground[0] >= 12 and icon[1] - ground[1] >= 12, (ground, icon)
    assert count[1] >= icon[3] and ground[3] - count[3] >= 10, (icon, count, ground)


async def test_a_checklist_draws_an_items_own_unchecked_icon_muted_and_its_checks_green(
    pool: ChromiumPool,
) -> None:
    """A quest tracker's open item (`icon: circle`) was drawn green like a done one."""
    items = [
        {"label": "Done", "icon": "circle-check"},
        {"label": "Open", "icon": "circle"},
        {"label": "Failed", "icon": "circle-x", "variant": "danger"},
    ]
    document = {
        "width": 240,
        "height": 140,
        "theme": {"base": "light"},
        "elements": [{"type": "list", "variant": "checklist", "items": items}],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)

    def greenish(colour: tuple[int, int, int]) -> bool:
        red, green, blue = colour
        return green > red + 60 and green > blue + 30

    def reddish(colour: tuple[int, int, int]) -> bool:
        red, green, blue = colour
        return red > green + 80 and red > blue + 60

    def grey(colour: tuple[int, int, int]) -> bool:
        return max(colour) - min(colour) < 12 and max(colour) < 160

    leads = (0, 0, 40, 140)
    check, cross = box_where(picture, greenish, leads), box_where(picture, reddish, leads)
    assert check is not None and cross is not None
    assert check[3] - check[1] <= 20, check  # one green icon only: the open circle is not green
    assert check[3] < cross[1], (check, cross)  # the item's own tone (danger) still wins
    circle = box_where(picture, grey, (0, check[3] + 1, 40, cross[1]))
    assert circle is not None and circle[3] - circle[1] >= 12, circle  # drawn, muted
