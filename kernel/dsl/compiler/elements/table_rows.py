"""A table's rows read: cells by column, figures, placeholders and marks, and which rows are totals."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kernel.dsl.compiler.elements.status_words import status_key
from kernel.dsl.compiler.ui_strings import STRINGS
from kernel.dsl.model import Column, Element, TableCell, TextCell

CURRENCY_CODES = (
    "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK",
    "HUF", "RON", "BGN", "INR", "BRL", "MXN", "ZAR", "SGD", "HKD", "KRW", "TWD", "TRY", "RUB", "UAH", "AED", "SAR",
    "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "MAD", "ILS", "THB", "IDR", "MYR", "PHP", "VND", "NGN", "KES", "ARS",
    "CLP", "COP", "PEN",
)  # fmt: skip
"""ISO 4217 codes that an amount may carry before or after its figure (`CHF 12.00`)."""

_CURRENCY = "|".join(
    [
        r"[$€£¥₹₽₩₪₺₫₱₴₦₸₡₲₵₾฿¢﷼]",
        r"(?:US|[ACRS]|HK|NZ|NT|MX)\$",
        r"Fr\.|kr\.?|zł|Kč|Ft|lei|Rp|RM|лв|руб\.?|грн\.?|Rs\.?|₨|৳|TL|S/\.?|KSh|Ksh|원|元|円",
        *CURRENCY_CODES,
        r"ر\.س|د\.إ|ج\.م|د\.ك|ر\.ق|د\.ب|ر\.ع|د\.أ|د\.م|ل\.ل|ر\.ي|د\.ج|د\.ت",
    ]
)
_NUMERIC = re.compile(
    rf"^[-+−]?(?:%\s?)?(?:(?:{_CURRENCY})\s?)?[-+−]?\d[\d,.\s'’٬٫]*(?:%|‰|[kKmMbB])?(?:\s?(?:{_CURRENCY}))?$"
)
"""A figure: digits grouped by commas, points, apostrophes or (narrow, no-break) spaces, an
optional sign, a currency symbol, code or word before or after (`$1,240.00`, `1 240,00 €`,
`CHF 12.00`, `12.000 ر.س`, `26,000원`, `Rs 1,200`, `1 234 грн`), a percentage (`12 %`, or
Turkish `%2,35`) or a k/M/B suffix; not a count of things (`3 items`) nor a name with a number
(`Room 12`)."""


Row = list[TableCell] | dict[str, TableCell]


def cell_value(row: Row, index: int, column: Column) -> TableCell:
    """A row's cell in `column`, a cell written as an object as its text (`cell_tone` and
    `cell_description` read the rest): its column's alignment, badges and totals are judged by
    the words alone."""
    value = _written_cell(row, index, column)
    return value.text if isinstance(value, TextCell) else value


def cell_tone(row: Row, index: int, column: Column) -> str | None:
    """The tone a cell is written with (`{text: "168/98", tone: danger}`), or None."""
    value = _written_cell(row, index, column)
    return value.tone if isinstance(value, TextCell) else None


def cell_description(row: Row, index: int, column: Column) -> str | None:
    """The second line a cell is written with (`{text: Linen shirt, description: SKU 2231}`), or None."""
    value = _written_cell(row, index, column)
    return value.description if isinstance(value, TextCell) else None


def _written_cell(row: Row, index: int, column: Column) -> TableCell:
    if isinstance(row, list):
        return row[index] if index < len(row) else None
    for key in (column.key, column.label):
        if key is None:
            continue
        for candidate in (key, key.lower(), key.lower().replace(" ", "_"), key.lower().replace(" ", "")):
            if candidate in row:
                return row[candidate]
    return None


_DOTTED = re.compile(r"\d+(?:\.\d+){2,}")
"""Digits in three or more groups parted by points: an IP address, a version, or a figure
grouped in thousands by points (`1.234.567`)."""
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")


def _is_dotted_identifier(text: str) -> bool:
    """Whether `text` holds an identifier made of numbers and points (`81.2.69.142`, `1.2.10`):
    its groups are not thousands (three digits after each point), or it is an IPv4 address."""
    match = _DOTTED.search(text)
    if match is None:
        return False
    return not _DOT_THOUSANDS.fullmatch(match.group()) or bool(_IPV4.fullmatch(match.group()))


_BRACKETED = re.compile(r"^\((?![-+−])(.+)\)$")
"""A negative amount as accountants write it: the figure in brackets, without a sign
(`($412,300)`, `(300)`)."""


_CURRENCY_SIGN = re.compile(rf"(?<![^\W\d_])(?:{_CURRENCY})(?![^\W\d_])")


def is_amount(value: TableCell) -> bool:
    """Whether a cell is a figure written with its currency (`$1,200`, `12.50 €`, `CHF 40`)."""
    return isinstance(value, str) and is_numeric(value) and bool(_CURRENCY_SIGN.search(value))


def is_numeric(value: TableCell) -> bool:
    """Whether a cell holds a figure (aligned right): a number, or a text that reads as one
    (a negative may stand in brackets) but is no IP address or version."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    text = value.strip() if isinstance(value, str) else ""
    bracketed = _BRACKETED.match(text)
    figure = bracketed.group(1).strip() if bracketed else text
    return bool(_NUMERIC.match(figure)) and not _is_dotted_identifier(figure)


