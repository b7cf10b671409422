"""Checkboxes, radios, switches, sliders, textareas and uploads on real Chromium: their error
states, the space between a field's parts, the rows of a settings card and what lines up in a row."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    RGB,
    Box,
    box_where,
    close_to,
    is_text,
    render_dsl,
    rgb,
    row_runs,
)
from tests.support.theme_colours import pixel_contrast as contrast

pytestmark = pytest.mark.integration

PAGE: dict[str, Any] = {"width": 500, "height": 300, "padding": 20, "background": "#ffffff"}
"""Content from x=20, y=20."""
RED_PRIMARY: dict[str, Any] = {"primary": "#ff0000"}
"""A primary colour no grey, text or danger tint comes near: checked marks, fills and thumbs."""
DANGER: RGB = (220, 38, 38)
"""The light theme's danger red: error words, icons and borders."""
BORDER_GREY: RGB = (228, 228, 231)
"""The light theme's --border: hairlines and cards' borders."""


def is_danger(colour: RGB) -> bool:
    return close_to(colour, DANGER, 30)


def is_primary(colour: RGB) -> bool:
    red, green, blue = colour
    return red > 200 and green < 90 and blue < 90


def pixel(image: Image.Image, x: int, y: int) -> RGB:
    red, green, blue = image.getpixel((x, y))  # type: ignore[misc]
    return red, green, blue


async def render(pool: ChromiumPool, *elements: dict[str, Any], **page: Any) -> Image.Image:
    _, image = await render_dsl(pool, {**PAGE, **page, "elements": list(elements)})
    return rgb(image.data)


def found(box: Box | None) -> Box:
    assert box is not None, "nothing of that colour was drawn"
    return box


def bands(image: Image.Image, keep: Any, region: Box) -> list[tuple[int, int]]:
    """The bands of rows of `region` holding what `keep` accepts, runs less than 4 px apart
    joined: a line of words, or a ring whose sides are fainter than its top and bottom."""
    joined: list[tuple[int, int]] = []
    for top, bottom in row_runs(image, keep, region):
        if joined and top - joined[-1][1] < 4:
            joined[-1] = (joined[-1][0], bottom)
        else:
            joined.append((top, bottom))
    return joined


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["checkbox", "toggle"])
async def test_a_checkbox_or_switch_in_error_is_red_with_the_fields_message_below_its_label(
    pool: ChromiumPool, kind: str
) -> None:
    """The box or switch is outlined in red, and the error is red words after a red icon under
    the label, as under a text field (it was grey words, and nothing red on a switch)."""
    image = await render(pool, {"type": kind, "label": "Accept", "error": "You must accept"})
    # Right of the box or switch (a switch's off track is a grey as dark as words' edges).
    label = found(box_where(image, is_text, (64 if kind == "toggle" else 42, 0, 500, 100)))
    message = found(box_where(image, is_danger, (label[0], label[3], 500, 100)))
    assert message[0] <= label[0] + 1 and message[1] - label[3] < 6, (message, label)
    assert message[2] - message[0] > 80, message  # the words, not only the icon
    mark = found(box_where(image, is_danger, (20, 0, label[0] - 4, label[3])))
    assert mark[0] <= 21 and mark[3] - mark[1] >= 16, mark  # around the whole box or switch


async def test_a_lone_radio_draws_its_hint_and_its_error_below_its_label(pool: ChromiumPool) -> None:
    image = await render(pool, {"type": "radio", "label": "Pickup", "hint": "Free", "error": "Not today"})
    lines = bands(image, lambda c: is_text(c) or is_danger(c), (50, 20, 500, 120))
    assert len(lines) == 3, lines  # label, hint, error
    assert box_where(image, is_danger, (50, lines[2][0], 500, lines[2][1])) is not None


async def test_a_wrapped_errors_icon_sits_on_its_first_line(pool: ChromiumPool) -> None:
    """Beside the start of the message, not half-way down its three lines."""
    long_error = "Passwords must be at least 12 characters and include a number, a symbol and a capital"
    image = await render(pool, {"type": "input", "label": "Password", "value": "x", "error": long_error},
                         width=320)  # fmt: skip
    words = found(box_where(image, is_danger, (40, 90, 320, 300)))
    lines = row_runs(image, is_danger, (40, words[1], 320, words[3]))
    icon = found(box_where(image, is_danger, (20, words[1] - 4, 36, 300)))
    assert len(lines) >= 2, lines
    first_top, first_bottom = lines[0]
    assert abs((icon[1] + icon[3]) / 2 - (first_top + first_bottom) / 2) <= 2.5, (icon, lines)


