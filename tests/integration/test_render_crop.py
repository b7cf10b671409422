"""A cropped render on real Chromium: the image is the drawn content with its page margin, shadows
included, whatever canvas it was laid out on; no frame; the notes panel kept."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.page import CROP_MIN_WIDTH
from kernel.dsl.options import RenderOptions
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import colour_box, decode, mask_bbox, render_dsl, rgb

pytestmark = pytest.mark.integration

RED_BUTTON: dict[str, Any] = {
    "type": "button",
    "label": "Save changes",
    "style": {"background": "#ff0000", "boxShadow": "none"},
}


async def test_a_cropped_button_is_the_button_and_the_page_margin_around_it(pool: ChromiumPool) -> None:
    """An 800x600 canvas holding one button gives an image of the button with the screen's 24 px
    margin on each side; `padding: 0` gives the button alone; scale multiplies both."""
    _, whole = await render_dsl(pool, {"elements": [RED_BUTTON]})
    button = colour_box(whole.data, (255, 0, 0))
    assert (whole.width, whole.height) == (800, 600) and button is not None
    width, height = button[2] - button[0] + 1, button[3] - button[1] + 1

    def near(size: tuple[int, int], expected: tuple[int, int], slack: int = 1) -> bool:
        """Equal but for the px a fractional edge rounds to (the crop takes whole CSS px)."""
        return all(abs(got - want) <= slack for got, want in zip(size, expected, strict=True))

    _, cropped = await render_dsl(pool, {"elements": [RED_BUTTON]}, crop=True)
    assert near((cropped.width, cropped.height), (width + 48, height + 48)), (cropped.width, cropped.height)
    red = colour_box(cropped.data, (255, 0, 0))
    assert red is not None and red[:2] == (24, 24), red

    _, tight = await render_dsl(pool, {"padding": 0, "elements": [RED_BUTTON]}, crop=True)
    assert near((tight.width, tight.height), (width, height)), (tight.width, tight.height)

    _, sharp = await render_dsl(pool, {"padding": 8, "elements": [RED_BUTTON]}, crop=True, scale=2)
    assert near((sharp.width, sharp.height), (2 * (width + 16), 2 * (height + 16)), 2)


async def test_a_cropped_image_keeps_the_shadows_whole_down_to_a_clear_edge(pool: ChromiumPool) -> None:
    """A card with a deep shadow on a transparent page: the crop reaches past its box by the
    shadow's blur and offset, so the image's edges are clear (alpha ~0), not a cut shadow."""
    card = {
        "type": "card",
        "title": "Elevated",
        "text": "Its shadow fades out inside the image.",
        "style": {"boxShadow": "0 12px 32px rgba(0,0,0,.6)"},
    }
    document = {"width": 360, "padding": 16, "theme": "dark", "elements": [card]}
    _, image = await render_dsl(pool, document, crop=True, transparent=True)
    picture = decode(image.data).convert("RGBA")
    alpha = picture.getchannel("A")
    bottom_row = [alpha.getpixel((x, picture.height - 1)) for x in range(picture.width)]
    assert max(bottom_row) <= 8, max(bottom_row)  # type: ignore[operator]
    # The card itself is opaque in the middle.
    assert alpha.getpixel((picture.width // 2, picture.height // 3)) == 255


async def test_a_cropped_image_grows_with_content_below_the_canvas_and_keeps_the_notes(
    pool: ChromiumPool,
) -> None:
    """Content taller than the canvas is all there (the page grows as for a full page); annotation
    notes keep their panel beside the content."""
    block = {"type": "card", "layout": {"height": 200}, "title": "A card"}
    _, image = await render_dsl(pool, {"width": 700, "height": 300, "elements": [block] * 3}, crop=True)
    content = 24 + 3 * 200 + 2 * 12 + 24  # the margins, the cards and the gaps between them
    assert content <= image.height <= content + 6 and image.cut_px == 0  # (and the cards' shadow)
    annotated = {
        "width": 400,
        "height": 300,
        "elements": [{**RED_BUTTON, "id": "save"}],
        "annotations": [{"target": "save", "text": "Saves the draft"}],
    }
    _, noted = await render_dsl(pool, annotated, crop=True)
    assert noted.width == 400 + 320  # the screen's width and the notes panel beside it
    picture = rgb(noted.data)
    assert picture.getpixel((noted.width - 10, noted.height - 2)) == (248, 250, 252)  # the panel's fill


def _stat(value: str) -> dict[str, Any]:
    """A stat drawn on a red fill with no border nor shadow: its box is the red pixels."""
    return {
        "type": "stat", "label": "Churn", "value": value, "change": "-0.2%", "variant": "success",
        "icon": "trending-down", "style": {"background": "#ff0000", "border": "none", "boxShadow": "none"},
    }  # fmt: skip


async def test_a_cropped_stat_is_its_box_at_a_components_width_not_the_canvas(pool: ChromiumPool) -> None:
    """A stat stretches to the screen's width on a page; cropped, the screen is as wide as its
    content needs (at least CROP_MIN_WIDTH), so the image is the stat's box and the margin around
    it, not an 800 px strip. A stat whose value needs more is as wide as that, within the canvas."""
    _, whole = await render_dsl(pool, {"padding": 16, "elements": [_stat("1.9%")]})
    stretched = colour_box(whole.data, (255, 0, 0))
    assert stretched is not None and stretched[2] - stretched[0] == 800 - 2 * 16

    _, cropped = await render_dsl(pool, {"padding": 16, "elements": [_stat("1.9%")]}, crop=True)
    box = colour_box(cropped.data, (255, 0, 0))
    assert box is not None and box[:2] == (16, 16), box
    width, height = box[2] - box[0], box[3] - box[1]
    assert (cropped.width, cropped.height) == (width + 32, height + 32), (cropped.width, cropped.height, box)
    assert cropped.width == CROP_MIN_WIDTH  # the stat's content needs less than a component's width

    wide_value = _stat("12,345,678,901 requests served")
    _, wide = await render_dsl(pool, {"padding": 16, "elements": [wide_value]}, crop=True)
    wide_box = colour_box(wide.data, (255, 0, 0))
    assert wide_box is not None and wide_box[:2] == (16, 16), wide_box
    assert (wide.width, wide.height) == (wide_box[2] - wide_box[0] + 32, wide_box[3] - wide_box[1] + 32)
    assert CROP_MIN_WIDTH < wide.width < 800, wide.width


def test_crop_refuses_a_frame_asked_for_and_drops_the_documents() -> None:
    """A frame cannot surround an image cut to its content: asked for with crop, it is a clear
    error; a document's own frame is not drawn."""
    with pytest.raises(ValueError, match="draws no frame"):
        RenderOptions(crop=True, frame="phone")
    assert RenderOptions(crop=True, frame="none").crop


