"""A design review's form fixes on real Chromium: beside labelled fields whose labels wrap, the
buttons, checkboxes, switches, icons and unlabelled fields of the row stay on the fields' boxes
(at every density and button size, keeping their widths); a plain word in an input's add-on is
drawn as the word and an icon only when asked for; a form drawn as a card looks like a card."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_in,
    box_where,
    boxes,
    close_to,
    is_blue,
    is_green,
    painted,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

SCALE = 2
"""At 2x a half-pixel centre is a whole device pixel."""


LINE = (
    painted(".dsl-control", "#0000ff")
    + painted(":is(.dsl-button,.dsl-checkmark,.dsl-switch,.dsl-icon,.dsl-search)", "#00ff00")
    + ".dsl-switch::after{display:none}"
    + ".dsl-choice-label,.dsl-choice-hint,.dsl-field-label,.dsl-field-hint,.dsl-field-error{color:#ffffff!important}"
    + ".dsl-field-error .dsl-i{display:none}"
)
"""Fields' boxes blue; the buttons, marks, switches and icons to line up with them green; words white."""


async def render(pool: ChromiumPool, elements: list[dict[str, Any]], css: str = LINE, width: int = 900,
                 height: int = 200, **document: Any) -> Image.Image:  # fmt: skip
    page = {"width": width, "height": height, "scale": SCALE, "padding": 20, "background": "#ffffff",
            "elements": elements, "css": css, **document}  # fmt: skip
    _, image = await render_dsl(pool, page)
    return rgb(image.data)


def middle(box: Box) -> float:
    """A box's vertical centre, in device px."""
    return (box[1] + box[3]) / 2


LONG_LABEL = "Preferred billing contact email address for invoices"
"""A label two lines long in a third of a 900 px row."""


# -- a row of labelled fields and the controls beside them --------------------------------------


async def test_a_button_beside_fields_whose_label_wraps_sits_on_their_boxes(pool: ChromiumPool) -> None:
    """The review's row at 900 px: the second box sat 20 px below the first and the button was
    centred on the first. Now the three boxes share top and bottom, 6 px under the two-line label
    (an error under the select moves nothing), and the button shares them too."""
    row = {"type": "row", "children": [
        {"type": "input", "label": "Name", "value": "Ana"},
        {"type": "input", "label": LONG_LABEL, "value": "ana@acme.com"},
        {"type": "select", "label": "Plan", "options": ["Pro"], "value": "Pro", "error": "Plan is not available"},
        {"type": "button", "label": "Add"}]}  # fmt: skip
    image = await render(pool, [row])
    fields = boxes(image, is_blue)
    assert len(fields) == 3, fields
    assert {box[1:4:2] for box in fields} == {((20 + 40 + 6) * SCALE, (20 + 40 + 6 + 36) * SCALE)}, fields
    (button,) = boxes(image, is_green)
    assert button[1:4:2] == fields[0][1:4:2], (button, fields)


async def test_choices_icons_and_an_unlabelled_field_centre_on_boxes_below_a_wrapped_label(
    pool: ChromiumPool,
) -> None:
    """A checkbox with a hint, a switch, an icon, an icon button and an unlabelled search beside a
    field with a hint and one whose label wraps: each is centred on the boxes, not 20 px higher."""
    row = {"type": "row", "children": [
        {"type": "input", "label": "City", "value": "Lisbon", "hint": "As on the bill", "layout": {"width": 160}},
        {"type": "input", "label": LONG_LABEL, "value": "a@b.c", "layout": {"width": 260}},
        {"type": "checkbox", "label": "Same", "hint": "For every order"},
        {"type": "toggle", "label": "On"}, {"type": "icon", "name": "info"},
        {"type": "button", "icon": "trash-2", "variant": "ghost"},
        {"type": "search", "placeholder": "Find", "layout": {"width": 120}}]}  # fmt: skip
    image = await render(pool, [row])
    fields = boxes(image, is_blue)
    assert len(fields) == 2, fields
    assert fields[0][1:4:2] == fields[1][1:4:2] == ((20 + 40 + 6) * SCALE, (20 + 40 + 6 + 36) * SCALE), fields
    inline = boxes(image, is_green)
    assert len(inline) == 5, inline
    for box in inline:
        assert abs(middle(box) - middle(fields[0])) <= 1, (box, fields[0])


