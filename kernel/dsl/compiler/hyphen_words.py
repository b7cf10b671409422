"""Short hyphenated words kept whole: "Full-time" never drawn as "Full-" / "time".

A browser may break a line after a hyphen, so a narrow table cell or a stat's label broke a short
compound at it ("Full-" over "time", "Self-" over "employed"): two halves that read as two words.
A word of letters joined by hyphens, up to `SHORT_WORD_CHARS` characters in all (Full-time,
On-site, e-mail, Check-in, state-of-the-art), is drawn with U+2011 NON-BREAKING HYPHEN instead,
which looks the same and offers no break: the line breaks at a space before it, and a box too
narrow for the whole word breaks it as it would break any word. Only for letters the theme's faces
draw (Latin, Greek, Cyrillic: Noto Sans, Serif and Mono, each with a U+2011; Japanese, Chinese
and Korean: Noto Sans CJK, which has it too), and only while the installed fonts draw U+2011
(`glyph_ranges`); a longer word may still break after its hyphens.

CJK text has no spaces between its words, so there a word is a run of one script (katakana,
kanji, hangul) joined by hyphens: "セブン-イレブン" in "セブン-イレブン渋谷店" was drawn "セブン-" /
"イレブン渋谷店" in a Japanese table; a CJK letter is as wide as two Latin ones (`_width`). A
Japanese page breaks between phrases (BudouX), which breaks after a U+2011 all the same, so in a
cell such a word is also held in a `keep-all` span (`held_whole`); a cell too narrow for it
still breaks it where it must (`overflow-wrap`).
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
_CJK_SCRIPTS = (
    "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f",  # katakana (with ー)
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006",  # kanji, hanzi, hanja (with 々〆)
    "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",  # hangul
)
"""The CJK scripts whose runs make a word around a hyphen: "セブン-イレブン" is one, the kanji
after it (渋谷店) another word, a hiragana particle (で) no part of it."""
_CJK_WORD = re.compile(
    "|".join(
        rf"(?<![{s}\-\u2010\u2011])[{s}]+(?:[-\u2010][{s}]+)+(?![{s}\-\u2010\u2011])" for s in _CJK_SCRIPTS
    )
)
"""A run of one CJK script's letters joined by hyphens, with no more of them nor a hyphen at either end."""
_CJK_LETTER = re.compile(f"[{''.join(_CJK_SCRIPTS)}]")
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
    return _CJK_WORD.sub(_joined, _WORD.sub(_joined, text))


def _width(word: str) -> int:
    """A word's length in Latin letters: a CJK letter (full width) counts as two."""
    return len(word) + len(_CJK_LETTER.findall(word))


def _joined(match: re.Match[str]) -> str:
    word = match.group()
    return _HYPHENS.sub(NON_BREAKING_HYPHEN, word) if _width(word) <= SHORT_WORD_CHARS else word


HELD_CLASS = "dsl-whole-word"
"""The span of a short hyphenated CJK word in a cell: `word-break: keep-all` (see `held_whole`)."""
_HELD = re.compile("|".join(rf"[{s}]+(?:\u2011[{s}]+)+" for s in _CJK_SCRIPTS))
"""A CJK word whose hyphens `kept_whole` made non-breaking."""


def held_whole(markup: str) -> str:
    """`markup` (escaped text, no tags, after `kept_whole`) with each short hyphenated CJK word
    in a `HELD_CLASS` span: Chromium's phrase breaking (`auto-phrase`) breaks after U+2011 too."""
    if NON_BREAKING_HYPHEN not in markup:
        return markup
    return _HELD.sub(lambda word: f'<span class="{HELD_CLASS}">{word.group()}</span>', markup)
