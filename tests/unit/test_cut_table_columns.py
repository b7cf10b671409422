"""A table cut at its edge names its first cut columns and counts the rest."""

from __future__ import annotations

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
