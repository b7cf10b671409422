"""How each column of a table is drawn (`ColumnLook`): alignment, badges, numbers, fit and width."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kernel.dsl.compiler.elements.status_words import status_tone
from kernel.dsl.compiler.elements.table_cells import reads_as_status
from kernel.dsl.compiler.elements.table_rows import (
    Row,
    cell_value,
    figure_beside_icons,
    is_amount,
    is_numeric_column,
    is_placeholder,
    is_quantity_column,
)
from kernel.dsl.compiler.signed_changes import (
    names_change,
    tones_changes,
)
from kernel.dsl.compiler.table_numbers import (
    column_decimals,
    pads_whole_numbers,
    writes_decimal_points,
)
from kernel.dsl.model import Column, Element, TableCell

NAME_COLUMN_WORDS = (
    "name",
    "product",
    "title",
    "customer",
    "user",
    "email",
    "file",
    "project",
    "task",
    "company",
)
"""A column headed with one of these names things: a cell there is a name even when it reads like
a status ("Beta", "Pending Review")."""


STATUS_HEADER_WORDS = frozenset(
    {"status", "statuses", "state", "stage", "health", "result", "outcome", "condition", "availability",
     "statut", "état", "estado", "situação", "stato", "zustand", "状态", "狀態", "ステータス", "状態", "상태",
     "الحالة", "حالة", "סטטוס", "מצב", "статус", "состояние", "tila", "สถานะ", "स्थिति"}
)  # fmt: skip
"""Header words of a column of statuses (as `_header_words` spells them): one status word there
is enough for a badge."""
STATUS_ROWS_MIN = 2
"""Status words a column without such a header needs before its cells become badges: one "ok" in
a column headed Note is a remark, not a status."""


HEADED_STATUS_SHARE = 3
"""Under a Status header, one text in this many being a known status word (two at least) is
enough when every text is as short as a status: a bank's history of Pending, Booked x3, Declined
has badges even where the list lacks its word for booked (the unknown ones are drawn neutral); a
State column of CA, OK, NY stays text."""


def _shows_statuses(column: Column, present: Sequence[object]) -> bool:
    """Whether the column is one of statuses, each drawn as a badge: not a column of names, at
    least half of its texts are status words (one "Beta" among product names stays text), and it
    is headed as one (`STATUS_HEADER_WORDS`) or holds `STATUS_ROWS_MIN` status words or more.
    Headed as one, a third (two at least) is enough when every text reads as a status
    (`HEADED_STATUS_SHARE`)."""
    label = (column.label or column.key or "").lower()
    if any(word in label for word in NAME_COLUMN_WORDS):
        return False
    texts = [v for v in present if isinstance(v, str) and not is_placeholder(v)]
    statuses = sum(status_tone(text) is not None for text in texts)
    if statuses == 0:
        return False
    headed = bool(_header_words(column) & STATUS_HEADER_WORDS)
    if statuses * 2 >= len(texts) and (headed or statuses >= STATUS_ROWS_MIN):
        return True
    return (
        headed
        and statuses >= STATUS_ROWS_MIN
        and statuses * HEADED_STATUS_SHARE >= len(texts)
        and all(map(reads_as_status, texts))
    )


SHORT_CELL_WORDS, SHORT_CELL_CHARS = 2, 16
"""A column of texts this short ("Paid social", "Jul 15, 2025") keeps each on one line in a wide
table, so that a column of long texts beside it takes the room."""
LONG_CELL_CHARS = 40
"""A text this long wraps in most tables: it is what a column of short texts gives room to."""


def _is_short_text(value: TableCell) -> bool:
    return (
        isinstance(value, str) and len(value.split()) <= SHORT_CELL_WORDS and len(value) <= SHORT_CELL_CHARS
    )


WORDY_COLUMN_MIN_EM = 10
"""The least width of a column of long texts (`_is_wordy`), in ems of its text (at most 40% of
the table): a table a little too wide for its box squeezed its Notes column to a letter's width,
each word on a line of its own, rows ~200 px tall for a text cut off at the box's edge."""


def _is_wordy(values: Sequence[TableCell]) -> bool:
    """Whether a column holds a long text of words (`LONG_CELL_CHARS`): a note, a description."""
    return any(isinstance(v, str) and len(v) >= LONG_CELL_CHARS and " " in v.strip() for v in values)


