"""The validator's advice drawn on real Chromium: the focus rings it gives for `focused: true`
show on any brand (a yellow or a lavender primary's pale tint vanished on white)."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.hints.element_fields import FIELD_FOCUS_RING_CSS, FOCUS_RING_STYLE
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, render_dsl, rgb
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration

WHITE: RGB = (255, 255, 255)
_EARLIER_FIELD_RING = (
    "#email .dsl-control {border-color: var(--primary); box-shadow: 0 0 0 3px var(--primary-soft)}"
)
"""The ring advised before: the brand's pale tint, 3 px around the field."""


def _document(primary: str, css: str, style: dict[str, Any] | None) -> dict[str, Any]:
    button: dict[str, Any] = {"type": "button", "label": "Save"}
    if style:
        button["style"] = style
    return {
        "width": 420,
        "height": 160,
        "theme": {"primary": primary},
        "css": css,
        "elements": [
            {"type": "input", "id": "email", "label": "Email", "placeholder": "you@company.com"},
            button,
        ],
    }


async def _ring_pixels(pool: ChromiumPool, primary: str, css: str, style: dict[str, Any] | None) -> list[RGB]:
    """The pixels the ring changes: the page with it against the page without it."""
    _, ringed = await render_dsl(pool, _document(primary, css, style))
    _, plain = await render_dsl(pool, _document(primary, "", None))
    with_ring, without = rgb(ringed.data), rgb(plain.data)
    assert with_ring.size == without.size
    changed = []
    for y in range(with_ring.height):
        for x in range(with_ring.width):
            pixel = with_ring.getpixel((x, y))
            assert isinstance(pixel, tuple)
            if pixel[:3] != without.getpixel((x, y))[:3]:  # type: ignore[index]
                changed.append((pixel[0], pixel[1], pixel[2]))
    return changed


def _visible(pixels: list[RGB]) -> int:
    """How many of the pixels stand out from the white page at 3:1, as a focus ring must."""
    return sum(1 for pixel in pixels if pixel_contrast(pixel, WHITE) >= 3)


@pytest.mark.parametrize("primary", ["#facc15", "#c4b5fd", "#4f46e5"])
async def test_the_advised_focus_rings_stand_out_for_any_brand(pool: ChromiumPool, primary: str) -> None:
    """Yellow, lavender and indigo brands: the field's ring and the button's are each a 2 px line
    around a box (hundreds of pixels) at 3:1 or more on white."""
    field = await _ring_pixels(pool, primary, FIELD_FOCUS_RING_CSS, None)
    button = await _ring_pixels(pool, primary, "", FOCUS_RING_STYLE)
    assert _visible(field) > 600, (primary, len(field), _visible(field))
    assert _visible(button) > 150, (primary, len(button), _visible(button))


async def test_the_earlier_rings_vanished_on_a_yellow_brand(pool: ChromiumPool) -> None:
    """The measure tells: the rings advised before (the brand's tint, the brand itself) drew
    hardly a pixel at 3:1 on a yellow brand."""
    field = await _ring_pixels(pool, "#facc15", _EARLIER_FIELD_RING, None)
    button = await _ring_pixels(
        pool, "#facc15", "", {"outline": "2px solid var(--primary)", "outlineOffset": 2}
    )
    assert field and _visible(field) < 100, (len(field), _visible(field))
    assert button and _visible(button) < 30, (len(button), _visible(button))
