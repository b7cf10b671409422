"""The table element: header, rows, totals, selection checkboxes and cell controls; its CSS rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kernel.dsl.compiler.colors import safe_color
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements.phone_tables import CROWDED_CLASS, CROWDED_COLUMNS, PHONE_CLASS, on_phone
from kernel.dsl.compiler.elements.table_cells import cell_html, cell_text
from kernel.dsl.compiler.elements.table_columns import (
    CHOICE_TYPES,
    WORDY_COLUMN_MIN_EM,
    ColumnLook,
    column_looks,
    width_of,
)
from kernel.dsl.compiler.elements.table_descriptions import described
from kernel.dsl.compiler.elements.table_rows import (
    Row,
    cell_description,
    cell_tone,
    cell_value,
    figure_beside_icons,
    is_blank,
    label_index,
    totals_start,
)
from kernel.dsl.compiler.elements.table_truncation import TRUNCATED_CLASS, truncated_cell, truncates
from kernel.dsl.compiler.html import box, esc
from kernel.dsl.compiler.html import icon as icon_span
from kernel.dsl.compiler.hyphen_words import kept_whole
from kernel.dsl.compiler.registry import renders
from kernel.dsl.compiler.signed_changes import (
    change_cell_tone,
)
from kernel.dsl.compiler.ui_strings import ui_string
from kernel.dsl.model import Column, Element, TableCell, TextCell
from kernel.dsl.sizes import size_word


def _columns(element: Element) -> list[Column]:
    """Column specs from names, objects, a count, or the keys of the first object row."""
    columns = element.columns
    if isinstance(columns, list):
        return [Column(key=c, label=c) if isinstance(c, str) else c for c in columns]
    rows = element.rows if isinstance(element.rows, list) else []
    first = rows[0] if rows else None
    if isinstance(first, dict):
        return [Column(key=key, label=key.replace("_", " ").title()) for key in first]
    count = (
        columns if isinstance(columns, int) else max((len(r) for r in rows if isinstance(r, list)), default=0)
    )
    if isinstance(columns, int):
        return [Column(label=f"Column {i + 1}") for i in range(count)]
    return [Column() for _ in range(count)]


@renders("table")
def render_table(element: Element, ctx: RenderContext) -> str:
    """A bordered data table; numbers (also bracketed negatives) align right, a column of statuses
    draws each as a badge (not a column of names), `striped` rows, `size` sm/md/lg
    (`TABLE_SIZES`). The totals (`totals_start`: a last row labelled "Total", `TOTAL_WORDS`, and
    an invoice's Subtotal and summary lines above it) are under a stronger line, the last bold,
    their labels spanning the blank cells after them (`_totals_cells`); columns are judged
    without them (`column_looks`). A column's `width` holds with or without a header; cells share the room
    left, columns of figures and of short texts first. The box's `style` colour and font size
    reach the cells (the header keeps its muted colour and follows the font size); a column's
    `color` colours its cells. A `selectable` table starts each row with a checkbox, ticked for
    the rows `selected` names (`true`: all of them), tinted (`--row-selected`) with a primary bar
    at their start; a total row has none. `selectable: false` with `selectedRows` tints those
    rows without the checkboxes: a desktop list view's selection. A column that numbers
    the rows is as wide as its numbers (`_is_index_column`); a column of identifiers draws its
    numbers as written (`_numbers_as_written`). A cell may hold controls (`CELL_TYPES`: a
    checkbox, a switch, icon buttons), drawn compact in the row (`_cell_controls`).

    The CSS caps the frame's corner radius at 24 px (a divided list's too; a stat's and a
    calendar's, padded boxes, at 32 px): a theme radius of 64 cut the header's checkbox and the
    last letters of its cells. On a phone-wide table (under 420 px) of four columns or more the
    cells are closer (16 px between four columns, where 21 px left a date and a weight no room
    to stay whole), and 12 px from the frame at least. On a phone's screen the table is drawn
    tighter still, and scrolls sideways under a fade when it cannot fit (`phone_tables`)."""
    columns = _columns(element)
    rows = element.rows if isinstance(element.rows, list) else []
    totals = totals_start(rows, columns)
    selected = _selected_rows(element, len(rows), range(totals, len(rows)))
    chosen = None if element.selectable is False else selected  # the checkbox column's rows
    looks = _truncated_looks(element, columns, column_looks(columns, rows[:totals], rows[totals:]))
    head = _table_head(columns, looks, rows, chosen, totals)
    styles = [_column_colour(column) for column in columns]
    size = _table_size(element)
    phone = on_phone(ctx)
    body_rows = []
    for number, row in enumerate(rows):
        total = number >= totals
        cells = (_totals_cells if total else _row_cells)(row, columns, looks, styles, ctx, size, phone)
        body_rows.append(_body_row(cells, chosen, number, total=total, tinted=number in (selected or ())))
    body_rows += _placeholder_rows(element, len(columns), chosen)
    if not body_rows:
        span = max(len(columns), 1) + (chosen is not None)
        empty = esc(element.placeholder or ui_string("table_empty", ctx.lang))
        body_rows.append(f'<tr><td class="dsl-table-empty" colspan="{span}">{empty}</td></tr>')
    table = (
        f'<div class="dsl-table-scroll"><table style="--cols:{len(columns) + (chosen is not None)}">'
        f"{_colgroup(columns, chosen)}{head}<tbody>{''.join(body_rows)}</tbody></table></div>"
    )
    count = len(columns) + (chosen is not None)
    return box(element, _table_caption(element) + table, classes=_table_classes(element, phone, count))


def _truncated_looks(element: Element, columns: list[Column], looks: list[ColumnLook]) -> list[ColumnLook]:
    """The looks of the columns kept to one line (`truncates`) marked so (`TRUNCATED_CLASS`),
    without the least width of a column of long texts (`is-wordy`): they give way instead."""
    return [
        replace(look, classes=" ".join([*look.classes.replace("is-wordy", "").split(), TRUNCATED_CLASS]))
        if truncates(column, element.style)
        else look
        for column, look in zip(columns, looks, strict=True)
    ]


def _row_cells(
    row: Row,
    columns: list[Column],
    looks: list[ColumnLook],
    styles: list[str],
    ctx: RenderContext,
    size: str,
    phone: bool = False,
) -> str:
    """The cells of an ordinary row, each drawn as its column's look says (`_body_cell`)."""
    return "".join(
        _body_cell(
            cell_value(row, i, column),
            look,
            style,
            ctx,
            size,
            cell_tone(row, i, column),
            phone,
            cell_description(row, i, column),
        )
        for i, (column, look, style) in enumerate(zip(columns, looks, styles, strict=True))
    )


def _body_cell(
    value: TableCell,
    look: ColumnLook,
    style: str,
    ctx: RenderContext,
    size: str,
    tone: str | None = None,
    phone: bool = False,
    description: str | None = None,
) -> str:
    """A body cell: its controls (`_cell_controls`), or its text, figure, mark or badge, with its
    `description` on a smaller, muted line under it (`described`); in a column of changes, green
    for a gain and red for a loss (`_change_class`), the arrow beside a figure too."""
    if isinstance(value, Element | list):
        labels = " has-short-labels" if _has_short_choice_labels(value) else ""
        figure = figure_beside_icons(value)
        change = _change_class(figure, look, tone) if figure is not value else ""
        return (
            f'<td class="{look.classes} has-control{labels}{change}"{style}>'
            f"{_cell_controls(value, ctx, size)}</td>"
        )
    if isinstance(value, TextCell):  # the callers pass its parts apart (`cell_value`)
        tone, description, value = value.tone, value.description, value.text
    inner = cell_html(
        value,
        status=look.statuses,
        as_written=look.as_written,
        decimals=look.decimals,
        decimal_points=look.decimal_points,
        whole_zeros=look.whole_zeros,
        lang=ctx.lang,
        tone=tone if isinstance(value, str | int | float) else None,
        phone=phone,
    )
    if _kept_to_a_line(look, value, inner):
        inner = truncated_cell(inner)
    one_line = TRUNCATED_CLASS in look.classes.split()
    inner = described(inner, description, ctx.lang, phone=phone, one_line=one_line)
    return f'<td class="{look.classes}{_change_class(value, look, tone)}"{style}>{inner}</td>'


def _kept_to_a_line(look: ColumnLook, value: TableCell, inner: str) -> bool:
    """Whether a cell's text is drawn on one line ending in "…": a text of a truncated column
    (`TRUNCATED_CLASS`), not a status badge (a badge is as wide as its words anyway)."""
    badge = inner.startswith('<span class="dsl-pill')
    return TRUNCATED_CLASS in look.classes.split() and isinstance(value, str) and not badge


def _change_class(value: TableCell, look: ColumnLook, tone: str | None) -> str:
    """` is-gain` or ` is-loss` for a figure of a column of changes, by its sign
    (`change_cell_tone`); "" for the rest. A cell's own tone wins over its sign's (`{text:
    "+2%", tone: neutral}` turns it off)."""
    if not look.changes or tone is not None:
        return ""
    sign = change_cell_tone(value, change_column=look.change_header)
    return {"success": " is-gain", "danger": " is-loss"}.get(sign or "", "")


CHOICE_LABEL_WORDS, CHOICE_LABEL_CHARS = 3, 24
"""A label of a checkbox, switch or radio option in a cell this short ("Email digest", "Read
only") stays on one line in a table with room (`has-short-labels`): the column is made as wide
as it, where a column of long notes beside it took the room and broke it after "Email"."""


def _has_short_choice_labels(value: Element | list[Element | TextCell | str] | list[Element]) -> bool:
    """Whether a cell's controls include a labelled choice (a checkbox, a switch, a radio group's
    options) and every such label is short (`CHOICE_LABEL_WORDS`, `CHOICE_LABEL_CHARS`)."""
    controls = value if isinstance(value, list) else [value]
    labels: list[str] = []
    for control in controls:
        if isinstance(control, Element) and control.type in CHOICE_TYPES:
            labels += [text for text in (control.label, control.text) if text][:1]
            labels += [o if isinstance(o, str) else o.label for o in control.options or []]
    return bool(labels) and all(
        len(label.split()) <= CHOICE_LABEL_WORDS and len(label.strip()) <= CHOICE_LABEL_CHARS
        for label in labels
    )


def _totals_cells(
    row: Row,
    columns: list[Column],
    looks: list[ColumnLook],
    styles: list[str],
    ctx: RenderContext,
    size: str,
    phone: bool = False,
) -> str:
    """The cells of a row of the totals: blank where a value is missing (an invoice's Subtotal
    has no quantity nor price to draw a dash for), its label (`label_index`) as plain text
    spanning the blank cells after it, as invoices draw "Total" across the columns of items;
    so the label neither widens its column (a "#" column grew to 150 px for "Total") nor aligns
    it (an Order column of numbers was drawn on the left)."""
    values = [cell_value(row, i, column) for i, column in enumerate(columns)]
    label = label_index(row, columns)
    cells, index = [], 0
    while index < len(columns):
        value, look, style = values[index], looks[index], styles[index]
        if index == label and isinstance(value, str):
            span = 1
            while index + span < len(columns) and is_blank(values[index + span]):
                span += 1
            cells.append(
                _label_cell(value, look, style, span, ctx, cell_description(row, index, columns[index]))
            )
            index += span
            continue
        if value is None:
            cells.append(f'<td class="{look.classes}"{style}></td>')
        else:
            column = columns[index]
            cells.append(
                _body_cell(
                    value,
                    look,
                    style,
                    ctx,
                    size,
                    cell_tone(row, index, column),
                    phone,
                    cell_description(row, index, column),
                )
            )
        index += 1
    return "".join(cells)


def _label_cell(
    label: str, look: ColumnLook, style: str, span: int, ctx: RenderContext, description: str | None = None
) -> str:
    """A totals row's label, `span` columns wide: plain text (never a badge) at the start side.
    Alone in its column (no blank cell after it) it is drawn as the column's cells are, aligned
    with them: a "Grand total" at the start of a column of right-aligned numbers read apart."""
    kept = [name for name in look.classes.split() if name != "dsl-table-select"] if span == 1 else []
    attrs = f' colspan="{span}"' if span > 1 else ""
    inner = described(cell_text(label, ctx.lang), description, ctx.lang, phone=False, one_line=False)
    return f'<td class="{" ".join(["dsl-table-label", *kept])}"{attrs}{style}>{inner}</td>'


CELL_AVATAR_PX = {"sm": 24.0, "md": 28.0, "lg": 32.0}
"""An avatar's size in a cell of a table of each `size`, when it has none of its own: a face as
tall as a cell's controls, so that the row keeps its height."""
COMPACT_CONTROL_TYPES = frozenset({"button", "input", "select", "rating"})
"""Cell controls drawn at `size: sm` unless sized: the md ones are taller than a row's line."""


def _cell_controls(value: Element | list[Element | TextCell | str], ctx: RenderContext, size: str) -> str:
    """The elements of a cell side by side, each compact when it has no `size` of its own: a
    button, field or select at the small size, which the CSS makes as tall as the row's line
    and padding allow (`--cell-control-h`: 28 px in a table of the default size), an avatar as
    tall (`CELL_AVATAR_PX`). A text among them is drawn as a cell's text, in its place (a name
    beside its avatar: `[{type: avatar, name: Ana Ruiz}, Ana Ruiz]`), a progress bar with its
    figure at its end (`RenderContext.table_cell`). The row keeps the height a row of text has."""
    controls = value if isinstance(value, list) else [value]
    outside, ctx.table_cell = ctx.table_cell, True
    try:
        inner = "".join(
            ctx.render_changed(control, _compacted(control, size))
            if isinstance(control, Element)
            else _control_text(control, ctx)
            for control in controls
        )
    finally:
        ctx.table_cell = outside
    return f'<div class="dsl-table-controls">{inner}</div>'


def _control_text(text: str | TextCell, ctx: RenderContext) -> str:
    """A text among a cell's controls (a name beside its avatar, two lines beside an icon), in
    its tone and over its description when written as an object (`TextCell`)."""
    if not isinstance(text, TextCell):
        return f'<span class="dsl-table-control-text">{cell_text(text, ctx.lang)}</span>'
    words = cell_text(str(text.text), ctx.lang) if text.text is not None else ""
    if text.tone is not None:
        words = f'<span class="dsl-table-tone dsl-tone-{text.tone}">{words}</span>'
    inner = described(words, text.description, ctx.lang, phone=on_phone(ctx), one_line=False)
    return f'<span class="dsl-table-control-text">{inner}</span>'


def _compacted(control: Element, size: str) -> dict[str, object]:
    """The `size` that draws `control` at a cell's size (see `_cell_controls`) in a table of
    `size`, unless it has its own: drawn with `render_changed`, it keeps its JSON path, so a
    render names the cell's own field it cuts (its suffix), not the table."""
    if control.size is not None:
        return {}
    if control.type in COMPACT_CONTROL_TYPES:
        return {"size": "sm"}
    if control.type == "avatar":
        return {"size": CELL_AVATAR_PX[size]}
    return {}


def _table_head(
    columns: list[Column], looks: list[ColumnLook], rows: list[Row], chosen: set[int] | None, count: int
) -> str:
    """The header row, with the header checkbox of a selectable table (ticked when all `count`
    rows are, a dash when some are), and one over a column of unlabelled checkboxes (ticked as
    they are); none when no column has a label."""
    if not any(c.label for c in columns) and not any(look.head_box for look in looks):
        return ""
    cells = "".join(
        _select_cell("th", _column_mark(rows, index, column))
        if look.head_box
        else f'<th class="{look.classes}{_width_class(column)}">{esc(kept_whole(column.label or ""))}</th>'
        for index, (column, look) in enumerate(zip(columns, looks, strict=True))
    )
    lead = _select_cell("th", _header_mark(chosen, count)) if chosen is not None else ""
    return f"<thead><tr>{lead}{cells}</tr></thead>"


def _width_class(column: Column) -> str:
    """`has-width` on the header of a column with a `width`: its label wraps inside that width
    (`PRODUCT NAME WHICH IS LONG` kept on one line made an 80 px column 300 px wide)."""
    return " has-width" if column.width is not None else ""


def _column_mark(rows: list[Row], index: int, column: Column) -> str | None:
    """The header checkbox of a column of checkboxes: ticked when each is, a dash when some are."""
    states = [_is_ticked(cell_value(row, index, column)) for row in rows]
    ticked = [state for state in states if state is not None]
    if not any(ticked):
        return None
    return "check" if all(ticked) else "minus"


def _is_ticked(value: TableCell) -> bool | None:
    """Whether a cell's checkbox is ticked (as the checkbox draws it); None for another cell."""
    if not (isinstance(value, Element) and value.type == "checkbox"):
        return None
    return bool(value.checked if value.checked is not None else value.value)


def _table_caption(element: Element) -> str:
    if not element.title:
        return ""
    desc = f'<p class="dsl-table-desc">{esc(element.description)}</p>' if element.description else ""
    return f'<div class="dsl-table-caption"><h3>{esc(element.title)}</h3>{desc}</div>'


def _table_classes(element: Element, phone: bool = False, count: int = 0) -> str:
    """The table's classes: striped, its size, its own font size, and on a phone `PHONE_CLASS`
    (and `CROWDED_CLASS` from `CROWDED_COLUMNS` columns): see `phone_tables`."""
    size = _table_size(element)
    return " ".join(
        name
        for name, on in (
            ("is-striped", element.striped),
            (f"is-{size}", size != "md"),
            ("has-font-size", bool(element.style and element.style.keys() & {"fontSize", "font"})),
            (PHONE_CLASS, phone),
            (CROWDED_CLASS, phone and count >= CROWDED_COLUMNS),
        )
        if on
    )


def _placeholder_rows(element: Element, count: int, chosen: set[int] | None) -> list[str]:
    """`rows: N` draws N rows of grey bars of varied lengths: a table still loading."""
    placeholder_rows = element.rows if isinstance(element.rows, int) else 0
    rows = []
    for r in range(min(placeholder_rows, 200)):
        cells = "".join(
            f'<td><span class="dsl-table-bar" style="width:{40 + (r * 7 + i * 13) % 45}%"></span></td>'
            for i in range(count)
        )
        rows.append(_body_row(cells, chosen, None))
    return rows


def _colgroup(columns: list[Column], chosen: set[int] | None) -> str:
    """The columns' `width`s, on `<col>`s: they hold whether or not the table has a header row
    (a table of empty labels drew its 32 px column 70 px wide, and two such tables did not line
    up). Empty when no column has one."""
    widths = [_width(column) for column in columns]
    if not any(widths):
        return ""
    lead = "<col>" if chosen is not None else ""
    return f"<colgroup>{lead}{''.join(f'<col{width}>' for width in widths)}</colgroup>"


def _selected_rows(element: Element, count: int, totals: Sequence[int] = ()) -> set[int] | None:
    """The indexes (from 0) of the selected rows, or None when the table selects nothing: it does
    when `selectable` is true or `selected` names rows (with `selectable: false` they are tinted
    without a checkbox column, see `render_table`). `selected: true` selects every row; an index
    past the last row selects nothing, nor does a row of the `totals` (it sums the others up:
    nothing to select)."""
    selectable, selected = element.selectable, element.selectedRows
    if not (selectable or selected):
        return None
    if selected is True:
        return set(range(count)) - set(totals)
    indexes = selected if isinstance(selected, list) else []
    return {
        i
        for i in indexes
        if isinstance(i, int) and not isinstance(i, bool) and 0 <= i < count and i not in totals
    }


def _header_mark(chosen: set[int] | None, count: int) -> str | None:
    """The header checkbox: ticked when every row is, a dash when some are, else empty."""
    if not chosen:
        return None
    return "check" if len(chosen) == count else "minus"


def _select_cell(tag: str, mark: str | None) -> str:
    """A cell of the checkbox column: a checkbox drawn as the `checkbox` element draws it, with
    `mark` (`check`, `minus`) in it when ticked, or empty."""
    state = {"check": "true", "minus": "mixed"}.get(mark or "", "false")
    checked = " is-checked" if mark else ""
    tick = icon_span(mark, 13)
    box_html = f'<span class="dsl-checkmark" role="checkbox" aria-checked="{state}">{tick}</span>'
    return f'<{tag} class="dsl-table-select{checked}">{box_html}</{tag}>'


def _body_row(
    cells: str, chosen: set[int] | None, number: int | None, *, total: bool = False, tinted: bool = False
) -> str:
    """A body row: its cells, after its checkbox in a selectable table (ticked, and the row
    tinted, when `number` is among the chosen rows); a `tinted` row without a checkbox column is
    selected all the same (a list view's highlight). A `total` row is marked `is-total`, and has
    an empty cell where the others have their checkbox (a sum is not a row one selects)."""
    ticked = chosen is not None and number is not None and number in chosen
    states = " ".join(name for name, on in (("is-total", total), ("is-selected", ticked or tinted)) if on)
    opening = f'<tr class="{states}">' if states else "<tr>"
    if chosen is None:
        return f"{opening}{cells}</tr>"
    lead = '<td class="dsl-table-select"></td>' if total else _select_cell("td", "check" if ticked else None)
    return f"{opening}{lead}{cells}</tr>"


TABLE_SIZES = ("sm", "md", "lg")
"""A table's `size`: `sm` compact rows (about 32 px, 13 px text: an order book, a dense admin
grid), `md` the default (about 45 px, 14 px), `lg` roomier ones (about 52 px, 15 px)."""


def _table_size(element: Element) -> str:
    word = size_word(element.size)
    return word if word in TABLE_SIZES else "md"


def _column_colour(column: Column) -> str:
    """A column's `color` (a CSS colour or a tone: `danger` for the asks of an order book) as
    its body cells' text colour; the header keeps its muted look, a badge its tone."""
    colour = safe_color(getattr(column, "color", None))
    return f' style="color:{esc(colour)}"' if colour else ""


def _width(column: Column) -> str:
    """The style of a column's `<col>`: its `width`, when it has one."""
    width = width_of(column)
    return f' style="width:{width[0]:g}{width[1]}"' if width else ""


TABLE_CSS = (
    f".dsl-table td.is-wordy{{min-width:min({WORDY_COLUMN_MIN_EM}em,40cqi)}}\n"
    + """
.dsl-tone-success{color:var(--success)}.dsl-tone-warning{color:var(--warning)}
.dsl-tone-danger{color:var(--danger)}.dsl-tone-info{color:var(--info)}.dsl-tone-neutral{color:var(--muted-foreground)}
.dsl-table-tone:not(.dsl-tone-neutral){font-weight:600}

.dsl-table{border:1px solid var(--border);border-radius:min(var(--radius),24px);background:var(--surface);color:var(--foreground);font-size:14px;overflow:hidden;min-width:0;box-sizing:border-box}
.dsl-table-caption{padding:16px 18px 14px;border-bottom:1px solid var(--border)}
.dsl-table-caption h3{margin:0;font-size:15px;font-weight:600;color:var(--foreground)}
.dsl-table-desc{margin:3px 0 0;font-size:13px;color:var(--muted-foreground)}
.dsl-table-scroll{overflow:hidden;container-type:inline-size}
.dsl-hflow>.dsl-table{flex:1 1 320px}
.dsl-grid:not([style*="align-items"])>.dsl-table:not(.has-height){align-self:start}
.dsl-hflow.has-flexed-child>.dsl-table{flex-grow:0}
.dsl-table table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums;--cell-x:clamp(10px,12cqi / var(--cols,1),16px)}
.dsl-table th{padding:calc(var(--pad) * .5) var(--cell-x);background:var(--muted);color:var(--muted-foreground);font-size:calc(13em / 14);font-weight:600;text-align:start;white-space:nowrap;border-bottom:1px solid var(--border)}
.dsl-table td{padding:calc(var(--pad) * .6) var(--cell-x);border-bottom:1px solid var(--border);overflow-wrap:break-word;line-height:1.4}
.dsl-table td.is-right,.dsl-table td:has(>.dsl-pill){white-space:nowrap}
.dsl-table tbody tr:last-child td{border-bottom:0}
.dsl-table tbody tr:not(.is-total)+tr.is-total td{border-top:2px solid var(--input)}
.dsl-table tbody tr.is-total:last-child td{font-weight:600}
@container (min-width:560px){.dsl-table td.is-short{white-space:nowrap}}
.dsl-table.is-striped tbody tr:nth-child(even):not(.is-selected) td{background:color-mix(in srgb,var(--muted) 55%,var(--surface))}
.dsl-table .is-right{text-align:right}.dsl-table .is-center{text-align:center}
.dsl-table-none{color:var(--placeholder)}
.dsl-table-code{white-space:nowrap}.dsl-whole-word{word-break:keep-all}.dsl-table-room{visibility:hidden}
.dsl-table :is(th,td).is-fit{width:1px;white-space:nowrap}
.dsl-table th.has-width{white-space:normal}
.dsl-table-long{overflow-wrap:anywhere}
.dsl-table :is(th,td).is-narrow{padding-inline:6px}
.dsl-table .dsl-table-select{width:18px;padding-inline-end:0}
.dsl-table-select>.dsl-checkmark{display:flex;margin:0}
.dsl-table{--row-selected:light-dark(var(--primary-soft),color-mix(in srgb,var(--primary-indicator) 10%,var(--primary-soft)))}
.dsl-table tbody tr.is-selected{--selected-link:light-dark(var(--primary-text),color-mix(in srgb,var(--primary-text) 80%,var(--foreground)))}
.dsl-table tbody tr.is-selected td{background:var(--row-selected);--muted-foreground:var(--muted-foreground-on-muted);--primary-text:var(--selected-link)}
.dsl-table tbody tr.is-selected>td:first-child{box-shadow:inset 2px 0 0 var(--primary-indicator)}
[dir=rtl] .dsl-table tbody tr.is-selected>td:first-child{box-shadow:inset -2px 0 0 var(--primary-indicator)}
.dsl-table td.is-gain{color:var(--success-text)}.dsl-table td.is-loss{color:var(--danger-text)}
.dsl-table-bool{display:inline-block;vertical-align:middle;color:var(--placeholder)}.dsl-table-bool.is-true{color:var(--success)}
.dsl-table-bar{display:inline-block;height:10px;border-radius:var(--radius-pill);background:var(--muted);vertical-align:middle}
.dsl-table-empty{text-align:center;color:var(--muted-foreground);padding:28px 16px}
.dsl-table{--cell-control-h:28px}.dsl-table.is-sm{--cell-control-h:24px}.dsl-table.is-lg{--cell-control-h:32px}
.dsl-table td.has-control{padding-block:max(2px,calc(var(--pad) * .6 + .7em - var(--cell-control-h) / 2))}
.dsl-table.is-sm td.has-control{padding-block:max(2px,calc(var(--pad) * .325 + .7em - var(--cell-control-h) / 2))}
.dsl-table.is-lg td.has-control{padding-block:max(2px,calc(var(--pad) * .75 + .7em - var(--cell-control-h) / 2))}
.dsl-table-controls{display:flex;align-items:center;gap:6px;min-width:0;--control-h-sm:var(--cell-control-h);--check-size:18px;--toggle-w:38px;--toggle-h:22px}
.dsl-table .is-center>.dsl-table-controls{justify-content:center}.dsl-table .is-right>.dsl-table-controls{justify-content:right}
/* A badge ending a right-aligned cell (a flagged figure) reaches out by its padding and border,
   so that its digits end where the plain figures above and below end. Its width may reach out as
   far: the column is as wide as the badge less that reach, and a badge kept to the cell's width
   (max-width:100%) lost the reach from its text ("8 new" drawn "8 n…"). */
.dsl-table td.is-right>.dsl-table-controls>.dsl-badge:last-child{margin-right:-10px;max-width:calc(100% + 10px)}
.dsl-table td.is-right>.dsl-table-controls>.dsl-badge--sm:last-child{margin-right:-8px;max-width:calc(100% + 8px)}
.dsl-table td.is-right>.dsl-table-controls>.dsl-badge--lg:last-child{margin-right:-13px;max-width:calc(100% + 13px)}
.dsl-table-controls>.dsl-choice{align-items:center;font-size:inherit;line-height:20px}
.dsl-table-controls .dsl-radio-options>.dsl-choice,.dsl-table-controls>.dsl-radio>.dsl-field-label{font-size:inherit}
@container (min-width:560px){.dsl-table td.has-short-labels .dsl-choice-label{white-space:nowrap}}
.dsl-table-controls :is(.dsl-control.is-sm,.dsl-field.is-sm>.dsl-control){font-size:13px}
.dsl-table-controls .dsl-avatar{gap:10px}.dsl-table-controls .dsl-avatar-name{font-size:inherit}.dsl-table-controls .dsl-avatar-sub{font-size:calc(12em / 14)}
.dsl-table-controls>:is(.dsl-field,.dsl-control,.dsl-progress){flex:1 1 auto;min-width:72px}
/* A field's short add-ons ("pcs", "USD": is-whole) stay whole in a cell: its value keeps the
   1.5em they leave it (fields.py), so the column is made as wide as the add-on and that room (a
   "42" sized its column for itself alone and "pcs" beside it was drawn "p…"). */
.dsl-table-controls .dsl-control:not(:has(>.dsl-control-addon:not(.is-icon,.is-whole))):has(>.dsl-control-addon.is-whole)>:is(.dsl-control-value,.dsl-control-placeholder){min-width:1.5em}
/* A totals row's rating keeps its score beside its stars, as the rows' above do: its score ("3,5",
   bold) is wider than theirs ("4"), and the column the browser shares out was just too narrow
   for it, so it alone went under its stars. Unwrapped, it widens the column as much as needed. */
.dsl-table tr.is-total .dsl-table-controls>.dsl-rating{flex-wrap:nowrap}
.dsl-table-control-text{min-width:0}.dsl-table-controls>.dsl-avatar+.dsl-table-control-text{margin-inline-start:4px}
.dsl-table.is-sm{font-size:13px}
.dsl-table.is-sm th{padding:calc(var(--pad) * .3) 12px}
.dsl-table.is-sm td{padding:calc(var(--pad) * .325) 12px}
.dsl-table.is-sm .dsl-pill{height:18px;padding:0 7px;gap:4px;font-size:11px;vertical-align:middle}
.dsl-table.is-sm .dsl-pill i{width:5px;height:5px}
.dsl-table.is-lg{font-size:15px}
.dsl-table.is-lg th{padding:calc(var(--pad) * .6) 20px}
.dsl-table.is-lg td{padding:calc(var(--pad) * .75) 20px}
@container (max-width:420px){.dsl-table table{--cell-x:clamp(6px,min(12cqi / var(--cols,1),36cqi / (var(--cols,1) * var(--cols,1))),16px)}.dsl-table.is-sm :is(th,td):where(:not(.is-narrow)){padding-inline:min(var(--cell-x),12px)}.dsl-table.is-lg :is(th,td):where(:not(.is-narrow)){padding-inline:var(--cell-x)}.dsl-table :is(th,td):first-child{padding-inline-start:max(var(--cell-x),12px)}.dsl-table :is(th,td):last-child{padding-inline-end:max(var(--cell-x),12px)}}
@container (max-width:340px){.dsl-table :is(th,td){padding-inline:min(var(--cell-x),10px)}.dsl-table:not(.is-sm,.is-lg,.has-font-size) table{font-size:calc(13em / 14)}.dsl-table:not(.is-sm,.is-lg,.has-font-size) th{font-size:calc(12em / 13)}}
.dsl-pill{display:inline-flex;align-items:center;gap:6px;height:22px;padding:0 9px;border-radius:var(--radius-pill);font-size:12px;font-weight:500;line-height:1;white-space:nowrap;box-sizing:border-box}
.dsl-pill i{width:6px;height:6px;border-radius:50%;background:var(--tone,currentColor)}
.dsl-pill--success{--tone:var(--success);background:var(--success-soft);color:var(--success-text)}
.dsl-pill--warning{--tone:var(--warning);background:var(--warning-soft);color:var(--warning-text)}
.dsl-pill--danger{--tone:var(--danger);background:var(--danger-soft);color:var(--danger-text)}
.dsl-pill--info{--tone:var(--info);background:var(--info-soft);color:var(--info-text)}
.dsl-pill--neutral{background:var(--muted);color:var(--muted-foreground)}
.dsl-table.is-striped .dsl-pill--neutral{box-shadow:inset 0 0 0 1px color-mix(in srgb,var(--muted-foreground) 28%,transparent)}
"""
)
"""The table's rules, and the tones (`.dsl-tone-*`) and status badges (`.dsl-pill`) that lists, avatars and stats draw with too."""
