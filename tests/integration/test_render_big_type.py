"""Type set large for a kiosk, an ATM or a TV on real Chromium: a button whose style sets a large
font size draws its whole label (no tops and tails clipped), grows to hold it, and at its natural
width keeps every letter beside its icon; a text field's style font size sizes its value."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import box_where, close_to, is_ink, is_text, render_dsl, rgb, row_runs

pytestmark = pytest.mark.integration

PRIMARY_FILL = (79, 70, 229)
"""The default theme's primary button fill (indigo), to find a button's box by."""


async def _ink_box(pool: ChromiumPool, element: dict[str, Any]) -> tuple[int, int, int, int]:
    """The box of the dark ink of one element alone on a white page (an outline button's border
    is lighter than `is_ink` and left out: its label is measured)."""
    _, image = await render_dsl(pool, {"width": 900, "height": 300, "elements": [element]})
    ink = box_where(rgb(image.data), is_ink)
    assert ink is not None
    return ink


@pytest.mark.parametrize(
    "style",
    [
        {"height": 96, "fontSize": 36},  # the ATM's: "$20" was drawn "$2()"
        {"fontSize": 36},
        {"fontSize": 28, "height": 72, "padding": "0 40px"},
    ],
)
async def test_a_large_buttons_label_is_drawn_whole(pool: ChromiumPool, style: dict[str, Any]) -> None:
    """The label's ink is as tall as the same words as a text of that size: its 20 px line clipped
    the "$" and the "g" of a 36 px label top and bottom."""
    words = "$20 gym"
    text = await _ink_box(pool, {"type": "text", "text": words, "style": {"fontSize": style["fontSize"]}})
    button = await _ink_box(pool, {"type": "button", "label": words, "variant": "outline", "style": style})
    assert abs((button[3] - button[1]) - (text[3] - text[1])) <= 1, (button, text)


async def test_a_button_with_a_large_font_and_no_height_grows_to_hold_it(pool: ChromiumPool) -> None:
    """`fontSize: 32` alone: the button is no longer the 36 px of a 14 px label, but its line
    (1.35 times the font) and .4em above and below, and its label sits inside it."""
    document = {
        "width": 600,
        "height": 200,
        "elements": [{"type": "button", "label": "Play", "style": {"fontSize": 32}}],
    }
    _, image = await render_dsl(pool, document)
    picture = rgb(image.data)
    fill = box_where(picture, lambda colour: close_to(colour, PRIMARY_FILL, 16))
    assert fill is not None
    assert fill[3] - fill[1] >= 68, fill  # 43.2 + 25.6 px


async def test_a_default_buttons_size_is_unchanged_by_a_small_font_size(pool: ChromiumPool) -> None:
    """A style font size of 14 px (the button's own) leaves it the theme's 36 px control."""
    document = {
        "width": 600,
        "height": 200,
        "elements": [{"type": "button", "label": "Play", "style": {"fontSize": 14}}],
    }
    _, image = await render_dsl(pool, document)
    fill = box_where(rgb(image.data), lambda colour: close_to(colour, PRIMARY_FILL, 16))
    assert fill is not None
    assert fill[3] - fill[1] == 36, fill


async def test_a_large_buttons_label_beside_its_icon_keeps_its_letters_at_its_natural_width(
    pool: ChromiumPool,
) -> None:
    """A 32 px "Checkout" with a trailing arrow after a spacer had 700 px free yet was drawn
    "Check…" (and warned to give the button more width): it is drawn whole, with no warning."""
    document = {
        "width": 1080,
        "height": 200,
        "elements": [
            {
                "type": "row",
                "children": [
                    {"type": "text", "text": "Your order"},
                    {"type": "spacer"},
                    {"type": "button", "label": "Checkout", "icon": "arrow-right", "iconPosition": "end",
                     "size": "lg", "style": {"height": 96, "fontSize": 32}},
                ],
            }
        ],
    }  # fmt: skip
    _, image = await render_dsl(pool, document)
    assert not [issue for issue in image.measured_warnings if "Checkout" in issue.message], (
        image.measured_warnings
    )
    text = await _ink_box(pool, {"type": "text", "text": "Checkout", "style": {"fontSize": 32}})
    picture = rgb(image.data)
    fill = box_where(picture, lambda colour: close_to(colour, PRIMARY_FILL, 16))
    assert fill is not None
    # the white ink inside the button: the label and the arrow, wider than the label alone
    white = box_where(
        picture, lambda colour: min(colour) > 235, (fill[0] + 2, fill[1] + 2, fill[2] - 2, fill[3] - 2)
    )
    assert white is not None
    assert white[2] - white[0] > (text[2] - text[0]) + 24, (white, text)


async def _tallest_ink_run(pool: ChromiumPool, element: dict[str, Any]) -> int:
    """The height of the tallest band of rows holding dark ink: the element's largest line."""
    _, image = await render_dsl(pool, {"width": 600, "height": 300, "elements": [element]})
    picture = rgb(image.data)
    bands = row_runs(picture, is_text, (0, 0, picture.width, picture.height))
    assert bands
    return max(end - start for start, end in bands)


@pytest.mark.parametrize(
    "field",
    [
        {"type": "input", "label": "Amount tendered", "value": "$60 gy", "size": "lg"},
        {"type": "input", "label": "Amount tendered", "value": "$60 gy", "layout": {"height": 72}},
        {"type": "input", "value": "$60 gy"},
        {"type": "select", "label": "Amount", "value": "$60 gy", "options": ["$60 gy"]},
        {"type": "search", "value": "$60 gy"},
        {"type": "textarea", "label": "Amount", "value": "$60 gy", "rows": 2},
    ],
)
async def test_a_text_fields_style_font_size_sizes_its_value(
    pool: ChromiumPool, field: dict[str, Any]
) -> None:
    """`style: {fontSize: 32}` on a field (a till's amount): its value is drawn at 32 px, whole,
    as tall as the same words as a text of that size; its 14 px control ignored it."""
    text = await _tallest_ink_run(pool, {"type": "text", "text": "$60 gy", "style": {"fontSize": 32}})
    value = await _tallest_ink_run(pool, {**field, "style": {"fontSize": 32}})
    assert abs(value - text) <= 1, (value, text)


async def _darkest_ink(pool: ChromiumPool, theme: Any) -> tuple[int, int, int]:
    """The darkest pixel of a paragraph alone on a page of `theme`: its letters' full colour."""
    element = {"type": "paragraph", "text": "Paragraph body text in the theme's colour."}
    _, image = await render_dsl(pool, {"width": 500, "height": 100, "theme": theme, "elements": [element]})
    colours = rgb(image.data).getcolors(500 * 100 * 2) or []
    return min((colour for _, colour in colours), key=sum)


async def test_a_paragraph_is_drawn_in_the_text_colour_an_authors_theme_sets(pool: ChromiumPool) -> None:
    """An e-ink theme's `text: "#000000"`: its paragraphs are black, not the #383838 of the text
    colour mixed 78% over the page, which the built-in light theme keeps for its softer body text."""
    assert await _darkest_ink(pool, {"text": "#000000", "background": "#ffffff", "primary": "#000000"}) == (
        0,
        0,
        0,
    )
    light = await _darkest_ink(pool, "light")
    assert 40 < sum(light) / 3 < 100, light