async def test_an_upload_in_error_has_a_red_border(pool: ChromiumPool) -> None:
    plain = await render(pool, {"type": "upload", "label": "CV"})
    failed = await render(pool, {"type": "upload", "label": "CV", "error": "Upload your CV"})
    assert box_where(plain, is_danger) is None
    zone = found(box_where(failed, is_danger, (0, 0, 500, 160)))
    assert zone[0] <= 20 and zone[2] >= 480 and zone[3] - zone[1] > 80, zone  # the whole zone's edge


# -- shapes -----------------------------------------------------------------------------------------


async def test_a_lone_radio_has_its_label_beside_it(pool: ChromiumPool) -> None:
    image = await render(pool, {"type": "radio", "label": "Use my billing address", "checked": True},
                         theme=RED_PRIMARY)  # fmt: skip
    dot = found(box_where(image, is_primary))
    label = found(box_where(image, is_text))
    assert label[0] > dot[2] and label[1] < dot[3] and dot[1] < label[3], (dot, label)


async def test_a_textarea_keeps_its_rows_height_and_cuts_a_longer_text_at_a_line(pool: ChromiumPool) -> None:
    """Two rows: 58 px (2 lines of 20, the padding and the border) showing two lines of text; the
    text went on to five lines and the box grew with it."""
    long_text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 4
    image = await render(
        pool, {"type": "textarea", "rows": 2, "value": long_text, "style": {"borderColor": "#0000ff"}}
    )
    box = found(box_where(image, lambda c: close_to(c, (0, 0, 255), 30)))
    assert box[3] - box[1] == 58, box
    lines = row_runs(image, is_text, (box[0] + 2, box[1] + 2, box[2] - 2, box[3] - 2))
    assert len(lines) == 2, lines


async def test_a_textarea_without_rows_still_grows_to_show_its_text(pool: ChromiumPool) -> None:
    long_text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 8
    image = await render(pool, {"type": "textarea", "value": long_text, "style": {"borderColor": "#0000ff"}})
    box = found(box_where(image, lambda c: close_to(c, (0, 0, 255), 30)))
    assert box[3] - box[1] > 98, box  # past its four rows


@pytest.mark.parametrize("chosen", ["card", "paypal", "bank"])
async def test_radio_cards_in_a_row_that_wrap_form_an_even_grid(pool: ChromiumPool, chosen: str) -> None:
    """At 460 px three cards were two of 200 px and a third of 460: now each is as wide as the
    others, and the third starts under the first."""
    options = [{"label": "Card", "value": "card"}, {"label": "PayPal", "value": "paypal"},
               {"label": "Bank transfer", "value": "bank"}]  # fmt: skip
    radio = {"type": "radio", "variant": "cards", "direction": "row", "value": chosen, "options": options}
    image = await render(pool, radio, width=500, theme=RED_PRIMARY)
    outline = found(box_where(image, is_primary, (0, 0, 500, 300)))
    width = outline[2] - outline[0]
    assert 210 <= width <= 230, outline  # half the row, less half the gap (and its 1 px ring)
    expected_left = {"card": 19, "paypal": 480 - width + 1, "bank": 19}[chosen]
    assert abs(outline[0] - expected_left) <= 1, (outline, chosen)


# -- spacing -----------------------------------------------------------------------------------------


WIDE = {"layout": {"width": 200}}
"""Each field of a row 200 px wide, 16 px apart: from x = 20, 236, 452, 668."""


async def test_a_fields_parts_are_6_px_apart_whatever_the_field(pool: ChromiumPool) -> None:
    """In a row, a radio group's first option, a slider's thumb and an upload's zone start 6 px
    below their labels' line (20 to 40), as a text field's box does: they were 10, 10 and 8 px
    below."""
    row = {"type": "row", "gap": 16, "children": [
        {"type": "radio", "label": "Radio", "options": ["One", "Two"], "value": "One", **WIDE},
        {"type": "slider", "label": "Slider", "value": 0, **WIDE},
        {"type": "upload", "label": "Upload", **WIDE},
    ]}  # fmt: skip
    image = await render(pool, row, width=700, theme=RED_PRIMARY)
    regions = [(20 + k * 216, 41, 20 + k * 216 + 200, 200) for k in range(3)]
    radio_dot = found(box_where(image, is_primary, regions[0]))
    thumb = found(box_where(image, is_primary, (regions[1][0], 41, regions[1][2], 100)))
    thumb_ring = found(box_where(image, is_primary, (thumb[0], 41, thumb[0] + 40, 100)))
    zone = found(box_where(image, lambda c: close_to(c, (212, 212, 216), 20), regions[2]))
    # The radio's ring is its 18 px mark centred on a 20 px line: 1 px inside the option's top.
    assert (radio_dot[1] - 1, zone[1]) == (46, 46), (radio_dot, zone)
    assert abs(thumb_ring[1] - 46) <= 1, thumb_ring  # the ring's antialiased top


