"""Tables on real Chromium: a neutral badge keeps its edge on a striped row, a squeezed text column
keeps one line, a column's `width` holds under a long header, and a first column of amounts
starts at the table's edge."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from render_worker.pool import ChromiumPool
from tests.integration.render_fixtures import (
    box_where,
    column_runs,
    is_text,
    luminance,
    render_dsl,
    rgb,
    row_runs,
)

pytestmark = pytest.mark.integration


async def _render(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Image.Image, Any]:
    _, image = await render_dsl(pool, {"version": 1, "scale": 1, **document})
    return rgb(image.data), image


async def test_a_grey_badge_keeps_a_visible_edge_on_a_striped_row(pool: ChromiumPool) -> None:
    """A grey "Suspended" badge on a striped row was its own ground: only its dot and word
    showed. Now its ring is drawn, as tall as the badge (22 px), darker than the stripe."""
    table = {"type": "table", "striped": True, "columns": ["Name", "Status"],
             "rows": [["Ana", "Active"], ["Ben", "Suspended"]]}  # fmt: skip
    picture, _ = await _render(pool, {"width": 400, "height": 160, "elements": [table]})
    lines = row_runs(picture, lambda c: luminance(c) < 120, (0, 0, 140, 160))
    assert len(lines) == 3, lines  # the header, Ana, Ben
    top, bottom = lines[2]
    band = (140, top - 10, 360, bottom + 10)
    ground = luminance(picture.getpixel((365, (top + bottom) // 2)))  # the stripe, right of the badge
    badge = box_where(picture, lambda c: luminance(c) < ground - 20, band)
    assert badge is not None
    assert badge[3] - badge[1] >= 20, badge  # the ring, not only the 12 px of the word


def _frame_left(picture: Image.Image) -> int:
    frame = box_where(picture, lambda c: luminance(c) < 240)
    assert frame is not None
    return frame[0]


def _words(picture: Image.Image, band: tuple[int, int]) -> list[tuple[int, int]]:
    """The runs of text columns in a band of rows, letters less than 12 px apart joined."""
    found: list[tuple[int, int]] = []
    for start, end in column_runs(picture, is_text, (0, band[0], picture.width, band[1])):
        if found and start - found[-1][1] < 12:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return found


async def test_a_columns_width_holds_under_a_longer_header(pool: ChromiumPool) -> None:
    """An 80 px column headed "Product name which is long" was 300 px wide (the header kept one
    line); now the header wraps inside it, and the next column starts about 80 px on."""
    table = {"type": "table", "columns": [{"key": "a", "label": "Product name which is long", "width": 80},
                                          {"key": "b", "label": "Note"}],
             "rows": [{"a": "Widget", "b": "Apples"}]}  # fmt: skip
    picture, _ = await _render(pool, {"width": 640, "height": 240, "elements": [table]})
    left = _frame_left(picture)
    body = row_runs(picture, is_text, (0, 0, picture.width, picture.height))[-1]
    widget, apples = _words(picture, body)[:2]
    assert widget[0] - left < 24, (left, widget)
    assert apples[0] - left < 130, (left, apples)  # 300 and more before


async def test_a_first_column_of_amounts_starts_near_the_tables_edge(pool: ChromiumPool) -> None:
    """A payments table led by its Amount column drew each amount ~100 px from the table's
    start; now the column is as wide as its figures, the widest one starts at the padding."""
    table = {"type": "table", "columns": ["Amount", "Status", "Description", "Customer"],
             "rows": [["$249.00 USD", "Succeeded", "Pro plan", "jenny@rosen.io"],
                      ["$1,200.00 USD", "Failed", "Enterprise seats", "ops@northwind.com"]]}  # fmt: skip
    picture, _ = await _render(pool, {"width": 1000, "height": 200, "elements": [table]})
    left = _frame_left(picture)
    lines = row_runs(picture, is_text, (0, 0, picture.width, picture.height))
    starts = [_words(picture, band)[0][0] for band in lines[1:]]
    assert min(starts) - left < 30, (left, starts)


async def test_a_squeezed_column_of_notes_keeps_a_readable_width(pool: ChromiumPool) -> None:
    """A table a little too wide for its box squeezed its Notes column to a letter's width: each
    word on a line of its own made the row ~200 px tall for a text cut off at the box's edge.
    Now the column keeps 10 em, and the row is about half as tall."""
    table = {"type": "table",
             "columns": ["Order ID", "Date", "Customer", "Email", "Country", "Subtotal", "Tax", "Total", "Status",
                         "Notes"],
             "rows": [[100234, "2025-07-10", "Lumen Health", "ap@lumenhealth.example.com", "Germany", "$1,200.00",
                       "$228.00", "$1,428.00", "Paid",
                       "Customer asked for expedited shipping via DHL Express to the Munich warehouse"],
                      [100235, "2025-07-11", "Acme Commerce", "finance@acme.example", "United States",
                       "$86,000.00", "$0.00", "$86,000.00", "Pending", "Call before delivery"]]}  # fmt: skip
    picture, _ = await _render(pool, {"width": 1000, "height": 500, "elements": [table]})
    ids = row_runs(picture, is_text, (0, 0, 110, picture.height))
    assert len(ids) == 3, ids  # the header, then the two order numbers, each in its row's middle
    (first_top, first_bottom), (second_top, second_bottom) = ids[1:]
    assert (second_top + second_bottom) / 2 - (first_top + first_bottom) / 2 < 115, ids  # ~135 before


def _hued(colour: tuple[int, int, int], hue: str) -> bool:
    """A clearly green (success) or orange (warning) pixel: a badge's dot or word."""
    r, g, b = colour
    return g > r + 40 and g > b + 20 if hue == "green" else r > g + 30 and g > b + 30


@pytest.mark.parametrize(
    ("lang", "header", "words"),
    [("he", "סטטוס", ["שולם", "ממתין"]), ("ru", "Статус", ["Оплачен", "В ожидании"]),
     ("hi", "स्थिति", ["सक्रिय", "लंबित"])],
)  # fmt: skip
async def test_status_cells_in_hebrew_russian_and_hindi_are_coloured_badges(
    pool: ChromiumPool, lang: str, header: str, words: list[str]
) -> None:
    """Under סטטוס, Статус or स्थिति the status words stayed plain dark text; now the first row's
    is a green badge and the second's an amber one, as under an English Status header."""
    table = {"type": "table", "columns": ["#", header], "rows": [["#1", words[0]], ["#2", words[1]]]}
    picture, _ = await _render(pool, {"lang": lang, "width": 400, "height": 200, "elements": [table]})
    lines = row_runs(picture, lambda c: luminance(c) < 200, (0, 0, 400, 200))
    first, second = lines[-2], lines[-1]
    assert box_where(picture, lambda c: _hued(c, "green"), (0, first[0], 400, first[1] + 1)) is not None
    assert box_where(picture, lambda c: _hued(c, "orange"), (0, second[0], 400, second[1] + 1)) is not None
