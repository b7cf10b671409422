"""Emoji and symbols in a name (a player's `🔥Blaze🔥`, `Acme™`): no letters of it, so a face's
initials skip them, and draw the first one only when no letter is left (`🔥🔥` is 🔥, not ?)."""

from __future__ import annotations

import re
import unicodedata

ZERO_WIDTH_JOINER = "\u200d"
_EXTENDER = re.compile("[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
"""What extends the emoji before it: a variation selector (text or emoji look), a keycap's
enclosing square, a skin tone, the tag letters of a subdivision's flag (England's)."""
_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")
"""A keycap emoji (1️⃣, #️⃣): a digit or sign in a square, no figure of the name."""
_FLAG_LETTERS = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
"""A country's flag: two regional indicator letters (🇫🇷)."""


def is_symbol(char: str) -> bool:
    """Whether `char` is a symbol (Unicode's S categories: emoji, ™, ©, ★, arrows, currency
    signs, + and =) or a part of an emoji sequence (`_EXTENDER`, the zero-width joiner)."""
    return (
        unicodedata.category(char).startswith("S")
        or char == ZERO_WIDTH_JOINER
        or _EXTENDER.fullmatch(char) is not None
    )


def without_symbols(name: str) -> str:
    """`name` with each emoji and symbol a space, so that what is left are its words:
    `🔥Blaze🔥` -> ` Blaze `, `Ice🧊Queen` -> `Ice Queen`, `Acme™ GmbH` -> `Acme  GmbH`."""
    return "".join(" " if is_symbol(char) else char for char in _KEYCAP.sub(" ", name))


def first_symbol(name: str) -> str:
    """The first emoji (or symbol) of `name`, whole: with its skin tone or variation selector,
    the emoji a zero-width joiner joins to it (👩‍💻, 🏳️‍🌈), a flag's two letters (🇫🇷), a
    keycap (1️⃣); "" when `name` has none."""
    for index, char in enumerate(name):
        if keycap := _KEYCAP.match(name, index):
            return keycap.group()
        if flag := _FLAG_LETTERS.match(name, index):
            return flag.group()
        if is_symbol(char) and char != ZERO_WIDTH_JOINER and not _EXTENDER.fullmatch(char):
            return name[index : _cluster_end(name, index + 1)]
    return ""


def _cluster_end(text: str, end: int) -> int:
    """Where the emoji sequence that runs up to `end` ends: past its extenders and the emoji
    each zero-width joiner joins on."""
    while end < len(text):
        if _EXTENDER.fullmatch(text[end]):
            end += 1
        elif text[end] == ZERO_WIDTH_JOINER and end + 1 < len(text):
            end += 2
        else:
            break
    return end


def is_one_symbol(text: str) -> bool:
    """Whether `text` is one emoji or symbol (`first_symbol`), such as a face draws for a name
    of no letters."""
    return bool(text) and first_symbol(text) == text
