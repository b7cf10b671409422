"""How wide a label of the design system's medium-weight text is, estimated without measuring it.

The compiler sizes a few things before Chromium lays them out (where a stepper's labels stop
fitting, when a row of action buttons must stack); it reads the advances of Noto Sans Medium,
the face of those labels, from a table measured in Chromium, and turns them into those of the
theme's face when that is Noto Serif or Noto Sans Mono (`in_typeface`)."""

from __future__ import annotations

import re
import unicodedata

from kernel.dsl.compiler.typefaces import Typeface

_EM_ADVANCES = {
    225: "'", 258: "ijl", 268: ".,:;!", 273: "J", 300: "()", 322: "-\u2011", 339: "I", 344: "f", 361: "t",
    372: "/", 408: '"', 413: "r", 434: "?", 444: "_", 470: "z", 480: "cs", 509: "vy", 521: "LF",
    531: "kx", 550: "S*", 556: "ET", 562: "ae", 568: "Y", 572: "0123456789Z+", 586: "X", 600: "V",
    605: "oP", 616: "bdgpqhnuK", 622: "R", 635: "AC", 648: "B#", 730: "GDHU&", 760: "N", 781: "OQ",
    786: "w", 831: "%", 899: "@", 907: "M", 932: "mW",
}  # fmt: skip
"""Noto Sans Medium's advance widths (1/1000 em, a stepper label's and a button's face) grouped
by width, measured in Chromium; a letter with a mark counts as its base letter."""
_GREEK_EM_ADVANCES = {
    339: "Ι", 346: "ι", 478: "ξτ", 484: "εζς", 518: "γ", 524: "Γ", 534: "κ", 542: "λ", 547: "ν", 555: "Ξ",
    556: "ΕΤ", 566: "Υ", 569: "χ", 570: "Σ", 572: "Ζ", 581: "Δ", 586: "Χ", 595: "θ", 604: "δ", 605: "Ρορ",
    608: "Λ", 613: "υ", 615: "α", 617: "σ", 618: "η", 619: "Κ", 623: "μ", 631: "β", 639: "Α", 650: "Β",
    659: "π", 725: "φ", 731: "Π", 741: "Η", 760: "Ν", 761: "ψ", 781: "ΘΟ", 782: "Ωω", 804: "ΦΨ", 907: "Μ",
}  # fmt: skip
"""Noto Sans Medium's Greek letters, measured in Chromium as the Latin ones: most small letters are
narrower than OTHER_EM, which made a Greek step label ("Επιβεβαίωση") seem too wide for a phone."""
ADVANCE = {
    char: width / 1000
    for table in (_EM_ADVANCES, _GREEK_EM_ADVANCES)
    for width, chars in table.items()
    for char in chars
}
SPACE_EM = 0.26
"""A word space of Noto Sans Medium."""
OTHER_EM = 0.6
"""A character the table does not list (another Latin, Greek or Cyrillic letter)."""
WIDE_SCRIPTS = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
"""Han, kana and hangul: a full em each, and a line may break between any two."""
UNSPACED_SCRIPTS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""Thai, Lao, Myanmar and Khmer, written without spaces between words: Chromium breaks their lines
between words by its dictionary, which the compiler does not have."""
UNSPACED_WORD_EM = 3.0
"""About how wide a word of those scripts is taken to be (a two- or three-syllable Thai word at
medium weight: "การยืนยัน" is 3.9 em, "ชำระ" 1.9 em)."""
_SCRIPT_EMS = (
    (re.compile(r"[\u0590-\u05ff\ufb1d-\ufb4f]"), 0.55),
    (re.compile(r"[\u0600-\u08ff\ufb50-\ufeff]"), 0.42),
)
"""Average advances of Hebrew and of Arabic letters (Noto Sans Hebrew, Noto Sans Arabic; Arabic's
joined letters are narrow), where the table's 0.6 would make a label a third too wide."""


MONO_EM = 0.6
"""Every character of Noto Sans Mono, at every weight (Latin, Greek, Cyrillic, figures, signs)."""
SERIF_SCALE = {"upper": 1.07, "lower": 1.04}
"""How much wider Noto Serif's capitals and small letters are than Noto Sans's, on average (1.05
and 1.03, rounded up: measured in Chromium at regular and bold weights); its figures and signs
are as wide (its figures 2% narrower)."""


def in_typeface(char: str, sans_em: float, typeface: Typeface) -> float:
    """The advance of `char` in the theme's `typeface`, given its advance in Noto Sans (`sans_em`):
    MONO_EM in the monospaced face, but for what Noto Sans Mono does not draw (han, kana and
    hangul, Hebrew, Arabic, emoji: drawn by their own faces, as in the sans); a letter scaled by
    SERIF_SCALE in the serif face; as it is in the sans."""
    if typeface == "mono":
        return sans_em if ord(char) >= 0x2E80 or _other_script(char) else MONO_EM
    if typeface == "serif" and char.isalpha():
        return sans_em * SERIF_SCALE["upper" if char.isupper() else "lower"]
    return sans_em


def _other_script(char: str) -> bool:
    """Whether `char` is Hebrew or Arabic (drawn by their own Noto faces in any theme font)."""
    return any(script.match(char) for script, _ in _SCRIPT_EMS)


def base_letter(char: str) -> str:
    """`char` without its marks (é -> e), so an accented letter counts as its letter."""
    return unicodedata.normalize("NFD", char)[:1] or char


def char_em(char: str, typeface: Typeface = "sans") -> float:
    """The advance of one character of medium-weight text in the theme's `typeface`, in em."""
    return in_typeface(char, _sans_em(char), typeface)


def _sans_em(char: str) -> float:
    """The advance of one character of Noto Sans Medium, in em."""
    if char == " ":
        return SPACE_EM
    if WIDE_SCRIPTS.match(char):
        return 1.0
    for script, em in _SCRIPT_EMS:
        if script.match(char):
            return em
    return ADVANCE.get(base_letter(char), OTHER_EM)


def label_em(text: str, typeface: Typeface = "sans") -> float:
    """About how wide `text` is on one line, in em of its medium-weight font in `typeface`."""
    return sum(char_em(char, typeface) for char in text)