async def test_beside_a_text_field_options_and_a_thumb_centre_on_its_box(pool: ChromiumPool) -> None:
    """Beside a labelled input, a radio group's options and a slider's thumb are centred on the
    input's box (26 to 62 below the row's top), as a checkbox beside it is; an upload's zone
    starts with the box."""
    row = {"type": "row", "gap": 16, "children": [
        {"type": "input", "label": "Input", "placeholder": "Name", **WIDE},
        {"type": "radio", "label": "Radio", "options": ["One", "Two"], "value": "One", **WIDE},
        {"type": "slider", "label": "Slider", "value": 0, **WIDE},
        {"type": "upload", "label": "Upload", **WIDE},
    ]}  # fmt: skip
    image = await render(pool, row, width=900, theme=RED_PRIMARY)
    regions = [(20 + k * 216, 41, 20 + k * 216 + 200, 200) for k in range(4)]
    input_box = found(box_where(image, lambda c: close_to(c, (212, 212, 216), 6), regions[0]))
    radio_dot = found(box_where(image, is_primary, regions[1]))
    thumb = found(box_where(image, is_primary, (regions[2][0], 41, regions[2][2], 100)))
    thumb_ring = found(box_where(image, is_primary, (thumb[0], 41, thumb[0] + 40, 100)))
    zone = found(box_where(image, lambda c: close_to(c, (212, 212, 216), 20), regions[3]))
    assert (input_box[1], input_box[3], zone[1]) == (46, 82, 46), (input_box, zone)
    for mark in (radio_dot, thumb_ring):
        assert abs((mark[1] + mark[3]) / 2 - 64) <= 1, mark


@pytest.mark.parametrize(("density", "pitch"), [("compact", 28), ("comfortable", 32), ("spacious", 36)])
async def test_radio_options_are_as_far_apart_as_a_columns_checkboxes(
    pool: ChromiumPool, density: str, pitch: int
) -> None:
    """A 20 px line and the density's gap (the options were 30 px apart at every density)."""
    radio = {"type": "radio", "options": ["A", "B", "C"], "layout": {"width": 200}}
    checks = {"type": "column", "children": [{"type": "checkbox", "label": x} for x in "ABC"]}
    image = await render(pool, {"type": "row", "align": "start", "children": [radio, checks]},
                         theme={"density": density})  # fmt: skip
    rings = [
        bands(image, lambda c: max(c) < 225 and max(c) - min(c) < 20, (x, 20, x + 20, 200)) for x in (20, 230)
    ]
    steps = [[b[0] - a[0] for a, b in itertools.pairwise(marks)] for marks in rings]
    assert steps[0] == [pitch, pitch], rings
    # The checkboxes of the column beside are `pitch` px apart too.
    assert steps[1][0] == pitch, rings


# -- settings rows -------------------------------------------------------------------------------------


async def test_switches_in_a_card_without_padding_are_inset_rows_with_hairlines(pool: ChromiumPool) -> None:
    """A settings list: rows 44 px or taller, their words and switches 16 px inside the card's
    border, a hairline between rows (they touched the border, 20 px apart, with no line)."""
    card = {"type": "card", "padding": 0, "children": [
        {"type": "toggle", "label": "Push", "checked": True, "variant": "end"},
        {"type": "toggle", "label": "Email", "variant": "end"},
        {"type": "toggle", "label": "Sounds", "checked": True, "variant": "end"},
    ]}  # fmt: skip
    image = await render(pool, card, width=420, theme=RED_PRIMARY)
    middle_column = [pixel(image, 200, y) for y in range(0, 300)]
    lines = [y for y, colour in enumerate(middle_column) if close_to(colour, BORDER_GREY, 3)]
    top, bottom, hairlines = lines[0], lines[-1], lines[1:-1]
    assert len(hairlines) == 2, lines
    rows = [hairlines[0] - top - 1, hairlines[1] - hairlines[0] - 1, bottom - hairlines[1] - 1]
    assert all(row >= 44 for row in rows), rows
    words = found(box_where(image, is_text, (20, top + 1, 200, bottom)))
    switches = found(box_where(image, is_primary, (200, top + 1, 400, bottom)))
    assert words[0] >= 20 + 1 + 16 and switches[2] <= 400 - 1 - 16 + 1, (words, switches)
    for start, end in zip([top, *hairlines], [*hairlines, bottom], strict=True):
        words_in_row = box_where(image, is_text, (20, start + 1, 200, end))
        assert words_in_row is not None, (start, end)
        middle = (start + end) / 2
        assert abs((words_in_row[1] + words_in_row[3]) / 2 - middle) <= 3, (words_in_row, start, end)