@pytest.mark.parametrize("density", ["compact", "comfortable", "spacious", "touch"])
async def test_the_line_holds_below_a_wrapped_label_at_every_density(
    pool: ChromiumPool, density: str
) -> None:
    """A button of the field's height shares its top and bottom, a checkbox's box and a switch are
    centred on it (on touch a choice's line is 24 px: its box still centres)."""
    row = {"type": "row", "children": [
        {"type": "input", "label": LONG_LABEL, "value": "a@b.c", "layout": {"width": 260}},
        {"type": "button", "label": "Apply"}, {"type": "checkbox", "label": "Keep"}, {"type": "toggle", "label": "On"}]}  # fmt: skip
    image = await render(pool, [row], width=700, theme={"density": density})
    (field,) = boxes(image, is_blue)
    assert field[1] == (20 + 40 + 6) * SCALE, field
    button, mark, switch = boxes(image, is_green)
    assert button[1:4:2] == field[1:4:2], (button, field)
    for box in (mark, switch):
        assert abs(middle(box) - middle(field)) <= 1, (box, field)


@pytest.mark.parametrize(
    "item",
    [
        {"type": "button", "label": "Apply", "icon": "check", "size": "sm"},
        {"type": "button", "label": "Apply", "icon": "check"},
        {"type": "button", "label": "Apply", "icon": "check", "size": "lg"},
        {"type": "search", "placeholder": "Find", "icon": "search"},
    ],
)
async def test_an_item_beside_a_wrapped_label_keeps_its_width_and_look(
    pool: ChromiumPool, item: dict[str, Any]
) -> None:
    """What puts an item on the line takes no room in it: beside a two-line label the item is as
    wide as beside a one-line label and draws the same pixels, only lower."""
    found = []
    for label in ("Email", LONG_LABEL):
        row = {"type": "row", "children": [{"type": "input", "label": label, "layout": {"width": 240}}, item]}
        image = await render(pool, [row], width=600)
        (box,) = boxes(image, is_green)
        found.append((box, image.crop(box).tobytes()))
    (short, short_pixels), (tall, tall_pixels) = found
    assert (tall[0], tall[2], tall[1] - short[1]) == (short[0], short[2], 20 * SCALE), (short, tall)
    assert tall_pixels == short_pixels


@pytest.mark.parametrize("border", ["none", "3px solid #00ff00"])
async def test_a_button_with_its_own_border_stays_on_the_boxes(pool: ChromiumPool, border: str) -> None:
    """A button whose style changes its border is still centred on the boxes (its middle is
    placed, not its content's top)."""
    row = {"type": "row", "children": [
        {"type": "input", "label": LONG_LABEL, "layout": {"width": 240}},
        {"type": "button", "label": "Apply", "style": {"border": border}}]}  # fmt: skip
    image = await render(pool, [row], width=600)
    (field,) = boxes(image, is_blue)
    (button,) = boxes(image, is_green)
    assert button[1:4:2] == field[1:4:2] == ((20 + 40 + 6) * SCALE, (20 + 40 + 6 + 36) * SCALE), (
        button,
        field,
    )


async def test_a_row_without_labelled_fields_keeps_its_items_centred(pool: ChromiumPool) -> None:
    """No labelled field, no field line: a toolbar's button, checkbox, unlabelled field and icon
    stay centred on the row's middle, as before."""
    row = {"type": "row", "children": [
        {"type": "search", "placeholder": "Find", "layout": {"width": 160}}, {"type": "button", "label": "Go", "size": "lg"},
        {"type": "checkbox", "label": "Mine"}, {"type": "icon", "name": "info"}]}  # fmt: skip
    image = await render(pool, [row], width=600)
    items = boxes(image, is_green)
    assert len(items) == 4, items
    assert max(middle(box) for box in items) - min(middle(box) for box in items) <= 1, items


# -- add-ons: a word is a word, an icon is asked for -------------------------------------------

ADDONS = (
    ".dsl-control-addon{background:#ffffff!important;border-color:#ffffff!important}"
    ".dsl-control-addon>span:not(.dsl-i){color:#00ff00!important;-webkit-font-smoothing:none}"
    ".dsl-control-addon>.dsl-i{color:#0000ff!important}"
    ".dsl-control{border-color:#ffffff!important;box-shadow:none!important;color:#ffffff!important}"
)
"""An add-on's words green, its icon blue, everything else white."""


@pytest.mark.parametrize(
    ("suffix", "words", "drawn_icon"),
    [("users", True, False), ("files", True, False), ("months", True, False), ("euro", True, False),
     ("circle-help", False, True), ("credit-card", False, True), ({"icon": "users"}, False, True),
     ({"icon": "users", "text": "seats"}, True, True)],
)  # fmt: skip
async def test_an_addon_draws_its_words_and_an_icon_only_when_asked(
    pool: ChromiumPool, suffix: Any, words: bool, drawn_icon: bool
) -> None:
    """`suffix: users` and `suffix: files` drew Lucide's icons where `months` stayed a word: a
    plain word is drawn as the word now; an icon by `{icon: users}` or a hyphenated name."""
    field = {"type": "input", "label": "Seat limit", "value": "50", "suffix": suffix}
    image = await render(pool, [field], css=ADDONS, width=400, height=120)
    assert (box_where(image, is_green) is not None) == words
    assert (box_where(image, is_blue) is not None) == drawn_icon


