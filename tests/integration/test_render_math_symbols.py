"""On real Chromium: ≠ is one glyph as wide as =, in the theme's sans and in a serif theme
font (Noto Sans and Noto Serif have none: HarfBuzz composed = and a combining slash, drawn
"=/" with the slash shifted right)."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_ink, render_dsl, rgb

pytestmark = pytest.mark.integration


async def _ink_width(pool: ChromiumPool, text: str, theme: dict[str, Any]) -> int:
    element = {"type": "text", "text": text, "style": {"fontSize": 64}}
    document = {"width": 200, "height": 120, "background": "#ffffff", "theme": theme, "elements": [element]}
    _, image = await render_dsl(pool, document)
    box = box_where(rgb(image.data), is_ink)
    assert box is not None
    return box[2] - box[0]


@pytest.mark.parametrize("theme", [{}, {"font": "Noto Serif"}])
async def test_not_equal_is_as_wide_as_equals(pool: ChromiumPool, theme: dict[str, Any]) -> None:
    equals = await _ink_width(pool, "=", theme)
    not_equal = await _ink_width(pool, "≠", theme)
    assert abs(not_equal - equals) <= 0.15 * equals, (equals, not_equal)
