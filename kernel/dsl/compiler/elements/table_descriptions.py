"""A table cell's second line (`{text, description}`): a product's SKU under its name, an email under a customer's."""

from __future__ import annotations

from kernel.dsl.compiler.elements.table_cells import cell_text
from kernel.dsl.compiler.elements.table_truncation import truncated_cell

DESCRIPTION_CLASS = "dsl-table-cell-desc"
"""A cell's description: a block under its text, at the table's caption size (13 px beside 14 px
text), in the muted text colour, aligned as the column is (it inherits the cell's alignment)."""


def described(inner: str, description: str | None, lang: str | None, *, phone: bool, one_line: bool) -> str:
    """A cell's HTML `inner` with its `description` on a line of its own under it (as a cell's
    words are written: an email breaks after its `@` on a phone, see `cell_text`); `inner` as it
    is without one. In a column kept to one line (`one_line`, see `table_truncation`) the
    description is kept to one too, with its own unseen copy that sizes the column as a wrapped
    text would, so that each line ends in "…" at the column's edge and neither widens it."""
    if not description or not description.strip():
        return inner
    words = cell_text(description, lang, phone=phone)
    if one_line:
        return inner + truncated_cell(words, DESCRIPTION_CLASS)
    return f'{inner}<span class="{DESCRIPTION_CLASS}">{words}</span>'


DESCRIPTION_CSS = f"""
/* A cell's description: its own line under the text, smaller and muted. The muted colour reads on
   the table's surface (the theme sees to it), and in a striped table (every row: its odd rows
   hardly differ) and on a selected row's tint as on any muted fill (the stronger
   --muted-foreground-on-muted), whatever the colour of the text above it (a tone, a column's
   color, a gain's green). */
.dsl-table .{DESCRIPTION_CLASS}{{display:block;margin-top:2px;font-size:calc(13em / 14);line-height:1.35;font-weight:400;color:var(--muted-foreground)}}
.dsl-table.is-striped .{DESCRIPTION_CLASS}{{color:var(--muted-foreground-on-muted)}}
.dsl-table-control-text>.{DESCRIPTION_CLASS}{{margin-top:1px}}
"""
"""The rules of a cell's description, after the table's own (`TABLE_CSS`) and its one-line columns'."""
