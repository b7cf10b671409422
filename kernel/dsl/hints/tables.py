"""What to write for a table's columns, rows and cells."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kernel.dsl.catalog import CELL_TYPES
from kernel.dsl.hints.suggest import closest
from kernel.dsl.hints.wording import counted, flow_item, length_shown, shown_or
from kernel.dsl.model.tables import CELL_TONES
from kernel.dsl.number_text import shown_number

_CELL_FUNCTIONS = frozenset(
    {"accessorfn", "cell", "render", "rendercell", "valuegetter", "valueformatter", "formatter", "format",
     "template", "celltemplate", "cellrenderer", "body", "component", "renderer", "customrender", "getvalue",
     "selector", "scopedslots"}
)  # fmt: skip
_SORT_WORDS = frozenset(
    {"sortable", "sorter", "sort", "sortdirection", "sortorder", "sorted", "issorted", "defaultsortorder",
     "sortdir", "enablesorting"}
)  # fmt: skip
_ONE_LINE_WORDS = frozenset(
    {"ellipsis", "nowrap", "wrap", "textwrap", "maxlines", "lineclamp", "clamp", "truncated", "singleline",
     "whitespace", "textoverflow"}
)  # fmt: skip
"""Column fields of data grids and CSS (Ant Design's `ellipsis`, MUI's `noWrap`, `maxLines`) that
keep a column's texts to one line, lower-cased: the DSL's `truncate: true`."""
TRUNCATE_HINT = (
    "did you mean truncate: true? It keeps the column's texts to one line ending in '…'; give the "
    "column a width (width: 220) to choose where"
)


def truncate_hint(columns: list[Any]) -> str:
    """How to keep a table column's texts to one line ending in "…": the column option
    `truncate: true`, shown on one of `columns` (the first with a `width`, else the first), with
    a width that says where the line ends."""
    example = "{key: product, label: Product, width: 220, truncate: true}"
    written: list[Mapping[str, Any] | str] = [c for c in columns if isinstance(c, Mapping | str)]
    sized = [c for c in written if isinstance(c, Mapping) and c.get("width") is not None]
    chosen = (sized or written)[0] if written else None
    if isinstance(chosen, str) and chosen.strip():
        example = f"{{key: {flow_item(chosen)}, width: 220, truncate: true}}"
    elif isinstance(chosen, Mapping):
        fields = [f"{name}: {flow_item(value)}" for name, value in chosen.items()
                  if name in ("key", "label", "width") and isinstance(value, str | int | float)]  # fmt: skip
        width = [] if chosen.get("width") is not None else ["width: 220"]
        example = "{" + ", ".join([*fields, *width, "truncate: true"]) + "}"
    return f"to keep a column's texts to one line ending in '…', give that column truncate: true: {example}"


_FILTER_WORDS = frozenset(
    {"filterable", "filter", "filters", "resizable", "editable", "enablefilter", "enablecolumnfilter",
     "searchable", "fixed", "pinned", "sticky", "frozen", "enableresizing"}
)  # fmt: skip


def column_field_hint(field: str, value: Any) -> str | None:
    """What to write instead of `field` on a table column, or None: a data grid's cell function
    is not run (the rows hold what is shown), sorting and filtering draw nothing but a header's
    words, a number column is right-aligned with `align`."""
    key = field.lower()
    if key in _CELL_FUNCTIONS:
        return (
            "no function is run: a cell shows the row's value as written (status words become badges); "
            "give each row the text to show under the column's 'key'"
        )
    if key in _SORT_WORDS:
        return 'a picture sorts nothing: remove it; a sort arrow goes in the label: label: "Name ↓"'
    if key in _ONE_LINE_WORDS:
        return TRUNCATE_HINT
    if key in _FILTER_WORDS:
        return "a picture filters, resizes and pins nothing: remove it"
    if key in ("numeric", "isnumeric") or (key in ("type", "datatype") and _is_number_type(value)):
        return "did you mean align: right? Numbers line up on the right"
    if key in ("type", "datatype"):
        return "a cell shows the row's value as written: remove it"
    if key in ("minwidth", "maxwidth", "flex", "size", "colwidth", "minsize", "maxsize"):
        return f"did you mean 'width'? width: {length_shown(value, 120)}"
    if key in ("hidden", "hide", "visible", "show", "isvisible"):
        return "leave the column out of 'columns' instead"
    if key in ("id", "name", "prop", "property", "path", "datafield"):
        return "did you mean 'key'? It picks the cell from object rows"
    if key in ("headeralign", "textalign", "justify"):
        return "did you mean 'align'? left, center or right"
    if key in ("currency", "currencycode", "currencysymbol", "unit", "units", "prefix", "suffix"):
        return (
            f'a cell is drawn as written: write it in the cells themselves: "1,200.50 {_unit_shown(value)}"'
        )
    return None


def _unit_shown(value: Any) -> str:
    """A column's currency or unit as a cell would write it (`EUR`), or an example."""
    return value.strip() if isinstance(value, str) and 0 < len(value.strip()) <= 12 else "EUR"


