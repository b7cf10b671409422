"""Emoji that a text face earlier in the stack also holds (🆘 in Noto Sans CJK) are drawn in
colour by the emoji face, in texts, headings, buttons and code; ordinary text is drawn as before."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_where, is_ink, render_dsl, rgb

pytestmark = pytest.mark.integration


def is_emoji_red(colour: RGB) -> bool:
    """The red square of Noto Color Emoji's 🆘: no grey text or primary blue comes near it."""
    r, g, b = colour
    return r > 180 and g < 100 and b < 100


async def picture(pool: ChromiumPool, *elements: dict[str, Any]) -> Image.Image:
    page = {"version": 1, "width": 360, "height": 200, "background": "#ffffff", "elements": list(elements)}
    _, image = await render_dsl(pool, page, scale=1)
    return rgb(image.data)


@pytest.mark.parametrize(
    "element",
    [
        {"type": "text", "text": "Need help 🆘"},
        {"type": "heading", "level": 3, "text": "🆘 Emergency"},
        {"type": "button", "label": "🆘 Help", "variant": "outline"},
        {"type": "code", "text": "status = '🆘'"},
    ],
    ids=["text", "heading", "button", "code"],
)
async def test_a_squared_sos_is_drawn_in_colour(pool: ChromiumPool, element: dict[str, Any]) -> None:
    """Noto Sans CJK holds 🆘 as a black outline, and it came before the emoji face in the
    stack: the emoji was drawn monochrome. Drawn by the emoji face, it is a red square."""
    drawn = await picture(pool, element)
    red = box_where(drawn, is_emoji_red)
    assert red is not None and red[2] - red[0] >= 8 and red[3] - red[1] >= 8, red


async def test_text_beside_an_emoji_is_drawn_as_without_it(pool: ChromiumPool) -> None:
    """The emoji face covers only emoji: "© 2025 ⌀ → ★ Ω" is drawn as on a page without one, in
    the text faces (a face covering © would have drawn "© 2025" as an emoji)."""
    plain = {"type": "text", "text": "© 2025 ™ ⌀ → ★ Ω ✓ 你好", "layout": {"x": 20, "y": 20}}
    emoji = {"type": "text", "text": "🆘 🈁 🉐 ⭐", "layout": {"x": 20, "y": 100}}
    alone, beside = await picture(pool, plain), await picture(pool, plain, emoji)
    line = (0, 0, alone.width, 80)
    assert box_where(alone, is_ink, line) is not None
    assert alone.crop(line).tobytes() == beside.crop(line).tobytes()
    assert box_where(beside, is_emoji_red) is not None