PLACEHOLDERS = frozenset({"", "-", "–", "—", "−", "n/a", "…", "..."})
"""Cell texts that stand for a missing value (lower-cased): drawn muted, and neutral to a
column's alignment, so that one "—" among percentages keeps the column right-aligned."""


def is_placeholder(value: TableCell) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in PLACEHOLDERS)


def is_numeric_column(values: Sequence[TableCell]) -> bool:
    """Whether a column holds figures: at least one number, and nothing else but placeholders."""
    known = [v for v in values if not is_placeholder(v)]
    return bool(known) and all(is_numeric(v) for v in known)


MEASURE_UNITS = frozenset(
    {"mg", "g", "kg", "t", "lb", "lbs", "oz", "ton", "tons", "tonne", "tonnes",
     "mm", "cm", "m", "km", "ft", "yd", "mi", "nmi",
     "m²", "m2", "sqm", "km²", "ft²", "sq ft", "m³", "m3", "cm³", "ft³", "cbm", "cft",
     "ml", "cl", "dl", "l", "gal", "qt",
     "pcs", "pc", "pce", "ea", "units", "pallets", "pallet", "plt", "ctn", "ctns", "cartons", "cases",
     "parcels", "pkgs", "pkg", "rolls", "bags", "boxes", "teu", "feu",
     "ms", "s", "sec", "min", "mins", "h", "hr", "hrs",
     "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib",
     "w", "kw", "mw", "wh", "kwh", "mwh", "mah", "hz", "khz", "mhz", "ghz",
     "km/h", "mph", "m/s", "kn", "°c", "°f", "bar", "psi", "kpa", "hpa", "kcal", "cal", "kj"}
)  # fmt: skip
"""Units of measure and of packing (case-folded) that a quantity is written with after its figure:
a column of them (`24,000 kg`, `1.2 t`, `320 m³`, `12 pcs`, `3.5 GB`) aligns right as figures do.
Only these: `3 items` or `Room 12` stay text, and letters that are as often a seat or a grade (`12
A`, `12 B`) are left out."""
_QUANTITY = re.compile(r"^[-+−~≈±]?\d[\d,.'’\u00a0\u202f ]*?[\s\u00a0\u202f]?(?P<unit>(?:[^\W\d_]|°).*)$")


def is_quantity(value: TableCell) -> bool:
    """Whether a cell is a figure and a unit of `MEASURE_UNITS` (`24,000 kg`, `320 m³`, `12 pcs`)."""
    match = _QUANTITY.match(value.strip()) if isinstance(value, str) else None
    return match is not None and match["unit"].casefold() in MEASURE_UNITS


def is_quantity_column(values: Sequence[TableCell]) -> bool:
    """Whether a column holds quantities with their units (`is_quantity`), one at least, and
    otherwise figures and placeholders: it aligns right, as a column of figures (its texts are
    drawn as written: a `12.5 kg` is not padded to `12.50 kg` as an amount's cents are)."""
    known = [v for v in values if not is_placeholder(v)]
    return any(is_quantity(v) for v in known) and all(is_quantity(v) or is_numeric(v) for v in known)


