"""A table's `style` that asks its cells for one line (`lineClamp`, `textOverflow`), which draws nothing there."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kernel.dsl.hints.tables import truncate_hint
from kernel.dsl.semantic.findings import Findings, Key
from kernel.dsl.style_rules import style_key

_CLAMPS = ("lineClamp", "WebkitLineClamp")
_NO_WRAP = frozenset({"nowrap", "pre"})


def check_table_lines(element: Mapping[str, Any], path: tuple[Key, ...], findings: Findings) -> None:
    """`lineClamp` on a table clamps none of its cells (a table is no run of text), and
    `textOverflow` ends no cell in "…" unless the cells keep to one line (`whiteSpace: nowrap`)
    in a column with a `width` (see `table_truncation.truncates`): both were drawn as if not
    written, without a word. Each is told at its own path, with the column option that keeps a
    column to one line."""
    style = element.get("style")
    if not isinstance(style, Mapping):
        return
    written = {style_key(str(name)): name for name in style}
    columns = element.get("columns")
    hint = truncate_hint(columns if isinstance(columns, list) else [])
    for name in _CLAMPS:
        if name in written:
            message = f"'{name}' clamps no cell of a table: its cells' texts are drawn whole"
            findings.warn((*path, "style", written[name]), message, "field_ignored", hint)
    if "textOverflow" in written and not _cuts_a_column(style, written, columns):
        message = (
            "'textOverflow' ends no cell of this table in '…': a cell's text wraps, or (with "
            "whiteSpace: nowrap) widens its column, unless the column has a width"
        )
        findings.warn((*path, "style", written["textOverflow"]), message, "field_ignored", hint)


def _cuts_a_column(style: Mapping[str, Any], written: Mapping[str, Any], columns: Any) -> bool:
    """Whether the table's `whiteSpace: nowrap` keeps a column with a `width` to one line, which
    its `textOverflow` then ends in "…"."""
    white_space = str(style.get(written.get("whiteSpace", "whiteSpace"), "")).strip().lower()
    has_width = isinstance(columns, list) and any(
        isinstance(column, Mapping) and column.get("width") is not None for column in columns
    )
    return white_space in _NO_WRAP and has_width
