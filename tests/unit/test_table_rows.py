"""Table rows that would lose cells without a word: more cells than columns (often a comma inside
YAML's `[...]`), object keys no column has, rows given as `data` (TanStack's word), and a
`selectedRows` index past the last row."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.validate import ValidationResult, validate_document
from kernel.errors import Issue


def _table(**fields: Any) -> dict[str, Any]:
    return {"elements": [{"type": "table", **fields}]}


def _codes(result: ValidationResult, code: str) -> list[Issue]:
    return [issue for issue in [*result.errors, *result.warnings] if issue.code == code]


_HEPARIN = """\
elements:
  - type: table
    columns: [Medication, Dose, Status]
    rows:
      - [Heparin, 5,000 units, Pending]
      - [Aspirin, 81 mg, Given]
"""


def test_a_number_cut_at_a_thousands_comma_in_a_row_names_the_cell_and_quotes_it() -> None:
    result = validate_document(_HEPARIN)
    assert result.ok
    (warning,) = result.warnings
    assert warning == Issue(
        "/elements/0/rows/0",
        '4 cells for 3 columns: the last, "Pending", is not drawn',
        "row_length",
        'inside [...] a comma ends a cell, so the number "5,000 units" became "5" and "000 units": '
        'quote it, [Heparin, "5,000 units", Pending]',
        5,
        9,
    )


def test_with_strict_the_cut_row_is_an_error_with_the_same_hint() -> None:
    result = validate_document(_HEPARIN, strict=True)
    (error,) = result.errors
    assert error.code == "row_length" and error.suggestion is not None
    assert error.suggestion.endswith('[Heparin, "5,000 units", Pending]')


def test_a_price_cut_at_its_comma_is_given_back_quoted() -> None:
    source = "elements:\n  - {type: table, columns: [Item, Total], rows: [[Total, $1,215.50]]}\n"
    (warning,) = validate_document(source).warnings
    assert warning.suggestion == (
        'inside [...] a comma ends a cell, so the number "$1,215.50" became "$1" and "215.50": '
        'quote it, [Total, "$1,215.50"]'
    )


def test_text_cut_at_a_comma_and_a_space_lists_the_cells_read() -> None:
    source = "elements:\n  - {type: table, columns: [Name, Role], rows: [[Smith, Jane, Admin]]}\n"
    (warning,) = validate_document(source).warnings
    assert warning.message == '3 cells for 2 columns: the last, "Admin", is not drawn'
    assert warning.suggestion == (
        "give one cell per column; YAML read the cells Smith | Jane | Admin: inside [...] a comma "
        'ends a cell, so quote a cell that holds one, e.g. "Smith, Jane"'
    )


def test_cuts_that_do_not_account_for_every_extra_cell_say_what_is_left() -> None:
    source = "elements:\n  - {type: table, columns: [A, B], rows: [[Acme, 1,234,567, x]]}\n"
    (warning,) = validate_document(source).warnings
    assert warning.suggestion == (
        'inside [...] a comma ends a cell, so the number "1,234,567" became "1" and "234" and "567": '
        'quote it, [Acme, "1,234,567", x]; that still leaves 3 cells for 2 columns'
    )


@pytest.mark.parametrize(
    "source",
    [
        # a block list, JSON: no comma can have cut a cell
        "elements:\n  - type: table\n    columns: [A, B]\n    rows:\n      - - a\n        - b\n        - c\n",
        '{"elements": [{"type": "table", "columns": ["A", "B"], "rows": [["a", "b", "c"]]}]}',
    ],
)
def test_extra_cells_written_otherwise_get_the_plain_hint(source: str) -> None:
    (warning,) = validate_document(source).warnings
    assert (warning.code, warning.path) == ("row_length", "/elements/0/rows/0")
    assert warning.message == '3 cells for 2 columns: the last, "c", is not drawn'
    assert warning.suggestion == "give one cell per column, in column order, or add a column"


@pytest.mark.parametrize(
    "row",
    [
        "[1, 2]",  # two numbers: no text with a comma
        '["x", "y"]',  # quoted cells: no comma inside one was cut
    ],
)
def test_rows_no_comma_can_have_split_get_the_plain_hint_and_one_column_is_singular(row: str) -> None:
    source = f"elements:\n  - {{type: table, columns: [A], rows: [{row}]}}\n"
    (warning,) = validate_document(source).warnings
    assert warning.message.startswith("2 cells for 1 column: the last, ")
    assert warning.suggestion == "give one cell per column, in column order, or add a column"


def test_what_a_cut_still_leaves_for_one_column_is_singular() -> None:
    source = "elements:\n  - {type: table, columns: [A], rows: [[1,234, x]]}\n"
    (warning,) = validate_document(source).warnings
    assert warning.suggestion is not None
    assert warning.suggestion.endswith('quote it, ["1,234", x]; that still leaves 2 cells for 1 column')


def test_a_column_count_is_compared_with_too() -> None:
    (warning,) = validate_document(_table(columns=2, rows=[[1, 2, 3, 4, 5]])).warnings
    assert warning.message == "5 cells for 2 columns: the last 3 (3, 4, 5) are not drawn"


@pytest.mark.parametrize(
    "table",
    [
        {"columns": ["A", "B", "C"], "rows": [["a"], ["a", "b"], ["a", "b", "c"]]},  # fewer: blank cells
        {"rows": [["a", "b"], ["a", "b", "c"]]},  # no columns: as many as the longest row
        {"columns": ["Name", "Dose"], "rows": [{"name": "A", "Dose": 1}, {"Name": "B"}]},
        {
            "columns": [{"key": "full_name", "label": "Full name"}],
            "rows": [{"full name": "A"}, {"fullname": "B"}],
        },
        {"columns": [{"accessorKey": "dose", "header": "Dose"}], "rows": [{"dose": 1}]},
    ],
)
def test_rows_the_table_draws_in_full_do_not_warn(table: dict[str, Any]) -> None:
    result = validate_document(_table(**table))
    assert result.ok and result.warnings == [], result.warnings


def test_an_object_row_key_no_column_has_warns_with_the_closest_key() -> None:
    table = _table(columns=[{"key": "name", "label": "Name"}, {"key": "dose", "label": "Dose"}],
                   rows=[{"name": "A", "dosage": 1}])  # fmt: skip
    (warning,) = validate_document(table).warnings
    assert warning == Issue(
        "/elements/0/rows/0/dosage",
        "no column has the key 'dosage': its value is not drawn",
        "row_key",
        "did you mean 'dose'?",
    )


def test_an_object_row_cut_at_a_comma_says_to_quote_the_value() -> None:
    source = "elements:\n  - type: table\n    columns: [name, dose]\n    rows:\n      - {name: Heparin, dose: 5,000 units}\n"
    (warning,) = validate_document(source).warnings
    assert (warning.path, warning.code) == ("/elements/0/rows/0/000 units", "row_key")
    assert (
        warning.suggestion
        == 'inside {...} a comma ends a value, so quote text that holds one: dose: "5,000 units"'
    )


# --- rows given as `data` ------------------------------------------------------------------------


_TANSTACK_COLUMNS = [{"key": "name", "title": "Name"}, {"key": "dose", "header": "Dose"}]


@pytest.mark.parametrize("dose", [1, "81 mg"])
def test_rows_given_as_data_say_tables_take_rows(dose: Any) -> None:
    """With numbers, `data` reads as chart points (no error from the schema); with text it fails
    the chart shape ("expected an object"): either way one error says what a table takes."""
    result = validate_document(_table(columns=_TANSTACK_COLUMNS, data=[{"name": "A", "dose": dose}]))
    assert result.errors == [
        Issue(
            "/elements/0/data",
            "a table takes its rows in 'rows', not 'data'",
            "unknown_field",
            "rename 'data' to 'rows': each row an object keyed by column key, as here, or a list of "
            "cells in column order",
        )
    ]


def test_the_same_rows_as_rows_are_valid() -> None:
    result = validate_document(_table(columns=_TANSTACK_COLUMNS, rows=[{"name": "A", "dose": "81 mg"}]))
    assert result.ok and result.warnings == []


def test_data_beside_rows_only_warns() -> None:
    result = validate_document(_table(columns=["a"], rows=[["x"]], data=[{"a": 1}]))
    assert result.ok
    assert [(w.path, w.code, w.suggestion) for w in result.warnings] == [
        ("/elements/0/data", "field_ignored", "the rows are drawn from 'rows': remove 'data'")
    ]


def test_every_error_of_a_document_is_reported_at_once_the_table_data_among_them() -> None:
    source = """\
