"""On real Chromium: what is inside an element whose style paints a background of the other tone
than the theme's (a dark sidebar on a light page, a light card on a dark one) reads as on that
tone's palette, nested boxes flip back, an explicit text colour still wins, and a count keeps its
pill on a background nearly its fill's colour. On a mid-tone box (an orange-to-pink band, the
brand's indigo) muted text and paragraphs are its text colour made translucent, not greys that
read on neither. A page whose document `background` is of the other tone than its theme (a navy
page on the light theme, a gradient one) is drawn in that tone's palette. A phone frame's status
bar (time, signal, battery) and home indicator stand out from the screen too, when the
document's `background` is of the other tone than its theme (they were dark on a dark screen,
1.05:1, and white on a white one)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PIL import Image

from kernel.dsl.frames import PHONE_BEZEL, PHONE_MARGIN, PHONE_STATUS_BAR
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    close_to,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


def pixels_of(image: Image.Image, region: Box) -> list[RGB]:
    flat = image.crop(region).get_flattened_data()
    return [(red, green, blue) for red, green, blue in flat]  # type: ignore[misc]


def ground_of(image: Image.Image, region: Box) -> RGB:
    """The colour most of `region` is: the fill its text and icons sit on."""
    colour: RGB = Counter(pixels_of(image, region)).most_common(1)[0][0]
    return colour


def ink_contrast(image: Image.Image, region: Box) -> float:
    """How far the strongest ink of `region` (its glyphs' and icons' cores) stands out from the
    fill most of it is."""
    ground = ground_of(image, region)
    return max(contrast(pixel, ground) for pixel in pixels_of(image, region))


def lines_on(image: Image.Image, ground: RGB, region: Box) -> list[Box]:
    """The bands of `region` holding something that stands out from `ground` (a line of text,
    an icon, a filled pill), each as a box across `region`."""
    left, _, right, _ = region
    bands = row_runs(image, lambda colour: contrast(colour, ground) > 1.5, region)
    return [(left, top, right, bottom) for top, bottom in bands]


SLACK_SIDEBAR = {
    "type": "sidebar", "title": "Acme", "layout": {"width": 240},
    "style": {"background": "#3f0e40", "color": "#ffffff"},
    "items": [
        {"label": "Threads", "icon": "message-square"},
        {"label": "Channels", "variant": "heading"},
        {"label": "design", "icon": "hash", "active": True},
        {"label": "general", "icon": "hash", "badge": 5},
    ],
}  # fmt: skip


async def _sidebar(pool: ChromiumPool, sidebar: dict[str, Any], theme: str = "light") -> Image.Image:
    document = {"width": 400, "height": 240, "padding": 0, "theme": theme,
                "elements": [{"type": "row", "gap": 0, "children": [sidebar, {"type": "text", "text": "Main"}]}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


async def test_a_dark_sidebar_on_a_light_page_draws_its_items_in_the_dark_palette(pool: ChromiumPool) -> None:
    image = await _sidebar(pool, SLACK_SIDEBAR)
    ground = image.getpixel((4, 4))
    assert ground == (63, 14, 64)
    brand, threads, heading, active, general = lines_on(image, ground, (12, 0, 228, 240))
    # The title takes the style's white; labels, icons and the group heading the dark palette's
    # muted text (they were the light theme's grey, 3.2:1).
    assert ink_contrast(image, brand) >= 12
    for line in (threads, heading, general):
        assert ink_contrast(image, line) >= 4.5, line
    # The active item: a tinted pill, darker than white, with its label readable on it.
    pill = ground_of(image, active)
    assert pill != ground and contrast(pill, (255, 255, 255)) > 8
    assert ink_contrast(image, active) >= 4.5


async def test_a_status_badge_on_a_mid_tone_purple_box_reads(pool: ChromiumPool) -> None:
    """Tinted from the box's own purple, a success pill sank into it (its text at 3:1)."""
    badge = {"type": "badge", "text": "+320 this week", "variant": "success"}
    card = {"type": "card", "style": {"background": "#6d28d9"}, "children": [badge]}
    _, image = await render_dsl(
        pool, {"width": 400, "height": 160, "background": "#ffffff", "elements": [card]}
    )
    picture = rgb(image.data)
    pill = box_where(
        picture, lambda colour: colour != (109, 40, 217) and colour != (255, 255, 255), (40, 40, 360, 120)
    )
    assert pill is not None, "no badge drawn"
    assert ink_contrast(picture, pill) >= 4.5


