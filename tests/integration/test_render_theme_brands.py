"""Brand themes on real Chromium: a black or navy primary on a dark page draws a button that stands
out, with a label that reads; a pastel or yellow brand's active pill is seen against the page; a
coral or lavender link keeps its hue at 4.5:1; primary text reads on its tinted fill (also in the
default dark theme); a black brand's link on dark is underlined and brighter than muted text; a
Georgia brand font is drawn in Noto Serif."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, Box, box_where, render_dsl, rgb
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


async def shot(
    pool: ChromiumPool, theme: Any, *elements: dict[str, Any], width: int = 360, height: int = 100
) -> Image.Image:
    document = {"width": width, "height": height, "theme": theme, "elements": list(elements)}
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def pixel(image: Image.Image, x: int, y: int) -> RGB:
    red, green, blue = image.getpixel((x, y))[:3]  # type: ignore[index]
    return red, green, blue


def fill_of(image: Image.Image, box: Box, page: RGB) -> RGB:
    """The commonest colour of `box` other than the page's: the fill of what is drawn there."""
    left, top, right, bottom = box
    counts = Counter(pixel(image, x, y) for y in range(top, bottom) for x in range(left, right))
    return next(colour for colour, _ in counts.most_common() if contrast(colour, page) > 1.02)


def ink_on(image: Image.Image, box: Box, fill: RGB) -> RGB:
    """The pixel of `box` that stands out most from `fill`: the core of a glyph's stroke."""
    left, top, right, bottom = box
    return max(
        (pixel(image, x, y) for y in range(top, bottom) for x in range(left, right)),
        key=lambda colour: contrast(colour, fill),
    )


def saturation(colour: RGB) -> float:
    return (max(colour) - min(colour)) / max(max(colour), 1)


# -- 1. a primary that fades into a dark page --------------------------------------------------------


@pytest.mark.parametrize("primary", ["#000000", "#0B1F4B"])
async def test_a_black_or_navy_primary_button_on_dark_stands_out_and_its_label_reads(
    pool: ChromiumPool, primary: str
) -> None:
    image = await shot(pool, {"base": "dark", "primary": primary}, {"type": "button", "label": "Sign in"})
    page = pixel(image, 4, 4)
    fill = pixel(image, 24 + 4, 24 + 18)  # inside the button's start padding
    assert contrast(fill, page) >= 3  # it was 1.06:1 (black) and 1.24:1 (navy)
    assert contrast(ink_on(image, (24, 24, 120, 60), fill), fill) >= 4.5


