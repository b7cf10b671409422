"""Links beside text on real Chromium are told from it by more than colour (WCAG 1.4.1): the light
theme's indigo, 2.82:1 against its body text, is underlined, and so is a `muted` link, drawn in the
muted text's colour; the dark theme's link, 3:1 or more from its text, keeps none."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where
from tests.integration.test_render_theme_brands import pixel, shot
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


async def underlined(pool: ChromiumPool, theme: Any, link: dict[str, Any]) -> bool:
    """Whether the link's lowest row of ink runs along nine tenths of its width (an underline;
    the bottoms of letters leave gaps)."""
    image = await shot(pool, theme, link)
    page = pixel(image, 4, 4)
    box = box_where(image, lambda colour: contrast(colour, page) > 1.5)
    assert box is not None
    left, _, right, bottom = box
    ink = [x for x in range(left, right) if contrast(pixel(image, x, bottom - 1), page) > 1.5]
    return len(ink) >= 0.9 * (right - left)


@pytest.mark.parametrize(
    ("theme", "link", "expected"),
    [("light", {"type": "link", "text": "Create one"}, True),
     ("light", {"type": "link", "text": "privacy policy", "variant": "muted"}, True),
     ("dark", {"type": "link", "text": "privacy policy", "variant": "muted"}, True),
     ("dark", {"type": "link", "text": "Create one"}, False)],
    ids=["light-indigo", "light-muted", "dark-muted", "dark-indigo"],
)  # fmt: skip
async def test_a_link_too_close_to_the_text_or_muted_is_underlined(
    pool: ChromiumPool, theme: str, link: dict[str, Any], expected: bool
) -> None:
    assert await underlined(pool, theme, link) is expected
