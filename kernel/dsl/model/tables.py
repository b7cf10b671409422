"""A table's parts: its columns (as data-grid libraries write them too), text cells, rows as written."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, model_validator

from kernel.dsl.entities import read_words
from kernel.dsl.model.spellings import css_words
from kernel.dsl.model.strict import StrictModel
from kernel.dsl.model.words import Text, Words, number_as_text
from kernel.dsl.number_text import WrittenFloat, WrittenInt, written_text

_COLUMN_SIDES = {"start": "left", "end": "right", "middle": "center"}
"""The words elements align by (`start`, `end`), for a table column's side."""

COLUMN_FIELD_NAMES = {
    "header": "label", "title": "label", "headerName": "label", "name": "label", "Header": "label",
    "text": "label", "accessor": "key", "accessorKey": "key", "dataIndex": "key", "field": "key",
    "dataKey": "key", "dataField": "key",
}  # fmt: skip
"""Column fields as data-grid libraries name them (TanStack, react-table's `Header`, Ant Design,
MUI, Recharts' `dataKey`, react-bootstrap-table's `dataField` and `text`) -> the DSL's."""


class Column(StrictModel):
    """A table column: the `key` that picks a value from object rows, a header `label`, alignment,
    a `width`, a text `color`, and `truncate` (its texts kept to one line ending in "…").
    Columns written for TanStack Table, Ant Design or MUI (`header`, `dataIndex`, ...) read the same."""

    @model_validator(mode="before")
    @classmethod
    def _rename_grid_fields(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not data.keys() & COLUMN_FIELD_NAMES.keys():
            return data
        renamed = dict(data)
        for theirs, ours in COLUMN_FIELD_NAMES.items():
            written = number_as_text(renamed.get(theirs))
            if theirs in renamed and ours not in renamed and isinstance(written, str):
                del renamed[theirs]
                renamed[ours] = written
        return renamed

    key: Annotated[str, BeforeValidator(number_as_text)] | None = None
    """The name that picks a value from object rows, as the rows' keys write it."""
    label: Text | None = None
    align: Annotated[Literal["left", "center", "right"] | None, css_words(_COLUMN_SIDES)] = Field(
        default=None,
        description="left, center or right; start and end (the words elements align by) are read as left and right.",
    )
    width: float | str | None = None
    color: str | None = Field(
        default=None,
        description="The text colour of the column's cells (a CSS colour or a tone: danger, success); "
        "the header keeps its own.",
    )
    truncate: bool | None = Field(
        default=None,
        description="true: each cell's text keeps to one line, ending in '…' where the column is too "
        "narrow (a long product name), and the column's width holds.",
    )


CELL_TONES = ("success", "warning", "danger", "info", "neutral")
"""The tones a table cell's text takes, as badges, alerts and stats name them."""


class TextCell(StrictModel):
    """A table cell's text (or number) written as an object: drawn in a `tone` (an abnormal lab
    value in `danger`, a target met in `success`; it stays a figure in a column of figures),
    and/or with a `description` on a second, smaller and muted line under it (a product's SKU
    under its name, a customer's email under theirs), as a list item's description is."""

    text: Words
    """The cell's text or number, drawn as any cell's."""
    tone: Literal["success", "warning", "danger", "info", "neutral"] | None = Field(
        default=None,
        description="success, warning, danger, info or neutral: the text's colour (semibold but neutral's "
        "muted grey); the description keeps its muted colour.",
    )
    description: Text | None = Field(
        default=None,
        description="A second line under the text, smaller and muted, aligned as the column is (a SKU "
        "under a product's name, an email under a customer's); the row grows to hold it. In a column "
        "with truncate: true each line keeps to one line ending in '…'.",
    )


def cells_as_written(rows: Any) -> Any:
    """A table's number cells that the document wrote otherwise than Python writes them (a
    version `1.10`, a ZIP code `02134`) as the text written (see `number_text.remembering`);
    every other cell as it is."""
    if not isinstance(rows, list):
        return rows
    out = []
    for row in rows:
        if isinstance(row, list) and any(isinstance(cell, WrittenInt | WrittenFloat) for cell in row):
            row = [written_text(cell) or cell for cell in row]
        elif isinstance(row, dict) and any(
            isinstance(cell, WrittenInt | WrittenFloat) for cell in row.values()
        ):
            row = {key: written_text(cell) or cell for key, cell in row.items()}
        out.append(row)
    return out


def row_read(row: Any) -> Any:
    """A table row with the character references of its text cells read (see `read_words`); a
    row without an `&` as it is."""
    if isinstance(row, list):
        if any(type(cell) is str and "&" in cell for cell in row):
            return [read_words(cell) if type(cell) is str else cell for cell in row]
        return row
    if isinstance(row, dict) and any(type(cell) is str and "&" in cell for cell in row.values()):
        return {key: read_words(cell) if type(cell) is str else cell for key, cell in row.items()}
    return row
