"""Checks of a table's rows: `data` for rows, more cells than columns, unknown keys, selected rows past the last."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.hints.syntax import comma_cut
from kernel.dsl.hints.tables import (
    EXTRA_CELLS,
    TABLE_DATA,
    TABLE_DATA_AND_ROWS,
    extra_cells_message,
    table_data_hint,
)
from kernel.dsl.model.tables import COLUMN_FIELD_NAMES
from kernel.dsl.semantic.findings import Findings, Key, is_number
from kernel.dsl.semantic.table_lines import check_table_lines


def check_table(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """Rows given as `data` (TanStack's word: the table draws "No rows"), a row with more cells
    than columns (its last cells are not drawn; often a cell YAML's `[...]` cut at a comma, which
    validate_document says when it has the source) and an object row's key that no column has.
    Fewer cells are fine: the last columns draw a dash, as for null."""
    data = element.get("data")
    if data is not None:
        if element.get("rows") in (None, [], {}):
            findings.error((*path, "data"), TABLE_DATA, "unknown_field", table_data_hint(data))
        else:
            findings.warn(
                (*path, "data"), "'table' does not draw 'data'", "field_ignored", TABLE_DATA_AND_ROWS
            )
    _check_selected_rows(element, path, findings)
    check_table_lines(element, path, findings)
    columns, rows = element.get("columns"), element.get("rows")
    count = len(columns) if isinstance(columns, list) else columns if is_number(columns) else None
    if columns == [] and isinstance(rows, list) and rows:
        findings.warn(
            (*path, "columns"), f"the table has no columns, so none of its {len(rows)} rows is drawn",
            "row_length", "name its columns (columns: [Name, Amount]), or leave 'columns' out to draw every cell",
        )  # fmt: skip
        return
    if not count or not isinstance(rows, list):
        return
    drawn = _column_keys(columns) if isinstance(columns, list) else None
    for index, row in enumerate(rows):
        if isinstance(row, list) and len(row) > count:
            message = extra_cells_message(row, int(count))
            findings.warn((*path, "rows", index), message, "row_length", EXTRA_CELLS)
        elif isinstance(row, Mapping) and drawn is not None:
            _check_row_keys(row, drawn, (*path, "rows", index), findings)


def _check_selected_rows(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """An index of `selectedRows` past the last row ticks nothing: `[1, 7]` on a table of two rows
    drew row 1 ticked and said nothing of the 7. Told at the index's own path, with the indexes
    the rows have (counted from 0)."""
    selected, rows = element.get("selectedRows"), element.get("rows")
    if not isinstance(selected, list) or not isinstance(rows, list):
        return
    count = len(rows)
    for index, chosen in enumerate(selected):
        if isinstance(chosen, int) and not isinstance(chosen, bool) and chosen >= count:
            findings.warn((*path, "selectedRows", index), *_past_last_row(chosen, count))


def _past_last_row(chosen: int, count: int) -> tuple[str, str, str]:
    """The message, code and hint for an index `chosen` of `selectedRows` on `count` rows."""
    if not count:
        return (
            f"row {chosen} ticks nothing: the table has no rows",
            "out_of_range",
            "add rows, or leave it out",
        )
    rows = f"{count} row{'s' * (count != 1)}"
    message = f"row {chosen} is past the last row (the table has {rows}): it ticks nothing"
    indexes = "row is 0" if count == 1 else f"rows are {_row_indexes(count)}"
    return message, "out_of_range", f"selectedRows counts from 0: this table's {indexes}"


def _row_indexes(count: int) -> str:
    """The indexes of `count` rows (two or more), from 0: `0 and 1`, `0..4`."""
    return "0 and 1" if count == 2 else f"0..{count - 1}"


def _column_keys(columns: list[Any]) -> dict[str, str]:
    """Each row key that some column draws (as the compiler looks them up: the column's key or
    label as written, in lower case, with `_` or nothing for spaces) -> that column's key (its
    label when it has none)."""
    keys: dict[str, str] = {}
    for column in columns:
        if isinstance(column, str):
            names = [column]
        elif isinstance(column, Mapping):
            fields = {COLUMN_FIELD_NAMES.get(k, k): v for k, v in column.items() if isinstance(v, str)}
            names = [fields[k] for k in ("key", "label") if k in fields]
        else:
            continue
        for name in names:
            for spelling in (
                name,
                name.lower(),
                name.lower().replace(" ", "_"),
                name.lower().replace(" ", ""),
            ):
                keys.setdefault(spelling, names[0])
    return keys


def _check_row_keys(
    row: Mapping[str, Any], drawn: Mapping[str, str], path: tuple[Key, ...], findings: Findings
) -> None:
    """A key of an object row that no column draws: its value would vanish without a word."""
    for key in row:
        if not isinstance(key, str) or key in drawn:
            continue
        cut = comma_cut(row, key)
        hint = (
            cut.hint()
            if cut is not None
            else did_you_mean(key, set(drawn.values()))
            or "the columns' keys are " + ", ".join(dict.fromkeys(drawn.values()))
        )
        findings.warn((*path, key), f"no column has the key '{key}': its value is not drawn", "row_key", hint)
