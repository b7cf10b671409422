"""On real Chromium: a modal that a row (column, container...) holds alone is drawn as a top-level
one, over the screen (its backdrop covered the row's padding only and the dialog's actions were
drawn below that dimmed strip, on the bare page); a row with content of its own stays the region
its modal dims."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import RGB, box_in, box_where, render_dsl, rgb, white_box

pytestmark = pytest.mark.integration

ALERT = {
    "type": "modal",
    "title": "Änderungen speichern?",
    "children": [{"type": "paragraph", "text": "Sie haben ungespeicherte Änderungen."}],
    "actions": ["Überspringen", "Speichern"],
}
PHONE: dict[str, Any] = {"device": "mobile", "lang": "de"}


def is_primary(colour: RGB) -> bool:
    """The light theme's indigo primary, the decision's fill."""
    red, green, blue = colour
    return blue > 180 and blue - red > 80 and blue - green > 80


def is_dimmed(colour: RGB) -> bool:
    """The page under the backdrop: grey, neither white nor ink."""
    return 100 < max(colour) < 200 and max(colour) - min(colour) < 12


async def test_a_modal_a_row_holds_alone_is_drawn_as_a_top_level_one(pool: ChromiumPool) -> None:
    wrapped = {**PHONE, "elements": [{"type": "row", "children": [ALERT]}]}
    _, image = await render_dsl(pool, wrapped, scale=1)
    shown = rgb(image.data)
    left, top, right, bottom = white_box(shown)
    # Centred on the screen, the dim all around it, the decision inside the dialog.
    assert abs((top + bottom) / 2 - shown.height / 2) <= 2, (top, bottom, shown.height)
    for x, y in ((5, 5), (5, shown.height - 5), (shown.width // 2, bottom + 20)):
        assert is_dimmed(shown.getpixel((x, y))), (x, y, shown.getpixel((x, y)))  # type: ignore[arg-type]
    box_in(shown, is_primary, (left, top, right, bottom))
    assert image.measured_warnings == ()
    # The same picture as the modal written at the top level.
    _, top_level = await render_dsl(pool, {**PHONE, "elements": [ALERT]}, scale=1)
    assert image.data == top_level.data


async def test_nested_boxes_that_hold_only_a_sheet_draw_it_on_the_screens_edge(pool: ChromiumPool) -> None:
    sheet = {**ALERT, "variant": "sheet"}
    heading = {"type": "heading", "text": "Entwürfe"}
    nested = {"type": "column", "gap": 8, "children": [{"type": "row", "children": [sheet]}]}
    _, image = await render_dsl(pool, {**PHONE, "elements": [heading, nested]}, scale=1)
    _, top_level = await render_dsl(pool, {**PHONE, "elements": [heading, sheet]}, scale=1)
    assert image.data == top_level.data
    _, _, _, bottom = white_box(rgb(image.data))
    assert bottom == image.height, bottom  # on the screen's bottom edge (the box's end is exclusive)
    assert image.measured_warnings == ()


async def test_a_row_with_content_of_its_own_is_the_region_its_modal_dims(pool: ChromiumPool) -> None:
    panel = {"type": "card", "layout": {"height": 300}, "children": [{"type": "paragraph", "text": "Entwurf"}]}  # fmt: skip
    region = {"type": "row", "children": [panel, ALERT]}
    page = {**PHONE, "elements": [region, {"type": "paragraph", "text": "Unter der Zeile"}]}
    _, image = await render_dsl(pool, page, scale=1)
    shown = rgb(image.data)
    # The dim covers the row (the card and the dialog's room), not the page under it (read right
    # of the paragraph's words, whose anti-aliased edges are grey too).
    right_side = box_where(shown, is_dimmed, (200, 0, shown.width, shown.height))
    assert right_side is not None and right_side[3] < shown.height / 2, right_side
    dim = box_in(shown, is_dimmed, (0, 0, shown.width, right_side[3]))
    assert not any(is_dimmed(shown.getpixel((x, dim[3] + 40))) for x in range(0, shown.width, 4))  # type: ignore[arg-type]  # fmt: skip
    # The whole dialog, its decision too, lies on that dim.
    left, top, right, bottom = box_in(shown, lambda colour: colour == (255, 255, 255), dim)
    assert dim[0] < left and dim[1] < top and right < dim[2] and bottom < dim[3], ((left, top, right, bottom), dim)  # fmt: skip
    box_in(shown, is_primary, (left, top, right, bottom))
    assert image.measured_warnings == ()
