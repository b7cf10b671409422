"""On real Chromium: a map's marker is drawn with its pointer's tip at its x and y (percentages of
the map), and `pin: false` leaves no pin at the map's middle."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, box_where, close_to, colour_box, render_dsl, rgb

pytestmark = pytest.mark.integration

WIDTH, HEIGHT = 400, 240
PAGE: dict[str, Any] = {"width": WIDTH, "height": HEIGHT, "padding": 0, "background": "#ffffff"}
MARKERS_BLUE = ".dsl-map-marker{--marker:#0000ff!important;--marker-ink:#0000ff!important}.dsl-map-tag{box-shadow:none!important}"
"""The markers' pill, pointer and text one blue, to find them."""
PIN_BLUE = ".dsl-map-pin-body{fill:#0000ff!important;stroke:none}"


def _point(share: float, extent: int) -> float:
    """Where a percentage of the map lands in the page: inside its 1 px border."""
    return 1 + share / 100 * (extent - 2)


@pytest.mark.parametrize(("x", "y"), [(25, 40), (70, 80)])
async def test_a_labelled_markers_pill_points_at_its_x_and_y(pool: ChromiumPool, x: float, y: float) -> None:
    marker = {"x": x, "y": y, "label": "€ 485.000"}
    map_ = {
        "type": "map",
        "pin": False,
        "variant": "plain",
        "markers": [marker],
        "layout": {"height": HEIGHT},
    }
    _, image = await render_dsl(pool, {**PAGE, "css": MARKERS_BLUE, "elements": [map_]})
    drawn = box_where(rgb(image.data), _is_marker_blue)
    assert drawn is not None, "no marker drawn"
    left, top, right, bottom = drawn
    assert abs((left + right) / 2 - _point(x, WIDTH)) <= 2, drawn  # centred on x
    assert abs(bottom - _point(y, HEIGHT)) <= 2, drawn  # the pointer's tip on y
    assert 20 <= bottom - top <= 40 and right - left > 60, drawn  # a pill with its pointer, above the point


async def test_pin_false_leaves_no_pin_at_the_middle(pool: ChromiumPool) -> None:
    middle = (WIDTH // 2 - 30, HEIGHT // 2 - 60, WIDTH // 2 + 30, HEIGHT // 2 + 10)
    map_ = {"type": "map", "layout": {"height": HEIGHT}}
    _, pinned = await render_dsl(pool, {**PAGE, "css": PIN_BLUE, "elements": [map_]})
    assert (
        box_where(rgb(pinned.data), lambda c: close_to(c, BLUE, 8), middle) is not None
    )  # the test sees a pin
    for hidden in ({"pin": False}, {"icon": "none"}):
        _, image = await render_dsl(pool, {**PAGE, "css": PIN_BLUE, "elements": [{**map_, **hidden}]})
        assert box_where(rgb(image.data), lambda c: close_to(c, BLUE, 40), middle) is None, hidden
        # nor in the theme's own pin colour (red), unpainted
        _, plain = await render_dsl(pool, {**PAGE, "elements": [{**map_, **hidden}]})
        assert box_where(rgb(plain.data), _is_pin_red, middle) is None, hidden


def _is_marker_blue(colour: tuple[int, int, int]) -> bool:
    """The markers' blue, and the blue-grey of the pointer's antialiased tip (not the map's pale water)."""
    r, g, b = colour
    return b > 150 and b - max(r, g) > 80


def _is_pin_red(colour: tuple[int, int, int]) -> bool:
    r, g, b = colour
    return r > 180 and g < 90 and b < 90


async def test_the_zoom_controls_stay_over_a_marker_under_them(pool: ChromiumPool) -> None:
    marker = {"x": 96, "y": 94, "label": "€ 9"}
    map_ = {"type": "map", "pin": False, "markers": [marker], "layout": {"height": HEIGHT}}
    _, image = await render_dsl(pool, {**PAGE, "css": MARKERS_BLUE, "elements": [map_]})
    zoom = (WIDTH - 42, HEIGHT - 74, WIDTH - 12, HEIGHT - 12)  # the controls' 30 px by 62 px
    assert box_where(rgb(image.data), lambda c: close_to(c, BLUE, 8), zoom) is None
    assert colour_box(image.data, BLUE) is not None  # the rest of the pill shows beside them