def _is_number_type(value: Any) -> bool:
    words = ("number", "numeric", "currency", "money", "int", "integer", "float", "decimal", "percent")
    return isinstance(value, str) and value.strip().lower() in words


TABLE_DATA = "a table takes its rows in 'rows', not 'data'"
"""The error for a table's `data` (TanStack's and Ant Design's word for its rows)."""


def table_data_hint(data: Any) -> str:
    """How to write a table's `data` as `rows`: the same rows, under the DSL's name."""
    objects = isinstance(data, list) and bool(data) and all(isinstance(row, Mapping) for row in data)
    written = "an object keyed by column key, as here," if objects else "an object keyed by column key"
    return f"rename 'data' to 'rows': each row {written} or a list of cells in column order"


TABLE_DATA_AND_ROWS = "the rows are drawn from 'rows': remove 'data'"


def extra_cells_message(cells: list[Any], columns: int) -> str:
    """What a table row with more cells than columns loses: its last cells are not drawn, each
    named by its value (a long one shortened) so the author sees which it is."""
    dropped = cells[columns:]
    shown = ", ".join(_cell_shown(cell) for cell in dropped[:3])
    shown += ", ..." if len(dropped) > 3 else ""
    lost = f"the last, {shown}, is" if len(dropped) == 1 else f"the last {len(dropped)} ({shown}) are"
    return f"{counted(len(cells), 'cell')} for {counted(columns, 'column')}: {lost} not drawn"


EXTRA_CELLS = "give one cell per column, in column order, or add a column"


CELL_TYPE_WORDS = ", ".join(CELL_TYPES[:-1]) + " or " + CELL_TYPES[-1]
"""The element types a table cell draws, as a list in words."""
_CELL_KINDS = (
    "a table cell holds text, a number, true or false (a check or a minus mark), null (a dash), or an "
    f"element of type {CELL_TYPE_WORDS} (several side by side in a list, texts among them: "
    "[{type: avatar, name: Ana Ruiz}, Ana Ruiz]), or a text in a tone ({text: 168/98, tone: danger}: success, "
    "warning, danger, info or neutral) or over a muted second line ({text: Ana Ruiz, description: ana@acme.io}); "
    "status words such as Done, "
    "In progress, Blocked or Paid become coloured badges by themselves"
)

_TONE_KEYS = ("tone", "color", "colour", "variant", "status", "severity")
"""Keys an author colours a cell's text with, written beside its `text` without a type."""
_TONE_WORDS = {"red": "danger", "error": "danger", "green": "success", "amber": "warning", "orange": "warning",
               "yellow": "warning", "blue": "info", "grey": "neutral", "gray": "neutral", "muted": "neutral"}  # fmt: skip
"""Colours and synonyms written for a cell's tone -> the tone."""


def table_cell_hint(cell: Any) -> str:
    """What a table cell can hold, for a cell written as an object without a type, or as a list
    of other things than elements: what it would show, as text."""
    shown = _cell_text(cell) if isinstance(cell, Mapping) else None
    if shown and isinstance(cell, Mapping) and "type" not in cell:
        named = next((str(cell[key]) for key in _TONE_KEYS if isinstance(cell.get(key), str)), None)
        if named is not None:
            meant = closest(_TONE_WORDS.get(named.lower(), named.lower()), CELL_TONES)
            tone = meant[0] if meant else "danger"
            return f"{_CELL_KINDS}: for coloured text write {{text: {shown}, tone: {tone}}}"
    return f"{_CELL_KINDS}: write {shown}, or give the element its type" if shown else _CELL_KINDS


_TEXT_CELL_LOOKS = frozenset(
    {"style", "className", "class", "css", "whiteSpace", "noWrap", "nowrap", "wrap", "truncate", "ellipsis",
     "lineClamp", "maxLines", "width", "align", "bold", "fontWeight", "italic", "size"}
)  # fmt: skip
"""Fields an author gives a cell's text to style it (`{text, style: {whiteSpace: nowrap}}`): a
text cell takes none; its tone, its column's options and the table's style do that."""