async def test_a_light_card_on_a_dark_page_draws_its_contents_in_the_light_palette(
    pool: ChromiumPool,
) -> None:
    card = {"type": "card", "title": "Billing", "description": "Your plan renews on 1 July.",
            "style": {"background": "#f8fafc"},
            "children": [{"type": "badge", "text": "Active", "variant": "success"},
                         {"type": "input", "placeholder": "Search invoices"}]}  # fmt: skip
    document = {"width": 500, "height": 300, "theme": "dark", "elements": [card]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    ground = pixels.getpixel((60, 30))
    assert ground == (248, 250, 252)
    title, description, badge, field_top, placeholder = lines_on(pixels, ground, (40, 30, 460, 280))[:5]
    assert ink_contrast(pixels, title) >= 12  # the light theme's text, not the dark one's white
    assert ink_contrast(pixels, description) >= 4.5
    assert ink_contrast(pixels, badge) >= 4.5
    assert field_top[3] - field_top[1] <= 2  # the field's border, light grey as on a light page
    assert ink_contrast(pixels, placeholder) >= 3  # the light theme's placeholder is 3.4:1


async def test_a_card_and_a_field_in_a_light_box_on_a_dark_page_are_white_as_on_a_light_page(
    pool: ChromiumPool,
) -> None:
    # A kanban column of slate on the dark theme: its card and field took the box's own colour,
    # told apart by a shadow alone; the light palette draws them white, as on a light page.
    box = {"type": "container", "style": {"background": "#e2e8f0", "padding": 12},
           "children": [{"type": "card", "children": [{"type": "text", "text": "A card"}]},
                        {"type": "input", "placeholder": "An input"}]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 400, "height": 240, "theme": "dark", "elements": [box]})
    pixels = rgb(image.data)
    slate = (226, 232, 240)
    assert pixels.getpixel((4, 4)) == slate
    white = row_runs(pixels, lambda colour: colour == (255, 255, 255), (200, 0, 201, 240))
    assert len(white) == 2 and all(bottom - top >= 30 for top, bottom in white)  # the card, the field
    # The field's shadow is the light palette's, not the dark page's half black: under it, the
    # box's slate darkens by a few levels at most.
    under = [pixels.getpixel((200, y)) for y in range(white[1][1] + 1, white[1][1] + 4)]
    assert min(sum(colour) for colour in under) >= sum(slate) - 3 * 10


async def test_a_white_card_inside_a_dark_one_flips_back(pool: ChromiumPool) -> None:
    inner = {"type": "card", "style": {"background": "#ffffff"},
             "children": [{"type": "text", "text": "Plain text on white"}]}  # fmt: skip
    outer = {"type": "card", "style": {"background": "#111827"},
             "children": [{"type": "text", "text": "Light text on dark"}, inner]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 400, "height": 220, "elements": [outer]})
    pixels = rgb(image.data)
    dark_line, white_card = lines_on(pixels, (17, 24, 39), (50, 30, 350, 200))[:2]
    assert ink_contrast(pixels, dark_line) >= 12
    assert ground_of(pixels, white_card) == (255, 255, 255)
    text = lines_on(pixels, (255, 255, 255), (70, white_card[1] + 4, 330, white_card[3] - 4))
    assert text and ink_contrast(pixels, text[0]) >= 12


async def test_an_explicit_text_colour_still_wins_on_a_dark_box(pool: ChromiumPool) -> None:
    box = {"type": "container", "padding": 16, "style": {"background": "#0f172a", "color": "#fde047"},
           "children": [{"type": "text", "text": "Yellow as written"}]}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 300, "height": 100, "elements": [box]})
    pixels = rgb(image.data)
    inside = box_where(pixels, lambda colour: colour == (15, 23, 42))
    assert inside is not None
    strongest = max(pixels_of(pixels, inside), key=lambda colour: contrast(colour, (15, 23, 42)))
    assert close_to(strongest, (0xFD, 0xE0, 0x47), tolerance=4)  # not the dark palette's white


