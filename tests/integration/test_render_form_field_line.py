"""The field line on real Chromium: in a row beside a labelled field, every inline control (button,
checkbox, switch, lone radio, badge, chip, text, link, icon, an unlabelled field, a radio group's
options, a slider's track) is centred on the field's box, not on label and box together, at every
density and field size; beside a labelled radio group alone, lone radios and checkboxes sit level
with its options; a row its author aligned keeps that alignment."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    Box,
    boxes,
    is_blue,
    is_green,
    painted,
    render_dsl,
    rgb,
)

pytestmark = pytest.mark.integration

SCALE = 2
"""At 2x a half-pixel centre (a 21 px text line on a 36 px box) is a whole device pixel."""


PAINT = (
    painted(".dsl-control", "#0000ff")
    + painted(
        ":is(.dsl-button,.dsl-checkmark,.dsl-switch,.dsl-radiomark,.dsl-badge,.dsl-chip,.dsl-text,.dsl-link,.dsl-icon,.dsl-slider-track)",
        "#00ff00",
    )
    + ".dsl-switch::after,.dsl-slider-thumb,.dsl-slider-range,.dsl-slider-track::before{display:none}"
    + ".dsl-choice-label,.dsl-field-label,.dsl-slider-head,.dsl-slider-scale{color:#ffffff!important}"
)
"""Fields' boxes blue; the marks, pills, buttons and words to line up with them green; labels white."""


async def render(pool: ChromiumPool, row: dict[str, Any], density: str | None = None, css: str = PAINT,
                 width: int = 1000) -> Image.Image:  # fmt: skip
    document: dict[str, Any] = {"width": width, "height": 200, "scale": SCALE, "padding": 20,
                                "background": "#ffffff", "elements": [row], "css": css}  # fmt: skip
    if density is not None:
        document["theme"] = {"density": density}
    _, image = await render_dsl(pool, document)
    return rgb(image.data)


def middle(box: Box) -> float:
    """A box's vertical centre, in device px."""
    return (box[1] + box[3]) / 2


INLINE = [
    {"type": "button", "label": "Apply", "variant": "outline"},
    {"type": "checkbox", "label": "Gift wrap"},
    {"type": "toggle", "label": "Express"},
    {"type": "radio", "label": "Pick up"},
    {"type": "badge", "text": "Saved", "variant": "success"},
    {"type": "chip", "text": "Vegan"},
    {"type": "text", "text": "or"},
    {"type": "link", "text": "Details"},
    {"type": "icon", "name": "info"},
]
"""The controls a row puts beside a labelled field, each drawn green."""


@pytest.mark.parametrize("density", ["compact", "comfortable", "spacious", "touch"])
async def test_inline_controls_beside_a_labelled_field_centre_on_its_box(
    pool: ChromiumPool, density: str
) -> None:
    """`{row: [input with a label, button, checkbox, toggle, lone radio, badge, chip, text, link,
    icon]}`: the field's box ran 26 px below the row's top and only the button sat on it; the
    others were centred on label and box together, 13 px higher. Now all are centred on the box."""
    field = {"type": "input", "label": "Coupon", "placeholder": "SUMMER24", "layout": {"width": 120}}
    image = await render(pool, {"type": "row", "children": [field, *INLINE]}, density)
    (control,) = boxes(image, is_blue)
    inline = boxes(image, is_green)
    assert len(inline) == len(INLINE), inline
    control_h = {"compact": 32, "comfortable": 36, "spacious": 40, "touch": 44}[density]
    assert (control[1] - 20 * SCALE, control[3] - control[1]) == (26 * SCALE, control_h * SCALE), control
    for box in inline:
        assert abs(middle(box) - middle(control)) <= 1, (box, control)


