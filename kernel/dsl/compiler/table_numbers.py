"""How a table writes its figures: every significant digit kept, a column's decimals aligned."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

COLUMN_DECIMALS_MAX = 4
"""A numeric column lines up the decimal points of its figures, making room for the most decimals
one of them has, up to this many; a figure with more keeps its own, never cut."""
WRITTEN_DECIMALS_MAX = 2
"""Of that room, a figure is padded with zeros up to this many decimals (`96903.1` beside
`56919.82` as `96,903.10`, `$1,200` beside `$86,000.50` as `$1,200.00`: JSON drops a number's
trailing zeros, and amounts are written with their cents); past them, the room is left blank
(`0.5231` beside `67,412.50` and `0`: `67,412.50␣␣`, `0.00␣␣`), since zeros there would claim a
precision the figure does not have."""
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
    """The decimals a numeric column makes room for, so that its figures' points line up: the
    most one of its numbers has (`decimals_of`), at most `COLUMN_DECIMALS_MAX`. Whole numbers
    alone make none. A text figure counts with its decimals (`text_decimals`; `4.986` is three
    where the column writes its points as decimal points: `writes_decimal_points`)."""
    points = writes_decimal_points(values)
    counts = [
        decimals_of(v) if isinstance(v, int | float) else text_decimals(v, decimal_point=points)
        for v in values
        if not isinstance(v, bool) and isinstance(v, int | float | str)
    ]
    return min(max((c for c in counts if c is not None), default=0), COLUMN_DECIMALS_MAX)


def pads_whole_numbers(values: Sequence[object], *, amounts: bool = False) -> bool:
    """Whether a column's whole numbers are written with zeros up to its decimals (`1200` beside
    `56919.82` as `1,200.00`) or as written, with blank room that lines their points up (`100`
    beside `70.5`: `100` and the room of `.0`). Zeros where its figures are `amounts` (a currency,
    or a header that names money) or have cents (two decimals or more: `"$1,200"` beside
    `"$86,000.50"`), and where at least half of them have decimals (JSON wrote `96903.10` short);
    not in a column of whole numbers with a few of one decimal: a gradebook's scores beside an
    average (`70.5`) are 67 and 100, not 67.0 and 100.0. `values` are the column's rows without
    its totals: an average row's decimals make room, never zeros."""
    points = writes_decimal_points(values)
    counts = [
        c
        for c in (
            decimals_of(v) if isinstance(v, int | float) else text_decimals(v, decimal_point=points)
            for v in values
            if not isinstance(v, bool) and isinstance(v, int | float | str)
        )
        if c is not None
    ]
    if amounts or (counts and max(counts) >= 2):
        return True
    return 2 * sum(1 for c in counts if c) >= len(counts) > 0


def writes_decimal_points(values: Sequence[object]) -> bool:
    """Whether a column's text figures write a point as a decimal point beyond doubt: one of them
    has a point followed by other than three digits (`0.5248`, `15012.92`) or after thousands
    commas (`1,585.200`). Then `4.986` in it is four and 986 thousandths, not 4,986 written the
    German way."""
    for value in values:
        match = _TEXT_FIGURE.match(value.strip()) if isinstance(value, str) else None
        if (
            match is not None
            and match["fraction"] is not None
            and (len(match["fraction"]) != 3 or "," in match["whole"])
        ):
            return True
    return False


def figure_room(drawn: int, decimals: int) -> str:
    """The blank room after a figure drawn with `drawn` decimals that lines its point up with a
    column's `decimals`: the digits (and the point) it lacks, drawn unseen."""
    if drawn >= decimals:
        return ""
    return ("" if drawn else ".") + "0" * (decimals - drawn)


_TEXT_FIGURE = re.compile(
    r"^(?P<before>[^\d]*?)(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?(?P<after>[^\d.,]*)$"
)
"""A figure written with a decimal point and thousands commas (`$1,200.00`, `-3.2%`,
`($412.30)`, `12 USD`): what a column can pad to its decimals. One written with a decimal comma
(`1.234,50 €`) is not matched and stays as written."""
_SHORT_UNIT_END = re.compile(r"[kKmMbB]\)?$")
"""A figure in short units (`1.2k`, `3M`) is rounded already: padding it would add false digits."""


def text_decimals(text: object, *, decimal_point: bool = False) -> int | None:
    """The decimals of a figure written as text (`$96,903.1` one, `$1,200` none), or None for a
    text the column cannot pad (another notation, short units, not a figure). `12.000` may be
    twelve thousand written the German way: None, unless the column writes `decimal_point`s."""
    if not isinstance(text, str):
        return None
    match = _TEXT_FIGURE.match(text.strip())
    if match is None or _SHORT_UNIT_END.search(match["after"].strip()):
        return None
    fraction = match["fraction"] or ""
    if len(fraction) == 3 and "," not in match["whole"] and not decimal_point:
        return None
    return len(fraction)


def text_figure_parts(
    text: str, decimals: int, *, decimal_point: bool = False, whole_zeros: bool = True
) -> tuple[str, str, str]:
    """A figure written as text split to line up in its column (`column_decimals`): the figure
    padded with zeros up to `WRITTEN_DECIMALS_MAX` of the column's `decimals` (`$1,200` ->
    `$1,200.00`; a whole one only with `whole_zeros`, see `pads_whole_numbers`), the room it
    still lacks (`figure_room`) and what follows its digits (`%`, ` USD`), so the room goes
    between them. Any other text: itself, no room, nothing after."""
    have = text_decimals(text, decimal_point=decimal_point)
    if have is None:
        return text, "", ""
    match = _TEXT_FIGURE.match(text.strip())
    assert match is not None
    written = max(have, min(decimals, WRITTEN_DECIMALS_MAX)) if have or whole_zeros else 0
    fraction = (match["fraction"] or "").ljust(written, "0")
    head = f"{match['before']}{match['whole']}" + (f".{fraction}" if written else "")
    return head, figure_room(written, decimals), match["after"]
