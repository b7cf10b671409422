"""Annotations on real Chromium: pins land on their elements' corners, notes go to a panel beside the screen."""

from __future__ import annotations

import io
from typing import Any

import pytest

from kernel.dsl.compiler.theme import fill_under_white
from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import Box, close_to, colour_box, decode, render_dsl, rgb_at

pytestmark = pytest.mark.integration


def drawn_pin(colour: str) -> tuple[int, int, int]:
    """A pin of `colour` as drawn: as deep as its white number reads on at 4.5:1 (fill_under_white)."""
    drawn = fill_under_white(colour)
    assert drawn is not None
    red, green, blue = (int(drawn[index : index + 2], 16) for index in (1, 3, 5))
    return red, green, blue


PIN_GREEN, PIN_CYAN = drawn_pin("#00ff00"), drawn_pin("#00ffff")
PANEL = (248, 250, 252)  # the notes panel's background


def screen(*elements: dict[str, Any], notes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "width": 400,
        "height": 300,
        "background": "#ffffff",
        "elements": list(elements),
        "annotations": notes,
    }


BOX = {
    "type": "column",
    "padding": 40,
    "children": [{"type": "container", "id": "box", "layout": {"width": 200, "height": 100}}],
}


def _crop(data: bytes, left: int, right: int) -> bytes:
    """The PNG of the columns from `left` to `right` (the screen, or the notes panel)."""
    image = decode(data)
    out = io.BytesIO()
    image.crop((left, 0, right, image.height)).save(out, format="PNG")
    return out.getvalue()


def _crop_rows(data: bytes, top: int, bottom: int) -> bytes:
    """The PNG of the rows from `top` to `bottom`."""
    image = decode(data)
    out = io.BytesIO()
    image.crop((0, top, image.width, bottom)).save(out, format="PNG")
    return out.getvalue()


def centre(box: tuple[int, int, int, int]) -> tuple[float, float]:
    left, top, right, bottom = box
    return (left + right) / 2, (top + bottom) / 2


async def test_a_pin_sits_on_its_elements_top_right_corner_and_its_note_in_a_panel(
    pool: ChromiumPool,
) -> None:
    document = screen(BOX, notes=[{"target": "box", "text": "Drop zone", "color": "#00ff00"}])
    prepared, image = await render_dsl(pool, document)
    assert (image.width, image.height) == (400 + 320, 300)  # the screen keeps its size; the panel is added
    on_screen, in_panel = (
        colour_box(_crop(image.data, 0, 400), PIN_GREEN),
        colour_box(_crop(image.data, 400, 720), PIN_GREEN),
    )
    assert on_screen is not None and in_panel is not None  # the pin, and its number again beside the note
    # Flowed, not placed: the box is at (40, 40)-(240, 140), so its top-right corner is (240, 40).
    x, y = centre(on_screen)
    assert abs(x - 240) <= 1.5 and abs(y - 40) <= 1.5, on_screen
    assert close_to(rgb_at(image.data, 700, 290), PANEL, 2)  # the panel, to the bottom of the screen
    assert close_to(rgb_at(image.data, 399, 290), (255, 255, 255), 2)  # the screen itself is untouched
    assert "Drop zone" in prepared.html


async def test_a_pin_on_a_full_width_element_stays_whole_on_the_screen(pool: ChromiumPool) -> None:
    bar = {"type": "container", "id": "bar", "layout": {"width": 400, "height": 50}}
    _, image = await render_dsl(pool, screen(bar, notes=[{"target": "bar", "color": "#00ff00"}]))
    assert (image.width, image.height) == (400, 300)  # pins only: no panel, no wider image
    pin = colour_box(image.data, PIN_GREEN)
    assert pin is not None
    left, top, right, _ = pin
    assert right <= 400 - 4 + 1 and top >= 4 - 1, pin
    assert right - left >= 20  # whole, not cut by the edge


async def test_two_notes_on_one_element_do_not_hide_each_other(pool: ChromiumPool) -> None:
    notes = [{"target": "box", "color": "#00ff00"}, {"target": "box", "color": "#00ffff"}]
    _, image = await render_dsl(pool, screen(BOX, notes=notes))
    first, second = colour_box(image.data, PIN_GREEN), colour_box(image.data, PIN_CYAN)
    assert first is not None and second is not None
    assert second[0] >= first[2] - 4, (first, second)  # the second pin sits right of the first, outward
    assert abs(centre(second)[1] - centre(first)[1]) <= 1


