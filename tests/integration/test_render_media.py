"""Pictures and glyphs on real Chromium: embedded images, logos in their boxes, brand icons beside Lucide's."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, is_ink, render_dsl, rgb

pytestmark = pytest.mark.integration


# -- brand icons ---------------------------------------------------------------------------------


async def _ink_size(pool: ChromiumPool, element: dict[str, Any]) -> tuple[int, int]:
    """The width and height of the dark ink of one element alone on a white page."""
    _, image = await render_dsl(pool, {"width": 120, "height": 120, "elements": [element]})
    ink = box_where(rgb(image.data), is_ink)
    assert ink is not None, element
    return ink[2] - ink[0], ink[3] - ink[1]


@pytest.mark.parametrize("brand", ["whatsapp", "github", "apple", "google"])
async def test_a_brand_icon_looks_as_large_as_a_lucide_icon_of_its_size(
    pool: ChromiumPool, brand: str
) -> None:
    """At 48 px a Lucide circle reaches 44 px (its strokes' outer edge); a logo's ink spans 40 of
    its larger side, as a filled shape that looks as large. Drawn by its file's canvas, WhatsApp
    was 70% of a mail icon and Apple 60%."""
    lucide = max(await _ink_size(pool, {"type": "icon", "name": "message-circle", "size": 48}))
    logo = max(await _ink_size(pool, {"type": "icon", "name": brand, "size": 48}))
    assert 38 <= logo <= 42 and 0.86 <= logo / lucide <= 0.95, (logo, lucide)


async def test_a_brand_icon_in_an_icon_button_matches_the_lucide_one_in_the_next_button(
    pool: ChromiumPool,
) -> None:
    """The same-size icon buttons of a sign-in screen: Apple's logo stands as tall as the mail
    icon's envelope is wide, not a small mark in the middle."""
    button: dict[str, Any] = {"type": "button", "variant": "secondary", "size": "lg"}
    mail = await _ink_size(pool, {**button, "icon": "mail"})
    apple = await _ink_size(pool, {**button, "icon": "apple"})
    whatsapp = await _ink_size(pool, {**button, "icon": "whatsapp"})
    assert max(apple) >= 0.85 * max(mail) and max(whatsapp) >= 0.85 * max(mail), (apple, whatsapp, mail)