async def test_a_tall_end_switch_centres_its_label_and_switch(pool: ChromiumPool) -> None:
    toggle = {"type": "toggle", "label": "Wi-Fi", "checked": True, "variant": "end",
              "style": {"minHeight": 64, "background": "#0000ff"}}  # fmt: skip
    image = await render(pool, toggle, theme=RED_PRIMARY)
    band = found(box_where(image, lambda c: close_to(c, (0, 0, 255), 30)))
    switch = found(box_where(image, is_primary))
    middle = (band[1] + band[3]) / 2
    assert band[3] - band[1] == 64 and abs((switch[1] + switch[3]) / 2 - middle) <= 1, (band, switch)


# -- in a row ------------------------------------------------------------------------------------------


def text_band(image: Image.Image, region: Box) -> tuple[int, int]:
    ink = found(box_where(image, is_text, region))
    return ink[1], ink[3]


async def test_a_switchs_label_lines_up_with_a_checkboxs_and_a_fields_text(pool: ChromiumPool) -> None:
    """The same words in a row share their top and bottom (the switch's label sat 1 px higher)."""
    row = {"type": "row", "gap": 8, "children": [
        {"type": "input", "value": "Hxgy", "layout": {"width": 120}},
        {"type": "checkbox", "label": "Hxgy", "layout": {"width": 120}},
        {"type": "toggle", "label": "Hxgy", "layout": {"width": 120}},
    ]}  # fmt: skip
    image = await render(pool, row)
    field = text_band(image, (20 + 4, 20, 20 + 116, 60))
    check = text_band(image, (148 + 28, 20, 148 + 120, 60))
    switch = text_band(image, (276 + 48, 20, 276 + 120, 60))
    assert check == switch, (check, switch)
    # A field's 21 px line sits 6.5 px inside its 34 px box: its words land on either pixel.
    assert abs(field[0] - check[0]) <= 1 and abs(field[1] - check[1]) <= 1, (field, check)


# -- tracks -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_an_off_switch_and_a_sliders_empty_track_are_seen(pool: ChromiumPool, theme: str) -> None:
    """At least 1.6:1 on the surface (they were 1.5:1 and 1.1:1 on white)."""
    elements: list[dict[str, Any]] = [{"type": "toggle", "label": "Off"}, {"type": "slider", "value": 0}]
    image = await render(pool, *elements, theme=theme, background=None)
    page = pixel(image, 5, 5)
    switch_track = pixel(image, 20 + 38 - 6, 20 + 11)  # right of the knob, at the middle
    slider_track = pixel(image, 440, found(box_where(image, lambda c: c != page, (300, 50, 480, 120)))[1] + 3)
    assert contrast(switch_track, page) >= 1.6, (switch_track, page)
    assert contrast(slider_track, page) >= 1.6, (slider_track, page)


@pytest.mark.parametrize(
    ("theme", "white_knob"),
    [({"base": "dark", "primary": "#000000"}, False), ({"base": "dark", "primary": "#B6FF3B"}, False),
     ("light", True), ("dark", True), ({"primary": "#FFD400"}, True)],
    ids=["black-on-dark", "lime-on-dark", "light", "dark", "yellow"],
)  # fmt: skip
async def test_the_knob_of_a_switch_that_is_on_is_seen_on_its_track(
    pool: ChromiumPool, theme: Any, white_knob: bool
) -> None:
    """A black brand's track on a dark theme is near-white: its white knob was 1.04:1 on it, seen
    only by its shadow. Such a knob is dark; on the default themes' and a yellow's track it stays white."""
    image = await render(pool, {"type": "toggle", "label": "Weekly digest", "checked": True}, theme=theme,
                         background=None)  # fmt: skip
    track = pixel(image, 20 + 6, 20 + 11)  # left of the knob, at the middle
    knob = pixel(image, 20 + 38 - 11, 20 + 11)  # the knob's centre
    assert contrast(knob, track) >= 3, (knob, track)
    assert (knob == (255, 255, 255)) is white_knob, knob
