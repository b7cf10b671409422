"""Soft hyphens in long words, so a narrow box breaks them where the language allows.

Chromium's headless shell ships no hyphenation dictionaries, so `hyphens: auto` does nothing and a
German compound wider than its box ("Zahlungsinformationen" under a stepper's marker) either runs
into its neighbour or is broken at any letter. Pyphen (the LibreOffice dictionaries) marks where
each long word may break; the browser breaks there, with a hyphen, only when it has to.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

SOFT_HYPHEN = "\u00ad"
LONG_WORD = 10
"""Words shorter than this are never hyphenated: they fit any box that holds text at all."""

_WORD = re.compile(rf"\w{{{LONG_WORD},}}")


@lru_cache(maxsize=32)
def _dictionary(lang: str) -> pyphen.Pyphen | None:
    found = pyphen.language_fallback(lang.replace("-", "_"))
    return pyphen.Pyphen(lang=found) if found else None


def hyphenated(text: str, lang: str | None) -> str:
    """`text` with soft hyphens where its long words may break, in `lang` (English by default);
    unchanged for a language without a dictionary (Japanese, Chinese...)."""
    dictionary = _dictionary(lang or "en")
    if dictionary is None or not _WORD.search(text):
        return text
    return _WORD.sub(lambda word: dictionary.inserted(word.group(0), SOFT_HYPHEN), text)