async def test_a_pin_follows_its_element_inside_a_card_and_a_row(pool: ChromiumPool) -> None:
    nested = {
        "type": "row",
        "padding": 20,
        "gap": 30,
        "children": [
            {"type": "container", "layout": {"width": 100, "height": 60}},
            {
                "type": "card",
                "children": [
                    {"type": "button", "id": "go", "label": "Go", "style": {"background": "#0000ff"}}
                ],
            },
        ],
    }
    _, image = await render_dsl(pool, screen(nested, notes=[{"target": "go", "color": "#00ff00"}]))
    button = colour_box(image.data, (0, 0, 255))
    pin = colour_box(image.data, PIN_GREEN)
    assert button is not None and pin is not None
    x, y = centre(pin)
    assert abs(x - button[2]) <= 2 and abs(y - button[1]) <= 2, (button, pin)


async def test_on_a_full_page_image_the_notes_panel_reaches_the_bottom(pool: ChromiumPool) -> None:
    tall = {"type": "container", "id": "box", "layout": {"width": 100, "height": 900}}
    document = screen(tall, notes=[{"target": "box", "text": "A tall box"}])
    _, image = await render_dsl(pool, document, full_page=True)
    assert (image.width, image.height) == (400 + 320, 900)
    assert close_to(rgb_at(image.data, 700, 890), PANEL, 2)  # not the white page below the canvas


def _ink_columns(data: bytes, box: Box) -> list[int]:
    """The columns inside `box` holding dark text pixels (the words of a label)."""
    image = decode(data).convert("RGB")
    left, top, right, bottom = box
    return [
        x
        for x in range(left, right)
        if any(sum(image.getpixel((x, y))) < 200 for y in range(top, bottom))  # type: ignore[arg-type]
    ]


async def test_a_pin_on_a_toggle_sits_beside_its_label_not_over_its_words(pool: ChromiumPool) -> None:
    card = {
        "type": "card",
        "children": [
            {"type": "toggle", "label": "Move completed tasks to the bottom", "checked": True},
            {"type": "toggle", "id": "mail", "label": "Daily reminder email", "checked": True},
        ],
    }
    _, image = await render_dsl(pool, screen(card, notes=[{"target": "mail", "color": "#00ff00"}]))
    pin = colour_box(image.data, PIN_GREEN)
    assert pin is not None
    left, top, _, bottom = pin
    words = _ink_columns(image.data, (0, top + 4, left, bottom - 4))  # the label's line, left of the pin
    assert words, pin  # the pin is on the label's line (its middle)...
    assert left - max(words) >= 3, (pin, max(words))  # ...after its last word, not over it
    assert left - max(words) <= 14, (pin, max(words))  # and close by: it belongs to this label


async def test_a_pin_on_a_labelled_field_sits_on_its_box_not_by_the_next_label(pool: ChromiumPool) -> None:
    row = {
        "type": "row",
        "padding": 20,
        "gap": 20,
        "wrap": False,  # side by side: on this phone-wide screen the two fields would go one under another
        "children": [
            {"type": "input", "id": "due", "label": "Due date", "value": "2025-03-14"},
            {"type": "select", "label": "Tags", "options": ["School", "Home"], "value": "School"},
        ],
    }
    _, image = await render_dsl(pool, screen(row, notes=[{"target": "due", "color": "#00ff00"}]))
    pin = colour_box(image.data, PIN_GREEN)
    assert pin is not None
    # The fields share 360 px: the first box ends at x 190, the next field (and its label) starts at 210.
    assert pin[2] <= 190 - 4, pin  # wholly over the first field's box, clear of the gap
    tags = _ink_columns(image.data, (200, 20, 400, 40))  # the second label's words
    assert tags and min(tags) - pin[2] >= 20, (pin, tags[:1])
    # Centred on the box's top edge, below the labels' line, not level with the next label.
    assert centre(pin)[1] >= 40, pin