async def test_a_white_card_on_the_black_brands_dark_page_keeps_the_black_button(pool: ChromiumPool) -> None:
    """A box of the light tone sets its own colour scheme: the brand is drawn as given there
    (a near-white button on the white card would vanish)."""
    card = {"type": "container", "style": {"background": "#ffffff", "padding": 16},
            "children": [{"type": "button", "label": "Sign in"}]}  # fmt: skip
    image = await shot(pool, {"base": "dark", "primary": "#000000"}, card, height=140)
    white = (255, 255, 255)
    card_box = box_where(image, lambda colour: colour == white)
    assert card_box is not None
    button = box_where(image, lambda colour: contrast(colour, white) > 15, card_box)
    assert button is not None and button[3] - button[1] >= 30  # a dark button, not only its label
    fill = pixel(image, button[0] + 4, (button[1] + button[3]) // 2)
    assert contrast(ink_on(image, button, fill), fill) >= 4.5


# -- 2. the tinted fill of what is selected ----------------------------------------------------------


@pytest.mark.parametrize(
    "theme", [{"primary": "#B9A6F2", "background": "#FAF8F5"}, {"primary": "#FFD400"}, "light"]
)
async def test_an_active_pill_tab_is_seen_against_the_page(pool: ChromiumPool, theme: Any) -> None:
    tabs = {"type": "tabs", "variant": "pills", "items": ["All", "Active", "Invited"], "active": 0}
    image = await shot(pool, theme, tabs)
    page = pixel(image, 4, 4)
    pill = fill_of(image, (24, 24, 70, 60), page)
    assert contrast(pill, page) >= 1.15  # lavender's was 1.03:1


@pytest.mark.parametrize("primary", ["#B6FF3B", "#FFD400"], ids=["lime", "yellow"])
async def test_a_bright_brands_active_pill_is_a_calm_tint_not_a_copy_of_the_brand(
    pool: ChromiumPool, primary: str
) -> None:
    """A lime's active pill (and selected row, sidebar item) was #d3ff89 beside its #b6ff3b
    button, the loudest thing on the screen: now it is a pale tint of the hue that still stands out."""
    tabs = {"type": "tabs", "variant": "pills", "items": ["All", "Active"], "active": 0}
    image = await shot(pool, {"primary": primary}, tabs, {"type": "button", "label": "Upgrade"}, height=140)
    page = pixel(image, 4, 4)
    pill = fill_of(image, (24, 24, 70, 60), page)
    button = box_where(image, lambda colour: saturation(colour) > 0.6, (0, 64, 360, 140))
    assert button is not None
    brand = pixel(image, button[0] + 4, (button[1] + button[3]) // 2)
    assert 1.15 <= contrast(pill, page) < 1.3
    assert saturation(pill) < 0.2 < 0.6 < saturation(brand)  # the lime's pill was 0.46
    assert pill[0] > pill[2] and pill[1] > pill[2]  # still the brand's warm yellow-green hue


# -- 3. text in a pale or warm primary ---------------------------------------------------------------


@pytest.mark.parametrize(
    "theme",
    [{"primary": "#FF6F61"}, {"primary": "#B9A6F2", "background": "#FAF8F5"}],
    ids=["coral", "lavender"],
)
async def test_a_link_in_a_pale_or_warm_brand_keeps_its_hue_at_4_5_to_1(
    pool: ChromiumPool, theme: Any
) -> None:
    image = await shot(pool, theme, {"type": "link", "text": "Learn more"})
    page = pixel(image, 4, 4)
    box = box_where(image, lambda colour: contrast(colour, page) > 1.5)
    assert box is not None
    ink = ink_on(image, box, page)
    assert 4.4 <= contrast(ink, page) < 5.5  # coral's was 7.9:1, drawn towards the text colour
    assert saturation(ink) >= 0.6  # coral's was a brown #7c3f41 (0.49), lavender's a grey #5d5882 (0.32)


# -- 4. text in the primary on its tinted fill -------------------------------------------------------


@pytest.mark.parametrize("theme", ["dark", {"base": "dark", "primary": "#0B1F4B"}], ids=["dark", "navy-dark"])
async def test_primary_text_on_its_tinted_fill_reads_at_4_5_to_1(pool: ChromiumPool, theme: Any) -> None:
    tabs = {"type": "tabs", "variant": "pills", "items": ["All", "Active"], "active": 0}
    image = await shot(pool, theme, tabs)
    page = pixel(image, 4, 4)
    pill = fill_of(image, (24, 24, 70, 60), page)
    label = box_where(image, lambda colour: contrast(colour, pill) > 2, (24, 24, 70, 60))
    assert label is not None
    assert contrast(ink_on(image, label, pill), pill) >= 4.5  # the default dark theme's was 4.17:1


# -- 5. a black brand's link on dark -------------------------------------------------------------------


async def test_a_black_brands_link_on_dark_is_underlined_and_brighter_than_muted_text(
    pool: ChromiumPool,
) -> None:
    theme = {"base": "dark", "primary": "#000000"}
    link = await shot(pool, theme, {"type": "link", "text": "Start a free trial"})
    muted = await shot(
        pool, theme, {"type": "text", "text": "New here?", "style": {"color": "var(--muted-foreground)"}}
    )
    page = pixel(link, 4, 4)
    box = box_where(link, lambda colour: contrast(colour, page) > 1.5)
    assert box is not None
    left, _, right, bottom = box
    underline = [x for x in range(left, right) if contrast(pixel(link, x, bottom - 1), page) > 3]
    assert len(underline) >= 0.9 * (right - left)
    muted_box = box_where(muted, lambda colour: contrast(colour, page) > 1.5)
    assert muted_box is not None
    link_ink, muted_ink = ink_on(link, box, page), ink_on(muted, muted_box, page)
    assert sum(link_ink) > sum(muted_ink) and contrast(link_ink, muted_ink) >= 2  # it was #808080


# -- 6. a serif brand font ------------------------------------------------------------------------------


async def width_of_an_l(pool: ChromiumPool, theme: Any) -> int:
    """How wide a large lowercase l is drawn: its stem alone in a sans face, with its serifs (a
    foot, a flag at the top) across in a serif one."""
    letter = {"type": "text", "text": "l", "style": {"fontSize": 80, "color": "#000000"}}
    image = await shot(pool, theme, letter, width=200, height=200)
    box = box_where(image, lambda colour: sum(colour) < 300)
    assert box is not None
    return box[2] - box[0]


async def test_a_georgia_brand_font_is_drawn_in_noto_serif(pool: ChromiumPool) -> None:
    """Georgia is aliased to the installed Noto Serif faces (it fell back to Noto Sans)."""
    georgia = await width_of_an_l(pool, {"font": "Georgia"})
    noto_serif = await width_of_an_l(pool, {"font": "Noto Serif"})
    sans = await width_of_an_l(pool, None)
    assert abs(georgia - noto_serif) <= 1 and georgia >= 2 * sans, (georgia, noto_serif, sans)


async def run_widths(pool: ChromiumPool, theme: Any) -> tuple[int, int]:
    """How wide ten i's and ten W's are drawn: about the same in a monospace face, a quarter in a
    proportional one."""
    widths = []
    for letters in ("iiiiiiiiii", "WWWWWWWWWW"):
        text = {"type": "text", "text": letters, "style": {"fontSize": 24, "color": "#000000"}}
        image = await shot(pool, theme, text, width=400, height=100)
        box = box_where(image, lambda colour: sum(colour) < 300)
        assert box is not None
        widths.append(box[2] - box[0])
    return widths[0], widths[1]


@pytest.mark.parametrize("font", ["Courier New", "Courier", "Lucida Console"])
async def test_a_courier_brand_font_is_drawn_in_noto_sans_mono(pool: ChromiumPool, font: str) -> None:
    """Courier New and Courier fell back to the proportional Noto Sans (i's 88 px, W's 209)."""
    courier = await run_widths(pool, {"font": font})
    mono = await run_widths(pool, {"font": "Noto Sans Mono"})
    # the alias draws Noto Sans Mono's files through @font-face, whose advances Chromium rounds
    # a little otherwise than the installed family's (a few px over ten letters)
    assert all(abs(a - b) <= 4 for a, b in zip(courier, mono, strict=True)), (courier, mono)
    assert courier[1] - courier[0] < 20, courier