async def test_a_count_on_a_background_like_its_fill_keeps_its_pill(pool: ChromiumPool) -> None:
    sidebar = {"type": "sidebar", "title": "Acme", "layout": {"width": 240}, "style": {"background": "#f7f7f5"},
               "items": [{"label": "Inbox", "icon": "inbox", "badge": 2}]}  # fmt: skip
    image = await _sidebar(pool, sidebar)
    ground = image.getpixel((4, 4))
    assert ground == (247, 247, 245)
    row = lines_on(image, ground, (12, 60, 228, 120))[0]
    # The count's pill sits at the row's end; its fill was #f4f4f5 (1.03:1 on #f7f7f5).
    pill = ground_of(image, (196, row[1], 214, row[3]))
    assert contrast(pill, ground) >= 1.08


# -- the phone frame's status bar ------------------------------------------------------------------

SCREEN = PHONE_MARGIN + PHONE_BEZEL
"""Where the screen starts, from the image's top and left edges (at scale 1)."""
WIDTH, HEIGHT = 390, 300


@pytest.mark.parametrize(
    "document",
    [
        {"background": "#0f172a"},  # a dark screen on the light theme
        {"theme": "dark", "background": "#ffffff"},  # a white screen on the dark theme
        {"background": "linear-gradient(180deg, #1e3a8a, #121212)"},
        {"theme": {"base": "light", "background": "#0f172a", "text": "#f8fafc"}},  # tokens: as it was
        {},
        {"theme": "dark"},
    ],
)
async def test_the_status_bar_and_home_indicator_read_on_the_screen(
    pool: ChromiumPool, document: dict[str, Any]
) -> None:
    heading = {"type": "heading", "level": 1, "text": "Now playing"}
    page = {"width": WIDTH, "height": HEIGHT, "frame": "phone", "elements": [heading], **document}
    _, image = await render_dsl(pool, page)
    pixels = rgb(image.data)
    bar_middle = SCREEN + PHONE_STATUS_BAR // 2
    time = (SCREEN + 20, bar_middle - 12, SCREEN + 110, bar_middle + 12)
    icons = (SCREEN + WIDTH - 110, bar_middle - 12, SCREEN + WIDTH - 20, bar_middle + 12)
    home_top = SCREEN + PHONE_STATUS_BAR + HEIGHT
    home = (SCREEN + 100, home_top + 4, SCREEN + WIDTH - 100, home_top + 24)
    assert ink_contrast(pixels, time) >= 4.5
    assert ink_contrast(pixels, icons) >= 4.5
    assert ink_contrast(pixels, home) >= 3


# -- mid-tone boxes ------------------------------------------------------------------------------


async def test_a_paragraph_on_a_mid_tone_gradient_reads_across_it(pool: ChromiumPool) -> None:
    """The paragraph was the light theme's grey mixed from white (2.2-2.5:1 along the band)."""
    band = {"type": "column", "align": "center", "gap": 20, "padding": "96px 24px",
            "style": {"background": "linear-gradient(135deg, #f97316, #db2777)"},
            "children": [{"type": "heading", "level": 2, "align": "center", "text": "Your first week is on us."},
                         {"type": "paragraph", "align": "center", "size": "xl",
                          "text": "Download Pace and start a 7-day free trial. Cancel anytime."}]}  # fmt: skip
    _, image = await render_dsl(pool, {"version": 1, "device": "desktop", "height": 360, "elements": [band]})
    pixels = rgb(image.data)
    # The band is orange to pink (red above 200 throughout); its text is dark ink.
    heading, paragraph = row_runs(pixels, lambda colour: colour[0] < 150, (0, 0, 1440, 270))
    for (top, bottom), least in ((heading, 4.5), (paragraph, 3.9)):
        text = box_where(pixels, lambda colour: colour[0] < 150, (0, top, 1440, bottom))
        assert text is not None
        for left in range(text[0], text[2] - 40, 60):  # slices along the gradient
            assert ink_contrast(pixels, (left, top, left + 60, bottom)) >= least, (left, top)