def text_cell_look(cell: Any) -> str | None:
    """The first styling field (`_TEXT_CELL_LOOKS`) of a cell written as a text without a type
    (`{text: "Organic Cotton...", style: {...}}`), else None: such a cell is a text cell, not
    an element that lacks its type."""
    if not isinstance(cell, Mapping) or "type" in cell or not isinstance(cell.get("text"), str | int | float):
        return None
    return next((str(key) for key in cell if key in _TEXT_CELL_LOOKS), None)


def text_cell_look_message(field: str) -> str:
    """The error for a styling `field` on a cell's text (see `text_cell_look`)."""
    return f"'{field}' is not allowed in a table cell: a cell of text takes 'text', 'tone' and 'description' only"


TEXT_CELL_LOOK_HINT = (
    "tone colours the text ({text: 168/98, tone: danger}: success, warning, danger, info or neutral); "
    "description draws a smaller, muted line under it; "
    "the column keeps its texts to one line (truncate: true), places them (align) and sizes them "
    "(width); style on the table reaches every cell; an element in a cell needs its type"
)


_SECOND_LINE_FIELDS = frozenset(
    {"subtitle", "subtext", "sub", "caption", "secondary", "secondarytext", "sublabel", "subheading", "subline",
     "secondline", "line2", "text2", "detail", "details", "meta", "note", "hint", "helpertext", "desc",
     "descr", "summary"}
)  # fmt: skip
"""Fields other libraries (and authors) give the smaller line under a text (MUI's `secondary`,
a `subtitle`, a `caption`), lower-cased without `_` and `-`: a text cell's `description`."""


def text_cell_field_hint(cell: Any, field: str) -> str | None:
    """What to write for `field` on a cell written as a text without a type (`{text: Ana Ruiz,
    subtitle: ana@acme.io}`), when it names a second line (`_SECOND_LINE_FIELDS`) and holds
    words: `description`, shown with the cell's own words; else None."""
    if not isinstance(cell, Mapping) or "type" in cell or "text" not in cell:
        return None
    line = cell.get(field)
    key = field.lower().replace("_", "").replace("-", "")
    if key not in _SECOND_LINE_FIELDS or isinstance(line, bool) or not isinstance(line, str | int | float):
        return None
    example = f"{{text: {shown_or(cell['text'], 'Linen shirt')}, description: {shown_or(line, '...')}}}"
    return f"did you mean 'description'? {example} draws it under the text, on a smaller muted line"


def words_cell_hint(cell: list[Any]) -> str:
    """What to write for a cell's list of texts alone (tags: `[urgent, web]`): chips, or one text."""
    words = [str(entry) for entry in cell]
    first, joined = flow_item(words[0]), flow_item(", ".join(words))
    return f"{_CELL_KINDS}; for tags write chips: [{{type: chip, text: {first}}}, ...], or one text: {joined}"


def cell_type_hint(kind: str, cell: Mapping[str, Any]) -> str:
    """What to write instead of an element of a type that no table cell draws (a chart, a card):
    its words as the cell's text, or the element beside the table."""
    shown = _cell_text(cell)
    instead = f"write {shown} as the cell's text" if shown else f"put the {kind} beside the table"
    if shown and kind == "text":
        instead += f" ({{text: {shown}, tone: danger}} colours it: success, warning, danger, info or neutral)"
    return f"a table cell draws {CELL_TYPE_WORDS} elements; {instead}"


def _cell_text(cell: Mapping[str, Any]) -> str | None:
    """The text an element in a cell stands for: its text or label, a progress bar's percentage."""
    names = ("text", "label", "title") if cell.get("type") == "icon" else ("text", "label", "title", "name")
    for key in names:  # an icon's `name` is a drawing, not words
        if isinstance(cell.get(key), str) and cell[key].strip():
            return shown_or(cell[key], None) if len(cell[key]) <= 30 else None
    value = cell.get("value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        percent = cell.get("type") == "progress" and cell.get("max") in (None, 100)
        return f'"{shown_number(value)}%"' if percent else f"{shown_number(value)}"
    return None


CELL_SHOWN = 40
"""The characters of a cell's text a message quotes; a longer text is cut to fit, with "..."."""


def _cell_shown(cell: Any) -> str:
    """A table cell as a message names it: text quoted (a long one cut to `CELL_SHOWN` characters,
    ending in "..."), a number as written, true, false, null, a list or an object."""
    if cell is None or isinstance(cell, bool):
        return json.dumps(cell)
    if isinstance(cell, int | float):
        return f"{shown_number(cell)}"
    if isinstance(cell, Mapping):
        return "an object"
    if isinstance(cell, list):
        return "a list"
    text = str(cell)
    return json.dumps(text if len(text) <= CELL_SHOWN else text[: CELL_SHOWN - 3] + "...", ensure_ascii=False)
