"""A theme's `radius` reaches what is drawn as a pill: at 0 a badge, a chip, a pill tab and a
progress bar are square beside the square buttons and fields (they stayed fully round); at a small
radius they are rounded by it; the default theme keeps its pills."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, box_where, render_dsl, rgb

pytestmark = pytest.mark.integration

PILLS = [
    {"type": "row", "children": [
        {"type": "badge", "text": "Badge", "variant": "primary"},
        {"type": "chip", "text": "Chip", "active": True},
        {"type": "tabs", "variant": "pills", "items": ["Day", "Week"], "active": 0},
    ]},
    {"type": "progress", "value": 60},
]  # fmt: skip
REGIONS = {"badge": (0, 10, 78, 56), "chip": (78, 10, 144, 56), "pill tab": (144, 10, 210, 56)}


async def pills(pool: ChromiumPool, theme: Any) -> Image.Image:
    _, image = await render_dsl(pool, {"width": 480, "height": 120, "theme": theme, "elements": PILLS})
    return rgb(image.data)


def pixel(image: Image.Image, x: int, y: int) -> RGB:
    red, green, blue = image.getpixel((x, y))[:3]  # type: ignore[index]
    return red, green, blue


def filled_boxes(image: Image.Image) -> dict[str, Box]:
    """Each pill's box (what differs from the page in its region) and the progress track's."""
    page = pixel(image, 2, 2)
    boxes = {
        name: box_where(image, lambda colour: colour != page, region) for name, region in REGIONS.items()
    }
    boxes["progress bar"] = box_where(image, lambda colour: colour != page, (0, 56, 480, 100))
    assert all(box is not None for box in boxes.values()), boxes
    return {name: box for name, box in boxes.items() if box is not None}


def corner_filled(image: Image.Image, box: Box, inset: int) -> bool:
    """Whether the pixel `inset` px in from the box's top-left corner (on its diagonal) is painted."""
    return pixel(image, box[0] + inset, box[1] + inset) != pixel(image, 2, 2)


async def test_radius_0_squares_badges_chips_pill_tabs_and_progress_bars(pool: ChromiumPool) -> None:
    image = await pills(pool, {"radius": 0})
    for name, box in filled_boxes(image).items():
        assert corner_filled(image, box, 0), name  # each was fully round


async def test_a_small_radius_rounds_them_by_it(pool: ChromiumPool) -> None:
    image = await pills(pool, {"radius": 4})
    for name, box in filled_boxes(image).items():
        if name != "progress bar":  # 8 px tall: 4 px rounds it whole
            assert not corner_filled(image, box, 0) and corner_filled(image, box, 3), name


@pytest.mark.parametrize("theme", [None, {"radius": 12}])
async def test_the_default_and_larger_radii_keep_pills(pool: ChromiumPool, theme: Any) -> None:
    image = await pills(pool, theme)
    for name, box in filled_boxes(image).items():
        assert not corner_filled(image, box, 0), name
        if name != "progress bar":
            assert not corner_filled(image, box, 2), name  # 2 px in is still outside a pill's curve
