"""Theme tokens on real Chromium, judged by the contrast of the text drawn: a page token of the
other tone than the base (a navy background, a near-black surface, a white text, a white
background on the dark base) draws the palette that reads on it (it drew text at 1.0-1.2:1); a
primary written as oklch() is drawn as the colour the theme judged, with a label and a link that
read; muted text from a custom text reads at 4.5:1; a translucent, gradient or transparent primary
is drawn as an opaque colour whose label reads."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, render_dsl, rgb
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


async def shot(pool: ChromiumPool, theme: Any, *elements: dict[str, Any], height: int = 220) -> Image.Image:
    document = {"width": 480, "height": height, "theme": theme, "elements": list(elements)}
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def pixel(image: Image.Image, x: int, y: int) -> RGB:
    red, green, blue = image.getpixel((x, y))[:3]  # type: ignore[index]
    return red, green, blue


def commonest(image: Image.Image, box: Box) -> RGB:
    """The colour most of `box` is painted (a card's fill, a button's)."""
    left, top, right, bottom = box
    return Counter(pixel(image, x, y) for y in range(top, bottom) for x in range(left, right)).most_common(1)[
        0
    ][0]


def ink_contrast(image: Image.Image, box: Box, ground: RGB) -> float:
    """How far the pixel of `box` that stands out most from `ground` does: the core of a glyph's
    stroke against what the text is drawn on."""
    left, top, right, bottom = box
    return max(contrast(pixel(image, x, y), ground) for y in range(top, bottom) for x in range(left, right))


HEADING_AND_CARD = (
    {"type": "heading", "text": "Dashboard"},
    {"type": "card", "title": "Card title", "description": "Description text"},
)
HEADING_BOX = (16, 20, 200, 60)
CARD_BOX = (20, 80, 460, 200)
CARD_TITLE_BOX = (30, 84, 200, 102)
CARD_DESCRIPTION_BOX = (30, 108, 200, 129)


@pytest.mark.parametrize(
    "theme",
    [
        {"background": "#0b1120"},
        {"surface": "#111827"},
        {"text": "#ffffff"},
        {"base": "dark", "background": "#ffffff"},
    ],
    ids=["navy-background", "near-black-surface", "white-text", "dark-base-white-background"],
)
async def test_a_page_token_of_the_other_tone_draws_text_that_reads(pool: ChromiumPool, theme: Any) -> None:
    image = await shot(pool, theme, *HEADING_AND_CARD)
    page, card = pixel(image, 4, 4), commonest(image, CARD_BOX)
    assert ink_contrast(image, HEADING_BOX, page) >= 7  # it was 1.0-1.2:1
    assert ink_contrast(image, CARD_TITLE_BOX, card) >= 7
    assert ink_contrast(image, CARD_DESCRIPTION_BOX, card) >= 4.5


async def test_muted_text_from_a_custom_text_reads_at_4_5(pool: ChromiumPool) -> None:
    """`text: "#555555"` drew a card's description in #969696, 2.96:1 on white."""
    image = await shot(pool, {"text": "#555555"}, *HEADING_AND_CARD)
    card = commonest(image, CARD_BOX)
    assert 4.5 <= ink_contrast(image, CARD_DESCRIPTION_BOX, card) < ink_contrast(image, CARD_TITLE_BOX, card)


BUTTON_AND_LINK = (
    {
        "type": "row",
        "children": [{"type": "button", "label": "Save changes"}, {"type": "link", "text": "Learn more"}],
    },
)
BUTTON_BOX = (18, 20, 130, 48)
LINK_BOX = (150, 20, 240, 48)


@pytest.mark.parametrize(
    ("theme", "fill"),
    [
        ({"primary": "oklch(0.85 0.17 95)"}, (241, 203, 28)),
        ({"primary": "lab(84% 4 80)"}, (245, 205, 31)),
        ({"primary": "rgba(37, 99, 235, 0.25)"}, (200, 216, 250)),  # as it shows over white
        ({"primary": "linear-gradient(90deg, #7c3aed, #db2777)"}, (124, 58, 237)),  # its first colour
        ({"primary": "transparent"}, (79, 70, 229)),  # the theme's own
    ],
    ids=["oklch-yellow", "lab-yellow", "translucent-blue", "gradient", "transparent"],
)
async def test_a_primary_is_drawn_opaque_as_the_theme_judged_it_with_text_that_reads(
    pool: ChromiumPool, theme: Any, fill: RGB
) -> None:
    """The oklch() yellow kept white labels (1.6:1) and a yellow link (1.5:1); a translucent
    primary drew a see-through button, a gradient one the default indigo."""
    image = await shot(pool, theme, *BUTTON_AND_LINK, height=90)
    button = commonest(image, BUTTON_BOX)
    assert max(abs(a - b) for a, b in zip(button, fill, strict=True)) <= 2, button
    assert ink_contrast(image, BUTTON_BOX, button) >= 4.5
    assert ink_contrast(image, LINK_BOX, pixel(image, 4, 4)) >= 4.5


async def test_a_navy_oklch_primary_on_dark_stands_out_as_a_hex_navy_does(pool: ChromiumPool) -> None:
    image = await shot(pool, {"base": "dark", "primary": "oklch(0.3 0.1 265)"}, *BUTTON_AND_LINK, height=90)
    page = pixel(image, 4, 4)
    button = commonest(image, BUTTON_BOX)
    assert contrast(button, page) >= 3  # it was 1.4:1
    assert ink_contrast(image, BUTTON_BOX, button) >= 4.5
    assert ink_contrast(image, LINK_BOX, page) >= 4.5  # it was 1.4:1