async def test_muted_text_on_the_brands_indigo_reads(pool: ChromiumPool) -> None:
    """A card's description on #4f46e5 was the dark palette's mix with it, 3.3:1."""
    card = {"type": "card", "title": "Team plan", "description": "Everything in Pro, for up to 20 people.",
            "style": {"background": "#4f46e5"}}  # fmt: skip
    _, image = await render_dsl(pool, {"width": 400, "height": 160, "elements": [card]})
    pixels = rgb(image.data)
    card_box = box_where(pixels, lambda colour: colour == (79, 70, 229))
    assert card_box is not None
    left, top, right, bottom = card_box
    title, description = lines_on(pixels, (79, 70, 229), (left + 8, top + 8, right - 8, bottom - 8))[:2]
    assert ink_contrast(pixels, title) >= 5.5
    assert ink_contrast(pixels, description) >= 4.5


# -- the page's own background -------------------------------------------------------------------

FORECAST = [
    {"type": "heading", "text": "Forecast"},
    {"type": "list", "items": [{"label": "Today", "icon": "sun", "value": "13° – 21°"}]},
]  # fmt: skip


async def _forecast(pool: ChromiumPool, **document: Any) -> tuple[Image.Image, Box, Box]:
    """The forecast on a 390 x 300 page: the image, its heading's line and its list's row."""
    _, image = await render_dsl(pool, {"width": 390, "height": 300, "elements": FORECAST, **document})
    pixels = rgb(image.data)
    heading = lines_on(pixels, ground_of(pixels, (0, 0, 8, 8)), (16, 0, 374, 60))[0]
    row = (17, heading[3] + 28, 373, heading[3] + 72)  # inside the list's box, by its border
    return pixels, heading, row


@pytest.mark.parametrize(
    "background",
    ["#1e3a8a", "linear-gradient(180deg, #1e3a8a, #3b82f6)"],
)
async def test_a_dark_page_on_the_light_theme_draws_its_text_and_icons_light(
    pool: ChromiumPool, background: str
) -> None:
    """The heading was near-black on the navy page, 1.7:1; the list's icon grey on its fill."""
    pixels, heading, row = await _forecast(pool, background=background)
    assert ink_contrast(pixels, heading) >= 7
    left, top, right, bottom = row
    icon, label, value = (
        (left, top, left + 60, bottom),
        (left + 60, top, left + 160, bottom),
        (right - 90, top, right, bottom),
    )
    assert ink_contrast(pixels, icon) >= 3
    assert ink_contrast(pixels, label) >= 4.5 and ink_contrast(pixels, value) >= 4.5
    # The list is a card a step lighter than the page, not the light theme's white.
    assert contrast(ground_of(pixels, label), ground_of(pixels, (0, row[1], 8, row[3]))) < 1.6


async def test_a_light_page_on_the_dark_theme_draws_its_text_dark(pool: ChromiumPool) -> None:
    pixels, heading, row = await _forecast(pool, theme="dark", background="#f8fafc")
    assert ink_contrast(pixels, heading) >= 12
    assert ink_contrast(pixels, (row[0] + 60, row[1], row[0] + 160, row[3])) >= 12


# -- a background that names a theme colour ------------------------------------------------------


def band(background: str, *children: dict[str, Any]) -> dict[str, Any]:
    texts = [{"type": "heading", "level": 2, "text": "Ready to see your customers clearly?"},
             {"type": "paragraph", "text": "Set up in 5 minutes. Free for 14 days."}]  # fmt: skip
    return {"type": "column", "align": "center", "padding": "32px 24px", "layout": {"height": 150},
            "style": {"background": background}, "children": [*texts, *children]}  # fmt: skip


