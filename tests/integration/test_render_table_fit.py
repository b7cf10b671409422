"""Tables on real Chromium: dates and figures with units whole on a phone, an index column as wide
as its numbers, typed check marks drawn as `true` is, and corners that never cut the cells."""

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


def is_green(colour: tuple[int, int, int]) -> bool:
    r, g, b = colour
    return g > r + 50 and g > b + 30


def is_ink(colour: tuple[int, int, int]) -> bool:
    """Any mark on the white surface: text, icons, badges (not the hairlines between rows)."""
    return luminance(colour) < 215


async def _render(pool: ChromiumPool, document: dict[str, Any]) -> tuple[Image.Image, Any]:
    _, image = await render_dsl(pool, document)
    return rgb(image.data), image


def _frame(picture: Image.Image, table_height: int) -> Box:
    """The table's box: where its first ink is, to `table_height` px below."""
    ink = box_where(picture, lambda c: luminance(c) < 240, (0, 0, picture.width, table_height))
    assert ink is not None
    return ink


async def test_a_phone_tables_dates_and_weights_stay_on_one_line(pool: ChromiumPool) -> None:
    """On a phone, "Jul 21" and "24,000 kg" broke onto two lines each ("Jul / 21", "24,000 /
    kg"): now every row is one line of text, and the table still fits its box."""
    table = {"type": "table", "columns": ["Container", "Status", "ETA", "Weight"],
             "rows": [["MSCU1234567", "In transit", "Jul 21", "24,000 kg"],
                      ["MSCU7654321", "Delivered", "Jul 18", "18,500 kg"]]}  # fmt: skip
    picture, image = await _render(pool, {"device": "mobile", "scale": 1, "elements": [table]})
    assert image.measured_warnings == ()
    lines = row_runs(picture, is_text, (0, 0, picture.width, 300))
    assert len(lines) == 3, lines  # the header, then one line a row
    assert all(bottom - top <= 20 for top, bottom in lines), lines
    frame = _frame(picture, 300)
    for top, bottom in lines[1:]:
        row = box_where(picture, is_text, (frame[0] + 2, top, frame[2] - 2, bottom))
        assert row is not None and row[2] <= frame[2] - 10, (row, frame)  # "kg" inside the frame


async def test_a_column_that_numbers_the_rows_is_as_wide_as_its_numbers(pool: ChromiumPool) -> None:
    """A track list's `#` column took 110 px, its digits at its right end after ~75 px of blank:
    now the digits start at the cell's padding and the titles follow them closely."""
    rows = [[str(n), title, "Nova Lane", f"{n * 104_331:,}", "3:41"]
            for n, title in enumerate(["Neon Rain", "Satellite Hearts", "Afterglow"], start=1)]  # fmt: skip
    table = {"type": "table", "columns": ["#", "Title", "Artist", "Plays", "Time"], "rows": rows}
    picture, _ = await _render(pool, {"width": 1100, "height": 300, "elements": [table]})
    frame = _frame(picture, 300)
    lines = row_runs(picture, is_text, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2))
    first_row = lines[1]
    words = column_runs(picture, is_text, (frame[0] + 2, first_row[0], frame[2] - 2, first_row[1]))
    digit, title = words[0], words[1]
    assert digit[0] - frame[0] <= 24, (digit, frame)  # no blank before the number
    assert title[0] - digit[1] <= 40, (digit, title)  # the title right after it


async def test_typed_check_marks_are_drawn_as_true_and_false_are(pool: ChromiumPool) -> None:
    """A typed "✓" was a thin black glyph beside `true`'s green check: now "✓" and "✔" draw the
    same green check, and "✗" a cross in the grey of `false`'s dash."""
    table = {"type": "table", "columns": ["Feature", "Typed", "Bold", "Boolean"],
             "rows": [["Projects", "✓", "✔", True], ["SSO", "✗", "✘", False]]}  # fmt: skip
    picture, _ = await _render(pool, {"width": 640, "height": 220, "scale": 2, "elements": [table]})
    frame = _frame(picture, 440)
    lines = row_runs(picture, is_ink, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2))
    yes, no = lines[1], lines[2]

    def marks(row: tuple[int, int]) -> list[Box]:
        """The last three marks of a row (after the feature's name), each an icon."""
        runs = column_runs(picture, is_ink, (frame[0] + 2, row[0], frame[2] - 2, row[1]))[-3:]
        found = [box_where(picture, is_ink, (left, row[0], right, row[1])) for left, right in runs]
        assert all(box is not None for box in found), found
        return [box for box in found if box is not None]

    checks = marks(yes)
    assert len({(box[2] - box[0], box[3] - box[1]) for box in checks}) == 1, checks  # one icon, thrice
    for box in checks:
        assert box_where(picture, is_green, box) is not None, box
    *crosses, dash = marks(no)
    assert len({(box[2] - box[0], box[3] - box[1]) for box in crosses}) == 1, crosses
    darkest = [min(luminance(picture.getpixel((x, y))) for x in range(b[0], b[2]) for y in range(b[1], b[3]))  # type: ignore[arg-type]
               for b in [*crosses, dash]]  # fmt: skip
    assert min(darkest) >= 100 and max(darkest) - min(darkest) <= 30, darkest  # false's grey, not black


