"""Short hyphenated words kept whole: "Full-time" never drawn as "Full-" / "time".

A browser may break a line after a hyphen, so a narrow table cell or a stat's label broke a short
compound at it ("Full-" over "time", "Self-" over "employed"): two halves that read as two words.
A word of letters joined by hyphens, up to `SHORT_WORD_CHARS` characters in all (Full-time,
On-site, e-mail, Check-in, state-of-the-art), is drawn with U+2011 NON-BREAKING HYPHEN instead,
which looks the same and offers no break: the line breaks at a space before it, and a box too
narrow for the whole word breaks it as it would break any word. Only for letters the theme's faces
draw (Latin, Greek, Cyrillic: Noto Sans, Serif and Mono, each with a U+2011), and only while the
installed fonts draw U+2011 (`glyph_ranges`); a longer word may still break after its hyphens.
"""

from __future__ import annotations

import functools
import re

from kernel.dsl.glyph_ranges import COVERED

NON_BREAKING_HYPHEN = "\u2011"
SHORT_WORD_CHARS = 20
"""A hyphenated word this long or shorter is kept whole; a longer one may break after a hyphen."""
_LETTERS = r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f]"
"""Latin, Greek and Cyrillic letters: drawn by the theme's faces, which draw U+2011 too."""
_WORD = re.compile(rf"(?<![\w\-\u2010\u2011]){_LETTERS}+(?:[-\u2010]{_LETTERS}+)+(?![\w\-\u2010\u2011])")
"""Letters joined by hyphens (U+002D or U+2010), with no other word character or hyphen at either end."""
_HYPHENS = re.compile("[-\u2010]")


@functools.cache
def fonts_draw(char: str) -> bool:
    """Whether an installed font draws `char` (the generated `glyph_ranges.COVERED`)."""
    point = ord(char)
    for token in COVERED.split():
        start, _, end = token.partition("-")
        if int(start, 16) <= point <= int(end or start, 16):
            return True
    return False


def kept_whole(text: str) -> str:
    """`text` (plain or escaped, no tags: a class name is letters and hyphens too) with each short
    hyphenated word's hyphens made non-breaking; as written when the fonts do not draw U+2011."""
    if ("-" not in text and "\u2010" not in text) or not fonts_draw(NON_BREAKING_HYPHEN):
        return text
    return _WORD.sub(_joined, text)


def _joined(match: re.Match[str]) -> str:
    word = match.group()
    return _HYPHENS.sub(NON_BREAKING_HYPHEN, word) if len(word) <= SHORT_WORD_CHARS else word
