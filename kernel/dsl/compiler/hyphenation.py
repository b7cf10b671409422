"""Soft hyphens in long words, so a narrow box breaks them where the language allows.

Chromium's headless shell ships no hyphenation dictionaries, so `hyphens: auto` does nothing and a
German compound wider than its box ("Zahlungsinformationen" under a stepper's marker) either runs
into its neighbour or is broken at any letter. Pyphen (the LibreOffice dictionaries) marks where
each long word may break; the browser breaks there, with a hyphen, only when it has to.

Finnish has no Pyphen dictionary (LibreOffice hyphenates it with Voikko): it is hyphenated by
Voikko (libvoikko with the voikko-fi morphology, Debian's packages; `libvoikko` from PyPI binds
it), which knows where its compounds join (Kan-sain-vä-lis-ty-mis-stra-te-gia). Where Voikko is
not installed, Finnish words break by the rule Finnish schools teach (before a consonant
followed by a vowel), never leaving one letter alone.

Two policies: `hyphenated` marks every long word of any language with a dictionary, for labels
known to sit in a narrow box (a stepper's); `compound_hyphenated` marks only the very long words
of languages that build long compounds (German, Dutch, the Nordic languages, Hungarian...), for
running text whose box is not known: English and the other languages are left as written, so
their pages keep every pixel, and a page in German pays for the few words that need it.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Protocol

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


class Hyphenator(Protocol):
    """What marks a word's break points: Pyphen's dictionaries, or Voikko for Finnish."""

    def inserted(self, word: str, hyphen: str = "-") -> str:
        """`word` with `hyphen` wherever it may break."""
        ...

    def __hash__(self) -> int:
        """Hashable: the words it marks are remembered per hyphenator (`_marked_word`)."""
        ...


@lru_cache(maxsize=32)
def _dictionary(lang: str) -> Hyphenator | None:
    """The hyphenator of `lang` (a BCP 47 tag or a subtag): Pyphen's dictionary, Finnish's
    hyphenator (see `finnish_hyphenator`), or None for a language without one."""
    if lang.replace("_", "-").split("-", 1)[0].lower() == "fi":
        return finnish_hyphenator()
    found = pyphen.language_fallback(lang.replace("-", "_"))
    return pyphen.Pyphen(lang=found) if found else None


VOIKKO_MAX_WORD_BYTES = 255
"""The longest word (in UTF-8 bytes) libvoikko hyphenates: for a longer one its C library returns
a null pointer, which its Python binding reads without a check, killing the process with a
segmentation fault (256 ASCII letters, or 128 "ä"). Such a word is no Finnish word anyway."""


class VoikkoHyphenator:
    """Finnish hyphenated by Voikko, without its "ugly" breaks (one vowel alone at a word's end
    or start: Asia-kas, not A-si-a-kas). A Voikko handle serves one thread at a time. A word
    longer than Voikko takes (`VOIKKO_MAX_WORD_BYTES`) breaks by the school rule instead."""

    def __init__(self, voikko: object) -> None:
        self._voikko = voikko
        self._lock = threading.Lock()

    def inserted(self, word: str, hyphen: str = "-") -> str:
        """`word` with `hyphen` at its break points; its letters are never changed (Voikko may
        otherwise respell a few words where they break)."""
        if len(word.encode("utf-8")) > VOIKKO_MAX_WORD_BYTES:
            return FinnishSyllables().inserted(word, hyphen)
        with self._lock:
            marked = self._voikko.hyphenate(word, hyphen, False)  # type: ignore[attr-defined]
        if not isinstance(marked, str) or marked.replace(hyphen, "") != word:
            return word
        pieces = marked.split(hyphen)
        # A short piece at either end joins its neighbour: no line holds one letter of the word.
        while len(pieces) > 1 and len(pieces[0]) < MIN_SYLLABLE_LETTERS:
            pieces[:2] = [pieces[0] + pieces[1]]
        while len(pieces) > 1 and len(pieces[-1]) < MIN_SYLLABLE_LETTERS:
            pieces[-2:] = [pieces[-2] + pieces[-1]]
        return hyphen.join(pieces)


_FINNISH_VOWELS = frozenset("aeiouyäöåAEIOUYÄÖÅ")
MIN_SYLLABLE_LETTERS = 2
"""No break leaves fewer letters than this before or after it on its line."""


class FinnishSyllables:
    """Finnish hyphenated by the rule its schools teach, where Voikko is not installed: a break
    before each consonant followed by a vowel (ta-lo, kir-ja, Hen-ki-lö-tie-dot), at least
    `MIN_SYLLABLE_LETTERS` letters on either side. It does not know where compounds join (a
    loanword's consonants may part as "miss-tra"), but no word is cut at any letter."""

    def inserted(self, word: str, hyphen: str = "-") -> str:
        """`word` with `hyphen` at its syllable breaks."""
        breaks = [
            index
            for index in range(MIN_SYLLABLE_LETTERS, len(word) - MIN_SYLLABLE_LETTERS + 1)
            if word[index].isalpha()
            and word[index] not in _FINNISH_VOWELS
            and word[index + 1] in _FINNISH_VOWELS
            and any(char in _FINNISH_VOWELS for char in word[:index])
        ]
        pieces = [word[start:end] for start, end in zip([0, *breaks], [*breaks, len(word)], strict=True)]
        return hyphen.join(pieces)


def finnish_hyphenator() -> Hyphenator:
    """Voikko's Finnish hyphenator, or the school rule (`FinnishSyllables`) when libvoikko or
    its Finnish dictionary is not installed."""
    try:
        import libvoikko

        voikko = libvoikko.Voikko("fi")
    except Exception:  # no binding (ImportError), no library (OSError), no dictionary (VoikkoException)
        return FinnishSyllables()
    voikko.setNoUglyHyphenation(True)
    return VoikkoHyphenator(voikko)


def hyphenated(text: str, lang: str | None) -> str:
    """`text` with soft hyphens where its long words may break, in `lang` (English by default);
    unchanged for a language without a dictionary (Japanese, Chinese...)."""
    dictionary = _dictionary(lang or "en")
    if dictionary is None or not _WORD.search(text):
        return text
    return _WORD.sub(lambda word: dictionary.inserted(word.group(0), SOFT_HYPHEN), text)


def is_plain_word(token: str) -> bool:
    """Whether `token` (no spaces) is a word of the language: letters, joined by hyphens or
    apostrophes, between quotes and punctuation (`Konstantinopoulou-Ramírez`, `O'Sullivan`);
    not a URL, an address, a file name, a number nor a code identifier (`getElementById`)."""
    return bool(_PLAIN_WORD.fullmatch(token)) and not _CAMEL.search(token)


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


def _marked_token(token: str, dictionary: Hyphenator) -> str:
    """`token` with its long words marked, when it is plain words (not a URL, a code, a number)."""
    if not _PLAIN_WORD.fullmatch(token) or _CAMEL.search(token):
        return token
    return re.sub(_LETTERS, lambda word: _marked_word(word.group(0), dictionary), token)


@lru_cache(maxsize=4096)
def _marked_word(word: str, dictionary: Hyphenator) -> str:
    return dictionary.inserted(word, SOFT_HYPHEN)
