"""From DSL to pixels on real Chromium: placement, flow, themes, sizes, formats, escaping, every example."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import random
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from PIL import Image, ImageChops

from kernel.dsl.catalog import DEFAULT_HEIGHT, DEFAULT_WIDTH, DEVICES
from kernel.dsl.frames import WINDOW_BAR
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    GREEN,
    box_where,
    boxes,
    close_to,
    colour_box,
    decode,
    distinct_colors,
    is_brand_red,
    is_red,
    luminance,
    mask_bbox,
    red_share,
    render_dsl,
    rgb,
    rgb_at,
)

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
COMPAT = ROOT / "tests" / "data" / "compat"
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
COMPAT_FILES = sorted(
    p for p in COMPAT.glob("*.*") if p.suffix in {".json", ".yaml"} and p.name != "error_example.json"
)

RED_BUTTON: dict[str, Any] = {
    "width": 400,
    "height": 300,
    "elements": [
        {
            "type": "button",
            "label": "Go",
            "layout": {"x": 100, "y": 80, "width": 120, "height": 50},
            "style": {"background": "red"},
        }
    ],
}


def declared_pixel_size(document: dict[str, Any]) -> tuple[int, int]:
    """The image size a document asks for, worked out here from its raw fields (not by the product)."""
    preset = DEVICES.get(document.get("device") or "", (DEFAULT_WIDTH, DEFAULT_HEIGHT, 1.0))
    width = document.get("width") or preset[0]
    height = document.get("height") or preset[1]
    scale = document.get("scale") or preset[2]
    if any(note.get("text") for note in document.get("annotations") or []):
        width += 320  # the notes' panel beside the screen
    return round(width * scale), round(height * scale)


def load(path: Path) -> dict[str, Any]:
    text = path.read_text()
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


# -- placement and flow ---------------------------------------------------------------------------


async def test_absolutely_placed_red_button_is_red_at_its_coordinates_and_nowhere_else(
    pool: ChromiumPool,
) -> None:
    prepared, image = await render_dsl(pool, RED_BUTTON)
    assert (image.width, image.height) == (400, 300) == decode(image.data).size
    for x, y in [(106, 86), (110, 105), (210, 105), (214, 124), (130, 95)]:
        assert is_red(rgb_at(image.data, x, y)), (x, y, rgb_at(image.data, x, y))
    for x, y in [(95, 105), (225, 105), (160, 75), (160, 135), (10, 10), (390, 290)]:
        assert not is_red(rgb_at(image.data, x, y)), (x, y)
    bbox = mask_bbox(image.data, is_red)
    assert bbox is not None
    left, top, right, bottom = bbox
    assert 99 <= left <= 102 and 79 <= top <= 82 and 218 <= right <= 221 and 128 <= bottom <= 131, bbox
    assert red_share(image.data) > 0.8 * (120 * 50) / (400 * 300)
    assert "Go" in prepared.html


async def test_row_puts_the_second_box_to_the_right_of_the_first(pool: ChromiumPool) -> None:
    document = {
        "width": 400,
        "height": 200,
        "background": "#ffffff",
        "elements": [
            {
                "type": "row",
                "gap": 16,
                "children": [
                    {"type": "container", "style": {"background": "#0000ff", "width": 60, "height": 60}},
                    {"type": "container", "style": {"background": "#00ff00", "width": 60, "height": 60}},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue is not None and green is not None
    assert green[0] >= blue[2], (blue, green)  # green starts where blue ends (or after the gap)
    assert abs(green[1] - blue[1]) <= 1  # same row
    assert (blue[2] - blue[0], blue[3] - blue[1]) == (60, 60)
    assert (green[2] - green[0], green[3] - green[1]) == (60, 60)


async def test_layout_lengths_in_percent_and_px_strings_size_and_place_boxes(pool: ChromiumPool) -> None:
    """`layout` takes "50%" and "120px" as well as numbers: an agent's usual spelling just works."""
    document = {
        "width": 400,
        "height": 200,
        "background": "#ffffff",
        "elements": [
            {
                "type": "container",
                "layout": {"width": "50%", "height": "60px"},
                "style": {"background": "#0000ff"},
            },
            {
                "type": "container",
                "layout": {"x": "75%", "y": "120px", "width": "10%", "height": 40},
                "style": {"background": "#00ff00"},
            },
        ],
    }
    _, image = await render_dsl(pool, document)
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue is not None and green is not None
    assert (blue[2] - blue[0], blue[3] - blue[1]) == (200, 60), blue
    assert green == (300, 120, 340, 160), green


FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none"}
"""Style that leaves a control's box one flat colour, so its pixels give its exact size."""


def flat(colour: str, **more: Any) -> dict[str, Any]:
    return {"style": {"background": colour, **FLAT}, **more}