def figure_beside_icons(value: TableCell) -> TableCell:
    """A cell of icons and one text that reads as a figure (`[{type: icon, name: arrow-up}, "+3"]`)
    as that text, by which its column is judged, as a column of the bare figures is: aligned at
    the end, toned as gains and losses; any other cell as it is (a Δ column's arrows lost the
    tone and the alignment of the "+3" and "-2" beside them)."""
    if not isinstance(value, list):
        return value
    texts = [entry for entry in value if isinstance(entry, str)]
    icons = [entry for entry in value if isinstance(entry, Element) and entry.type == "icon"]
    if len(texts) != 1 or not icons or len(texts) + len(icons) != len(value):
        return value
    return texts[0] if is_numeric(texts[0]) or is_quantity(texts[0]) else value


CHECK_MARKS = frozenset("✓✔☑✅")
"""A cell that is only one of these says yes: drawn as `true` is, a green check icon."""
CROSS_MARKS = frozenset("✗✘×✕✖❌☒")
"""A cell that is only one of these says no: drawn as a grey cross icon, as muted as `false`'s dash."""


def mark_of(value: TableCell) -> str | None:
    """The icon a cell of yes or no is drawn as: `true` or a check mark (`✓`) a check, `false` a
    dash, a cross (`✗`, `×`) a cross; None for any other cell. A typed ✓ was a thin black glyph
    beside the green checks of `true` in one comparison table."""
    if isinstance(value, bool):
        return "check" if value else "minus"
    text = value.strip().replace("\ufe0f", "") if isinstance(value, str) else ""
    if text in CHECK_MARKS:
        return "check"
    return "x" if text in CROSS_MARKS else None


