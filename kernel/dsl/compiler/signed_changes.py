"""Which figures are gains and losses outside a stat: a table's change column, a list's "+2.41%" badge."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from kernel.dsl.compiler.bidi import RTL_CURRENCY
from kernel.dsl.model import Column, TableCell

_CURRENCY = (
    r"(?:[$€£¥₹₩₽₺₿₪₴₱₫₦₸₼₾₡¢฿]|[A-Z]{3}|[A-Z]{1,3}\$|kr\.?|zł|Kč|Ft|lei|руб\.?|грн\.?"
    rf"|{RTL_CURRENCY})"
)
"""A currency written before or after an amount: a symbol, a code (`SAR`, `CHF`), `R$`, `kr`,
`zł`, or an Arabic abbreviation or name (`ر.س`, `د.إ`, `د.م.`, `ريال`)."""
_SIGNED_FIGURE = re.compile(
    rf"^(?P<sign>[+\-−–])\s?(?:{_CURRENCY}\s?)?(?P<digits>\d[\d,.\s\u202f'\u066b\u066c]*)"
    rf"(?:\s?(?P<unit>%|pp|pts?|bps|[kKmMbB]))?(?:\s?{_CURRENCY})?$"
)
"""A figure written with an explicit sign: `+2.41%`, `-3.76%`, `−$800`, `+1,585.20`, `+12 pts`,
`-0.5pp`, `+1.2k`, `-12 €`, `-18.50 SAR`, `-18.50 ر.س`, in Arabic-Indic digits with the Arabic
decimal and thousands separators too (`-١٬٢٣٤٫٥٠ ر.س`)."""
_BRACKETED_FIGURE = re.compile(r"^\(\s?[$€£¥₹]?\s?\d[\d,.\s\u202f'\u066b\u066c]*\s?%?\s?\)$")
"""A loss as accountants write it: `(3.5%)`, `($412)`."""

CHANGE_HEADER = re.compile(
    r"(?:^|[^\w&/])(?:change|changes|chg|chng|delta|diff|difference|variance|gain|gains|loss|losses|"
    r"gain/loss|p&l|p/l|pnl|profit/loss|return|returns|growth|movement|move|yoy|mom|wow|qoq|ytd|"
    r"\d+\s?[hdwmy])(?=$|[^\w&/])"
    r"|[Δδ∆]|^\s*(?:±|\+/-|\+/−)?\s*%\s*$",
    re.IGNORECASE,
)
"""A column header that names a change: Change, Chg, Δ, Delta, 24h, 7d, YTD, P&L, Gain/Loss,
Return, Growth, YoY, "%" alone, "+/- %"."""


def signed_tone(text: str) -> str | None:
    """The tone of a figure written with an explicit sign: success for `+`, danger for a minus
    (a hyphen, `−` or `–`), neutral for a zero whatever its sign (`+0.00%`); None for anything
    else (an unsigned figure, a word, a date)."""
    match = _SIGNED_FIGURE.match(text.strip())
    if match is None:
        return None
    if not any(char.isdigit() and unicodedata.digit(char, 0) for char in match.group("digits")):
        return "neutral"
    return "success" if match.group("sign") == "+" else "danger"


def is_signed_percent(text: str) -> bool:
    """Whether a text is a change in percent written with its sign (`+2.41%`, `-3.76 %`)."""
    match = _SIGNED_FIGURE.match(text.strip())
    return match is not None and match.group("unit") == "%"


def names_change(column: Column) -> bool:
    """Whether a column's header (its label, else its key) names a change (`CHANGE_HEADER`)."""
    return any(CHANGE_HEADER.search(text) for text in (column.label or "", column.key or "") if text)


def change_cell_tone(value: TableCell, *, change_column: bool) -> str | None:
    """The tone a cell of a change column is drawn in: a figure with an explicit sign by its sign
    (`signed_tone`, a zero left plain); in a column whose header names a change also a negative
    number and an accountant's bracketed loss (`(3.5%)`) in danger. None for the rest: an
    unsigned figure is left plain, as it may be a level, not a change."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return "danger" if change_column and value < 0 else None
    if not isinstance(value, str):
        return None
    tone = signed_tone(value)
    if tone is None and change_column and _BRACKETED_FIGURE.match(value.strip()):
        tone = "danger"
    return None if tone == "neutral" else tone


def tones_changes(column: Column, values: Sequence[TableCell], known: Sequence[TableCell]) -> bool:
    """Whether a column's figures are toned as gains and losses (`change_cell_tone`): its header
    names a change (`names_change`), or every known cell (`known`: no placeholder) is a figure
    written with its sign, at least one a `+` (a balance column of `-$50` and `-$12` stays
    plain: the plus is what says these are changes). Never a column given its own `color`."""
    if column.color:
        return False
    if names_change(column):
        return any(change_cell_tone(v, change_column=True) for v in values)
    texts = [v for v in known if isinstance(v, str)]
    return (
        bool(known)
        and len(texts) == len(known)
        and all(signed_tone(v) is not None for v in texts)
        and any(v.strip().startswith("+") for v in texts)
    )