async def test_fields_in_a_row_share_it_and_spread_rows_keep_controls_compact(pool: ChromiumPool) -> None:
    """Two labelled fields side by side take half the row each; a message box fills the row
    beside its button; a select pushed to the far end of a spread row keeps a control's width, as
    wide as its chosen option (it used to take all the space and squeeze the title into two
    lines); an explicit width wins."""
    row = {"type": "row", "gap": 20}
    document = {
        "width": 620,
        "height": 400,
        "background": "#ffffff",
        "elements": [
            {
                "type": "column",
                "padding": 10,
                "gap": 10,
                "children": [
                    {**row, "children": [
                        {"type": "input", "label": "First name", **flat("#0000ff")},
                        {"type": "input", "label": "Last name", **flat("#00ff00")},
                    ]},
                    {**row, "children": [
                        {"type": "input", "placeholder": "Type a message", **flat("#ff0000")},
                        {"type": "button", "label": "Send", "layout": {"width": 100}},
                    ]},
                    {**row, "justify": "between", "children": [
                        {"type": "heading", "level": 2, "text": "Cash flow, Q3 2025"},
                        {"type": "select", "value": "Last 12 months", **flat("#ff00ff")},
                    ]},
                    {**row, "children": [
                        {"type": "search", "placeholder": "Find", **flat("#ffff00", layout={"width": 150})},
                    ]},
                ],
            }
        ],
    }  # fmt: skip
    _, image = await render_dsl(pool, document)
    first, last = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    message = colour_box(image.data, (255, 0, 0))
    select = colour_box(image.data, (255, 0, 255))
    search = colour_box(image.data, (255, 255, 0))
    assert first and last and message and select and search
    assert (first[0], first[2], last[0], last[2]) == (10, 300, 320, 610), (first, last)
    assert (message[0], message[2]) == (10, 490), message  # 600 - 20 gap - 100 button
    # At the far end, as wide as its chosen option (160-240 px, as a toolbar's select is)
    assert select[2] == 610 and 160 <= select[2] - select[0] <= 240, select
    assert (search[0], search[2]) == (10, 160), search


@pytest.mark.parametrize(("theme", "keyword"), [("light", (207, 34, 46)), ("dark", (255, 123, 114))])
async def test_code_keywords_take_the_themes_keyword_colour(
    pool: ChromiumPool, theme: str, keyword: tuple[int, int, int]
) -> None:
    document = {
        "width": 400,
        "height": 120,
        "theme": theme,
        "elements": [
            {"type": "code", "language": "python", "text": "x = def", "style": {"fontSize": 48}},
        ],
    }
    _, image = await render_dsl(pool, document)
    keyword_box = colour_box(image.data, keyword)
    assert keyword_box is not None
    assert keyword_box[0] > 120, keyword_box  # `def` only: `x = ` before it keeps the text colour


async def test_a_button_with_a_long_label_stays_inside_its_column(pool: ChromiumPool) -> None:
    """Its label ends in an ellipsis at the column's edge (it ran out of the card before)."""
    label = "Approve and merge this pull request into the main branch now"
    document = {
        "width": 600,
        "height": 120,
        "background": "#ffffff",
        "elements": [
            {"type": "column", "layout": {"width": 220}, "padding": 10, "children": [
                {"type": "button", "label": label, **flat("#ff0000")},
            ]},
        ],
    }  # fmt: skip
    prepared, image = await render_dsl(pool, document)
    button = colour_box(image.data, (255, 0, 0))
    assert button is not None and button[2] <= 210, button
    assert label in prepared.html  # the whole label is in the page; only the picture cuts it


async def test_a_code_block_in_an_overflowing_column_is_cut_by_the_canvas_not_squeezed(
    pool: ChromiumPool,
) -> None:
    """A box that clips its content (a code block, a table) could shrink to nothing in a column
    whose content is taller than the column; it keeps its content's height, unless sized."""
    code = "\n".join(f"line {n}" for n in range(10))  # ~240 px of code
    block = {"type": "code", "text": code, **flat("#0000ff")}
    sized = {"type": "code", "text": code, "layout": {"height": 60}, **flat("#00ff00")}
    document = {
        "width": 400,
        "height": 300,
        "background": "#ffffff",
        "elements": [
            {"type": "row", "gap": 0, "align": "stretch", "layout": {"height": 100}, "children": [
                {"type": "column", "gap": 0, "style": {"flex": 1}, "children": [block]},
                {"type": "column", "gap": 0, "style": {"flex": 1}, "children": [sized]},
            ]},
        ],
    }  # fmt: skip
    _, image = await render_dsl(pool, document)
    kept, fixed = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert kept is not None and fixed is not None
    assert kept[3] - kept[1] >= 200, kept  # its own height (it was squeezed into the 100 px row)
    assert fixed[3] - fixed[1] == 60, fixed


async def test_a_placed_toast_floats_above_a_modals_backdrop(pool: ChromiumPool) -> None:
    document = {
        "width": 600,
        "height": 400,
        "background": "#ffffff",
        "elements": [
            {"type": "modal", "title": "Delete?"},
            {
                "type": "toast",
                "title": "Saved",
                "layout": {"x": 300, "y": 320},
                "style": {"background": "#00ff00"},
            },
        ],
    }
    _, image = await render_dsl(pool, document)
    assert rgb_at(image.data, 320, 360) == (0, 255, 0)  # not dimmed by the backdrop
    assert luminance(rgb_at(image.data, 20, 20)) < 200  # the backdrop still dims the page


