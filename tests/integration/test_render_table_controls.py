"""Tables on real Chromium: controls in cells (a permissions matrix of checkboxes and switches, an
actions column of icon buttons, an invoice line's field) drawn in rows as tall as rows of text,
a selected row tinted over a striped one's shade, and a total row without a checkbox."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    Box,
    box_where,
    column_runs,
    is_red,
    is_text,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration

RED_THEME = {"primary": "#ff0000"}
"""A primary colour no other pixel has: ticked boxes and switched-on toggles are found by it."""


async def _picture(pool: ChromiumPool, table: dict[str, Any], **document: Any) -> Image.Image:
    page = {"width": 720, "height": 360, "scale": 1, "theme": RED_THEME, **document, "elements": [table]}
    prepared, image = await render_dsl(pool, page)
    assert prepared.warnings == [] and image.measured_warnings == (), (prepared.warnings, image)
    return rgb(image.data)


def _frame(picture: Image.Image) -> Box:
    """The table's box: its border and everything inside."""
    found = box_where(picture, lambda c: luminance(c) < 245)
    assert found is not None
    return found


def _text_rows(picture: Image.Image, frame: Box, left: int, right: int) -> list[tuple[int, int]]:
    """The lines of grey or black text between `left` and `right` inside the table: the header's,
    then one a row."""
    return row_runs(picture, is_text, (left, frame[1] + 2, right, frame[3] - 2))


def _words(picture: Image.Image, band: Box) -> list[tuple[int, int]]:
    """The words of text in `band`, left to right: runs of text columns less than 8 px apart (a
    header's letters are spaced apart) joined."""
    words: list[tuple[int, int]] = []
    for left, right in column_runs(picture, is_text, band):
        if words and left - words[-1][1] < 8:
            words[-1] = (words[-1][0], right)
        else:
            words.append((left, right))
    return words


def _centre(box: Box) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def _with_text_cells(table: dict[str, Any]) -> dict[str, Any]:
    """The same table with a word in place of every control: the rows a table of text draws."""
    rows = [[cell if isinstance(cell, str) else "Yes" for cell in row] for row in table["rows"]]
    return {**table, "rows": rows}


PERMISSIONS = {
    "type": "table",
    "columns": ["Resource", "View", "Edit", "Admin"],
    "rows": [
        [
            "Invoices",
            {"type": "checkbox", "checked": True},
            {"type": "checkbox"},
            {"type": "toggle", "checked": True},
        ],
        ["Payments", {"type": "checkbox"}, {"type": "checkbox", "checked": True}, {"type": "toggle"}],
        [
            "Reports",
            {"type": "checkbox", "checked": True},
            {"type": "checkbox", "checked": True},
            {"type": "toggle"},
        ],
    ],
}


async def test_a_permissions_matrix_centres_its_boxes_under_their_headers(pool: ChromiumPool) -> None:
    """The checkboxes and switches are drawn (they were refused), each centred under its column's
    header and on its row's text, and the rows are as tall as a table of words draws them."""
    picture = await _picture(pool, PERMISSIONS)
    frame = _frame(picture)
    header, *rows = _text_rows(picture, frame, frame[0] + 2, frame[0] + 110)
    assert len(rows) == 3, rows
    headers = _words(picture, (frame[0] + 2, header[0], frame[2] - 2, header[1]))
    centres = [(left + right) / 2 for left, right in headers[-3:]]  # VIEW, EDIT, ADMIN
    ticked = {
        (0, 0): True, (0, 1): False, (0, 2): True,
        (1, 0): False, (1, 1): True, (1, 2): False,
        (2, 0): True, (2, 1): True, (2, 2): False,
    }  # fmt: skip
    for (row, column), on in ticked.items():
        top, bottom = rows[row]
        centre = centres[column]
        cell = (int(centre) - 40, top - 14, int(centre) + 40, bottom + 14)
        red = box_where(picture, is_red, cell)
        assert (red is not None) is on, (row, column, red)
        if red is not None:
            x, y = _centre(red)
            assert abs(x - centre) <= 2, (row, column, red, centre)
            assert abs(y - (top + bottom) / 2) <= 4, (row, column, red, rows[row])
            width, height = red[2] - red[0], red[3] - red[1]
            assert (width > height + 10) is (column == 2), red  # a switch is wide, a box square
    words = await _picture(pool, _with_text_cells(PERMISSIONS))
    assert _frame(words)[3] - _frame(words)[1] == frame[3] - frame[1], (_frame(words), frame)


ACTIONS = {
    "type": "table",
    "columns": ["Name", "Email", "Actions"],
    "rows": [
        [
            "Ada Lovelace",
            "ada@acme.io",
            [
                {"type": "button", "icon": "pencil", "variant": "ghost"},
                {"type": "button", "icon": "trash-2", "variant": "ghost"},
            ],
        ],
        [
            "Grace Hopper",
            "grace@acme.io",
            [
                {"type": "button", "icon": "pencil", "variant": "ghost"},
                {"type": "button", "icon": "trash-2", "variant": "ghost"},
            ],
        ],
    ],
}


