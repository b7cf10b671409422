"""Words as a document writes them and as they are drawn: `Text`, `Words`, `Scalar`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator

from kernel.dsl.entities import read_words
from kernel.dsl.no_icon import read_icon_name
from kernel.dsl.number_text import written_text

Scalar = str | int | float | bool | None


def number_as_text(value: Any) -> Any:
    """A number written where words belong (a series named 2025, a column headed 2024, an option
    labelled 10) as the text it reads as; anything else as it is, for the schema to judge."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return written_text(value) or str(value)  # `1.10` and ZIP `02134` as written, not 1.1, 2134
    return value


def _words(value: Any) -> Any:
    """Words as they are drawn: a number as its text (see `number_as_text`), HTML's character
    references as their characters in a document's words (`&mdash;` is "—", see `read_words`)."""
    if isinstance(value, str):
        return read_words(value)
    return number_as_text(value)


def _read_scalar(value: Any) -> Any:
    """A value drawn as words (a table's cell, a field's value) with its character references
    read; a number or a boolean as it is."""
    return read_words(value) if isinstance(value, str) else written_text(value) or value


Text = Annotated[str, BeforeValidator(_words)]
"""Words drawn as written: a label, a name, a title. A number is read as its text (YAML and JSON
make `2025` a number, though the author meant the year's name), and an HTML character reference
as its character (`&mdash;`, as in a page's text), but in a code element's code."""
Words = Annotated[Scalar, BeforeValidator(_read_scalar)]
"""A value that may be drawn as words (a field's `value`, an option's): its text's character
references are read, as `Text`'s (a table's cells are read per table, see `tables.row_read`)."""


IconName = Annotated[
    str | None, BeforeValidator(read_icon_name, json_schema_input_type=str | Literal[False] | None)
]
"""An icon's name; `none` or `false` (kept as '') asks for no icon where a type draws one of its own
(an alert's bell, an empty state's inbox): see `kernel.dsl.no_icon`."""
