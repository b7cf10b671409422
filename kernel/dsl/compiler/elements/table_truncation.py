"""Table columns whose texts keep to one line ending in "…" (`truncate: true`), and their CSS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.model import Column

TRUNCATED_CLASS = "is-truncated"
"""A cell of a column kept to one line (`truncates`)."""
LINE_CLASS = "dsl-table-line"
"""The line a truncated cell draws, cut with an ellipsis at the column's width."""
SIZER_CLASS = "dsl-table-sizer"
"""An unseen copy of a truncated cell's text, wrapped, that sizes its column (`truncated_cell`)."""

_NO_WRAP = frozenset({"nowrap", "pre"})
"""`whiteSpace` values of a table's `style` that keep its cells' texts on one line."""


def truncates(column: Column, table_style: Mapping[str, Any] | None) -> bool:
    """Whether a column's texts keep to one line ending in "…": it says `truncate: true`, or the
    table's style keeps its cells unwrapped (`whiteSpace: nowrap`) and the column has a `width`,
    which then holds (the author's nowrap made a 220 px Product column as wide as its longest
    name, pushing the columns after it off the table)."""
    if column.truncate is not None:
        return column.truncate
    white_space = str((table_style or {}).get("whiteSpace", "")).strip().lower()
    return white_space in _NO_WRAP and column.width is not None


def truncated_cell(inner: str, also: str = "") -> str:
    """A cell's HTML kept to one line: the line, which sizes nothing (so a long name neither
    widens its column nor holds its `width` off), then the same text unseen and wrapped, which
    gives the column the room the text would take (a share of the table's width, at least its
    longest word), as any column of text gets. The line has no `<wbr>`: Chromium broke a phone's
    email there (`table_cells._phone_token`) for all the column's `nowrap`, "sophia." /
    "williams@" / "acme.io" drawn on three lines. `also`: another class for both (a description's)."""
    classes = f" {also}" if also else ""
    return (
        f'<span class="{LINE_CLASS}{classes}">{inner.replace("<wbr>", "")}</span>'
        f'<span class="{SIZER_CLASS}{classes}" aria-hidden="true">{inner}</span>'
    )


TRUNCATION_CSS = f"""
/* A column kept to one line (truncate: true): its line is as wide as the cell and ends in "…";
   the unseen copy under it (no height) sizes the column as a wrapped text would. */
.dsl-table td.{TRUNCATED_CLASS}{{white-space:nowrap}}
.dsl-table td.{TRUNCATED_CLASS}>.{LINE_CLASS}{{display:block;width:0;min-width:100%;overflow:hidden;text-overflow:ellipsis}}
.dsl-table td.{TRUNCATED_CLASS}>.{SIZER_CLASS}{{display:block;height:0;overflow:hidden;visibility:hidden;white-space:normal}}
"""