async def test_a_documents_frame_is_not_drawn_around_a_crop(pool: ChromiumPool) -> None:
    framed = {"frame": "phone", "elements": [RED_BUTTON]}
    prepared, image = await render_dsl(pool, framed, crop=True)
    assert prepared.viewport.frame.type == "none"
    assert image.width < 300 and colour_box(image.data, (255, 0, 0)) is not None


def _shipments(**document: Any) -> dict[str, Any]:
    """A table whose last column is the status, a red badge, after a long address."""
    row = {"ref": "SHP-1042", "address": "Hafenstraße 12, 20457 Hamburg, Germany", "status": "Failed"}
    table = {
        "type": "table",
        "columns": [{"key": "ref", "label": "Ref"}, {"key": "address", "label": "Address"},
                    {"key": "status", "label": "Status"}],
        "rows": [row] * 3,
    }  # fmt: skip
    return {**document, "elements": [table]}


@pytest.mark.parametrize(("document", "options"), [({"width": 1000}, {}), ({}, {"width": 1000})])
async def test_a_cropped_table_keeps_the_width_the_author_chose(
    pool: ChromiumPool, document: dict[str, Any], options: dict[str, Any]
) -> None:
    """A width the document (or the caller) gives holds under crop: the table is laid out 1000 px
    wide, its last column (the red Failed badges) inside the image, right of the address, which
    stays on one line (laid out at 320 px it wrapped and the column was cut off)."""
    _, image = await render_dsl(pool, _shipments(**document), crop=True, **options)
    assert image.width == 1000, image.width
    badges = mask_bbox(image.data, lambda c: c[0] > 150 and c[1] < 80 and c[2] < 80)
    assert badges is not None and badges[0] > 600 and badges[2] < image.width - 24, badges
    _, narrow = await render_dsl(pool, _shipments(), crop=True)  # nobody chose the width: it narrows
    assert narrow.width < 1000 and narrow.height > image.height, (narrow.width, narrow.height)


async def test_a_cropped_screen_keeps_its_columns_padding_below_an_edge_to_edge_navbar(
    pool: ChromiumPool,
) -> None:
    """A navbar across the screen's top gives the page no margin, but the content below it sits in
    a padded column: the crop keeps that column's 20 px padding under its last box, so the image's
    bottom edge does not touch it."""
    document = {
        "width": 600,
        "padding": 0,
        "elements": [
            {"type": "navbar", "title": "Acme"},
            {"type": "column", "padding": "20px 32px", "children": [RED_BUTTON]},
        ],
    }
    _, image = await render_dsl(pool, document, crop=True)
    red = colour_box(image.data, (255, 0, 0))
    assert red is not None and image.width == 600, (red, image.width)
    assert 19 <= image.height - red[3] <= 21, (image.height, red)
