"""What a document's `lang` says that its author did not mean: a country's code for a language
(`jp`), a rare language's code for a common one's country (`kr`, Kanuri, for Korean), or no
`lang` at all on texts whose script names their language (all-Arabic text drawn left to right).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

COUNTRY_CODES = {
    "jp": "ja", "cn": "zh", "ua": "uk", "dk": "da", "gr": "el", "cz": "cs", "vn": "vi", "il": "he",
    "ir": "fa", "hk": "zh-HK", "us": "en-US", "gb": "en-GB", "at": "de-AT", "mx": "es-MX", "kz": "kk",
    "by": "be", "rs": "sr", "sp": "es", "ge": "ka", "kr": "ko", "se": "sv",
}  # fmt: skip
"""A country's code written where its language's was meant (`jp` for Japanese) -> that language."""

RARELY_MEANT = {"kr": "Kanuri", "se": "Northern Sami"}
"""Codes of languages that are real but rarely the one meant: the code of the country of a common
language (Korea's `kr`, Sweden's `se`); kept, with a warning."""


def country_code_hint(tag: str) -> str | None:
    """For a tag that is a country's code (`jp`, `cn`, `ua`; any case, a region after it), the
    language meant: "did you mean 'ja'? ('jp' is the country code of Japan...)"; else None."""
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    meant = COUNTRY_CODES.get(primary)
    if meant is None:
        return None
    return f"did you mean '{meant}'? ('{primary}' is the country code of {_country(primary)}: 'lang' names the language)"


@dataclass(frozen=True, slots=True)
class RareLanguage:
    """A `lang` whose language is real but rarely meant, and the language probably meant."""

    code: str
    """Its language subtag, also a country's code (`kr`)."""
    language: str
    meant: str
    country: str


def rarely_meant(tag: str) -> RareLanguage | None:
    """`kr` (Kanuri) and `se` (Northern Sami), alone or with their country's region (`se-SE`):
    most likely Korean and Swedish written by their country's code."""
    subtags = re.split(r"[-_]", tag.strip().lower())
    primary = subtags[0]
    language = RARELY_MEANT.get(primary)
    if language is None or (len(subtags) > 1 and subtags[1] != primary):
        return None
    return RareLanguage(primary, language, COUNTRY_CODES[primary], _country(primary))


def _country(code: str) -> str:
    """The English name of the country `code` (CLDR's, through Babel)."""
    return str(_territories().get(code.upper(), code.upper()))


@functools.cache
def _territories() -> Mapping[str, str]:
    from babel import Locale

    return Locale("en").territories


# -- the language a document's script names ---------------------------------------------------------

_SCRIPTS = {
    "kana": r"\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "hangul": r"\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af",
    "han": r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "Arabic": r"\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    "Hebrew": r"\u0590-\u05ff\ufb1d-\ufb4f",
    "Thai": r"\u0e00-\u0e7f",
    "Greek": r"\u0370-\u03ff\u1f00-\u1fff",
    "Georgian": r"\u10a0-\u10ff",
    "Armenian": r"\u0530-\u058f",
    "Khmer": r"\u1780-\u17ff",
    "Lao": r"\u0e80-\u0eff",
    "Sinhala": r"\u0d80-\u0dff",
    "Tamil": r"\u0b80-\u0bff",
    "Telugu": r"\u0c00-\u0c7f",
    "Kannada": r"\u0c80-\u0cff",
    "Malayalam": r"\u0d00-\u0d7f",
    "Gujarati": r"\u0a80-\u0aff",
    "Gurmukhi": r"\u0a00-\u0a7f",
}
"""Scripts by their letters (Unicode blocks). Scripts several common languages share (Latin,
Cyrillic, Devanagari, Chinese characters alone) name none, and are not listed but for han, which
counts with kana for Japanese and with hangul for Korean."""
_SCRIPT_LETTERS = {name: re.compile(f"[{letters}]") for name, letters in _SCRIPTS.items()}
_LANGUAGES = {
    "Hebrew": "he", "Thai": "th", "Greek": "el", "Georgian": "ka", "Armenian": "hy", "Khmer": "km",
    "Lao": "lo", "Sinhala": "si", "Tamil": "ta", "Telugu": "te", "Kannada": "kn", "Malayalam": "ml",
    "Gujarati": "gu", "Gurmukhi": "pa",
}  # fmt: skip
_URDU_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]")
"""ٹ ڈ ڑ ں ھ ہ ے ۓ: letters Urdu writes and Arabic and Persian do not."""
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
"""پ چ ژ گ ک ی: letters Persian (and Urdu) write and Arabic does not."""
_ANY_SCRIPT_LETTER = re.compile(f"[{''.join(_SCRIPTS.values())}]")
"""A letter of any script above: a document without one names no language (most have none)."""
SCRIPT_SHARE = 0.5
"""The share of a document's letters a script must have to name its language."""
MIN_LETTERS = 2

