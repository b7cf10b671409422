"""Where a long file name is cut: in its middle, so that its end and extension stay in sight.

A name too long for its row was cut at its end ("quarterly-report-final-v3-…"), losing what tells
files apart: the version at the end of the name and the extension. File managers and upload
widgets cut in the middle instead ("quarterly-rep…-v3.pdf"). The compiler splits the name into a
head, which is cut with an ellipsis when it must, and a tail that never is: the extension and the
last part of the name before it, from its last separator (`-v3.pdf`, `_edit.jpg`; after a space:
`appendices.docx`), or its last `TAIL_STEM_CHARS` characters when there is no separator near its end.
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
    if window[-keep:].startswith(" "):
        keep -= 1  # the space stays with the head: drawn when it fits, not after the ellipsis
    head, tail = stem[:-keep] if keep < len(stem) else "", stem[-keep:] + extension.group()
    if not head.strip():
        return None
    return head, tail