async def test_top_level_elements_flow_like_a_column_with_the_theme_gap(pool: ChromiumPool) -> None:
    """A flat list of elements (how agents often write a screen) is spaced, not jammed together."""
    box = {"type": "container", "layout": {"width": 100, "height": 30}}
    document = {
        "width": 300,
        "height": 200,
        "background": "#ffffff",
        "theme": {"density": "spacious"},
        "elements": [
            {**box, "style": {"background": "#0000ff"}},
            {"type": "badge", "text": "placed", "layout": {"x": 200, "y": 150}},  # out of the flow
            {**box, "style": {"background": "#00ff00"}},
        ],
    }
    _, image = await render_dsl(pool, document)
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue == (0, 0, 100, 30) and green is not None
    assert green[1] - blue[3] == 16, (blue, green)  # the spacious theme's gap, once


BOTTOM_TABS = {
    "type": "tabs",
    "variant": "bottom",
    "active": 1,
    "items": [{"label": "Home", "icon": "house"}, {"label": "Cards", "icon": "credit-card"}],
}


@pytest.mark.parametrize("with_panel", [False, True])
async def test_a_bottom_tab_bar_sits_at_the_bottom_of_the_screen(
    pool: ChromiumPool, with_panel: bool
) -> None:
    """After the content (or around its own panel), the bar ends at the canvas' bottom edge."""
    content = {"type": "paragraph", "text": "Balance"}
    elements = [{**BOTTOM_TABS, "children": [content]}] if with_panel else [content, BOTTOM_TABS]
    document = {"width": 390, "height": 844, "theme": {"primary": "#ff0000"}, "elements": elements}
    _, image = await render_dsl(pool, document)
    active = mask_bbox(image.data, is_brand_red)  # the active tab's icon and label, in the primary colour
    assert active is not None
    left, top, right, bottom = active
    assert top > 844 - 70 and bottom <= 844, active
    assert left >= 195 and right <= 390, active  # the second of two tabs: the right half


# -- themes ---------------------------------------------------------------------------------------

PARAGRAPH = {"type": "paragraph", "text": "Some body text"}


@pytest.mark.parametrize(("theme", "dark"), [("dark", True), ("light", False)])
async def test_document_theme_sets_the_page_background(pool: ChromiumPool, theme: str, dark: bool) -> None:
    _, image = await render_dsl(pool, {"width": 300, "height": 200, "theme": theme, "elements": [PARAGRAPH]})
    corner = luminance(rgb_at(image.data, 290, 190))
    assert corner < 60 if dark else corner > 200, corner


@pytest.mark.parametrize(
    ("document_theme", "option_theme"), [("light", "dark"), ("dark", "light"), (None, "dark")]
)
async def test_theme_option_overrides_the_document(
    pool: ChromiumPool, document_theme: str | None, option_theme: str
) -> None:
    document: dict[str, Any] = {"width": 300, "height": 200, "elements": [PARAGRAPH]}
    if document_theme:
        document["theme"] = document_theme
    _, image = await render_dsl(pool, document, theme=option_theme)
    corner = luminance(rgb_at(image.data, 290, 190))
    assert corner < 60 if option_theme == "dark" else corner > 200, corner


# -- sizes, scale, transparency, full page, formats -----------------------------------------------


@pytest.mark.parametrize(
    ("device", "size"),
    [("mobile", (1170, 2532)), ("tablet", (1536, 2048)), ("laptop", (1280, 800)), ("desktop", (1440, 900))],
)
async def test_device_presets_give_their_pixel_size(
    pool: ChromiumPool, device: str, size: tuple[int, int]
) -> None:
    _, from_document = await render_dsl(pool, {"device": device, "elements": [PARAGRAPH]})
    _, from_option = await render_dsl(
        pool, {"width": 300, "height": 200, "elements": [PARAGRAPH]}, device=device
    )
    for image in (from_document, from_option):
        assert (image.width, image.height) == size == decode(image.data).size


async def test_explicit_width_and_height_beat_the_device_preset(pool: ChromiumPool) -> None:
    _, image = await render_dsl(
        pool, {"device": "mobile", "width": 200, "height": 100, "elements": [PARAGRAPH]}
    )
    assert decode(image.data).size == (600, 300)


async def test_scale_two_doubles_the_image_and_the_button(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, RED_BUTTON, scale=2)
    assert (image.width, image.height) == (800, 600) == decode(image.data).size
    bbox = mask_bbox(image.data, is_red)
    assert bbox is not None
    left, top, right, bottom = bbox
    assert 198 <= left <= 204 and 158 <= top <= 164 and 436 <= right <= 442 and 256 <= bottom <= 262, bbox
    assert not is_red(rgb_at(image.data, 150, 150))


