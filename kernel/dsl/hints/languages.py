"""What to write for a language that is no BCP 47 tag."""

from __future__ import annotations

import functools
import re
import unicodedata

from kernel.dsl.deprecated_language_codes import DEPRECATED_CODES
from kernel.dsl.hints.language_endonyms import ENDONYMS
from kernel.dsl.model.document import LANGUAGE_TAG

LANGUAGE_TAGS = "write a BCP 47 tag such as en, ar, he, ja, pt-BR or zh-Hant"
_LOCALE_SUFFIX = re.compile(r"[.@].*$")
"""What a POSIX locale adds after its language and region (`en_US.UTF-8`, `de_DE@euro`)."""


def language_tag_hint(written: str) -> str:
    """The BCP 47 tag meant by a language written another way: its English name (`Spanish` ->
    es, `Brazilian Portuguese` -> pt-BR), its own name (`Deutsch` -> de, `日本語` -> ja, `Espanol`
    -> es) or a locale written with an underscore (`pt_BR` -> pt-BR, `en_US.UTF-8` -> en-US); else
    how a tag is written."""
    word = written.strip()
    named = _language_names().get(word.lower()) or _endonym_code(word)
    hyphenated = _LOCALE_SUFFIX.sub("", word).replace("_", "-")
    meant = named or (hyphenated if hyphenated != word and re.match(LANGUAGE_TAG, hyphenated) else None)
    return f"did you mean '{meant.replace('_', '-')}'?" if meant else LANGUAGE_TAGS


def is_language(tag: str) -> bool:
    """Whether the language subtag of a BCP 47 `tag` (`pt` of `pt-BR`) names a language CLDR
    knows (`und`, `mul` and the private-use qaa-qtz included), or a deprecated code still met
    (`iw` for Hebrew)."""
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return primary in _language_codes() or primary in DEPRECATED_CODES or "qaa" <= primary <= "qtz"


@functools.cache
def _language_codes() -> frozenset[str]:
    """CLDR's language codes (through Babel), without regions: en, pt, zh, fil..."""
    from babel import Locale

    return frozenset(str(code).split("_")[0].lower() for code in Locale("en").languages)


@functools.cache
def _language_names() -> dict[str, str]:
    """Each language's English name in lower case (CLDR's, through Babel) -> its code (`spanish` ->
    es, `brazilian portuguese` -> pt_BR); the first code of a name shared by several."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        names.setdefault(name.lower(), code)
    return names


def _endonym_code(word: str) -> str | None:
    """The code of the language whose own name `word` is, case and accents aside."""
    return ENDONYMS.get(word.casefold()) or _bare_endonyms().get(_bare(word))


def _bare(word: str) -> str:
    """`word` case-folded without accents: `Español` and `espanol` are one name."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@functools.cache
def _bare_endonyms() -> dict[str, str]:
    names: dict[str, str] = {}
    for name, code in ENDONYMS.items():
        names.setdefault(_bare(name), code)
    return names
