"""Escaping a value for HTML: the one helper both the element wrapper (`html`) and the icon set
(`icons`) need, kept apart so that each imports it at the top without importing the other."""

from __future__ import annotations

from html import escape


def esc(text: object) -> str:
    """Escape any value for HTML text or a double-quoted attribute."""
    return escape("" if text is None else str(text), quote=True)
