"""Escaping a value for HTML: the one helper both the element wrapper (`html`) and the icon set
(`icons`) need, kept apart so that each imports it at the top without importing the other."""

from __future__ import annotations

import re
from html import escape

SEPARATORS = "·•|"
"""Marks written between words as separators ("Beginner · 6 weeks", "Docs | Blog")."""
_BEFORE_SEPARATOR = re.compile(rf"(?<=\S) (?=[{re.escape(SEPARATORS)}](?:\s|$))")


def esc(text: object) -> str:
    """Escape any value for HTML text or a double-quoted attribute; the space before a separator
    (`SEPARATORS`) standing between words is a no-break space, so the separator stays at the end
    of its line instead of starting the next one ("· Intermediate" under a card's title)."""
    shown = "" if text is None else str(text)
    if any(mark in shown for mark in SEPARATORS):
        shown = _BEFORE_SEPARATOR.sub("\u00a0", shown)
    return escape(shown, quote=True)