TOTAL_WORDS = frozenset(
    status_key(word)
    for word in (
        "Total", "Totals", "Subtotal", "Sub total", "Grand total", "Net total", "Sum", "Overall",
        "Gesamt", "Summe", "Gesamtsumme", "Zwischensumme", "Insgesamt", "Sous-total", "Total général",
        "Total TTC", "Totale", "Subtotale", "Totaal", "Subtotaal", "Suma", "Suma częściowa", "Razem",
        "Mezisoučet", "Ara toplam", "Genel toplam", "Delsumma", "Summa", "Delsum", "Részösszeg",
        "合計", "小計", "总计", "合计", "小计", "總計", "합계", "총계", "소계",
        # Russian and Ukrainian: Итого (total), Подытог and Промежуточный итог (subtotal).
        "Итого", "Итог", "Итого к оплате", "Всего к оплате", "Подытог", "Промежуточный итог",
        "Общая сумма", "Разом", "Підсумок", "Проміжний підсумок", "Всього",
        # Thai: ยอดรวม (total), ยอดรวมย่อย (subtotal), รวมทั้งสิ้น (grand total).
        "ยอดรวม", "ยอดรวมย่อย", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวมทั้งหมด", "ยอดรวมสุทธิ",
        # Vietnamese: Tổng cộng (total), Tạm tính (subtotal), Tổng tiền (total amount).
        "Tổng cộng", "Tạm tính", "Tổng tiền", "Tổng thanh toán",
        # Finnish: Välisumma (subtotal), Kokonaissumma and Loppusumma (grand total).
        "Välisumma", "Kokonaissumma", "Loppusumma",
        # Greek: Μερικό σύνολο and Υποσύνολο (subtotal), Γενικό σύνολο (grand total).
        "Μερικό σύνολο", "Υποσύνολο", "Γενικό σύνολο", "Συνολικά",
        # Hindi: उप-योग (subtotal), कुल योग (grand total), कुल राशि (total amount).
        "उप-योग", "कुल योग", "कुल राशि",
        # Arabic: المجموع and الإجمالي (total), المجموع الفرعي (subtotal); Persian جمع کل.
        "المجموع", "الإجمالي", "الاجمالي", "إجمالي", "المجموع الفرعي", "الإجمالي الفرعي",
        "المجموع الكلي", "الإجمالي الكلي", "جمع کل", "جمع جزء",
        # Hebrew: סה"כ (total), written with a gershayim or, as keyboards type it, a straight
        # quote; סך הכל spelled out; סכום ביניים (subtotal).
        "סה״כ", 'סה"כ', 'סה"כ לתשלום', "סה״כ לתשלום", "סך הכל", "סך הכול", "סכום ביניים",
    )
)  # fmt: skip
"""First cells (as `status_key` spells them) of a last row that sums up the rows above:
"Total", "Subtotal", "Grand total" and their translations."""
_TOTAL_START = re.compile(r"^(?:grand |net |sub ?)?totals?\b")
"""An English total named after what it sums: "Total revenue", "Subtotal (3 items)"."""
AVERAGE_WORDS = frozenset(
    status_key(word)
    for word in (
        "Average", "Avg", "Avg.", "Mean", "Median",
        "平均", "平均值", "平均数", "平均數", "평균",
        "Durchschnitt", "Mittelwert", "Moyenne", "Promedio", "Media", "Média", "Gemiddelde", "Gemiddeld",
        "Среднее", "В среднем", "Średnia", "Průměr", "Середнє", "Μέσος όρος", "Medie", "Átlag",
        "Genomsnitt", "Medelvärde", "Ortalama", "औसत", "ค่าเฉลี่ย", "เฉลี่ย", "Trung bình", "Rata-rata",
        "المتوسط", "متوسط", "ממוצע", "میانگین", "اوسط", "Keskiarvo", "Gennemsnit", "Gjennomsnitt",
    )
)  # fmt: skip
"""First cells of a last row that sums the rows above up as their average ("Class average",
"Mean"), in the languages of the defaults' word lists (`ui_strings`): a gradebook's average row."""
_AVERAGE_START = re.compile(
    r"^(?:(?:class|course|group|section|team|cohort|overall|weighted|grand|total) )?(?:average|avg|mean|median)\b"
)
"""An English average named after what it is the average of: "Class average", "Average score"."""
STATISTIC_WORDS = frozenset(
    {"min", "minimum", "max", "maximum", "mean", "average", "avg", "median", "mode", "std", "stdev",
     "std dev", "sd", "standard deviation", "variance", "range", "count", "sum", "p50", "p90", "p95", "p99"}
)  # fmt: skip
"""Labels of a table of statistics (Min, Max, Mean): its last "Mean" is one of them, no total."""
_LOCAL_TOTAL_WORDS = frozenset(status_key(table["chart_total"]) for table in STRINGS.values())
""""Total" as the defaults' word lists write it in each of their languages (Всего, Łącznie,
Összesen, סה״כ...): a last row so labelled is a total too."""


def _is_total_row(row: Row, columns: list[Column]) -> bool:
    """Whether a row sums up the rows above it: its label (`label_index`: its first cell, or the
    first filled one after blank ones, as an invoice's "Subtotal" under its Item column) is
    "Total", "Subtotal" and the like (`TOTAL_WORDS`, and each word list's "Total"), or an
    English label starting with one ("Total revenue")."""
    key = _label_key(row, columns)
    return key is not None and (
        key in TOTAL_WORDS or key in _LOCAL_TOTAL_WORDS or bool(_TOTAL_START.match(key))
    )


def _is_average_row(row: Row, columns: list[Column]) -> bool:
    """Whether a row sums up the rows above it as their average: its label is "Average",
    "Mean" and the like (`AVERAGE_WORDS`), or an English label of one ("Class average")."""
    key = _label_key(row, columns)
    return key is not None and (key in AVERAGE_WORDS or bool(_AVERAGE_START.match(key)))


def _label_key(row: Row, columns: list[Column]) -> str | None:
    """A row's label (`label_index`) as `status_key` spells it, without a closing colon; None
    for a row without a text label."""
    index = label_index(row, columns)
    label = cell_value(row, index, columns[index]) if index is not None else None
    return status_key(label).rstrip(":").strip() if isinstance(label, str) else None