async def test_transparent_leaves_empty_areas_with_zero_alpha(pool: ChromiumPool) -> None:
    document = {**RED_BUTTON, "background": "#123456"}  # even an explicit background goes
    _, image = await render_dsl(pool, document, transparent=True)
    rgba = decode(image.data).convert("RGBA")
    assert rgba.getpixel((10, 10))[3] == 0  # type: ignore[index]
    assert rgba.getpixel((390, 290))[3] == 0  # type: ignore[index]
    r, g, b, a = rgba.getpixel((110, 105))  # type: ignore[misc]
    assert a == 255 and is_red((r, g, b))


def stacked(*children: dict[str, Any]) -> dict[str, Any]:
    """A white 300 x 200 screen holding `children` in a column with no gap."""
    column = {"type": "column", "gap": 0, "children": list(children)}
    return {"width": 300, "height": 200, "background": "#ffffff", "elements": [column]}


async def test_full_page_captures_content_taller_than_the_viewport(pool: ChromiumPool) -> None:
    document = stacked(
        {"type": "container", "style": {"height": 700}},
        {"type": "container", "style": {"background": "#ff0000", "height": 100}},
    )
    _, viewport_only = await render_dsl(pool, document)
    _, full = await render_dsl(pool, document, full_page=True)
    assert decode(viewport_only.data).size == (300, 200)
    assert red_share(viewport_only.data) == 0
    width, height = decode(full.data).size
    assert width == 300 and height >= 800 and (full.width, full.height) == (width, height)
    assert is_red(rgb_at(full.data, 150, 750))


async def test_a_heading_given_a_larger_font_size_gets_a_line_height_to_match(pool: ChromiumPool) -> None:
    """Heading line heights scale with the font: at 60 px an h1 line is 76 px (38/30), not 38."""
    document = stacked(
        {"type": "heading", "level": 1, "text": "Hg", "style": {"fontSize": 60}},
        {"type": "container", "style": {"background": "#ff0000", "height": 20}},
    )
    _, image = await render_dsl(pool, document)
    red = mask_bbox(image.data, is_red)
    assert red is not None and abs(red[1] - 76) <= 1, red
    ink = mask_bbox(image.data, lambda c: max(c) < 120)  # the dark glyphs, descender included
    assert ink is not None and ink[3] <= red[1], (ink, red)


async def test_a_cards_text_is_drawn_in_the_cards_own_colour(pool: ChromiumPool) -> None:
    """A chat bubble: a card with a text, its colours set by the author."""
    bubble = {
        "type": "card",
        "text": "My order has not arrived yet.",
        "style": {"background": "#0000ff", "color": "#ffffff", "border": "none", "padding": 12},
    }
    _, image = await render_dsl(pool, stacked(bubble))
    card = colour_box(image.data, BLUE)
    assert card is not None
    left, top, right, bottom = card
    inside = (
        decode(image.data).convert("RGB").crop((left + 16, top, right - 16, bottom))
    )  # no rounded corners
    light = sum(
        count for count, colour in inside.getcolors(inside.width * inside.height) or [] if min(colour) > 200
    )
    assert light > 50, light  # white letters (a muted grey on blue would have none this light)


async def test_a_photo_sized_data_image_is_drawn_from_src_and_from_a_style(pool: ChromiumPool) -> None:
    """Embedded images far beyond 10,000 characters (the limit for text) are drawn."""
    noise = Image.frombytes("RGB", (160, 100), random.Random(7).randbytes(160 * 100 * 3))
    photo = Image.new("RGB", (200, 100), (255, 0, 0))
    photo.paste(noise, (0, 0))  # the noise makes the PNG ~48 KB; its last 40 columns are red
    buffer = io.BytesIO()
    photo.save(buffer, format="PNG")
    uri = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    assert len(uri) > 40_000
    document = {
        "width": 400,
        "height": 100,
        "background": "#ffffff",
        "elements": [
            {
                "type": "row",
                "gap": 0,
                "children": [
                    {"type": "image", "src": uri, "alt": "photo", "layout": {"width": 200, "height": 100}},
                    {"type": "container", "layout": {"width": 200, "height": 100},
                     "style": {"background": f"url({uri}) 0 0/100% 100%"}},
                ],
            }
        ],
    }  # fmt: skip
    _, image = await render_dsl(pool, document)
    for x in (180, 380):  # the red columns of each copy
        assert is_red(rgb_at(image.data, x, 50)), x
    assert distinct_colors(image.data) > 1000  # the noise is drawn too, not a placeholder


@pytest.mark.parametrize(
    ("fmt", "magic", "pillow_name"), [("jpeg", b"\xff\xd8\xff", "JPEG"), ("webp", b"RIFF", "WEBP")]
)
async def test_jpeg_and_webp_outputs(pool: ChromiumPool, fmt: str, magic: bytes, pillow_name: str) -> None:
    _, image = await render_dsl(pool, RED_BUTTON, format=fmt, quality=90)
    assert image.data.startswith(magic) and image.format == fmt
    decoded = decode(image.data)
    assert decoded.format == pillow_name and decoded.size == (400, 300)
    assert is_red(rgb_at(image.data, 110, 105))
    assert luminance(rgb_at(image.data, 10, 10)) > 200


# -- text is text ---------------------------------------------------------------------------------

