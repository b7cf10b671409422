"""What `size` stands for on the types that read it as a word or px: a text's font size, a badge's
pill, a modal's width, a table's rows, a stat's figure, a button's or a field's height.

The compiler draws it and the validator warns for a word it does not know, so both read these
tables and `named_size`.
"""

from __future__ import annotations

from typing import Any

from kernel.dsl.lengths import px_or_none

TEXT_SIZES: dict[str, float] = {"xs": 12, "sm": 13, "md": 14, "lg": 16, "xl": 18, "2xl": 22}
"""Font sizes in px around the 14 px body, which is md: a small text (xs, a caption's 12 px) to a
lead paragraph's 18 px (xl) and a figure's 22 px (2xl); larger words are a heading's."""

BADGE_SIZES: dict[str, float] = {"sm": 18, "md": 22, "lg": 28}
"""A badge's pill heights in px (md is the default pill); the font and padding scale with it."""

MODAL_WIDTHS: dict[str, float] = {"sm": 360, "md": 440, "lg": 640, "xl": 840}
"""A modal's widths in px; md is the default dialog's."""

TABLE_SIZES: dict[str, float] = {"sm": 32, "md": 45, "lg": 52}
"""A table's row heights in px: sm is an order book's or a dense grid's compact rows (13 px text)."""

STAT_SIZES: dict[str, float] = {"sm": 20, "md": 28, "lg": 36}
"""A stat's value sizes in px: sm a compact card, lg a hero figure."""

AVATAR_SIZES: dict[str, float] = {"xs": 24.0, "sm": 32.0, "md": 40.0, "lg": 48.0, "xl": 64.0, "2xl": 80.0}
"""An avatar's face sizes in px (md, 40, is the default)."""

SIZE_ALIASES = {"small": "sm", "medium": "md", "large": "lg", "base": "md", "default": "md"}
"""Other libraries' words for the named sizes."""

TEXT_TYPES = ("text", "paragraph", "link", "label")

SIZED_TYPES: dict[str, dict[str, float]] = {
    **dict.fromkeys(TEXT_TYPES, TEXT_SIZES),
    "badge": BADGE_SIZES,
    "modal": MODAL_WIDTHS,
    "table": TABLE_SIZES,
    "stat": STAT_SIZES,
}
"""The types this module sizes, each with its named sizes."""

CONTROL_TYPES = ("button", "input", "select", "search", "textarea", "tabs")
CONTROL_SIZES = ("sm", "md", "lg")
"""Types drawn at one of three heights, a control's (their px depend on the density): xs is read
as sm (the smallest, and the validator says so), xl and larger words as lg (the largest, as
well); any other size, a word or a number, is drawn md."""
CONTROL_SIZE_READINGS = {
    "xs": "sm", "xxs": "sm", "2xs": "sm", "tiny": "sm",
    **dict.fromkeys(("xl", "2xl", "3xl", "xxl", "xxxl", "x-large", "xx-large", "huge", "big", "jumbo"), "lg"),
}  # fmt: skip
"""Sizes a control has no height for, and the one it is drawn at instead: a smaller word at the
smallest (sm), a larger one at the largest (lg; `xl` on a TV's or a kiosk's button drew md, smaller
than asked). Larger still is a style (`{height: 96, fontSize: 36}`) or the canvas's `scale`."""


def control_size(size: Any) -> str:
    """The height a control of `size` is drawn at: sm, md or lg (xs reads as sm, xl lg; anything
    else it does not know, md)."""
    word = size_word(size)
    word = CONTROL_SIZE_READINGS.get(word, word) if word is not None else None
    return word if word in CONTROL_SIZES else "md"


SCALED_TYPES = ("avatar", "spinner", "rating")
SCALED_SIZES = ("xs", "sm", "md", "lg", "xl", "2xl")
"""Types drawn at a size in px or at one of these words (xs three quarters of their default size,
2xl twice it): any other word is drawn at the default."""

HEADER_SIZES = ("sm", "md", "lg", "xl")
"""A page header's title sizes (16, 18, 24, 30 px): any other word is drawn at its default (lg
under a description, else md), as is a number."""

_TAKES_PX = frozenset({*TEXT_TYPES, "modal"})
"""Types that also take a number of px: a font size, a width. A badge's px would be ambiguous
(its height? its font?), so it keeps to its words."""


def size_word(size: Any) -> str | None:
    """`size` as one of the named sizes' keys (`Large` -> `lg`), or None when it is no word."""
    if not isinstance(size, str):
        return None
    word = size.strip().lower()
    return SIZE_ALIASES.get(word, word)


def named_size(kind: str, size: Any) -> float | None:
    """The px `size` stands for on an element of type `kind`: its word's entry in the type's
    table, or a positive number of px (`16`, `"16px"`) where the type takes one. None when the
    type is not sized here, or the size is not one it knows (it is then drawn at its default)."""
    table = SIZED_TYPES.get(kind)
    if table is None or size is None or isinstance(size, bool):
        return None
    word = size_word(size)
    if word is not None and word in table:
        return table[word]
    amount = px_or_none(size) if kind in _TAKES_PX else None
    return amount if amount is not None and amount > 0 else None


def knows_size(kind: str, size: Any) -> bool:
    """Whether `size` is one `kind` draws as written (a word of its table, px where it takes px),
    not its default in its place; True for a type not sized here."""
    if kind in CONTROL_TYPES:
        return size_word(size) in CONTROL_SIZES
    if kind == "header":
        return size_word(size) in HEADER_SIZES
    if kind in SCALED_TYPES:
        if size_word(size) in SCALED_SIZES:
            return True
        amount = px_or_none(size)
        return amount is not None and amount > 0
    return kind not in SIZED_TYPES or named_size(kind, size) is not None


def size_choices(kind: str) -> str:
    """What `size` may be on `kind`, for a warning's suggestion."""
    if kind in SCALED_TYPES:
        return "use xs, sm, md, lg, xl or 2xl (small, medium and large read as sm, md, lg), or px (48)"
    if kind == "header":
        return "use sm, md, lg or xl (small, medium and large read as sm, md, lg), or `level` 1-6"
    words = list(CONTROL_SIZES if kind in CONTROL_TYPES else SIZED_TYPES.get(kind, {}))
    listed = ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else "".join(words)
    if kind in CONTROL_TYPES:
        return (
            f"use {listed}; small, medium and large read as these, xs as sm, xl as lg; for larger, "
            "style: {height: 96, fontSize: 36}, or render at scale: 2 with a layout half the size"
        )
    if kind == "modal":
        return f"use {listed}, or a width in px (600)"
    if kind in _TAKES_PX:
        return f"use {listed}, or a font size in px (16)"
    return f"use {listed}"
