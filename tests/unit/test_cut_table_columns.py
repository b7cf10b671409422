"""A table cut at its edge names its first cut columns and counts the rest; a column drawn
narrower than its `width` is named at that width."""

from __future__ import annotations

from kernel.dsl.measured.column_widths import NarrowedColumn, narrowed_column_warning
from kernel.dsl.measured.tabs_and_tables import NAMED_COLUMNS, CutTable, cut_table_warning


def test_a_table_of_many_cut_columns_names_the_first_ten_and_counts_the_rest() -> None:
    columns = tuple(f"Column {n}" for n in range(177))
    warning = cut_table_warning(CutTable("/elements/0", 9000, columns))
    assert NAMED_COLUMNS == 10
    assert "'Column 9' and 167 more are cut off at its edge" in warning.message
    assert "'Column 10'" not in warning.message
    assert len(warning.message) < 300


def test_a_few_cut_columns_are_all_named() -> None:
    warning = cut_table_warning(CutTable("/elements/0", 80, ("Email", "")))
    assert (
        warning.message
        == "the table is 80 px wider than its box: columns 'Email', (unnamed) are cut off at its edge"
    )


def test_a_column_without_a_header_is_named_by_its_place() -> None:
    """It was "(unnamed)": an actions column of icon buttons has no header to name it by."""
    warning = cut_table_warning(CutTable("/elements/0", 83, ("",), (9,)))
    assert "column 9 (no header) is cut off" in warning.message


def test_a_column_drawn_narrower_than_its_width_is_named_at_that_width() -> None:
    column = NarrowedColumn("/elements/0", "Delivery address", 3, 300, 140)
    warning = narrowed_column_warning(column)
    assert (warning.path, warning.code) == ("/elements/0/columns/2/width", "content_squeezed")
    assert warning.message.startswith(
        "column 'Delivery address' is drawn 140 px wide, not its width of 300 px"
    )
    assert "160 px too little" in warning.message and "160 px more room" in (warning.suggestion or "")