def is_blank(value: TableCell) -> bool:
    """A cell with nothing in it: missing (null, no such key, a short row) or an empty text."""
    return value is None or (isinstance(value, str) and not value.strip())


def label_index(row: Row, columns: list[Column]) -> int | None:
    """The column of a row's label: its first cell that is not blank, when that is a text and no
    figure ("Total", "VAT 19%"); None for a row that starts with a figure, a mark or controls."""
    for index, column in enumerate(columns):
        value = cell_value(row, index, column)
        if is_blank(value):
            continue
        is_label = isinstance(value, str) and not (
            is_placeholder(value) or is_numeric(value) or mark_of(value)
        )
        return index if is_label else None
    return None


def _is_summary_row(row: Row, columns: list[Column], *, blank_needed: bool = True) -> bool:
    """Whether a row reads as a line of an invoice's summary ("VAT 19%", "Shipping"): a label,
    then only figures, placeholders and blanks, at least one cell blank (what the rows of items
    fill: a quantity, a price) unless `blank_needed` is False; no controls."""
    index = label_index(row, columns)
    if index is None:
        return False
    rest = [cell_value(row, i, column) for i, column in enumerate(columns) if i != index]
    has_blank = not blank_needed or any(is_blank(v) for v in rest)
    return has_blank and all(is_placeholder(v) or is_numeric(v) for v in rest)


SUMMARY_LINES_OF_TWO_COLUMNS = 4
"""How many lines a checkout's breakdown of two columns (Item, Amount) may hold between its
"Subtotal" and its "Total" (Shipping, Discount, Taxes, Fees): its lines fill both cells as its
items do, so only a few of them, under a bare subtotal, are read as its summary."""
_PARENTHESIS = re.compile(r"\s*\([^)]*\)$")


def _is_bare_total_row(row: Row, columns: list[Column]) -> bool:
    """Whether a row's label is a total word alone ("Subtotal", "Zwischensumme", "小計"), a
    count in parentheses after it allowed ("Subtotal (3 items)"); not a group's named subtotal
    ("Subtotal A")."""
    key = _label_key(row, columns)
    bare = _PARENTHESIS.sub("", key) if key is not None else None
    return bare is not None and (bare in TOTAL_WORDS or bare in _LOCAL_TOTAL_WORDS)


def totals_start(rows: list[Row], columns: list[Column]) -> int:
    """The index of the first row of the table's totals (`len(rows)` when it has none): a last
    row that sums up the others (`_is_total_row`), and, above it, the lines of a summary
    (`_is_summary_row`) up to a "Subtotal" that heads them (an invoice's Subtotal, VAT 19%,
    Total). Without such a subtotal the lines above the total stay rows of the table; at least
    one row is never a total (a lone row sums nothing up). In a table of two columns (a
    checkout's Item and Amount) no line can be blank, so up to `SUMMARY_LINES_OF_TWO_COLUMNS`
    filled lines count, under a bare "Subtotal" (`_is_bare_total_row`). A last row of their
    average (`_is_average_row`: a gradebook's "Class average") is a total alone, unless the row
    above it is a statistic too (Min, Max, Mean: a table of statistics, `STATISTIC_WORDS`)."""

    last = len(rows) - 1
    if last < 1:
        return len(rows)
    if _is_average_row(rows[last], columns):
        return len(rows) if _is_statistic_row(rows[last - 1], columns) else last
    if not _is_total_row(rows[last], columns):
        return len(rows)
    filled_lines = 0
    for index in range(last - 1, 0, -1):
        if _is_total_row(rows[index], columns):
            return index if filled_lines == 0 or _is_bare_total_row(rows[index], columns) else last
        if _is_summary_row(rows[index], columns):
            continue
        if len(columns) != 2 or not _is_summary_row(rows[index], columns, blank_needed=False):
            break
        filled_lines += 1
        if filled_lines > SUMMARY_LINES_OF_TWO_COLUMNS:
            break
    return last


def _is_statistic_row(row: Row, columns: list[Column]) -> bool:
    """Whether a row's label names a statistic (`STATISTIC_WORDS`: Min, Max, Median...)."""
    return _label_key(row, columns) in STATISTIC_WORDS