_NOT_TEXT = frozenset(
    {"type", "id", "variant", "icon", "src", "href", "style", "layout", "color", "language", "inputType",
     "size", "align", "justify", "shape", "status", "iconPosition", "direction", "position", "target",
     "format", "month", "date", "css", "theme", "device", "frame", "background", "version", "lang", "dir",
     "metadata", "key"}
)  # fmt: skip
"""Fields whose values are names the DSL or CSS reads, not words of the screen's language."""


@dataclass(frozen=True, slots=True)
class ScriptLanguage:
    """The language a document's texts are written in, by their script, and what it changes."""

    script: str
    tag: str
    others: str = ""
    """Other languages of the script, for the suggestion ("fa for Persian, ur for Urdu")."""

    @property
    def right_to_left(self) -> bool:
        return self.script in ("Arabic", "Hebrew")


def script_language(data: Mapping[str, Any]) -> ScriptLanguage | None:
    """The language the document's texts name by their script, when one does beyond doubt: at
    least half of their letters are Arabic (ar; ur or fa by the letters only they write), Hebrew
    (he), kana with Chinese characters (ja), hangul with them (ko), Thai (th), Greek (el)...; None
    for Latin, Cyrillic or Devanagari text, or Chinese characters alone (zh-Hans or zh-Hant?)."""
    text = " ".join(_texts(data))
    if not _ANY_SCRIPT_LETTER.search(text):
        return None
    letters = sum(1 for char in text if char.isalpha())
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPT_LETTERS.items()}

    def enough(count: int) -> bool:
        return count >= MIN_LETTERS and count >= letters * SCRIPT_SHARE

    if counts["kana"] and enough(counts["kana"] + counts["han"]):
        return ScriptLanguage("Japanese kana", "ja")
    if counts["hangul"] and enough(counts["hangul"] + counts["han"]):
        return ScriptLanguage("Korean hangul", "ko")
    if enough(counts["Arabic"]):
        if _URDU_LETTERS.search(text):
            return ScriptLanguage("Arabic", "ur", "ar for Arabic, fa for Persian")
        if _PERSIAN_LETTERS.search(text):
            return ScriptLanguage("Arabic", "fa", "ar for Arabic, ur for Urdu")
        return ScriptLanguage("Arabic", "ar", "fa for Persian, ur for Urdu")
    for script, tag in _LANGUAGES.items():
        if enough(counts[script]):
            return ScriptLanguage(script, tag)
    return None


def _texts(value: Any) -> list[str]:
    """Every text of the document the screen shows (not the names the DSL reads: types, icons,
    colours, styles), in no particular order: only their letters are counted. A loop over a
    stack rather than nested generators: it runs on every document without a `lang`."""
    texts: list[str] = []
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, (dict, Mapping)):  # a dict first spares the ABC check
            pending.extend(entry for key, entry in item.items() if key not in _NOT_TEXT)
        elif isinstance(item, list):
            pending.extend(item)
    return texts


SCRIPT_LANGUAGES = {
    "Arabic": frozenset({"ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "ks", "bal", "prs", "pnb", "skr"}),
    "Hebrew": frozenset({"he", "iw", "yi", "lad", "jrb"}),
}
"""Languages written in a script beside the one `script_language` names by it (Persian and Urdu
in Arabic letters, Yiddish in Hebrew ones): a `lang` among them is no mismatch."""


def contradicts(lang: str, guess: ScriptLanguage) -> bool:
    """Whether `lang` (a valid tag) names a language not written in the script of the texts
    (`guess`): `lang: en` on an all-Arabic document, `lang: zh` on one written in kana."""
    primary = lang.split("-")[0].lower()
    return primary not in SCRIPT_LANGUAGES.get(guess.script, frozenset({guess.tag}))


def mismatched_lang_message(lang: str, guess: ScriptLanguage, *, page_rtl: bool) -> str:
    """What goes wrong when `lang` names another language than the texts' script does; the
    direction only when the page's (`page_rtl`: by `lang`, or `dir`) is not the script's: Hebrew
    under `lang: ar-SA` is drawn right to left, as it should be."""
    drawn = ""
    if guess.right_to_left != page_rtl:
        drawn = "drawn right to left, " if page_rtl else "drawn left to right, "
    return (
        f"the texts are written in {guess.script}, but lang is '{lang}': {drawn}with {lang}'s "
        "built-in words, line breaking and hyphenation"
    )


def missing_lang_message(guess: ScriptLanguage, *, rtl_set: bool) -> str:
    """What goes wrong without `lang` on a document written in `guess`'s script."""
    losses = ["its built-in words (a select's placeholder, a pagination's Previous) are English"]
    if guess.right_to_left and not rtl_set:
        losses.insert(0, "it is laid out left to right")
    if guess.tag == "ja":
        losses.insert(0, "its Chinese characters take Chinese shapes and its lines break as Chinese ones")
    if guess.tag == "ko":
        losses.insert(0, "its lines break between syllables, not between words")
    return f"the texts are written in {guess.script}, but the document has no 'lang': {'; '.join(losses)}"


def missing_lang_hint(guess: ScriptLanguage) -> str:
    """The `lang` to add (and the script's other languages, when it has some)."""
    others = f" ({guess.others})" if guess.others else ""
    return f"add lang: {guess.tag}{others}"
