"""Which `language` a code element may name, and the Pygments lexer that colours it.

Agents write the names their Markdown fences use (`js`, `ts`, `sh`, `py`, `yml`, `tsx`,
`console`, `diff`...); Pygments knows nearly all of them as aliases. A language that names
plain text (`text`, `plaintext`, `none`) is known and left uncoloured.
"""

from __future__ import annotations

import difflib
import functools

from pygments.lexer import Lexer
from pygments.lexers import find_lexer_class_by_name, get_all_lexers
from pygments.util import ClassNotFound

PLAIN = frozenset({"text", "plain", "plaintext", "txt", "none", "output", "log"})

NEAREST = {"jsonc": "json", "json5": "json", "svelte": "html", "astro": "html", "zsh": "bash", "env": "bash"}
"""Names Pygments lacks, coloured by the closest language it has."""


def _key(language: str) -> str:
    key = language.strip().lower()
    return NEAREST.get(key, key)


@functools.lru_cache(maxsize=64)
def lexer_for(language: str) -> Lexer | None:
    """A lexer for `language` (case-insensitive, a Pygments alias), None for plain text or a
    name Pygments does not know. Lexers are built once per name and reused (they hold no
    per-text state)."""
    key = _key(language)
    if not key or key in PLAIN:
        return None
    try:
        lexer_class = find_lexer_class_by_name(key)
    except ClassNotFound:
        return None
    # Keep the text as written: no tab expansion, no trimming of leading or trailing lines.
    return lexer_class(stripnl=False, ensurenl=False)


def is_known(language: str) -> bool:
    key = _key(language)
    return key in PLAIN or lexer_for(key) is not None


@functools.cache
def _aliases() -> tuple[str, ...]:
    return tuple(sorted({alias for _, aliases, _, _ in get_all_lexers() for alias in aliases}))


def closest(language: str) -> str | None:
    """The known name closest to an unknown `language` ("pyhton" -> "python"), if any is close."""
    found = difflib.get_close_matches(_key(language), _aliases(), n=1, cutoff=0.75)
    return found[0] if found else None
