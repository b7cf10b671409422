"""What the validator's repairs draw, on real Chromium: `layout: {direction: row}` repaired as
the element's own `direction: row` lays the children side by side (CSS's writing direction in
`style` did not), and a button's `title` read as its label draws its words."""

from __future__ import annotations

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import BLUE, GREEN, colour_box, render_dsl

pytestmark = pytest.mark.integration

FLAT = {"border": "none", "borderRadius": 0, "boxShadow": "none", "width": 120, "height": 40}


async def test_the_suggested_direction_row_draws_the_children_side_by_side(pool: ChromiumPool) -> None:
    children = [
        {"type": "container", "style": {"background": "#0000ff", **FLAT}},
        {"type": "container", "style": {"background": "#00ff00", **FLAT}},
    ]
    document = {"width": 600, "height": 200, "background": "#ffffff",
                "elements": [{"type": "container", "direction": "row", "align": "center", "children": children}]}  # fmt: skip
    _, image = await render_dsl(pool, document)
    blue, green = colour_box(image.data, BLUE), colour_box(image.data, GREEN)
    assert blue is not None and green is not None
    assert green[0] >= blue[2] - 1, (blue, green)  # beside, not under
    assert abs(green[1] - blue[1]) <= 1, (blue, green)


async def test_a_buttons_title_is_drawn_as_its_label(pool: ChromiumPool) -> None:
    """`{type: button, title: Submit}` drew an empty box; its title is its label now."""

    def button(**words: str) -> dict[str, object]:
        return {"width": 300, "height": 100, "background": "#ffffff",
                "elements": [{"type": "button", "variant": "primary", **words}]}  # fmt: skip

    _, titled = await render_dsl(pool, button(title="Submit"))
    _, labelled = await render_dsl(pool, button(label="Submit"))
    assert titled.data == labelled.data


async def test_plain_synonyms_draw_as_the_dsls_words(pool: ChromiumPool) -> None:
    theirs = {"width": 500, "height": 400, "background": "#ffffff", "elements": [
        {"type": "stepper", "steps": ["Cart", "Shipping", "Payment"]},
        {"type": "list", "items": [{"title": "Alice commented", "subtitle": "2 min ago"}]},
        {"type": "switch", "label": "Wi-Fi"}]}  # fmt: skip
    ours = {**theirs, "elements": [
        {"type": "stepper", "items": ["Cart", "Shipping", "Payment"]},
        {"type": "list", "items": [{"label": "Alice commented", "description": "2 min ago"}]},
        {"type": "toggle", "label": "Wi-Fi"}]}  # fmt: skip
    _, synonyms = await render_dsl(pool, theirs)
    _, own = await render_dsl(pool, ours)
    assert synonyms.data == own.data
