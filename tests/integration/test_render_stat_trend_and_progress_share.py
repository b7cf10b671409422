"""On real Chromium: a stat in a KPI card sits at the card's own padding whatever its size (a
small one sat 16 px further in); a change written with an arrow draws one arrow and the tone it
names; a progress of 0.4 beside "338 (0.4%)" fills 0.4 % of its bar, not 40 %."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    close_to,
    is_text,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

FRAMES = ((0, 0, 255), (0, 200, 0), (255, 0, 0))
"""Each card's border colour, so that its pixels say where its box is."""


async def _picture(pool: ChromiumPool, document: dict[str, Any]) -> Image.Image:
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def _hex(colour: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)


async def test_a_stat_in_a_card_sits_at_the_cards_padding_at_every_size(pool: ChromiumPool) -> None:
    cards = [
        {"type": "card", "style": {"borderColor": _hex(frame), "boxShadow": "none"},
         "children": [{"type": "stat", "label": "Weekly signups", "value": "3,942", "change": "+9.8%", "size": size}]}
        for size, frame in zip(("sm", "md", "lg"), FRAMES, strict=True)
    ]  # fmt: skip
    picture = await _picture(
        pool, {"width": 900, "height": 260, "elements": [{"type": "row", "children": cards}]}
    )
    insets = []
    for frame in FRAMES:
        card = box_where(picture, lambda colour, f=frame: close_to(colour, f, 40))
        assert card is not None, frame
        ink = box_where(picture, is_text, (card[0] + 2, card[1] + 2, card[2] - 2, card[3] - 2))
        assert ink is not None, card
        insets.append((ink[0] - card[0], ink[1] - card[1]))
    lefts = [left for left, _ in insets]
    # The card's padding (20 px, and its 1 px border), the same for each: no stat's own inside it.
    assert max(lefts) - min(lefts) <= 1 and all(18 <= left <= 24 for left in lefts), insets


def _pill(picture: Image.Image, region: Box) -> tuple[Box, RGB]:
    """A stat's change pill in `region` and its tint: the most common colour of a frameless stat
    after the white page (its words are thin; the pill is a filled band)."""
    colours = picture.crop(region).getcolors(maxcolors=1 << 16) or []
    _, tint = max((count, colour) for count, colour in colours if colour != (255, 255, 255))
    found = box_where(picture, lambda c: close_to(c, tint, 2), region)
    assert found is not None, region
    return found, tint


async def test_a_change_with_a_typed_arrow_draws_one_arrow_in_the_tone_it_names(pool: ChromiumPool) -> None:
    changes = ["12%", "↑ 12%", "▼ 12%", "(12%)", "+0.0%"]
    frameless = {"border": "none", "boxShadow": "none"}
    stats = [
        {"type": "stat", "label": "Seats", "value": "84", "change": change, "style": frameless}
        for change in changes
    ]
    row = {"type": "row", "gap": 0, "children": stats}
    picture = await _picture(pool, {"width": 1000, "height": 160, "padding": 0, "elements": [row]})
    found = [
        _pill(picture, (index * 200, 0, index * 200 + 200, picture.height)) for index in range(len(changes))
    ]
    sizes = [(pill[2] - pill[0], pill[3] - pill[1]) for pill, _ in found]
    # "↑ 12%" draws the pill of "12%" (the icon is its one arrow), and so does "▼ 12%".
    assert sizes[0] == sizes[1] == sizes[2], sizes
    tints = [tint for _, tint in found]
    assert greenish(tints[0]) and greenish(tints[1]), tints
    assert reddish(tints[2]) and reddish(tints[3]), tints  # a triangle down, accounting's parentheses
    assert not greenish(tints[4]) and not reddish(tints[4]), tints  # zero is grey, whatever its sign


def greenish(colour: RGB) -> bool:
    return colour[1] > colour[0] + 10 and colour[1] > colour[2]


def reddish(colour: RGB) -> bool:
    return colour[0] > colour[1] + 10 and colour[0] > colour[2] + 10


async def test_a_progress_of_0_4_beside_0_4_percent_fills_a_sliver(pool: ChromiumPool) -> None:
    bars = [
        {"type": "progress", "label": "Converted to paid", "value": 0.4, "text": "338 (40%)"},
        {"type": "progress", "label": "Expanded seats", "value": 0.4, "text": "338 (0.4%)"},
        {"type": "progress", "label": "Everyone", "value": 100},
    ]
    picture = await _picture(pool, {"width": 500, "height": 200, "elements": bars})

    def indigo(colour: RGB) -> bool:
        return close_to(colour, (79, 70, 229), 24)

    fills = [
        box_where(picture, indigo, (0, top, picture.width, bottom))
        for top, bottom in row_runs(picture, indigo, (0, 0, picture.width, picture.height))
    ]
    widths = [fill[2] - fill[0] for fill in fills if fill is not None]
    assert len(widths) == 3, fills
    assert abs(widths[0] / widths[2] - 0.4) < 0.01, widths
    assert widths[1] <= 8, widths  # 0.4 % of 452 px, drawn as its round end's few px


async def test_a_change_of_words_is_the_figures_muted_caption_not_a_flat_pill(pool: ChromiumPool) -> None:
    """`change: "at 4.35% APR"` under a monthly payment drew a grey pill with a flat dash, "—
    at 4.35% APR", as if nothing had changed; words that open a change are its caption: muted
    text at the figure's left edge under it, no pill, no dash. A level change ("+0.0%") keeps
    its grey pill."""
    frameless = {"border": "none", "boxShadow": "none"}

    async def foot(change: str) -> tuple[Image.Image, Box, Box]:
        stat = {"type": "stat", "label": "Monthly payment", "value": "£5,412/mo", "change": change}
        picture = await _picture(
            pool, {"width": 400, "height": 160, "padding": 0, "elements": [{**stat, "style": frameless}]}
        )
        lines = row_runs(picture, is_text, (0, 0, picture.width, picture.height))
        label, value, last = lines[0], lines[1], lines[-1]
        assert label[0] < value[0] < last[0], lines
        figure = box_where(picture, is_text, (0, value[0], picture.width, value[1] + 1))
        band = (0, value[1] + 2, picture.width, picture.height)
        assert figure is not None
        return picture, figure, band

    picture, figure, band = await foot("at 4.35% APR")
    caption = box_where(picture, is_text, band)
    assert caption is not None
    assert abs(caption[0] - figure[0]) <= 2, (caption, figure)  # no pill padding, no dash before it
    darkest_caption = min(luminance(c) for _, c in picture.crop(caption).getcolors(1 << 16) or [])
    darkest_figure = min(luminance(c) for _, c in picture.crop(figure).getcolors(1 << 16) or [])
    assert darkest_caption > darkest_figure + 40  # muted, not the figure's ink

    def fill(image: Image.Image, region: Box) -> int:
        """Pixels of a light, not white, fill: a pill's band (a caption has only its glyphs' edges)."""
        colours = image.crop(region).getcolors(1 << 16) or []
        return sum(count for count, c in colours if c != (255, 255, 255) and luminance(c) > 220)

    pill_picture, pill_figure, pill_band = await foot("+0.0%")
    pill_text = box_where(pill_picture, is_text, pill_band)
    assert pill_text is not None and pill_text[0] - pill_figure[0] >= 10  # after the pill's dash
    assert fill(picture, band) * 5 < fill(pill_picture, pill_band)