async def test_a_pin_on_a_full_width_empty_state_sits_on_its_content(pool: ChromiumPool) -> None:
    empty = {
        "type": "empty",
        "id": "none",
        "icon": "list-todo",
        "title": "No tasks yet",
        "text": "Add your first task to get started.",
    }
    _, image = await render_dsl(pool, screen(empty, notes=[{"target": "none", "color": "#00ff00"}]))
    pin = colour_box(image.data, PIN_GREEN)
    assert pin is not None
    # The icon (56 px) is centred on the 400 px screen: its top-right corner is near x 228, not 400.
    assert abs(centre(pin)[0] - 228) <= 6, pin


async def test_a_pin_on_a_checkbox_in_a_table_cell_sits_before_it_not_over_it(pool: ChromiumPool) -> None:
    table = {
        "type": "table",
        "columns": ["", "Task"],
        "rows": [
            [{"type": "checkbox", "id": "done1", "checked": True}, "Grade quizzes"],
            [{"type": "checkbox"}, "Prepare slides"],
        ],
    }
    document = {
        **screen(table, notes=[{"target": "done1", "color": "#00ff00"}]),
        "theme": {"primary": "#0000ff"},
    }
    _, image = await render_dsl(pool, document)
    pin = colour_box(image.data, PIN_GREEN)
    assert pin is not None
    # The header's box is filled too (some rows ticked): the row's box is the blue below it.
    tick = colour_box(_crop_rows(image.data, pin[1] - 4, pin[3] + 4), (0, 0, 255))
    assert tick is not None
    tick = (tick[0], tick[1] + pin[1] - 4, tick[2], tick[3] + pin[1] - 4)
    assert pin[2] <= tick[0], (pin, tick)  # before the box: neither it nor the row's words are covered
    assert tick[0] - pin[2] <= 6, (pin, tick)  # right next to it
    assert abs(centre(pin)[1] - centre(tick)[1]) <= 1.5, (pin, tick)


async def test_the_notes_panel_is_drawn_in_the_themes_font(pool: ChromiumPool) -> None:
    note = [{"target": "box", "text": "Drop zone for the files"}]
    panels = []
    for font in ("Noto Sans", "DejaVu Serif"):
        prepared, image = await render_dsl(pool, {**screen(BOX, notes=note), "theme": {"font": font}})
        assert font in prepared.html
        panels.append(decode(_crop(image.data, 400, 720)).convert("RGB"))
    sans, serif = panels
    # The same words in another face: the panel's pixels differ (they were the same in any theme).
    assert sans.tobytes() != serif.tobytes()
    assert close_to(serif.getpixel((300, 290)), PANEL, 2)  # type: ignore[arg-type]


async def test_pins_on_a_rose_brand_are_teal_not_the_brands_colour(pool: ChromiumPool) -> None:
    magenta, teal = drawn_pin("#db2777"), drawn_pin("#0d9488")
    plain = {"type": "button", "id": "go", "label": "Go"}
    for primary, seen, unseen in (("#e11d48", teal, magenta), ("#4f46e5", magenta, teal)):
        document = {**screen(plain, notes=[{"target": "go"}]), "theme": {"primary": primary}}
        _, image = await render_dsl(pool, document)
        pin = colour_box(image.data, seen)
        assert pin is not None and pin[2] - pin[0] >= 20, (primary, pin)
        assert colour_box(image.data, unseen) is None, primary


async def test_a_pin_on_a_headers_action_sits_on_that_button(pool: ChromiumPool) -> None:
    header = {
        "type": "header",
        "title": "Inbox",
        "actions": [
            {"label": "Export", "variant": "outline"},
            {"label": "Add task", "id": "add", "variant": "primary"},
        ],
    }
    document = {
        **screen(header, notes=[{"target": "add", "color": "#00ff00"}]),
        "theme": {"primary": "#0000ff"},
    }
    _, image = await render_dsl(pool, document)
    button, pin = colour_box(image.data, (0, 0, 255)), colour_box(image.data, PIN_GREEN)
    assert button is not None and pin is not None
    x, y = centre(pin)  # on the Add task button's top-right corner, not the header's
    assert abs(x - button[2]) <= 2 and abs(y - button[1]) <= 2, (button, pin)


LONG_NOTES = [
    {
        "target": "box",
        "text": f"Note {n}: lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.",
    }
    for n in range(1, 8)
] + [{"target": "box", "text": "The last note, drawn whole.", "color": "#00ff00"}]
"""Eight notes of three lines each: taller than a 300 px screen; the last one's pin is green."""


