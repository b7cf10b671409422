"""Texts an accessibility audit measured under 4.5:1 on real Chromium, read again: a field's
placeholder on the built-in themes and on an author's tokens (3.4:1 light, 3.7:1 dark).

Each text is drawn large and bold by the document's CSS (its colour is what is judged, a big
glyph's inside is that colour, not a blend with its ground), as test_render_small_text_contrast does."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import render_dsl, rgb
from tests.integration.test_render_small_text_contrast import LARGE, ink_and_ground
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


THEMES: dict[str, Any] = {
    "light": "light",
    "dark": "dark",
    "grey-text-token": {"text": "#333333"},
    "navy-page-token": {"background": "#0f172a", "surface": "#1e293b", "text": "#e2e8f0"},
}


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
async def test_a_fields_placeholder_reads_at_4_5_and_is_lighter_than_its_value(
    pool: ChromiumPool, theme: Any
) -> None:
    css = f".dsl-control{{height:80px!important}}.dsl-control-placeholder,.dsl-control-value{{{LARGE}}}"
    fields = [{"type": "input", "placeholder": "Mm", "layout": {"width": 360}},
              {"type": "input", "value": "Mm", "layout": {"width": 360}}]  # fmt: skip
    picture = await _picture(pool, {"width": 400, "height": 240, "padding": 10, "theme": theme, "css": css,
                                    "elements": [{"type": "column", "gap": 20, "children": fields}]})  # fmt: skip
    placeholder, ground = ink_and_ground(picture, (20, 20, 200, 80))
    value, value_ground = ink_and_ground(picture, (20, 120, 200, 180))
    assert value_ground == ground
    assert pixel_contrast(placeholder, ground) >= 4.5, (placeholder, ground)
    assert pixel_contrast(value, ground) > pixel_contrast(placeholder, ground) + 2, (value, placeholder)