STEPPER = (
    ".dsl-control-addon{background:#00ff00!important}"
    ".dsl-control-addon .dsl-i{color:#0000ff!important}"
    ".dsl-control{border-color:#ff0000!important;box-shadow:none!important}"
)
"""Add-ons' segments green, their icons blue, the field's border red."""


@pytest.mark.parametrize("density", ["comfortable", "touch"])
async def test_icon_addons_keep_their_segments_and_centre_their_icons(
    pool: ChromiumPool, density: str
) -> None:
    """A stepper (`prefix: {icon: minus}, suffix: {icon: plus}`) 120 px wide: the suffix shrank to
    a 4 px sliver with no plus in it and the minus sat off its segment's middle. Both segments are
    whole now, each icon in its middle, the value giving way between them."""
    field = {"type": "input", "inputType": "number", "value": "1", "prefix": {"icon": "minus"},
             "suffix": {"icon": "plus"}, "layout": {"width": 120}}  # fmt: skip
    image = await render(pool, [field], css=STEPPER, width=300, height=120, theme={"density": density})
    frame = box_where(image, is_red)
    assert frame is not None
    centre, mid = (frame[0] + frame[2]) // 2, (frame[1] + frame[3]) // 2
    halves = [(frame[0], mid - SCALE, centre, mid + SCALE), (centre, mid - SCALE, frame[2], mid + SCALE)]
    segments = [(box[0], box[2]) for box in (box_in(image, is_green, half) for half in halves)]
    assert frame[2] - segments[1][1] == segments[0][0] - frame[0], (segments, frame)  # both reach the border
    for left, right in segments:
        assert right - left >= 28 * SCALE, segments
        icon = box_where(image, is_blue, (left, frame[1], right, frame[3]))
        assert icon is not None, (left, right)
        assert abs((icon[0] + icon[2]) - (left + right)) <= SCALE, (icon, left, right)  # within half a px


# -- a form drawn as a card ----------------------------------------------------------------------

CARDS = (
    ":is(.dsl-form--card,.dsl-card){border-color:#0000ff!important;box-shadow:none!important}"
    ":is(.dsl-form-title,.dsl-card-title){color:#00ff00!important}"
    ":is(.dsl-form-desc,.dsl-card-desc){color:#ff0000!important}"
    ".dsl-form--card :is(.dsl-field,.dsl-form-actions){visibility:hidden}"
)
"""Borders blue, titles green, descriptions red; the form's fields hidden."""


def is_red(colour: RGB) -> bool:
    return close_to(colour, (255, 0, 0), 8)


def parts(image: Image.Image, frame: Box) -> tuple[Box, Box, int]:
    """The title's and the description's boxes relative to the frame's top-left corner, and how far
    in the border's top row starts (the corner's radius)."""
    left, top, right, _ = frame
    title = box_where(image, is_green, frame)
    desc = box_where(image, is_red, frame)
    assert title is not None and desc is not None, frame
    corner = box_where(image, is_blue, (left, top, right, top + 1))
    assert corner is not None, frame
    return within(title, frame), within(desc, frame), corner[0] - left


def within(box: Box, frame: Box) -> Box:
    """`box` measured from the top-left corner of `frame`."""
    return box[0] - frame[0], box[1] - frame[1], box[2] - frame[0], box[3] - frame[1]


@pytest.mark.parametrize("density", ["comfortable", "touch"])
async def test_a_form_card_looks_like_a_card(pool: ChromiumPool, density: str) -> None:
    """Stacked above a card (a settings page), a `form` with `variant: card` had a 22 px title
    and 24 px padding against the card's 16 px and 20 px. Now its title and description are
    drawn as the card's, as far in from the same border with the same corners."""
    head = {"title": "Workspace", "description": "How your workspace appears."}
    elements = [{"type": "column", "gap": 24, "children": [
        {"type": "form", "variant": "card", **head, "children": [{"type": "input", "label": "Name"}]},
        {"type": "card", **head}]}]  # fmt: skip
    image = await render(pool, elements, css=CARDS, width=600, height=420, theme={"density": density})
    left_edge = (0, 0, image.width // 10, image.height)
    frames = [
        box_where(image, is_blue, (0, top, image.width, bottom))
        for top, bottom in row_runs(image, is_blue, left_edge)
    ]
    assert len(frames) == 2, frames
    form, card = (parts(image, frame) for frame in frames if frame is not None)
    assert form == card, (form, card)
