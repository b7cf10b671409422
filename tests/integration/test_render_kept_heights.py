"""Heights an author gave in `style` on real Chromium: in a column whose content is a few px too
tall, a box keeps its height as one sized in `layout` does (a bottom sheet's 5 px grab handle was
squeezed to nothing), while a box sized as a share of its parent (%) and the page's own boxes
still give way to fit the screen."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, GREEN, colour_box, render_dsl

pytestmark = pytest.mark.integration


def sheet(first: dict[str, Any]) -> dict[str, Any]:
    """A 180 px column whose content is 3 px too tall, `first` on top."""
    return {"type": "column", "layout": {"height": 180}, "children": [
        first, {"type": "heading", "level": 3, "text": "Sheet title"},
        {"type": "paragraph", "text": "Some text that fills the sheet so the content is a bit too tall."},
        {"type": "button", "label": "Continue"}, {"type": "text", "text": "extra line"}]}  # fmt: skip


async def render(pool: ChromiumPool, elements: list[dict[str, Any]], **document: Any) -> bytes:
    """`elements` on a 360 x 260 white canvas; a `document` field given as None is left out."""
    source = {
        "width": 360,
        "height": 260,
        "padding": 0,
        "background": "#ffffff",
        "elements": elements,
        **document,
    }
    _, image = await render_dsl(pool, {name: value for name, value in source.items() if value is not None})
    return image.data


async def test_a_grab_handle_keeps_its_height_in_a_crowded_column(pool: ChromiumPool) -> None:
    handle = {
        "type": "container",
        "style": {"width": 36, "height": 5, "background": "#0000ff", "alignSelf": "center"},
    }
    drawn = colour_box(await render(pool, [sheet(handle)]), BLUE)
    assert drawn is not None and (drawn[2] - drawn[0], drawn[3] - drawn[1]) == (36, 5), drawn


async def test_a_share_of_a_columns_height_still_gives_way(pool: ChromiumPool) -> None:
    """`height: 100%` under a heading in a 200 px column ends at the column's end, not past it."""
    column = {"type": "column", "layout": {"height": 200}, "children": [
        {"type": "heading", "level": 3, "text": "Panel"},
        {"type": "container", "style": {"height": "100%", "background": "#00ff00"}}]}  # fmt: skip
    drawn = colour_box(await render(pool, [column]), GREEN)
    assert drawn is not None and drawn[3] == 200, drawn


async def test_a_phone_screens_own_boxes_still_give_way_to_fit_it(pool: ChromiumPool) -> None:
    """In a phone frame the screen is a column of set height: a top-level `height: 100%` (made
    the screen's height in px) under a navbar gives way, so the button after it stays on the
    screen."""
    elements: list[dict[str, Any]] = [{"type": "navbar", "title": "Acme"},
                {"type": "container", "style": {"height": "100%", "background": "#00ff00"}},
                {"type": "button", "label": "Continue", "style": {"background": "#0000ff"}}]  # fmt: skip
    drawn = colour_box(
        await render(pool, elements, device="mobile", frame="phone", width=None, height=None), BLUE
    )
    assert drawn is not None, "the button was pushed off the screen"
