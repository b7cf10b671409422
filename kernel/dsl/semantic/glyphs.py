"""Warns of characters no installed font draws: each would be an empty box (tofu) in the picture."""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from kernel.dsl.glyph_ranges import COVERED
from kernel.dsl.semantic.findings import Findings, Key, shown_value

_NOT_DRAWN_AS_GLYPHS = (
    "0-1f 7f-9f"  # control characters: line breaks and tabs, never a glyph of their own
    " ad 34f 61c 115f-1160 17b4-17b5 180b-180f 200b-200f 202a-202e 2060-206f 3164 fe00-fe0f feff"
    " ffa0 fff0-fff8 1bca0-1bca3 1d173-1d17a e0000-e0fff"  # default ignorables: joiners, variation
    " d800-dfff"  # selectors, bidi marks, tags; lone surrogates are reported on their own (surrogates.py)
)
"""Characters a text may hold that no font needs to draw: the shaper consumes them."""

_UNDRAWN_FIELDS = frozenset({"src", "href", "id"})
"""Fields whose text is an address or a name, never drawn as text."""

_SPELLED_OUT = {
    "\u20c0": "'KGS' or 'сом'",  # SOM SIGN (Unicode 14)
    "\u20c1": "'SAR' or 'ر.س'",  # SAUDI RIYAL SIGN (Unicode 17)
}
"""How a text usually writes a currency sign too new for the fonts."""

MAX_REPORTED = 20
"""Texts reported one by one; past them, one warning counts the rest (a whole script missing)."""


@functools.cache
def _covered() -> tuple[list[int], list[int]]:
    """The first and last code points of the ranges every character drawn or ignored is in, sorted."""
    ranges = []
    for token in f"{COVERED} {_NOT_DRAWN_AS_GLYPHS}".split():
        start, _, end = token.partition("-")
        ranges.append((int(start, 16), int(end or start, 16)))
    merged: list[tuple[int, int]] = []
    for first, last in sorted(ranges):  # an ignorable range may lie inside a covered one
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return [first for first, _ in merged], [last for _, last in merged]


def missing_glyphs(text: str) -> list[str]:
    """The characters of `text` no installed font draws, each once, in order of appearance."""
    if text.isascii():  # most texts: every ASCII character is drawn
        return []
    firsts, lasts = _covered()
    missing = []
    for character in dict.fromkeys(text):
        point = ord(character)
        index = bisect.bisect_right(firsts, point) - 1
        if index < 0 or point > lasts[index]:
            missing.append(character)
    return missing


def _texts(value: Any, path: tuple[Key, ...]) -> Iterator[tuple[tuple[Key, ...], str]]:
    """Every text in `value` with its path, leaving out addresses and ids."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if key not in _UNDRAWN_FIELDS:
                yield from _texts(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*path, index))


def _named(character: str) -> str:
    name = unicodedata.name(character, "")
    code = f"U+{ord(character):04X}"
    return f"'{character}' ({code} {name})" if name else f"'{character}' ({code})"


def check_glyphs(data: Mapping[str, Any], findings: Findings) -> None:
    """A `missing_glyph` warning for each text holding characters that no installed font has
    (Noto and DejaVu, `kernel/dsl/glyph_ranges.py`): Chromium draws each as an empty box, and
    nothing else would tell the author (a new currency sign, a private-use icon code)."""
    reported = 0
    unreported: dict[str, None] = {}
    for path, text in _texts(data, ()):
        characters = missing_glyphs(text)
        if not characters:
            continue
        if reported == MAX_REPORTED:
            unreported.update(dict.fromkeys(characters))
            continue
        reported += 1
        named = ", ".join(_named(character) for character in characters)
        findings.warn(
            path,
            f"'{shown_value(text)}': {named} {'is' if len(characters) == 1 else 'are'} in none of the"
            " renderer's fonts: drawn as an empty box",
            "missing_glyph",
            _suggestion(characters),
        )
    if unreported:
        named = ", ".join(_named(character) for character in list(unreported)[:10])
        findings.warn(
            (),
            f"more texts hold characters in none of the renderer's fonts, drawn as empty boxes: {named}",
            "missing_glyph",
            _suggestion(list(unreported)),
        )


def _suggestion(characters: list[str]) -> str:
    spelled = [
        f"{_named(character)} as {_SPELLED_OUT[character]}"
        for character in characters
        if character in _SPELLED_OUT
    ]
    if spelled:
        return "write " + "; ".join(spelled)
    return "write the text without these characters (a currency's code, a word), or show them as an image"
