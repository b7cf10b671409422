"""Which action is emphasised, on real Chromium: one filled primary button in a form's, a card's,
a header's and an empty state's actions, never Cancel, never two; another library's variant word
drawn as the variant it means (an `outlined` button has no fill)."""

from __future__ import annotations

from typing import Any

import pytest

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import GREEN, boxes, close_to, column_runs, is_text, render_dsl, rgb

pytestmark = pytest.mark.integration

PRIMARY = (0, 0, 255)
"""The theme's primary in these documents: a filled primary button is this blue."""


def is_primary_fill(colour: tuple[int, int, int]) -> bool:
    return close_to(colour, PRIMARY, 8)


def screen(*elements: dict[str, Any]) -> dict[str, Any]:
    return {"width": 640, "height": 360, "theme": {"primary": "#0000ff"}, "elements": list(elements)}


FORM = {"type": "form", "title": "Account", "children": [{"type": "input", "label": "Name", "value": "Ann"}]}


@pytest.mark.parametrize(
    ("container", "actions", "cancel_side"),
    [
        (FORM, [{"label": "Save", "variant": "primary"}, {"label": "Cancel"}], "right"),
        (FORM, ["Save", "Cancel"], "right"),
        (FORM, ["Cancel", "Save"], "left"),
        ({"type": "card", "title": "Plan", "text": "Pro"}, ["Save", "Cancel"], "right"),
        ({"type": "header", "title": "Users"}, ["Save", "Cancel"], "right"),
        ({"type": "empty", "title": "No projects"}, ["Cancel", "Save"], "left"),
    ],
    ids=["form-stated", "form-save-cancel", "form-cancel-save", "card", "header", "empty"],
)
async def test_one_filled_primary_and_it_is_not_cancel(
    pool: ChromiumPool, container: dict[str, Any], actions: list[Any], cancel_side: str
) -> None:
    """Exactly one button is filled with the primary, and it is Save: Cancel's dark label (on an
    outlined button) is on the side of it where Cancel is written, in the buttons' row."""
    _, image = await render_dsl(pool, screen({**container, "actions": actions}))
    picture = rgb(image.data)
    filled = [box for box in boxes(picture, is_primary_fill) if box[2] - box[0] > 30]
    assert len(filled) == 1, filled
    (save,) = filled
    ink = column_runs(picture, is_text, (0, save[1], picture.width, save[3]))
    left = [run for run in ink if run[1] <= save[0]]
    right = [run for run in ink if run[0] >= save[2]]
    assert right if cancel_side == "right" else left, (ink, save)
    if container["type"] != "header":  # a header's title is in the row too, on its left
        assert not (left if cancel_side == "right" else right), (ink, save)


async def test_an_outlined_button_is_drawn_without_a_fill(pool: ChromiumPool) -> None:
    """MUI's `outlined` draws the outline button (a border, no fill), `contained` the primary."""
    row = {"type": "row", "gap": 24, "style": {"background": "#00ff00", "padding": 24},
           "children": [{"type": "button", "label": "Outlined", "variant": "outlined"},
                        {"type": "button", "label": "Contained", "variant": "contained"}]}  # fmt: skip
    _, image = await render_dsl(pool, screen(row))
    picture = rgb(image.data)
    filled = [box for box in boxes(picture, is_primary_fill) if box[2] - box[0] > 30]
    assert len(filled) == 1, filled
    inside_outlined = picture.getpixel((filled[0][0] - 30, (filled[0][1] + filled[0][3]) // 2))
    assert close_to(inside_outlined, (255, 255, 255)), "the outlined button is white, unfilled"
    assert not close_to(inside_outlined, GREEN)
