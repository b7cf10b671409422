"""How a table writes its figures: every significant digit kept, a column's decimals aligned."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

COLUMN_DECIMALS_MAX = 4
"""A numeric column pads its figures to the most decimals one of them has, up to this many
(`56,919.82` / `96,903.10` / `1,200.00`); a figure with more keeps its own, never cut."""
SCIENTIFIC_BELOW = Decimal("1e-9")
"""A number nearer zero than this is written as a power of ten (`2.5×10⁻¹²`): written out it
would be a row of zeros nobody counts. Down to it, `0.0000001` reads as written."""
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def decimals_of(value: float) -> int:
    """How many decimals a number has as written (its shortest exact form): `96903.1` one,
    `1e-07` seven, a whole number none."""
    if isinstance(value, int) or value == int(value):
        return 0
    exponent = Decimal(repr(value)).as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def format_figure(value: float, *, grouped: bool, decimals: int = 0) -> str:
    """A number as a cell draws it, without losing a significant digit: `3.14159265`, `0.00012`,
    `0.0000001`, grouped in thousands unless `grouped` is false (an ID, a year), with at least
    `decimals` decimals (its column's: `column_decimals`); a number nearer zero than
    `SCIENTIFIC_BELOW` as a power of ten (`1×10⁻¹²`)."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    comma = "," if grouped else ""
    if isinstance(value, float) and value != 0 and abs(Decimal(repr(value))) < SCIENTIFIC_BELOW:
        mantissa, exponent = f"{value:e}".split("e")
        digits = mantissa.rstrip("0").rstrip(".")
        return f"{digits}×10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    places = max(decimals_of(value), decimals)
    if places == 0:
        return f"{int(value):{comma}}"
    return f"{Decimal(repr(float(value))):{comma}.{places}f}"


def column_decimals(values: Sequence[object]) -> int:
    """The decimals every number of a numeric column is drawn with, so that their points line
    up: the most one of its numbers has (`decimals_of`), at most `COLUMN_DECIMALS_MAX`. Whole
    numbers alone keep none. A text figure counts with its decimals (`text_decimals`)."""
    counts = [
        decimals_of(v) if isinstance(v, int | float) else text_decimals(v)
        for v in values
        if not isinstance(v, bool) and isinstance(v, int | float | str)
    ]
    return min(max((c for c in counts if c is not None), default=0), COLUMN_DECIMALS_MAX)


_TEXT_FIGURE = re.compile(
    r"^(?P<before>[^\d]*?)(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?(?P<after>[^\d.,]*)$"
)
"""A figure written with a decimal point and thousands commas (`$1,200.00`, `-3.2%`,
`($412.30)`, `12 USD`): what a column can pad to its decimals. One written with a decimal comma
(`1.234,50 €`) is not matched and stays as written."""
_SHORT_UNIT_END = re.compile(r"[kKmMbB]\)?$")
"""A figure in short units (`1.2k`, `3M`) is rounded already: padding it would add false digits."""


def text_decimals(text: object) -> int | None:
    """The decimals of a figure written as text (`$96,903.1` one, `$1,200` none), or None for a
    text the column cannot pad (another notation, short units, not a figure)."""
    if not isinstance(text, str):
        return None
    match = _TEXT_FIGURE.match(text.strip())
    if match is None or _SHORT_UNIT_END.search(match["after"].strip()):
        return None
    fraction = match["fraction"] or ""
    if len(fraction) == 3 and "," not in match["whole"]:
        return None  # `12.000` may be twelve thousand, written the German way: left as written
    return len(fraction)


def padded_text_figure(text: str, decimals: int) -> str:
    """A figure written as text with at least `decimals` decimals (`$1,200` -> `$1,200.00`);
    any other text as written."""
    have = text_decimals(text)
    if have is None or have >= decimals:
        return text
    stripped = text.strip()
    match = _TEXT_FIGURE.match(stripped)
    assert match is not None
    fraction = (match["fraction"] or "").ljust(decimals, "0")
    return f"{match['before']}{match['whole']}.{fraction}{match['after']}"
