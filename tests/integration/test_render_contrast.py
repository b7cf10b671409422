"""Contrast and spacing on real Chromium: solid fills under white text, a black brand's underlined
links, lighter elevated cards in dark, the space around a section's title, a paragraph in an
author-coloured box, the page margin of rounded boxes and tabs beside a select in a header."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    BLUE,
    RGB,
    box_where,
    close_to,
    colour_box,
    column_runs,
    is_ink,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration


WHITE = (255, 255, 255)


def button_fill(image_data: bytes) -> RGB:
    """The fill of a lone button at the page's margin, 4 px inside its start padding."""
    pixel = rgb(image_data).getpixel((24 + 4, 24 + 18))
    assert isinstance(pixel, tuple)
    red, green, blue = pixel[:3]
    return red, green, blue


@pytest.mark.parametrize(
    ("theme", "variant"),
    [("light", "success"), ("dark", "success"), ("dark", "danger"), ("dark", "primary")],
)
async def test_solid_buttons_under_white_text_read_at_4_5_to_1(
    pool: ChromiumPool, theme: str, variant: str
) -> None:
    document = {"width": 300, "height": 100, "theme": theme,
                "elements": [{"type": "button", "label": "Approve", "variant": variant}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    fill = button_fill(image.data)
    assert fill != rgb(image.data).getpixel((4, 4))  # the sample is the button, not the page
    assert contrast(fill, WHITE) >= 4.5


async def _link_ink(pool: ChromiumPool, theme: Any) -> tuple[bytes, tuple[int, int, int, int]]:
    document = {"width": 300, "height": 80, "background": "#ffffff", "theme": theme,
                "elements": [{"type": "link", "text": "Open the docs"}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    ink = box_where(rgb(image.data), is_link_ink)
    assert ink is not None
    return image.data, ink


def is_link_ink(colour: RGB) -> bool:
    return luminance(colour) < 150


def spans_a_line(data: bytes, row: int, left: int, right: int) -> bool:
    """Whether `row` is ink nearly all the way from `left` to `right`: an underline, not glyphs."""
    pixels = rgb(data).load()
    assert pixels is not None
    inked = sum(1 for x in range(left, right) if is_link_ink(pixels[x, row]))
    return inked >= 0.9 * (right - left)


async def test_a_black_brands_links_are_underlined(pool: ChromiumPool) -> None:
    data, (left, _, right, bottom) = await _link_ink(pool, {"primary": "#000000", "background": "#ffffff"})
    assert spans_a_line(data, bottom - 1, left, right)
    tinted, (t_left, t_top, t_right, t_bottom) = await _link_ink(pool, {"primary": "#2563eb"})
    assert not any(spans_a_line(tinted, row, t_left, t_right) for row in range(t_top, t_bottom))


async def test_an_elevated_card_in_dark_is_a_step_lighter_than_a_default_one(pool: ChromiumPool) -> None:
    cards = [
        {"type": "card", "variant": variant, "layout": {"height": 80}} for variant in ("default", "elevated")
    ]
    document = {"width": 600, "height": 140, "theme": "dark",
                "elements": [{"type": "grid", "columns": 2, "children": cards}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    default, elevated = pixels.getpixel((100, 60)), pixels.getpixel((400, 60))
    assert isinstance(default, tuple) and isinstance(elevated, tuple)
    assert sum(elevated[:3]) - sum(default[:3]) >= 15


def band(children_colour: str) -> dict[str, Any]:
    return {"type": "container", "style": {"background": children_colour, "height": 20}}


async def _title_spacing(pool: ChromiumPool, density: str) -> tuple[int, int]:
    """(ink above, ink below) the second section's title: from the first section's last box to
    the title's glyphs, and from them to the second section's first box."""
    sections = [
        {"type": "section", "title": title, "children": [band("#0000ff")]}
        for title in ("Shipping", "Billing")
    ]
    document = {"width": 400, "height": 260, "background": "#ffffff", "theme": {"density": density},
                "elements": sections}  # fmt: skip
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    blue_rows = row_runs(pixels, lambda c: close_to(c, BLUE), (24, 0, 376, 260))
    assert len(blue_rows) == 2
    (_, first_end), (second_start, _) = blue_rows
    title = box_where(
        pixels, lambda c: is_ink(c) and not close_to(c, BLUE), (24, first_end, 376, second_start)
    )
    assert title is not None
    return title[1] - first_end, second_start - title[3]


async def test_a_section_starts_further_from_what_is_above_than_its_title_from_its_content(
    pool: ChromiumPool,
) -> None:
    above, below = await _title_spacing(pool, "comfortable")
    assert above >= below + 8
    compact_above, compact_below = await _title_spacing(pool, "compact")
    assert compact_above > compact_below and (compact_above, compact_below) < (above, below)


async def test_a_paragraph_in_a_box_with_an_author_colour_takes_that_colour(pool: ChromiumPool) -> None:
    indigo = (79, 70, 229)
    section = {"type": "section", "style": {"background": "#4f46e5", "color": "white"},
               "children": [{"type": "heading", "text": "Ready to start?"},
                            {"type": "paragraph", "text": "Join 3000 teams today."}]}  # fmt: skip
    document = {"width": 500, "height": 160, "background": "#ffffff", "elements": [section]}
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    box = colour_box(image.data, indigo)
    assert box is not None
    lines = row_runs(pixels, lambda c: not close_to(c, indigo, 40), (box[0], box[1], box[2], box[3]))
    assert len(lines) == 2  # the heading's line, then the paragraph's
    top, bottom = lines[1]
    lightest = max(
        (pixels.getpixel((x, y)) for y in range(top, bottom) for x in range(box[0], box[2])),
        key=lambda c: sum(c[:3]),  # type: ignore[index]
    )
    assert isinstance(lightest, tuple)
    assert contrast(lightest[:3], indigo) >= 4.5  # type: ignore[arg-type]


async def test_rounded_coloured_boxes_at_the_top_level_keep_the_page_margin(pool: ChromiumPool) -> None:
    rounded = {"background": "#0000ff", "borderRadius": 12}
    document = {"width": 800, "height": 300, "background": "#ffffff",
                "elements": [{"type": "heading", "text": "Org chart"},
                             {"type": "container", "layout": {"width": 752, "height": 80}, "style": rounded},
                             {"type": "container", "layout": {"height": 80}, "style": rounded}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    pixels = rgb(image.data)
    assert colour_box(image.data, BLUE) == (24, 68, 776, 240)
    boxes = row_runs(pixels, lambda c: close_to(c, BLUE), (400, 0, 401, 300))
    assert len(boxes) == 2 and boxes[1][0] - boxes[0][1] == 12  # the page's gap between them


async def test_segmented_tabs_beside_a_select_in_a_header_keep_their_width(pool: ChromiumPool) -> None:
    tabs = {"type": "tabs", "variant": "segmented", "items": ["Today", "7 days", "30 days"], "active": 0}
    select = {"type": "select", "options": ["All regions", "EMEA"], "value": "All regions"}
    muted = (244, 244, 245)

    def is_track(colour: RGB) -> bool:
        return close_to(colour, muted, 1)

    async def track_width(elements: list[dict[str, Any]]) -> int:
        """The widest run of the track's grey on a row: its padding above the tabs."""
        document = {"width": 900, "height": 120, "background": "#ffffff", "elements": elements}
        _, image = await render_dsl(pool, document)
        pixels = rgb(image.data)
        widths = [
            end - start
            for y in range(120)
            for start, end in column_runs(pixels, is_track, (0, y, 900, y + 1))
        ]
        return max(widths)

    alone = await track_width([tabs])
    in_header = await track_width([{"type": "header", "title": "Control tower", "children": [tabs, select]}])
    assert in_header == alone