async def test_a_field_with_a_hint_keeps_the_line_on_its_box(pool: ChromiumPool) -> None:
    """A hint under the field makes the row taller: the button, the checkbox and the unlabelled
    field stay on the box, not on the middle of label, box and hint."""
    row = {"type": "row", "children": [
        {"type": "input", "label": "Email", "hint": "We never share it", "layout": {"width": 160}},
        {"type": "button", "label": "Join"}, {"type": "checkbox", "label": "Terms", "hint": "Required"},
        {"type": "input", "placeholder": "Unlabelled", "layout": {"width": 120}}]}  # fmt: skip
    image = await render(pool, row)
    labelled, bare = boxes(image, is_blue)
    assert bare[1:4:2] == labelled[1:4:2], (labelled, bare)  # the same top and bottom
    button, mark = boxes(image, is_green)
    assert button[1:4:2] == labelled[1:4:2], (button, labelled)
    assert abs(middle(mark) - middle(labelled)) <= 1, (mark, labelled)


@pytest.mark.parametrize("size", ["sm", "lg"])
async def test_a_small_or_large_field_puts_a_button_of_its_size_on_its_box(
    pool: ChromiumPool, size: str
) -> None:
    """A small (large) labelled field and a small (large) button beside it share top and bottom;
    a checkbox is centred on that shorter (taller) box."""
    row = {"type": "row", "children": [
        {"type": "input", "label": "Coupon", "size": size, "layout": {"width": 160}},
        {"type": "button", "label": "Apply", "size": size}, {"type": "checkbox", "label": "Gift"}]}  # fmt: skip
    image = await render(pool, row)
    (control,) = boxes(image, is_blue)
    button, mark = boxes(image, is_green)
    assert control[3] - control[1] == {"sm": 32, "lg": 42}[size] * SCALE, control
    assert button[1:4:2] == control[1:4:2], (button, control)
    assert abs(middle(mark) - middle(control)) <= 1, (mark, control)


async def test_a_radio_groups_options_and_a_sliders_track_centre_on_a_fields_box(pool: ChromiumPool) -> None:
    row = {"type": "row", "children": [
        {"type": "input", "label": "Name", "layout": {"width": 160}},
        {"type": "radio", "label": "Speed", "options": ["Fast", "Slow"], "value": "Fast", "direction": "row"},
        {"type": "slider", "label": "Budget", "value": 40, "layout": {"width": 160}}]}  # fmt: skip
    image = await render(pool, row)
    (control,) = boxes(image, is_blue)
    marks = boxes(image, is_green)
    assert len(marks) == 3, marks  # two options' marks, the track
    for box in marks:
        assert abs(middle(box) - middle(control)) <= 1, (box, control)


@pytest.mark.parametrize("density", ["comfortable", "touch"])
async def test_lone_radios_beside_a_labelled_radio_group_sit_level_with_its_options(
    pool: ChromiumPool, density: str
) -> None:
    """Without a field, the line is the group's options': a lone radio and a checkbox beside them
    sat 13 px higher (centred on question and options together)."""
    row = {"type": "row", "children": [
        {"type": "radio", "label": "Delivery", "options": ["Standard", "Express"], "value": "Standard", "direction": "row"},
        {"type": "radio", "label": "Pick up in store"}, {"type": "checkbox", "label": "Gift"}]}  # fmt: skip
    image = await render(pool, row, density)
    marks = boxes(image, is_green)
    assert len(marks) == 4, marks
    assert {middle(box) for box in marks} == {middle(marks[0])}, marks


async def test_a_row_its_author_aligned_keeps_its_alignment(pool: ChromiumPool) -> None:
    """`align: center`: the checkbox is centred on the whole row, as the author asked."""
    row = {"type": "row", "align": "center", "children": [
        {"type": "input", "label": "Coupon", "layout": {"width": 160}}, {"type": "checkbox", "label": "Gift"}]}  # fmt: skip
    image = await render(pool, row)
    (control,) = boxes(image, is_blue)
    (mark,) = boxes(image, is_green)
    row_middle = (20 * SCALE + control[3]) / 2  # the row runs from the field's top to its box's bottom
    assert abs(middle(mark) - row_middle) <= 1, (mark, row_middle)
