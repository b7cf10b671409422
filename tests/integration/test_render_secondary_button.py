"""A secondary button on real Chromium: a neutral fill with a hairline edge that reads as a button
on whatever it sits on (a white card, a muted card, the dark theme, a dark box on a light page, a
brand's theme), apart from an outline button beside it, and faded when disabled."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, render_dsl, rgb, runs
from tests.support.theme_colours import pixel_contrast

pytestmark = pytest.mark.integration

CARD = (20, 20, 500, 140)
"""Where the card holding the buttons is placed: left, top, right, bottom."""


def buttons_on_a_card(theme: Any, card: dict[str, Any], buttons: list[dict[str, Any]]) -> dict[str, Any]:
    left, top, right, bottom = CARD
    holder = {"type": "card", "layout": {"x": left, "y": top, "width": right - left, "height": bottom - top},
              **card, "children": [{"type": "row", "gap": 24, "children": buttons}]}  # fmt: skip
    return {"width": 520, "height": 160, "theme": theme, "elements": [holder]}


def differs(colour: RGB, ground: RGB) -> bool:
    """Drawn on the ground: more than a shadow's faint fringe away from it."""
    return max(abs(a - b) for a, b in zip(colour, ground, strict=True)) > 3


def button_spans(picture: Image.Image, ground: RGB) -> tuple[int, list[tuple[int, int]]]:
    """The row through the buttons' middle and the spans of it drawn off the ground, left to right
    (a filled button is one span; an outline one, of the ground's colour inside, its border and
    each glyph)."""
    left, top, right, bottom = CARD[0] + 16, CARD[1] + 4, CARD[2] - 16, CARD[3] - 4  # clear of the corners
    drawn = [
        y
        for y in range(top, bottom)
        if any(differs(picture.getpixel((x, y)), ground) for x in range(left, right))
    ]
    assert drawn, "no button was drawn on the card"
    middle = (drawn[0] + drawn[-1]) // 2
    row = [differs(picture.getpixel((x, middle)), ground) for x in range(left, right)]
    return middle, [(left + start, left + end) for start, end in runs(row)]


async def rendered(
    pool: ChromiumPool, theme: Any, card: dict[str, Any], buttons: list[dict[str, Any]]
) -> Image.Image:
    _, image = await render_dsl(pool, buttons_on_a_card(theme, card, buttons))
    return rgb(image.data)


GROUNDS = [
    pytest.param("light", {}, id="white-card"),
    pytest.param("dark", {}, id="dark-card"),
    pytest.param("light", {"variant": "muted"}, id="muted-card"),
    pytest.param("dark", {"variant": "muted"}, id="dark-muted-card"),
    pytest.param("light", {"style": {"background": "#0f172a"}}, id="dark-box-on-light-page"),
    pytest.param("dark", {"style": {"background": "#ffffff"}}, id="white-box-on-dark-page"),
    pytest.param({"primary": "#0f766e", "text": "#1e293b", "radius": 12}, {}, id="brand"),
]


@pytest.mark.parametrize(("theme", "card"), GROUNDS)
async def test_a_secondary_button_stands_off_its_ground_and_apart_from_an_outline_one(
    pool: ChromiumPool, theme: Any, card: dict[str, Any]
) -> None:
    """Its edge reads at 1.3:1 or more against the card and its fill differs from the card (a
    fill of --muted was 1.09:1 on white and nothing on a muted card); an outline button beside
    it is the surface inside its border, so the two fills differ."""
    picture = await rendered(pool, theme, card, [
        {"type": "button", "label": "Cancel", "variant": "secondary"},
        {"type": "button", "label": "Cancel", "variant": "outline"},
    ])  # fmt: skip
    ground = picture.getpixel((CARD[0] + 16, CARD[1] + 8))
    middle, spans = button_spans(picture, ground)
    (secondary, secondary_end), (outline, _) = spans[:2]  # the outline's label stands apart on the card
    assert secondary_end - secondary >= 60, spans  # one filled box, its label inside
    edge, fill = picture.getpixel((secondary, middle)), picture.getpixel((secondary + 4, middle))
    assert pixel_contrast(edge, ground) >= 1.3, (edge, ground)
    assert pixel_contrast(fill, ground) >= 1.1, (fill, ground)
    outline_fill = picture.getpixel((outline + 5, middle))
    assert pixel_contrast(fill, outline_fill) >= 1.1, (fill, outline_fill)


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_disabled_secondary_button_is_fainter_than_an_enabled_one(
    pool: ChromiumPool, theme: str
) -> None:
    """Disabled, its edge, fill and label fade towards the card: it still shows, but reads as off."""
    picture = await rendered(pool, theme, {}, [
        {"type": "button", "label": "Cancel", "variant": "secondary"},
        {"type": "button", "label": "Cancel", "variant": "secondary", "disabled": True},
    ])  # fmt: skip
    ground = picture.getpixel((CARD[0] + 16, CARD[1] + 8))
    middle, spans = button_spans(picture, ground)
    assert len(spans) == 2, spans
    (enabled, enabled_end), (disabled, disabled_end) = spans
    for part in (0, 4):
        on, off = picture.getpixel((enabled + part, middle)), picture.getpixel((disabled + part, middle))
        assert 1.02 <= pixel_contrast(off, ground) < pixel_contrast(on, ground), (part, on, off, ground)

    def label_contrast(start: int, end: int) -> float:
        return max(pixel_contrast(picture.getpixel((x, y)), ground)
                   for x in range(start + 6, end - 6) for y in range(middle - 6, middle + 6))  # fmt: skip

    assert label_contrast(disabled, disabled_end) < label_contrast(enabled, enabled_end) * 0.75