def _short_columns(columns_values: Sequence[Sequence[TableCell]], plain: Sequence[bool]) -> list[bool]:
    """Which `plain` columns (of words, not figures nor badges) hold only short texts, in a
    table that has a column of long ones; none when no text is long (nothing needs the room)."""
    texts = [v for values in columns_values for v in values if isinstance(v, str)]
    if not any(len(text) >= LONG_CELL_CHARS and " " in text.strip() for text in texts):
        return [False] * len(plain)
    return [
        is_plain
        and any(not is_placeholder(v) for v in values)
        and all(_is_short_text(v) or is_placeholder(v) for v in values)
        for values, is_plain in zip(columns_values, plain, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class ColumnLook:
    """How a column's cells are drawn: their classes (alignment, `is-short`, `is-narrow`),
    whether its texts are status badges, whether its numbers are drawn as written, and the
    checkbox its header draws (a column of unlabelled checkboxes: `head_box`)."""

    classes: str
    statuses: bool
    as_written: bool = False
    """Whole numbers drawn as written, not grouped in thousands: an ID's, a year's, a ZIP code's
    (`_numbers_as_written`)."""
    head_box: bool = False
    """The header is a checkbox over a column of checkboxes (ticked when all of them are, a dash
    when some are), as a selectable table's is."""
    decimals: int = 0
    """The decimals a numeric column makes room for, so that its figures' points line up
    (`column_decimals`); none in a column of identifiers."""
    decimal_points: bool = False
    """The column's text figures write decimal points beyond doubt (`writes_decimal_points`)."""
    whole_zeros: bool = True
    """Its whole numbers are written with zeros up to its decimals (`1,200.00`), not as written
    with blank room (`100` beside an average's `70.5`): `pads_whole_numbers`."""
    changes: bool = False
    """Its figures are gains and losses, drawn green and red by sign (`tones_changes`)."""
    change_header: bool = False
    """Its header names a change (`names_change`): a negative number is a loss too."""


def column_looks(columns: list[Column], rows: list[Row], totals: Sequence[Row] = ()) -> list[ColumnLook]:
    """Per column: its alignment (`is-right` for figures and quantities with units, `is-center` for a column of checkboxes
    or switches, `is-right` and as wide as its buttons for an actions column: `_controls_kind`),
    whether its texts are status badges, whether its numbers are written as they are
    (`_numbers_as_written`), `is-short` for a column of short texts beside a long one
    (`_short_columns`), `is-narrow` for a narrow width (`NARROW_COLUMN_PX`), and the decimals its
    figures line their points up to: the `rows`' and the `totals`' (an average row's `70.5` makes
    room beside the scores), zeros written only as the `rows` ask (`pads_whole_numbers`)."""
    aligns, statuses, all_values, kinds = [], [], [], []
    for index, column in enumerate(columns):
        cells = [cell_value(row, index, column) for row in rows]
        values = [figure_beside_icons(cell) for cell in cells]  # `[arrow-up icon, "+3"]` is "+3"
        present = [v for v in values if v is not None and v != ""]
        kind = _controls_kind(cells)
        if kind == "actions" and links_name_rows(column, cells, first=index == 0):
            kind = None  # a task list's "Check eligibility": text, at the start
        default = {"choice": "center", "actions": "right"}.get(kind or "", "left")
        figures = is_numeric_column(values) or is_quantity_column(values)
        aligns.append(column.align or ("right" if figures else default))
        statuses.append(_shows_statuses(column, present))
        all_values.append(values)
        kinds.append(kind)
    plain = [align == "left" and not status for align, status in zip(aligns, statuses, strict=True)]
    shorts = _short_columns(all_values, plain)
    looks = []
    for index, (column, align, status, short, kind) in enumerate(
        zip(columns, aligns, statuses, shorts, kinds, strict=True)
    ):
        head_box = (
            kind == "choice" and not (column.label or "").strip() and _all_checkboxes(all_values[index])
        )
        fit = (
            kind == "actions"
            or _is_index_column(column, all_values[index], first=index == 0)
            or _is_leading_figures(column, align, index)
        )
        names = [
            "dsl-table-select" if head_box else f"is-{align}",
            *(["is-short"] if short else []),
            *(["is-wordy"] if plain[index] and _is_wordy(all_values[index]) else []),
            *(["is-narrow"] if _is_narrow(column) else []),
            *(["is-fit"] if fit and not head_box else []),
        ]
        written = _numbers_as_written(column, all_values[index])
        numeric = is_numeric_column(all_values[index]) and not written
        summed = [cell_value(row, index, column) for row in totals]
        decimals = column_decimals([*all_values[index], *summed]) if numeric else 0
        amounts = bool(_header_words(column) & MONEY_WORDS) or any(map(is_amount, all_values[index]))
        points = numeric and writes_decimal_points(all_values[index])
        known = [v for v in all_values[index] if not is_placeholder(v)]
        changes = not status and kind is None and tones_changes(column, all_values[index], known)
        looks.append(
            ColumnLook(
                " ".join(names),
                status,
                as_written=written,
                head_box=head_box,
                decimals=decimals,
                decimal_points=points,
                whole_zeros=pads_whole_numbers(all_values[index], amounts=amounts),
                changes=changes,
                change_header=changes and names_change(column),
            )
        )
    return looks


IDENTIFIER_WORDS = frozenset(
    {"id", "ids", "uid", "uuid", "guid", "#", "no", "nr", "nro", "num", "number", "nummer", "numero", "número",
     "numéro", "year", "yr", "fy", "jahr", "año", "année", "anno", "zip", "zipcode", "postal", "postcode", "plz",
     "cep", "pin", "code", "ref", "reference", "invoice", "order", "account", "acct", "phone", "tel",
     "telephone", "fax", "ext", "extension", "sku", "upc", "ean", "gtin", "isbn", "asin", "serial", "version",
     "ver", "build", "release", "port", "ticket", "issue", "case", "claim", "policy", "contract", "batch", "lot",
     "po", "iban", "routing", "vin", "imei", "mrn", "ssn", "ein", "vat", "txn", "transaction", "receipt",
     "shipment", "tracking", "flight", "room", "model", "employee", "student", "patient", "member", "customer",
     "user", "badge"}
)  # fmt: skip
"""Header words of a column of identifiers (lower-cased): its whole numbers are drawn as written,
as an ID, a year, a ZIP or postal code, an invoice or order number, a phone number, a SKU, a
version or a port is written: `8812`, `2025`, `94105`, not `8,812`, `2,025`, `94,105`."""
QUANTITY_WORDS = frozenset(
    {"amount", "amt", "total", "totals", "subtotal", "sum", "balance", "value", "price", "cost", "costs",
     "revenue", "sales", "fee", "fees", "spend", "spent", "paid", "due", "owed", "budget", "salary", "income",
     "profit", "count", "qty", "quantity", "size", "of", "per", "avg", "average", "min", "max", "mean",
     "median", "volume", "weight", "length", "duration", "score", "rate", "views", "visits", "clicks", "usd",
     "eur", "gbp"}
)  # fmt: skip
"""Header words of a column of quantities (lower-cased), even beside an identifier's word: its
numbers stay grouped in thousands ("Order total", "Invoice amount", "Number of seats", "# of users")."""
MONEY_WORDS = frozenset(
    {"amount", "amt", "price", "prices", "cost", "costs", "revenue", "sales", "fee", "fees", "spend", "spent",
     "paid", "due", "owed", "budget", "salary", "income", "profit", "balance", "subtotal", "tax", "vat",
     "payment", "refund", "usd", "eur", "gbp"}
)  # fmt: skip
"""Header words of a column of money (lower-cased): its whole amounts are written with their
cents beside others' (`pads_whole_numbers`)."""
YEARS = range(1900, 2101)
"""Whole numbers that read as years in a column of nothing else (`1998`, `2025`)."""
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3"
    "\u0a01-\u0a03\u0a3c-\u0a51\u0a70\u0a71\u0a75\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3"
    "\u0b01-\u0b03\u0b3c-\u0b57\u0b82\u0bbe-\u0bd7\u0c00-\u0c04\u0c3c-\u0c56\u0c81-\u0c83"
    "\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d57\u0d81-\u0d83\u0dca-\u0ddf\u0e31\u0e34-\u0e3a"
    "\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u0f18\u0f19\u0f35\u0f37\u0f39\u0f3e\u0f3f"
    "\u0f71-\u0f84\u102b-\u103e\u1056-\u1059\u17b4-\u17d3"
)
"""Combining marks (accents, Hebrew and Arabic points, the vowel signs and viramas of the Indic
scripts, Thai's, Lao's, Tibetan's, Myanmar's and Khmer's marks): written on a word's letters."""
_HEADER_WORD = re.compile(rf"#|[^\W\d_](?:[^\W\d_]|[{_MARKS}])*")
"""A word of a header: letters and the marks written on them. Python's word characters leave the
marks out, and "स्थिति" (Hindi: status) read as three words."""
_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NUMBER_SIGN = re.compile(r"\b[nN][°º]|№")


def _header_words(column: Column) -> set[str]:
    """The words of a column's label and key, lower-cased: `orderId` and `order_id` are "order"
    and "id", `Nº` and `№` are "no", a `#` is a word of its own."""
    words: set[str] = set()
    for text in (column.label or "", column.key or ""):
        spaced = _NUMBER_SIGN.sub(" no ", _CAMEL_JOINT.sub(" ", text))
        words.update(word.casefold() for word in _HEADER_WORD.findall(spaced))
    return words


def _numbers_as_written(column: Column, values: Sequence[TableCell]) -> bool:
    """Whether a column's whole numbers are drawn as written rather than grouped in thousands:
    a column of identifiers by its header (`IDENTIFIER_WORDS`: ID, #, No., Year, ZIP, Invoice,
    SKU, Port...), or one whose numbers are all years (`YEARS`); never a column of quantities
    (`QUANTITY_WORDS`: "Order total", "Number of seats"). Rows pasted from JSON hold numbers, and
    an audit log's 10443 or a year's 2025 drew as 10,443 and 2,025."""
    words = _header_words(column)
    if words & QUANTITY_WORDS:
        return False
    return bool(words & IDENTIFIER_WORDS) or _is_year_column(values)


def _is_year_column(values: Sequence[TableCell]) -> bool:
    """Whether every known cell of a column is a year (`YEARS`), at least one of them a number:
    `1998` and `"2004"` are; `2025.5` and `12` are not."""
    known = [v for v in values if not is_placeholder(v)]
    numbers = [v for v in known if isinstance(v, int) and not isinstance(v, bool)]
    return bool(numbers) and all(
        (isinstance(v, int) and not isinstance(v, bool) and v in YEARS)
        or (isinstance(v, str) and v.strip().isdigit() and len(v.strip()) == 4 and int(v) in YEARS)
        for v in known
    )


CHOICE_TYPES = frozenset({"checkbox", "toggle", "radio"})
"""Controls a column of choices is made of (a permissions matrix): drawn centred under its header."""
ACTION_TYPES = frozenset({"button", "link"})
"""Controls an actions column is made of (edit and delete buttons, a "⋯" menu, "View" links):
drawn at the row's end, the column as wide as they are."""


def _controls(value: TableCell) -> list[Element] | None:
    """The elements a cell draws: one, or several side by side; None for a cell of text, a
    number, a mark or nothing."""
    if isinstance(value, Element):
        return [value]
    if isinstance(value, list):
        return [entry for entry in value if isinstance(entry, Element)]
    return None


def _controls_kind(values: Sequence[TableCell]) -> str | None:
    """`choice` when every filled cell of a column is one checkbox, toggle or radio without a
    label of its own; `actions` when every one is buttons or links; else None (also for a
    column without elements, and one whose controls have texts beside them)."""
    filled = [_controls(v) for v in values if not is_placeholder(v)]
    if not filled or any(controls is None or not controls for controls in filled):
        return None
    if any(isinstance(v, list) and not all(isinstance(entry, Element) for entry in v) for v in values):
        return None
    groups = [controls for controls in filled if controls is not None]
    if all(len(group) == 1 and _is_bare_choice(group[0]) for group in groups):
        return "choice"
    if all(control.type in ACTION_TYPES for group in groups for control in group):
        return "actions"
    return None


ACTION_HEADER_WORDS = frozenset(
    {"action", "actions", "option", "options", "manage", "link", "links", "more", "tools", "controls",
     "operations", "aktion", "aktionen", "acción", "acciones", "ação", "ações", "azione", "azioni", "操作", "작업"}
)  # fmt: skip
"""Header words of a column of actions (as `_header_words` spells them): its links are actions,
drawn at the row's end, however they read."""


def links_name_rows(column: Column, cells: Sequence[TableCell], *, first: bool) -> bool:
    """Whether a column of links names things rather than acting on its rows: each filled cell
    one link with words, under a header that names no actions (`ACTION_HEADER_WORDS`), in the
    table's first column, or headed and with words not all the same ("View" in every row is an
    action). Such links are text, at the start: a task list's "Check eligibility" and "Read
    declaration" stood at the right, header too, each starting at its own x."""
    words = _header_words(column)
    if words and words <= ACTION_HEADER_WORDS:
        return False
    groups = [_controls(cell) for cell in cells if not is_placeholder(cell)]
    links = [group[0] for group in groups if group and len(group) == 1 and group[0].type == "link"]
    texts = [(link.text or link.label or "").strip() for link in links]
    if not texts or len(links) != len(groups) or not all(texts):
        return False
    return first or (bool(words) and len(set(texts)) > 1)


def _is_bare_choice(control: Element) -> bool:
    return control.type in CHOICE_TYPES and not (control.label or control.text or control.options)


def _all_checkboxes(values: Sequence[TableCell]) -> bool:
    """Whether every filled cell of a column is one checkbox (a column the header can tick)."""
    groups = [_controls(v) for v in values if not is_placeholder(v)]
    return all(group is not None and len(group) == 1 and group[0].type == "checkbox" for group in groups)


INDEX_LABELS = frozenset(
    {"", "#", "no", "no.", "nr", "nr.", "n°", "nº", "№", "rank", "pos", "pos.", "idx", "index"}
)
"""Headers of a column that numbers the rows (lower-cased): a track list's `#`, a ranking's `Rank`."""
_INDEX_NUMBER = re.compile(r"#?\d{1,4}\.?")
"""A row's number as written in an index column: `7`, `#7`, `7.`."""


def _is_leading_figures(column: Column, align: str, index: int) -> bool:
    """Whether a column is a first column drawn at the right (an Amount column leading a list of
    payments), without a `width` of its own: it is made as wide as its figures (`is-fit`), so
    that they start near the table's edge; given a share of the table they stood ~100 px from
    it, a gap at the start of every row."""
    return index == 0 and align == "right" and column.width is None


def _is_index_column(column: Column, values: Sequence[TableCell], *, first: bool) -> bool:
    """Whether a column numbers the rows (`is-fit`: as wide as its numbers, not a share of the
    table): the first column, or one headed `#`, `No.`, `Rank` and the like (`INDEX_LABELS`),
    whose every cell is a short whole number, and without a `width` of its own. A track list's
    `#` column took 110 px, its digits at the right end of ~75 px of blank."""
    label = (column.label or "").strip().lower()
    if column.width is not None or not (first or label in INDEX_LABELS):
        return False
    known = [v for v in values if not is_placeholder(v)]
    return bool(known) and all(
        (isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10_000)
        or (isinstance(v, str) and _INDEX_NUMBER.fullmatch(v.strip()) is not None)
        for v in known
    )


_WIDTH = re.compile(r"(\d{1,4}(?:\.\d+)?)(px|%)?")


def width_of(column: Column) -> tuple[float, str] | None:
    """A column's `width` as a number and its unit, `px` (also for a bare number) or `%`."""
    width = column.width
    if isinstance(width, int | float):
        return float(width), "px"
    match = _WIDTH.fullmatch(width.strip()) if isinstance(width, str) else None
    return (float(match.group(1)), match.group(2) or "px") if match else None


NARROW_COLUMN_PX = 50.0
"""A column given a width under this many px (a priority mark, an icon) has cells with narrow
side padding (`is-narrow`), so that the width holds: with the usual 16 px a side, a 32 px column
had no room left for its "!!!" and grew to 43 px."""


def _is_narrow(column: Column) -> bool:
    width = width_of(column)
    return width is not None and width[1] == "px" and width[0] < NARROW_COLUMN_PX
