"""One disabled look on real Chromium: a disabled sidebar item, stepper step, tab, menu item,
checkbox and outline button all draw their words in the text colour at the same opacity, so they
read alike (about 3.4:1 on the light theme); a disabled sidebar item read at 1.8:1 and a step at
2.1:1 beside a checkbox's 3.4:1."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, render_dsl, rgb
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration

DISABLED: dict[str, tuple[dict[str, Any], Box]] = {
    "sidebar item": ({"type": "sidebar", "layout": {"width": 200},
                      "items": [{"label": "Disabled item", "icon": "lock", "disabled": True}]}, (40, 20, 160, 50)),
    "stepper step": ({"type": "stepper", "items": ["One", {"label": "Two", "disabled": True}], "current": 0},
                     (200, 55, 300, 80)),
    "tab": ({"type": "tabs", "items": ["Day", {"label": "Week", "disabled": True}], "active": 0}, (60, 30, 120, 52)),
    "menu item": ({"type": "menu", "items": [{"label": "Disabled action", "disabled": True}]}, (20, 30, 220, 55)),
    "checkbox": ({"type": "checkbox", "label": "Disabled box", "disabled": True}, (40, 15, 140, 35)),
    "outline button": ({"type": "button", "label": "Disabled", "variant": "outline", "disabled": True},
                       (24, 20, 100, 44)),
}  # fmt: skip


def pixel(image: Image.Image, x: int, y: int) -> RGB:
    red, green, blue = image.getpixel((x, y))[:3]  # type: ignore[index]
    return red, green, blue


async def words_contrast(pool: ChromiumPool, element: dict[str, Any], region: Box, theme: str) -> float:
    """How far the core of the disabled element's words stands out from what is under them."""
    _, shot = await render_dsl(pool, {"width": 320, "height": 120, "theme": theme, "elements": [element]})
    image = rgb(shot.data)
    left, top, right, bottom = region
    seen = Counter(pixel(image, x, y) for y in range(top, bottom) for x in range(left, right))
    ground = seen.most_common(1)[0][0]
    return max(contrast(colour, ground) for colour in seen)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_disabled_items_of_every_kind_read_alike(pool: ChromiumPool, theme: str) -> None:
    ratios = {
        name: await words_contrast(pool, element, region, theme)
        for name, (element, region) in DISABLED.items()
    }
    assert max(ratios.values()) - min(ratios.values()) <= 0.6, ratios  # they ranged 1.8-3.4:1
    if theme == "light":
        assert all(3 <= ratio <= 4 for ratio in ratios.values()), ratios
    else:
        assert all(3 <= ratio <= 6 for ratio in ratios.values()), ratios  # readable, fainter than text