OVERLAY = '<div style="position:fixed;inset:0;background:red;z-index:99">pwned</div>'
INJECTIONS = [
    OVERLAY,
    '<b style="display:block;position:fixed;inset:0;background:#f00">bold</b>',
    "<img src=x onerror=\"document.body.style.background='red'\">",
    "<script>document.body.style.background='red'</script>",
    f'"><{OVERLAY[1:]}',  # tries to leave an attribute value
    f"</title></style></textarea>{OVERLAY}",  # tries to leave raw-text elements
]


def attribute_names(html: str) -> set[str]:
    """Every attribute name on any tag of `html`, as a browser's parser reads them."""

    class Names(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.names: set[str] = set()

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.names |= {name for name, _ in attrs}

    parser = Names()
    parser.feed(html)
    return parser.names


async def test_text_from_the_dsl_is_drawn_as_characters_never_parsed_as_html(pool: ChromiumPool) -> None:
    elements: list[dict[str, Any]] = []
    for index, payload in enumerate(INJECTIONS):
        elements += [
            {"type": "text", "text": payload},
            {"type": "heading", "level": 3, "text": payload},
            {"type": "button", "label": payload},
            {"type": "input", "label": payload, "placeholder": payload, "value": payload},
            {"type": "textarea", "value": payload, "placeholder": payload},
            {"type": "link", "text": payload, "href": payload},
            {"type": "image", "src": "not-a-data-uri", "alt": payload},
            {"type": "badge", "text": payload, "id": f"b{index}{payload}", "className": payload},
            {"type": "list", "items": [payload, {"label": payload, "description": payload}]},
            {"type": "table", "columns": [payload], "rows": [[payload]]},
            {"type": "select", "label": payload, "options": [payload], "value": payload},
            {"type": "code", "text": payload},
        ]
    document = {
        "width": 800,
        "height": 600,
        "title": INJECTIONS[-1],
        "background": "#ffffff",
        "elements": [{"type": "column", "gap": 2, "children": elements}],
    }
    prepared, image = await render_dsl(pool, document, full_page=True)
    html = prepared.html
    assert "&lt;div style=&quot;position:fixed;inset:0;background:red" in html
    assert "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "<script" not in html.lower()
    assert not [name for name in attribute_names(html) if name.startswith("on")]  # as text only
    assert '<div style="position:fixed' not in html
    assert "<b style=" not in html
    assert "<img src=x" not in html
    # The overlay would paint the whole page red; the page stays white with ordinary UI on it.
    assert red_share(image.data) < 0.01
    assert not is_red(rgb_at(image.data, 799, 599))
    assert luminance(rgb_at(image.data, 799, 5)) > 200


# -- every example --------------------------------------------------------------------------------


@pytest.mark.parametrize("path", COMPAT_FILES, ids=lambda p: p.name)
async def test_every_compat_example_renders_at_its_size(pool: ChromiumPool, path: Path) -> None:
    assert len(COMPAT_FILES) >= 6, "the compat corpus is missing"
    document = load(path)
    _, image = await render_dsl(pool, path.read_text())
    assert decode(image.data).size == declared_pixel_size(document) == (image.width, image.height)
    if path.name == "empty.json":  # one empty container: a blank canvas is the right picture
        assert luminance(rgb_at(image.data, 5, 5)) > 200
    else:
        assert distinct_colors(image.data) > 20, "the render is blank"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
async def test_every_bundled_example_renders_at_its_declared_size(pool: ChromiumPool, path: Path) -> None:
    assert len(EXAMPLES) >= 15
    document = load(path)
    _, image = await render_dsl(pool, path.read_text())
    assert decode(image.data).size == declared_pixel_size(document) == (image.width, image.height)
    assert distinct_colors(image.data) > 100, "a realistic screen has text, icons and shades"


# -- frames --------------------------------------------------------------------------------------


async def test_a_browser_frame_puts_its_bar_above_the_unchanged_screen(pool: ChromiumPool) -> None:
    _, image = await render_dsl(pool, {**RED_BUTTON, "frame": "browser"})
    assert (image.width, image.height) == (400, 300 + 44)
    red = mask_bbox(image.data, is_red)
    assert red == (100, 80 + 44, 220, 130 + 44), red  # the button, 44 px lower
    assert close_to(rgb_at(image.data, 22, 22), (255, 95, 87), 6)  # the window's close dot


async def test_a_browser_frames_address_bar_given_nothing_to_show_shows_a_host(pool: ChromiumPool) -> None:
    """No `url` and no `title`: the pill held nothing, which looked unfinished; it shows a lock
    and `app.example.com`, centred, as one given a URL shows that."""
    _, image = await render_dsl(pool, {**RED_BUTTON, "frame": "browser"})
    bar = rgb(image.data).crop((80, 10, 320, 34))  # inside the address pill, past the dots
    ink = box_where(bar, lambda colour: luminance(colour) < 160)
    assert ink is not None and ink[2] - ink[0] >= 100, ink  # the lock and the host
    assert abs((ink[0] + ink[2]) / 2 + 80 - 200) <= 6, ink  # centred in the bar


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_window_frame_puts_its_title_bar_above_the_unchanged_screen(
    pool: ChromiumPool, theme: str
) -> None:
    """The mac look: the traffic lights at the start, the document's title centred in the bar."""
    document = {**RED_BUTTON, "title": "Preferences", "theme": theme, "frame": "window"}
    _, image = await render_dsl(pool, document)
    assert (image.width, image.height) == (400, 300 + WINDOW_BAR)
    assert mask_bbox(image.data, is_red) == (100, 80 + WINDOW_BAR, 220, 130 + WINDOW_BAR)  # 36 px lower
    middle = WINDOW_BAR // 2
    assert close_to(rgb_at(image.data, 20, middle), (255, 95, 87), 6)  # the close button
    assert close_to(rgb_at(image.data, 60, middle), (40, 200, 64), 6)  # the zoom button
    past_dots = rgb(image.data).crop((90, 0, 400, WINDOW_BAR - 1))
    ground = past_dots.getpixel((10, 3))
    title = box_where(past_dots, lambda colour: abs(luminance(colour) - luminance(ground)) > 80)
    assert title is not None and abs((title[0] + title[2]) / 2 + 90 - 200) <= 4, title  # centred
    assert title[2] - title[0] >= 50  # the whole word


async def test_a_window_frames_windows_look_has_its_buttons_at_the_end(pool: ChromiumPool) -> None:
    document = {**RED_BUTTON, "title": "Settings", "frame": {"type": "window", "style": "windows"}}
    _, image = await render_dsl(pool, document)
    assert (image.width, image.height) == (400, 300 + WINDOW_BAR)
    bar = rgb(image.data).crop((0, 0, 400, WINDOW_BAR - 1))
    ink = boxes(bar, lambda colour: luminance(colour) < 180)
    assert ink and ink[0][0] < 30, ink  # the title, at the start
    slots = [(400 - 46 * (3 - n), 400 - 46 * (2 - n)) for n in range(3)]  # minimise, maximise, close
    assert all([box for box in ink if start < box[0] and box[2] < end] for start, end in slots), ink
    assert not [box for box in ink if 150 <= box[0] < slots[0][0]]  # nothing between them


async def test_a_phone_frame_holds_the_screen_on_a_backdrop_and_can_be_cut_out(pool: ChromiumPool) -> None:
    document = {"width": 200, "height": 300, "background": "#00ff00", "frame": "phone", "elements": []}
    _, image = await render_dsl(pool, document)
    left, top = 40 + 12, 40 + 12 + 44  # margin, bezel, status bar
    assert (image.width, image.height) == (200 + 2 * left, 300 + top + 28 + 12 + 40)
    screen = colour_box(image.data, GREEN)
    assert screen is not None
    # The screen, the status bar above it and the home bar below share its background.
    assert screen[0] == left and screen[2] == left + 200, screen
    assert screen[1] < top and screen[3] > top + 300, screen
    assert close_to(rgb_at(image.data, 5, 5), (228, 231, 236), 3)  # the backdrop
    _, cut_out = await render_dsl(pool, document, transparent=True)
    rgba = decode(cut_out.data).convert("RGBA")
    assert rgba.getpixel((5, 5))[3] == 0 and rgba.getpixel((left + 100, top + 150)) == (0, 255, 0, 255)


# -- newer components ------------------------------------------------------------------------------


async def test_a_half_star_is_filled_on_its_first_half_only(pool: ChromiumPool) -> None:
    star = {"type": "rating", "value": 0.5, "max": 1, "size": 40, "text": "", "color": "#00ff00"}
    document = {"width": 100, "height": 60, "background": "#ffffff", "elements": [star]}
    for lang, filled_side in ((None, "left"), ("ar", "right")):
        _, image = await render_dsl(pool, {**document, **({"lang": lang} if lang else {})})
        filled = colour_box(image.data, GREEN)
        outline = mask_bbox(image.data, lambda c: c != (255, 255, 255))  # the whole star
        assert filled is not None and outline is not None
        middle = (outline[0] + outline[2]) / 2
        width = filled[2] - filled[0]
        assert 14 <= width <= 22, (filled, outline)  # about half of a 40 px star
        if filled_side == "left":
            assert filled[2] <= middle + 1, (filled, outline)
        else:
            assert filled[0] >= middle - 1, (filled, outline)


# -- language and direction ------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "blue_first"), [(None, True), ("ar", False), ("he", False)])
async def test_a_right_to_left_language_mirrors_the_flow(
    pool: ChromiumPool, lang: str | None, blue_first: bool
) -> None:
    box = {"type": "container", "layout": {"width": 80, "height": 40}}
    document: dict[str, Any] = {
        "width": 400,
        "height": 100,
        "background": "#ffffff",
        "elements": [
            {
                "type": "row",
                "gap": 20,
                "children": [
                    {**box, "style": {"background": "#0000ff"}},
                    {**box, "style": {"background": "#00ff00"}},
                ],
            }
        ],
    }
    if lang:
        document["lang"] = lang
    _, image = await render_dsl(pool, document)
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue is not None and green is not None
    if blue_first:
        assert blue[0] == 0 and green[0] == 100, (blue, green)
    else:  # the first child starts at the right edge, the second follows to its left
        assert blue[2] == 400 and green[2] == 300, (blue, green)


async def test_the_language_picks_the_glyphs_of_shared_han_characters(pool: ChromiumPool) -> None:
    """直 and 骨 are drawn differently in Japanese and Simplified Chinese: `lang` reaches the fonts."""

    def document(lang: str) -> dict[str, Any]:
        text = {"type": "text", "text": "直骨", "style": {"fontSize": 64}}
        return {"width": 200, "height": 100, "lang": lang, "background": "#ffffff", "elements": [text]}

    _, japanese = await render_dsl(pool, document("ja"))
    _, chinese = await render_dsl(pool, document("zh-Hans"))
    assert distinct_colors(japanese.data) > 2
    assert (
        ImageChops.difference(decode(japanese.data), decode(chinese.data)).getbbox(alpha_only=False)
        is not None
    )


# -- determinism ----------------------------------------------------------------------------------


PRUNING_CASES = [(path.stem, {}) for path in EXAMPLES] + [
    ("review-notes", {"frame": "browser", "theme": "dark"}),
    ("chat", {"frame": "phone", "transparent": True}),
    ("kitchen-sink", {"full_page": True, "theme": "dark"}),
]


@pytest.mark.parametrize(("name", "options"), PRUNING_CASES, ids=[f"{n}-{len(o)}" for n, o in PRUNING_CASES])
async def test_leaving_out_css_no_class_can_match_changes_no_pixel(
    pool: ChromiumPool, monkeypatch: pytest.MonkeyPatch, name: str, options: dict[str, Any]
) -> None:
    """The compiler drops the design system's rules that need a class the page lacks; the
    page must look exactly as it does with every rule."""
    source = (ROOT / "examples" / f"{name}.yaml").read_text()
    pruned_prepared, pruned = await render_dsl(pool, source, **options)
    monkeypatch.setattr("kernel.dsl.compiler.prune_css", lambda css, used: css)
    whole_prepared, whole = await render_dsl(pool, source, **options)
    assert len(pruned_prepared.html) < len(whole_prepared.html)
    first, second = decode(pruned.data).convert("RGBA"), decode(whole.data).convert("RGBA")
    assert first.size == second.size
    changed = ImageChops.difference(first, second).getbbox(alpha_only=False)
    assert changed is None, f"pixels differ inside {changed}"


@pytest.mark.parametrize("name", ["login", "dashboard", "mobile-app"])
async def test_identical_input_gives_identical_pixels(pool: ChromiumPool, name: str) -> None:
    source = (ROOT / "examples" / f"{name}.yaml").read_text()
    first_prepared, first = await render_dsl(pool, source)
    # Renders in between, on other pages of the pool, must leave no trace on the next one.
    await asyncio.gather(*(render_dsl(pool, RED_BUTTON, scale=2, theme="dark") for _ in range(3)))
    second_prepared, second = await render_dsl(pool, source)
    assert first_prepared.html == second_prepared.html
    assert first_prepared.cache_key == second_prepared.cache_key
    # Compare pixels, not bytes: the fast PNG encoder may pack identical pixels differently.
    first_pixels, second_pixels = decode(first.data).convert("RGBA"), decode(second.data).convert("RGBA")
    assert first_pixels.size == second_pixels.size
    changed = ImageChops.difference(first_pixels, second_pixels).getbbox(alpha_only=False)
    assert changed is None, f"pixels differ inside {changed}"


async def test_a_list_items_variant_colours_its_value(pool: ChromiumPool) -> None:
    document = {
        "width": 400,
        "height": 200,
        "theme": {"primary": "#ff0000"},
        "elements": [
            {
                "type": "list",
                "items": [
                    {"label": "Refund", "value": "+$24.00", "variant": "primary", "description": "Store"},
                    {"label": "Rent", "value": "-$1,800.00", "description": "Landlord"},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    red = mask_bbox(image.data, lambda c: c[0] > 200 and c[1] < 90 and c[2] < 90)
    assert red is not None
    assert red[0] > 250 and red[3] < 100, red  # the first row's value, on the right, and nothing else


async def test_cards_of_one_grid_row_pin_their_actions_to_the_bottom(pool: ChromiumPool) -> None:
    document = {
        "width": 600,
        "height": 320,
        "theme": {"primary": "#ff0000"},
        "elements": [
            {
                "type": "grid",
                "columns": 2,
                "children": [
                    {"type": "card", "title": "Hobby", "actions": ["Start"]},
                    {"type": "card", "title": "Pro", "text": "One\nTwo\nThree\nFour", "actions": ["Trial"]},
                ],
            }
        ],
    }
    _, image = await render_dsl(pool, document)
    picture = decode(image.data).convert("RGB")
    halves = [picture.crop((0, 0, 300, 320)), picture.crop((300, 0, 600, 320))]
    bottoms = []
    for half in halves:
        buffer = io.BytesIO()
        half.save(buffer, format="PNG")
        box = mask_bbox(buffer.getvalue(), is_red)
        assert box is not None
        bottoms.append(box[3])
    assert bottoms[0] == bottoms[1], bottoms


async def test_a_badge_grows_with_its_font(pool: ChromiumPool) -> None:
    document = {
        "width": 300,
        "height": 120,
        "elements": [{"type": "badge", "text": "PAID", "style": {"fontSize": 28, "background": "#ff0000"}}],
    }
    _, image = await render_dsl(pool, document)
    box = mask_bbox(image.data, is_red)
    assert box is not None and box[3] - box[1] >= 28, box  # around the 28 px text, not a 22 px pill


async def test_density_reaches_table_rows(pool: ChromiumPool) -> None:
    heights = {}
    for density in ("compact", "spacious"):
        document = {
            "width": 400,
            "height": 600,
            "padding": 0,
            "background": "#ffffff",
            "theme": {"density": density},
            "elements": [{"type": "table", "columns": ["A", "B"], "rows": [[str(i), "x"] for i in range(8)]}],
        }
        _, image = await render_dsl(pool, document)
        box = mask_bbox(image.data, lambda c: c != (255, 255, 255))
        assert box is not None
        heights[density] = box[3] - box[1]
    assert heights["compact"] < heights["spacious"] - 8 * 10, heights  # ~14 px less padding per row


async def test_a_light_primary_gets_dark_text_on_its_buttons(pool: ChromiumPool) -> None:
    document = {
        "width": 300,
        "height": 100,
        "padding": 0,
        "theme": {"primary": "#facc15"},
        "elements": [{"type": "button", "label": "CONTINUE", "variant": "primary", "layout": {"width": 200}}],
    }
    _, image = await render_dsl(pool, document)
    button = mask_bbox(image.data, lambda c: close_to(c, (250, 204, 21)))
    assert button is not None
    left, top, right, bottom = button
    darkest = min(luminance(rgb_at(image.data, x, (top + bottom) // 2)) for x in range(left, right))
    assert darkest < 60  # the label is dark; white text would leave nothing darker than the yellow


async def test_a_link_in_a_light_primary_is_readable_on_white(pool: ChromiumPool) -> None:
    document = {
        "width": 200,
        "height": 60,
        "padding": 0,
        "background": "#ffffff",
        "theme": {"primary": "#facc15"},
        "elements": [{"type": "link", "text": "SKIP", "style": {"fontSize": 24}}],
    }
    _, image = await render_dsl(pool, document)
    text = mask_bbox(image.data, lambda c: c != (255, 255, 255))
    assert text is not None
    darkest = min(luminance(rgb_at(image.data, x, (text[1] + text[3]) // 2)) for x in range(text[0], text[2]))
    assert darkest < 130, darkest  # the yellow itself is ~190: white text on it, or it on white, fails


OPEN_MENU_OVER_A_ROW = """
width: 600
height: 360
elements:
  - type: column
    style: {position: relative}
    children:
      - {type: button, label: Actions, variant: outline}
      - {type: menu, layout: {x: 0, y: 44, width: 220}, items: [{label: Edit}, {label: Duplicate}, {label: Archive}, {label: Delete}]}
  - {type: paragraph, text: "Paragraph under the open menu."}
  - type: row
    gap: 8
    children:
      - {type: button, label: Save}
      - {type: button, label: Cancel, variant: outline}
"""


async def test_an_open_menu_placed_by_coordinates_is_drawn_over_the_buttons_that_follow(
    pool: ChromiumPool,
) -> None:
    """The Save button of the next row was painted over the open menu's items (both positioned,
    the button later in the page); what floats is now drawn above the flow."""
    _, image = await render_dsl(pool, OPEN_MENU_OVER_A_ROW)
    menu = decode(image.data).convert("RGB").crop((30, 75, 235, 205))
    primary_fill = [px for px in menu.get_flattened_data() if px[2] > 150 and px[0] < 120 and px[1] < 120]
    assert primary_fill == []


async def test_an_icon_s_tile_takes_the_icon_s_colour_not_the_brand_s(pool: ChromiumPool) -> None:
    """A green check on `variant: circle` sat on the brand's purple tint, and a red cross on
    `variant: solid` on a purple fill; the tile is now a tint (or a fill) of the icon's colour."""
    _, image = await render_dsl(
        pool,
        {
            "width": 300,
            "height": 120,
            "elements": [
                {
                    "type": "row",
                    "gap": 16,
                    "children": [
                        {
                            "type": "icon",
                            "name": "circle-check",
                            "size": 40,
                            "color": "success",
                            "variant": "circle",
                        },
                        {
                            "type": "icon",
                            "name": "circle-x",
                            "size": 40,
                            "color": "danger",
                            "variant": "solid",
                        },
                    ],
                }
            ],
        },
    )
    r, g, b = rgb_at(image.data, 24 + 10, 24 + 40)  # inside the circle, left of the glyph
    assert g > r and g > b  # a green tint
    r, g, b = rgb_at(image.data, 24 + 80 + 16 + 6, 24 + 6)  # the solid tile's corner
    assert r > 180 and g < 90 and b < 90  # filled red