async def test_an_actions_column_draws_its_icon_buttons_at_the_rows_end(pool: ChromiumPool) -> None:
    """Two icon buttons side by side, at the row's end under a right-aligned header, centred on
    the row's text; the rows keep a row of words' height."""
    picture = await _picture(pool, ACTIONS)
    frame = _frame(picture)
    header, *rows = _text_rows(picture, frame, frame[0] + 2, frame[0] + 200)
    title = box_where(picture, is_text, (frame[2] - 150, header[0], frame[2] - 2, header[1]))
    assert title is not None  # ACTIONS
    for top, bottom in rows:
        band = (frame[2] - 150, top - 10, frame[2] - 2, bottom + 10)
        glyphs = column_runs(picture, is_text, band)
        assert len(glyphs) == 2, (glyphs, band)  # a pencil, a bin
        assert abs(glyphs[-1][1] - title[2]) <= 10, (glyphs, title)  # ends where the header does
        ink = box_where(picture, is_text, band)
        # centred on the row: level with the middle of its capitals, within the glyphs' rounding
        assert ink is not None and abs(_centre(ink)[1] - (top + bottom) / 2) <= 4, (ink, top, bottom)
    words = await _picture(pool, _with_text_cells(ACTIONS))
    assert _frame(words)[3] - _frame(words)[1] == frame[3] - frame[1]


INVOICE = {
    "type": "table",
    "columns": ["Item", {"key": "qty", "label": "Qty", "align": "right", "width": 90}, "Amount"],
    "rows": [
        ["Growth plan", {"type": "input", "value": "25"}, "$900.00"],
        ["API overage", {"type": "input", "value": "1"}, "$2,400.00"],
    ],
}


async def test_an_invoice_lines_field_is_a_compact_box_in_its_cell(pool: ChromiumPool) -> None:
    """The quantity is an editable field: a bordered box about 28 px tall inside its row, its
    value in it, the row as tall as a row of words."""
    picture = await _picture(pool, INVOICE)
    frame = _frame(picture)
    _header, *rows = _text_rows(picture, frame, frame[0] + 2, frame[0] + 110)
    words = await _picture(pool, _with_text_cells(INVOICE))
    word_rows = _text_rows(words, _frame(words), frame[0] + 2, frame[0] + 110)
    assert _frame(words)[3] - _frame(words)[1] == frame[3] - frame[1]
    row_pitch = word_rows[2][0] - word_rows[1][0]
    for top, bottom in rows:
        middle = (top + bottom) // 2
        border = [x for x in range(frame[0] + 120, frame[2] - 120) if _is_field_border(picture, x, middle)]
        assert border, middle  # the field's sides, in the field border's grey
        left, right = min(border), max(border)
        centre = (left + right) // 2
        above = next(y for y in range(middle, middle - 30, -1) if _is_field_border(picture, centre, y))
        below = next(y for y in range(middle, middle + 30) if _is_field_border(picture, centre, y))
        height = below - above + 1
        assert 26 <= height <= 30 and height < row_pitch - 8, (height, row_pitch)
        value = box_where(picture, is_text, (left + 2, middle - 10, right - 1, middle + 10))
        assert value is not None, (left, right)


def _is_field_border(picture: Image.Image, x: int, y: int) -> bool:
    """A pixel of a field's grey border (or a row's hairline): lighter than text, darker than
    the surface."""
    return 200 < luminance(picture.getpixel((x, y))) < 236  # type: ignore[arg-type]


@pytest.mark.parametrize("theme", ["light", "dark"])
async def test_a_selected_row_is_tinted_over_a_striped_ones_shade(pool: ChromiumPool, theme: str) -> None:
    """`striped` with `selectedRows`: the selected second row showed the stripe's grey; now both
    selected rows have the selection's tint, and the unselected striped row keeps its shade."""
    table = {
        "type": "table",
        "striped": True,
        "selectedRows": [0, 1],
        "columns": ["Item", {"key": "qty", "label": "Qty", "align": "right"}],
        "rows": [["Alpha", 1], ["Beta", 2], ["Gamma", 3], ["Delta", 4], ["Total", 10]],
    }
    _, image = await render_dsl(
        pool, {"width": 600, "height": 330, "scale": 1, "theme": theme, "elements": [table]}
    )
    picture = rgb(image.data)
    frame = _frame(picture) if theme == "light" else (24, 24, 576, 306)
    text = (lambda c: luminance(c) < 120) if theme == "light" else (lambda c: luminance(c) > 170)
    lines = row_runs(picture, text, (frame[0] + 60, frame[1] + 2, frame[0] + 160, frame[3] - 2))
    assert len(lines) == 6, lines  # the header, five rows
    x = (frame[0] + frame[2]) // 2
    fills = [picture.getpixel((x, (top + bottom) // 2)) for top, bottom in lines[1:]]
    alpha, beta, gamma, delta, _ = fills
    assert alpha == beta, fills  # both selected: the tint, striped or not
    assert delta != beta and delta != gamma, fills  # the unselected striped row: its shade


async def test_a_total_row_has_no_checkbox(pool: ChromiumPool) -> None:
    """A selectable table drew a checkbox before "Total": now its cell is blank, while every
    other row keeps its box."""
    table = {
        "type": "table",
        "selectable": True,
        "selectedRows": [0],
        "columns": ["Item", {"key": "qty", "label": "Qty", "align": "right"}],
        # Not "Alpha" and "Beta": judged without the total, one status word in two made badges.
        "rows": [["Widgets", 1], ["Gadgets", 2], ["Total", 3]],
    }
    picture = await _picture(pool, table, width=600, height=260)
    frame = _frame(picture)
    lines = _text_rows(picture, frame, frame[0] + 44, frame[0] + 160)
    assert len(lines) == 4, lines
    boxes = []
    for top, bottom in lines[1:]:
        middle = (top + bottom) // 2
        cell = (frame[0] + 2, middle - 9, frame[0] + 40, middle + 10)
        boxes.append(box_where(picture, lambda c: luminance(c) < 225, cell))
    assert boxes[0] is not None and boxes[1] is not None and boxes[2] is None, boxes
