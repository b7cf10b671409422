"""How narrow the columns of a row of radio cards may get: as wide as their widest option needs."""

from __future__ import annotations

from collections.abc import Sequence

from kernel.dsl.compiler.text_metrics import label_em
from kernel.dsl.compiler.typefaces import Typeface
from kernel.dsl.model import Option

CARD_COLUMN_MAX = 160
"""The least column width a row of radio cards had for every option: options that need more (a
label with a description) still start from it, their descriptions wrapping below it."""

HINT_SHARE = 12.5 / 14
"""A description's size (12.5 px) against the label's (14 px)."""


def card_column_min(options: Sequence[Option], *, touch: bool, typeface: Typeface) -> str:
    """The CSS width a column of radio cards in a row may narrow to: the widest option's words on
    one line (its label, or its description at its smaller size), plus the radio mark, the 10 px
    between mark and words, the card's padding (the control's height less 8 px) and its 2 px of
    border; `CARD_COLUMN_MAX` at most. Four short options ("1-10" ... "200+") share one line of a
    600 px form instead of three at 160 px and the fourth alone below them."""
    font = 16 if touch else 14  # the touch density's choice text is 16 px
    words = max(
        max(label_em(option.label, typeface), label_em(option.description or "", typeface) * HINT_SHARE)
        for option in options
    )
    text = round(words * font) + 2  # a pixel each side for the estimate's error
    return f"min({CARD_COLUMN_MAX}px, calc({text}px + var(--check-size) + var(--control-h) + 4px))"
