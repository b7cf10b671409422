"""Soft hyphens in long words, so a narrow box breaks them where the language allows.

Chromium's headless shell ships no hyphenation dictionaries, so `hyphens: auto` does nothing and a
German compound wider than its box ("Zahlungsinformationen" under a stepper's marker) either runs
into its neighbour or is broken at any letter. Pyphen (the LibreOffice dictionaries) marks where
each long word may break; the browser breaks there, with a hyphen, only when it has to.

Two policies: `hyphenated` marks every long word of any language with a dictionary, for labels
known to sit in a narrow box (a stepper's); `compound_hyphenated` marks only the very long words
of languages that build long compounds (German, Dutch, the Nordic languages, Hungarian...), for
running text whose box is not known: English and the other languages are left as written, so
their pages keep every pixel, and a page in German pays for the few words that need it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

SOFT_HYPHEN = "\u00ad"
LONG_WORD = 10
"""Words shorter than this are never hyphenated: they fit any box that holds text at all."""

LONG_COMPOUND = 12
"""In running text, only words of at least this many letters are marked: a shorter word fits any
line a label or a paragraph has, and a longer one is most likely a compound that may not."""

COMPOUNDING_LANGUAGES = frozenset(
    {"af", "da", "de", "et", "fi", "hu", "is", "lb", "nb", "nl", "nn", "no", "sv"}
)
"""Primary language subtags whose words join into long compounds (Grundstücksverkehrsgenehmigung,
arbeidsongeschiktheidsverzekering, sjukskrivningsersättning, megszentségteleníthetetlen)."""

_WORD = re.compile(rf"\w{{{LONG_WORD},}}")
_TOKEN = re.compile(r"\S+")
_LETTERS = rf"[^\W\d_]{{{LONG_COMPOUND},}}"
_PLAIN_WORD = re.compile(r"[\"'(\[„“‘«»‹›¿¡]*[^\W\d_]+(?:[-'’][^\W\d_]+)*[\"').,;:!?\]“”‘’«»‹›…]*")
"""A token made of letters (joined by hyphens or apostrophes), between quotes and punctuation: a
word of the language. A URL, an e-mail address, a file name, a number or a code identifier
(`NORTHWIND_PROD`, `getElementById`) is none, and no hyphen is ever drawn inside one."""
_CAMEL = re.compile(r"[^\W\d_][a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]")


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


def compound_hyphenated(text: str, lang: str | None) -> str:
    """`text` with soft hyphens in its words of LONG_COMPOUND letters or more when `lang` builds
    long compounds and has a dictionary; otherwise (English, no language, Japanese) `text` itself.

    A word that fits its line is drawn as before (a soft hyphen is invisible until the line breaks
    there); one longer than its line breaks between syllables, with a hyphen, instead of running
    into its neighbour or being cut at any letter."""
    primary = (lang or "").split("-", 1)[0].lower()
    if primary not in COMPOUNDING_LANGUAGES or not re.search(_LETTERS, text):
        return text
    dictionary = _dictionary(lang or primary)
    if dictionary is None:
        return text
    return _TOKEN.sub(lambda token: _marked_token(token.group(0), dictionary), text)


def _marked_token(token: str, dictionary: pyphen.Pyphen) -> str:
    """`token` with its long words marked, when it is plain words (not a URL, a code, a number)."""
    if not _PLAIN_WORD.fullmatch(token) or _CAMEL.search(token):
        return token
    return re.sub(_LETTERS, lambda word: _marked_word(word.group(0), dictionary), token)


@lru_cache(maxsize=4096)
def _marked_word(word: str, dictionary: pyphen.Pyphen) -> str:
    return dictionary.inserted(word, SOFT_HYPHEN)
