"""A company's name without its legal form (`GmbH`, `B.V.`, `Ltd`, `S.p.A.`...): what its initials stand for."""

from __future__ import annotations

import re

LEGAL_FORMS = frozenset(
    {"gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "ev", "se", "bv", "nv", "vof", "ltd", "limited",
     "inc", "llc", "llp", "lp", "plc", "corp", "co", "sa", "sas", "sasu", "sarl", "eurl", "sca", "spa", "srl",
     "sl", "slu", "ltda", "oy", "oyj", "ab", "as", "asa", "a/s", "aps", "pty", "pte", "bhd", "sdn", "kk", "kft",
     "zrt", "sro", "doo"}
)  # fmt: skip
"""Legal forms written after a company's name, as `_bare` spells them (lower case, no points or
hyphens): German, Dutch, English, French, Italian, Spanish, Portuguese, Nordic, Australian, Asian,
and Central European ones. `GmbH & Co. KG` is three of them and an ampersand."""
LEGAL_FORM_PHRASES = (
    ("sp", "z", "oo"),
    ("sa", "de", "cv"),
    ("sab", "de", "cv"),
    ("s", "de", "rl"),
    ("s", "en", "c"),
)
"""Legal forms of several words (`Sp. z o.o.`, `S.A. de C.V.`, `S. de R.L.`, `S. en C.`)."""
LEADING_LEGAL_FORMS = frozenset({"ооо", "оао", "зао", "пао", "ао", "ип", "тов", "ooo"})
"""Legal forms written before a company's name (`ООО Ромашка`, `ТОВ Світанок`)."""
JOINERS = frozenset({"&", "+"})
"""An ampersand left at the end once a legal form after it is gone (`Müller & Co.`)."""


def _bare(word: str) -> str:
    return re.sub(r"[.\-]", "", word).casefold()


def _written_as_form(word: str) -> bool:
    """Whether a word of two letters or fewer is written as a legal form is, in capitals or with
    points (`AB`, `S.A.`, `Co.`), or is Finland's `Oy`: a surname like Sa, As or Ag stays a name."""
    bare = _bare(word)
    return len(bare) > 2 or bare == "oy" or "." in word or word.isupper()


def _tail_form(words: list[str]) -> int:
    """How many of `words`' last words make a legal form (or a joiner): 0 when they make none."""
    bare = [_bare(word) for word in words]
    for phrase in LEGAL_FORM_PHRASES:
        if tuple(bare[-len(phrase) :]) == phrase:
            return len(phrase)
    last = words[-1]
    if last in JOINERS or (bare[-1] in LEGAL_FORMS and _written_as_form(last)):
        return 1
    return 0


def without_legal_form(name: str) -> str:
    """`name` without the legal forms at its end (`LEGAL_FORMS`, `LEGAL_FORM_PHRASES`, after a
    comma too: `Acme, Inc.`) or at its start (`LEADING_LEGAL_FORMS`), when a word is left:
    `Müller & Söhne Spedition GmbH` -> `Müller & Söhne Spedition`, `Van der Berg Logistiek B.V.`
    -> `Van der Berg Logistiek`. A name that is nothing but a legal form stays as it is."""
    words = name.replace(",", " ").split()
    kept = words
    while len(kept) > 1 and (count := _tail_form(kept)) and count < len(kept):
        kept = kept[:-count]
    while len(kept) > 1 and _bare(kept[0]) in LEADING_LEGAL_FORMS:
        kept = kept[1:]
    return name if kept == words else " ".join(kept)