async def test_a_theme_radius_of_64_never_cuts_a_tables_checkboxes(pool: ChromiumPool) -> None:
    """`radius: 64` cut the corners of the header's checkbox and of the last row's off at the
    table's rounded corners: every ticked checkbox is drawn whole, as at radius 8."""
    table = {"type": "table", "selectable": True, "selectedRows": [0, 2], "columns": ["Name", "Plan", "Seats"],
             "rows": [["Acme", "Pro", 12], ["Globex", "Team", 40], ["Initech", "Free", 1]]}  # fmt: skip
    drawn = {}
    for radius in (8, 64):
        document = {
            "width": 640,
            "height": 260,
            "theme": {"primary": "#ff0000", "radius": radius},
            "elements": [table],
        }
        picture, _ = await _render(pool, document)
        # The checkboxes' column, right of the selected rows' bar at the frame's edge (which
        # follows the frame's rounded corner): from where the header's box starts.
        header = row_runs(picture, is_red, (0, 0, 120, picture.height))[0]
        header_box = box_where(picture, is_red, (0, header[0], 120, header[1]))
        assert header_box is not None
        left = header_box[0] - 1
        column = (left, 0, 120, picture.height)
        boxes = [(left, top, 120, bottom) for top, bottom in row_runs(picture, is_red, column)]
        assert len(boxes) == 3, boxes  # the header's, the first row's and the last row's
        drawn[radius] = [_count(picture, is_red, box) for box in boxes]
    assert drawn[64] == drawn[8], drawn


def _count(picture: Image.Image, keep: Any, region: Box) -> int:
    """How many pixels of `region` `keep` accepts."""
    return sum(
        keep(picture.getpixel((x, y)))
        for x in range(region[0], region[2])
        for y in range(region[1], region[3])
    )


@pytest.mark.parametrize(
    ("kind", "extra"), [("avatar", {"name": "Jo Park"}), ("rating", {"value": 4}), ("spinner", {})]
)
async def test_size_large_and_small_draw_as_lg_and_sm(
    pool: ChromiumPool, kind: str, extra: dict[str, Any]
) -> None:
    """`size: large` on an avatar, a rating or a spinner was drawn at the default size while `lg`
    was not: the words a button takes draw the same pixels as the DSL's."""
    pictures = {}
    for size in ("large", "lg", "small", "sm", "md"):
        element = {"type": kind, "size": size, **extra}
        _, image = await render_dsl(pool, {"width": 240, "height": 80, "elements": [element]})
        pictures[size] = image.data
    assert pictures["large"] == pictures["lg"] != pictures["md"]
    assert pictures["small"] == pictures["sm"] != pictures["md"]


@pytest.mark.parametrize("direction", ["rtl", "ltr"])
async def test_a_small_phone_table_keeps_its_amounts_inside_its_frame(
    pool: ChromiumPool, direction: str
) -> None:
    """A `size: sm` table of four columns on a phone kept 12 px each side of every cell, more than
    a table of the default size keeps there: its amounts were cut at the table's edge (a warning),
    right to left and left to right. Its cells now pad as the default size's do, so the figures
    keep their width and the whole table fits its box."""
    table = {
        "type": "table",
        "size": "sm",
        "columns": ["التاريخ", "الوصف", "الحالة", {"key": "a", "label": "المبلغ", "align": "right"}],
        "rows": [
            ["2025-07-02", "ستاربكس - الرياض", "معلق", "-18.50 ر.س"],
            ["2025-07-01", "راتب شهر يوليو", "مكتمل", "+15,000.00 ر.س"],
            ["2025-06-29", "تحويل إلى محمد", "مرفوض", "-1,200.00 ر.س"],
        ],
    }
    document = {
        "device": "mobile",
        "scale": 1,
        "height": 400,
        "lang": "ar",
        "dir": direction,
        "elements": [table],
    }
    picture, image = await _render(pool, document)
    assert image.measured_warnings == ()
    frame = _frame(picture, 400)
    inside = box_where(picture, is_text, (frame[0] + 2, frame[1] + 2, frame[2] - 2, frame[3] - 2))
    assert inside is not None
    assert inside[0] >= frame[0] + 8 and inside[2] <= frame[2] - 8, (inside, frame)  # no text at the edges