elements:
  - {type: buton, text: Go}
  - {type: text, txt: hi}
  - type: card
    children:
      - type: table
        columns: [{key: name, title: Name}, {key: dose, header: Dose}]
        data: [{name: A, dose: 81 mg}]
  - {type: heading, level: 9, text: Big}
  - {type: badge, text: a, text: b}
  - type: table
    columns: [Name]
    data: [{Name: B}]
"""
    result = validate_document(source)
    assert [(issue.path, issue.code, issue.line) for issue in result.errors] == [
        ("/elements/0/type", "unknown_type", 2),
        ("/elements/1/txt", "unknown_field", 3),
        ("/elements/2/children/0/data", "unknown_field", 8),
        ("/elements/3/level", "out_of_range", 9),
        ("/elements/4/text", "duplicate_key", 10),
        ("/elements/5/data", "unknown_field", 13),
    ]


def _seats(**fields: Any) -> dict[str, Any]:
    return _table(columns=["Name", "Seats"], **fields)


def test_a_selected_row_past_the_last_warns_at_its_index() -> None:
    result = validate_document(_seats(rows=[["Ana", 3], ["Ben", 4]], selectedRows=[1, 7]))
    assert result.ok
    assert result.warnings == [
        Issue(
            "/elements/0/selectedRows/1",
            "row 7 is past the last row (the table has 2 rows): it ticks nothing",
            "out_of_range",
            "selectedRows counts from 0: this table's rows are 0 and 1",
        )
    ]


def test_a_selected_row_of_a_table_without_rows_warns() -> None:
    (warning,) = validate_document(_seats(rows=[], selectedRows=[0])).warnings
    assert (warning.path, warning.code) == ("/elements/0/selectedRows/0", "out_of_range")
    assert warning.message == "row 0 ticks nothing: the table has no rows"


@pytest.mark.parametrize(
    "fields",
    [
        {"rows": [["Ana", 3], ["Ben", 4]], "selectedRows": [0, 1]},
        {"rows": [["Ana", 3], ["Ben", 4]], "selectedRows": True},
        {"rows": 5, "selectedRows": [7]},  # loading rows: nothing to count
    ],
)
def test_selected_rows_the_table_has_do_not_warn(fields: dict[str, Any]) -> None:
    result = validate_document(_seats(**fields))
    assert result.ok and result.warnings == [], result.warnings
