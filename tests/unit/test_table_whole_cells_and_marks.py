"""Table cells kept whole (short dates, figures with their units), typed check marks drawn as
booleans, a column that numbers the rows as wide as its numbers, and corner radii that stay clear
of the cells."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.elements import calendar as calendar_element
from kernel.dsl.compiler.elements import data_sheet, table_cells
from tests.support.css_rules import css_rule
from tests.support.elements import render_element

WHOLE = '<span class="dsl-table-code">{}</span>'


@pytest.mark.parametrize(
    "text",
    ["Jul 21", "21 Jul", "July 21, 2025", "21 Jul 2025", "Mon, Jul 21", "Sep 2025", "24,000 kg", "24 000 kg",
     "12 min", "3.5 GB", "10:30 AM", "60 km/h", "20 °C", "3 items", "1 240,00 د.م.", "12\u202f480,56 ر.س"],
)  # fmt: skip
def test_a_short_date_or_a_figure_with_its_unit_is_kept_on_one_line(text: str) -> None:
    """On a phone "Jul 21" and "24,000 kg" broke at their space, onto two lines each."""
    assert table_cells.cell_text(text) == WHOLE.format(text)


@pytest.mark.parametrize("text", ["-1.50", "-1.5%", "−2.25", "+3.2%"])
def test_a_signed_figure_is_no_code(text: str) -> None:
    """A leading minus is a sign, not a hyphen a line breaks after: "-1.50" in a span of its own
    was parted from the "%" after it, which a right-to-left page then drew first ("%-1.50")."""
    assert table_cells.cell_text(text) == text


def test_whole_words_inside_a_longer_text_are_kept_whole_and_the_rest_may_wrap() -> None:
    assert table_cells.cell_text("Arrives Jul 21 by 10:30 AM") == (
        f"Arrives {WHOLE.format('Jul 21')} by {WHOLE.format('10:30 AM')}"
    )
    assert table_cells.cell_text("(24 kg)") == f"({WHOLE.format('24 kg')})"


@pytest.mark.parametrize(
    "text", ["1 to 120 characters", "3 of 5", "Room 12", "Mayday 12", "v2 beta", "5 x 3"]
)
def test_words_that_only_follow_a_number_are_free_to_wrap(text: str) -> None:
    assert table_cells.cell_text(text) == text


def test_codes_and_long_runs_keep_their_own_handling() -> None:
    assert (
        table_cells.cell_text("INV-1042 on Jul 21")
        == f"{WHOLE.format('INV-1042')} on {WHOLE.format('Jul 21')}"
    )
    assert 'class="dsl-table-long"' in table_cells.cell_text("https://shop.example.com/collections/all 12 kg")


@pytest.mark.parametrize(("typed", "drawn_as"), [("✓", True), ("✔", True), ("✅", True), (" ✓ ", True)])
def test_a_typed_check_mark_is_drawn_as_true_is(typed: str, drawn_as: bool) -> None:
    """A typed "✓" was a thin black glyph beside `true`'s green check icon."""
    assert table_cells.cell_html(typed) == table_cells.cell_html(drawn_as)
    assert 'class="dsl-table-bool is-true"' in table_cells.cell_html(typed)


@pytest.mark.parametrize("typed", ["✗", "✘", "×", "✕", "❌"])
def test_a_typed_cross_is_a_grey_cross_icon(typed: str) -> None:
    html = table_cells.cell_html(typed)
    assert 'class="dsl-table-bool" data-icon="x"' in html


def test_true_is_a_check_and_false_a_dash() -> None:
    assert 'data-icon="check"' in table_cells.cell_html(
        True
    ) and 'data-icon="minus"' in table_cells.cell_html(False)
    assert table_cells.cell_html("✓ Included") == "✓ Included"  # a mark among words stays text


def _first_cells(html: str) -> list[str]:
    return re.findall(r'<t[hd] class="([^"]*)">', html)


@pytest.mark.parametrize(
    ("columns", "first"),
    [
        (["#", "Title"], ["1", "2", "12"]),
        (["No.", "Title"], [1, 2, 3]),
        (["Rank", "Title"], ["#1", "#2", "#3"]),
        (["Pos", "Title"], ["1.", "2.", "—"]),
    ],
)
def test_a_column_that_numbers_the_rows_fits_its_numbers(columns: list[str], first: list[object]) -> None:
    """A track list's `#` column took 110 px with ~75 px of blank before its digits."""
    html = render_element(type="table", columns=columns, rows=[[n, f"Song {i}"] for i, n in enumerate(first)])
    classes = _first_cells(html)
    assert all("is-fit" in classes[i] for i in range(0, len(classes), 2)), classes
    assert not any("is-fit" in classes[i] for i in range(1, len(classes), 2)), classes


def test_the_first_column_of_small_whole_numbers_fits_them_whatever_its_header() -> None:
    html = render_element(type="table", columns=["Seat", "Guest"], rows=[["4", "Ana"], ["12", "Bo"]])
    assert "is-fit" in _first_cells(html)[0]


@pytest.mark.parametrize(
    ("columns", "rows"),
    [
        (["Title", "Plays"], [["Neon", "12"], ["Rain", "4"]]),  # numbers, but neither first nor an index
        (["Title", "#"], [["A", "1.5"], ["B", "2"]]),  # not whole numbers
        (["Title", "#"], [["A", "12345"]]),  # too long for an index
        ([{"label": "#", "width": 80}, "Title"], [["1", "A"]]),  # the author's width holds
        (["#", "Title"], [["—", "A"]]),  # no number at all
    ],
)
def test_other_columns_of_numbers_share_the_width(columns: list[object], rows: list[list[object]]) -> None:
    assert "is-fit" not in render_element(type="table", columns=columns, rows=rows)


def test_an_index_column_is_as_narrow_as_its_content() -> None:
    assert css_rule(".dsl-table :is(th,td).is-fit", data_sheet.CSS) == {
        "width": "1px",
        "white-space": "nowrap",
    }


def test_a_tables_corners_stay_clear_of_its_cells_whatever_the_theme_radius() -> None:
    """`radius: 64` cut a table's header checkbox and its last letters at the corners: the
    boxes whose rows meet the frame keep to 24 px, the padded ones to 32 px."""
    assert css_rule(".dsl-table", data_sheet.CSS)["border-radius"] == "min(var(--radius),24px)"
    assert re.search(
        r"\.dsl-list--divided ul\{[^}]*border-radius:min\(var\(--radius\),24px\)", data_sheet.CSS
    )
    assert css_rule(".dsl-calendar", calendar_element.CSS)["border-radius"] == "min(var(--radius-lg),32px)"
    assert css_rule(".dsl-stat", data_sheet.CSS)["border-radius"] == "min(var(--radius-lg),32px)"