async def bands(pool: ChromiumPool, primary: str, *backgrounds: str) -> tuple[Image.Image, list[Box]]:
    """The bands of `backgrounds`, one under the other at the page's top, and each one's box."""
    document = {"width": 700, "height": 150 * len(backgrounds), "padding": 0, "theme": {"primary": primary},
                "elements": [{"type": "column", "gap": 0, "children": [band(b) for b in backgrounds]}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    return rgb(image.data), [(0, 150 * n, 700, 150 * (n + 1)) for n in range(len(backgrounds))]


async def test_a_band_of_var_primary_reads_as_one_of_its_colour_written_out(pool: ChromiumPool) -> None:
    """The tester's call to action: on `var(--primary)` the paragraph stayed the page's grey (3.1:1
    on orange) where the band written #f97316 drew it in its translucent text colour."""
    pixels, (named, written) = await bands(pool, "#f97316", "var(--primary)", "#f97316")
    assert ground_of(pixels, named) == ground_of(pixels, written) == (249, 115, 22)
    heading, paragraph = lines_on(pixels, (249, 115, 22), named)[:2]
    assert ink_contrast(pixels, paragraph) >= 4.5 and ink_contrast(pixels, heading) >= 6
    for left, top, right, bottom in (heading, paragraph):  # the same pixels in the band below
        assert (
            pixels.crop((left, top, right, bottom)).tobytes()
            == pixels.crop((left, top + 150, right, bottom + 150)).tobytes()
        )


@pytest.mark.parametrize(("background", "colour"), [("var(--primary)", (79, 70, 229)),
                                                    ("var(--foreground)", (24, 24, 27))])  # fmt: skip
async def test_a_dark_band_of_a_theme_colour_draws_its_text_light(
    pool: ChromiumPool, background: str, colour: RGB
) -> None:
    """An indigo brand's band drew its heading near-black (2.9:1); a band of the text colour drew
    its heading in that very colour. The band keeps the colour it was judged by: the dark
    palette inside it redefines `--foreground`, which its own background named."""
    pixels, (dark,) = await bands(pool, "#4f46e5", background)
    assert ground_of(pixels, dark) == colour
    heading, paragraph = lines_on(pixels, colour, dark)[:2]
    assert ink_contrast(pixels, heading) >= 6 and ink_contrast(pixels, paragraph) >= 4.5


# -- a stack's layers over its ground ------------------------------------------------------------


def stacked(ground: dict[str, Any], *layers: dict[str, Any]) -> dict[str, Any]:
    """A 640 x 160 page holding a stack of that height: `ground`, then `layers` over it."""
    stack = {"type": "stack", "layout": {"height": 160}, "children": [ground, *layers]}
    return {"width": 640, "height": 160, "padding": 0, "elements": [stack]}


HEADLINE = {"type": "column", "padding": 24, "justify": "end",
            "children": [{"type": "heading", "level": 1, "text": "Frontend Lisbon 2025"}]}  # fmt: skip


async def test_a_headline_laid_over_a_dark_gradient_in_a_stack_is_drawn_light(pool: ChromiumPool) -> None:
    """The tester's conference banner, the headline written with no colour: a layer over the
    gradient's box, not its child, it kept the light theme's near-black (3.5:1 at the purple end),
    and the validator's advice led there. It now reads as the box's own children do."""
    gradient = {"type": "container", "style": {"background": "linear-gradient(90deg, #7c3aed, #db2777)"}}
    _, image = await render_dsl(pool, stacked(gradient, HEADLINE))
    pixels = rgb(image.data)
    text = box_where(pixels, lambda colour: luminance(colour) > 200)
    assert text is not None and text[0] < 60 and text[2] > 300, text  # white ink along the line
    for left in range(text[0], text[2] - 40, 60):  # slices along the gradient
        assert ink_contrast(pixels, (left, text[1], left + 60, text[3])) >= 4.3, left


async def test_a_headline_laid_over_a_video_in_a_stack_is_drawn_light(pool: ChromiumPool) -> None:
    """The player is dark whatever the theme: a text laid over it takes the light-on-dark ink
    (the words at the top left, clear of the play button and the controls)."""
    _, image = await render_dsl(pool, stacked({"type": "video"}, {**HEADLINE, "justify": "start"}))
    text = box_where(rgb(image.data), lambda colour: luminance(colour) > 200, (0, 0, 240, 70))
    assert text is not None and text[2] - text[0] > 180, text
