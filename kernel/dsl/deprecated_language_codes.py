"""Deprecated ISO 639 language codes (iw, in, ji...) and the codes that replaced them (he, id, yi...)."""

from __future__ import annotations

DEPRECATED_CODES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}
"""Codes ISO 639 withdrew (iw, in, ji in 1989), still written by Java's and Android's Locale (`iw`
for Hebrew), and jw (Javanese) and mo (Moldavian, written as Romanian): each means the same
language as the code after it."""


def current_code(tag: str) -> str:
    """`tag` with a deprecated primary subtag replaced by today's (`iw-IL` -> `he-IL`), so the page
    is Hebrew throughout (its words, calendar, direction and fonts); any other tag as written."""
    primary, dash, rest = tag.partition("-")
    current = DEPRECATED_CODES.get(primary.lower())
    return f"{current}{dash}{rest}" if current else tag


def deprecated_code(tag: str) -> tuple[str, str] | None:
    """(the deprecated primary subtag as written, today's code) when `tag` starts with one."""
    primary = tag.partition("-")[0]
    current = DEPRECATED_CODES.get(primary.lower())
    return (primary, current) if current else None