async def test_notes_taller_than_the_screen_grow_the_image_to_hold_them_all(pool: ChromiumPool) -> None:
    # The box runs 200 px below the screen: that stays cut (and said), under the panel's sheet.
    tall = {
        "type": "container",
        "id": "box",
        "layout": {"width": 100, "height": 500},
        "style": {"background": "#0000ff"},
    }
    _, image = await render_dsl(pool, screen(tall, notes=LONG_NOTES))
    assert image.width == 400 + 320 and image.height > 500, (image.width, image.height)
    last = colour_box(_crop(image.data, 400, 720), PIN_GREEN)
    assert last is not None  # the last note's pin, in the panel
    assert last[3] <= image.height - 20, (last, image.height)  # with the panel's padding below it
    assert close_to(rgb_at(image.data, 700, image.height - 2), PANEL, 2)  # the panel to the bottom
    assert close_to(rgb_at(image.data, 30, 290), (0, 0, 255), 2)  # the screen, its set height
    assert close_to(rgb_at(image.data, 30, 310), PANEL, 2)  # below it the sheet, not the cut box
    assert close_to(rgb_at(image.data, 200, image.height - 2), PANEL, 2)
    assert image.cut_px == 200  # the box's cut part, not the panel's height


async def test_with_height_auto_the_notes_panel_holds_its_notes_with_padding(pool: ChromiumPool) -> None:
    document = {
        **screen(
            {"type": "container", "id": "box", "layout": {"width": 100, "height": 60}}, notes=LONG_NOTES
        ),
        "height": "auto",
    }
    _, image = await render_dsl(pool, document)
    assert image.height > 500, image.height  # the notes', not the 60 px content's
    last = colour_box(_crop(image.data, 400, 720), PIN_GREEN)
    assert last is not None and last[3] <= image.height - 20, (last, image.height)
    assert close_to(rgb_at(image.data, 700, image.height - 2), PANEL, 2)  # grey to the bottom
    assert close_to(rgb_at(image.data, 200, image.height - 2), (255, 255, 255), 2)  # the page, full page


async def test_more_pins_on_a_button_run_outward_off_its_label(pool: ChromiumPool) -> None:
    button = {"type": "button", "id": "b", "label": "Continue", "style": {"background": "#0000ff"}}
    notes = [
        {"target": "b", "color": "#00ff00"},
        {"target": "b", "color": "#00ff00"},
        {"target": "b", "color": "#00ffff"},
    ]
    _, alone = await render_dsl(pool, screen(button, notes=[]))
    _, image = await render_dsl(pool, screen(button, notes=notes))
    face = colour_box(alone.data, (0, 0, 255))
    pins, third = colour_box(image.data, PIN_GREEN), colour_box(image.data, PIN_CYAN)
    assert face is not None and pins is not None and third is not None
    # The first pin is centred on the button's top-right corner; the others run past it, rightward.
    assert pins[0] >= face[2] - 14 and third[0] >= pins[2] - 4, (face, pins, third)
    left, top, right, bottom = face
    inside = (left + 2, top + 2, right - 24, bottom - 2)  # the face, short of the first pin and its shadow
    assert _crop(image.data, 0, 400) != _crop(alone.data, 0, 400)
    words = decode(image.data).convert("RGB").crop(inside).tobytes()
    bare = decode(alone.data).convert("RGB").crop(inside).tobytes()
    # The label drawn as without pins (a pin's soft shadow may tint an edge pixel a level or two).
    assert max(abs(a - b) for a, b in zip(words, bare, strict=True)) <= 8


async def test_a_pin_on_a_heading_sits_after_its_words_not_at_its_far_end(pool: ChromiumPool) -> None:
    heading = {"type": "heading", "id": "h", "text": "Lorem"}
    _, alone = await render_dsl(pool, screen(heading, notes=[]))
    _, image = await render_dsl(pool, screen(heading, notes=[{"target": "h", "color": "#00ff00"}]))
    pin = colour_box(image.data, PIN_GREEN)
    assert pin is not None
    words = _ink_columns(alone.data, (0, 0, 400, 100))
    assert words, "the heading's words"
    assert words[-1] < pin[0] <= words[-1] + 16, (words[-1], pin)  # just after the last word
    assert pin[2] < 200  # not at the heading's box's far end (400 - 4)
