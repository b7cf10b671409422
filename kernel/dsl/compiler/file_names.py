"""Where a long file name is cut: in its middle, so that its end and extension stay in sight.

A name too long for its row was cut at its end ("quarterly-report-final-v3-…"), losing what tells
files apart: the version at the end of the name and the extension. File managers and upload
widgets cut in the middle instead ("quarterly-rep…-v3.pdf"). The compiler splits the name into a
head, which is cut with an ellipsis when it must, and a tail that never is: the extension and the
last part of the name before it, from its last separator (`-v3.pdf`, `_edit.jpg`, ` appendices.docx`:
a space is drawn after the ellipsis, as a word of its own), or its last `TAIL_STEM_CHARS` characters
when there is no separator near its end.

The head is cut at a character, with the ellipsis drawn right after the last one kept and the tail
right after it. `text-overflow: ellipsis` could not do that: it leaves the rest of the head's box
empty after its ellipsis (up to a character's width, "Quarterly_fin…  _v3.pdf"). So the head is
written breakable at every character (`breakable_head`: a soft hyphen between each two) and its
box shows one line: the browser breaks it at the last character that fits with the ellipsis (its
`hyphenate-character`), and spreads that line to its box's end (justified between characters).
"""

from __future__ import annotations

import re
import unicodedata

TAIL_STEM_CHARS = 4
"""The characters of the name kept before the extension when no separator is near its end."""
TAIL_STEM_MAX = 12
"""A separator this close to the extension starts the tail (`-v3`, `_final`); one farther does not."""
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_SEPARATORS = "-_ ."
SOFT_HYPHEN = "\u00ad"
NO_BREAK_SPACE = "\u00a0"
_JOINERS = frozenset("\u200c\u200d")
"""Zero-width (non-)joiners: they bind the characters either side of them."""


def _has_rtl(text: str) -> bool:
    """Whether `text` holds a right-to-left letter (Hebrew, Arabic): its order is the bidi
    algorithm's, which a split into two boxes would break."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def split_file_name(name: str) -> tuple[str, str] | None:
    """`name` as (head, tail): the tail the extension and the end of the name before it; None
    when the name has no extension, nothing before the tail, or right-to-left letters (drawn
    whole, cut at its end as before)."""
    extension = _EXTENSION.search(name)
    if extension is None or _has_rtl(name):
        return None
    stem = name[: extension.start()]
    window = stem[-TAIL_STEM_MAX:]
    cut = max(window.rfind(sep) for sep in _SEPARATORS)
    keep = len(window) - cut if cut >= 0 else TAIL_STEM_CHARS
    head, tail = stem[:-keep] if keep < len(stem) else "", stem[-keep:] + extension.group()
    if not head.strip():
        return None
    return head, tail


def _joins_previous(char: str, previous: str) -> bool:
    """Whether `char` belongs to the character drawn before it: a combining accent (a name in
    NFD, as macOS writes it), a variation selector, an emoji's skin tone or tag, a Hangul vowel or
    final consonant of a decomposed syllable, the second flag letter, or a joined pair."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or char in _JOINERS
        or previous in _JOINERS
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0000 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF
        or 0x1160 <= code <= 0x11FF
        or 0xD7B0 <= code <= 0xD7FF
        or (0x1F1E6 <= code <= 0x1F1FF and 0x1F1E6 <= ord(previous) <= 0x1F1FF)
    )


def breakable_head(head: str) -> str:
    """`head` breakable between any two of its characters and nowhere else: a soft hyphen between
    each two (where a break draws the head's ellipsis), its spaces no-break ones (a break after a
    space or a hyphen would draw none, and a space at the cut is drawn, not dropped)."""
    out: list[str] = []
    for index, char in enumerate(head):
        if index and not _joins_previous(char, head[index - 1]):
            out.append(SOFT_HYPHEN)
        out.append(NO_BREAK_SPACE if char == " " else char)
    return "".join(out)
