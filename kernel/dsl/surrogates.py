"""Lone UTF-16 surrogates in a document's text (`"\\ud800"` in JSON): half a character, which no
page, no UTF-8 text and so no cache key can hold, told as the document's error at its place."""

from __future__ import annotations

import re

from kernel.errors import Issue

_SURROGATE = re.compile("[\ud800-\udfff]")

LONE_SURROGATE = "invalid_text"
"""The code of a text holding a lone surrogate."""

_KEY_SHOWN = 40
"""A key holding a lone surrogate is quoted in the message up to this many characters."""


def lone_surrogate(text: str) -> str | None:
    """The first lone surrogate in `text`, escaped as JSON writes it (`\\ud800`), or None."""
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    return None if found is None else escaped(found.group())


def escaped(text: str) -> str:
    """`text` with each surrogate written as its escape (`\\ud800`), so that it can be shown."""
    return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def joined_pairs(text: str) -> str:
    """`text` with each high surrogate followed by a low one made the one character the two
    stand for: YAML reads `"\\ud83d\\ude00"` as the two halves, where JSON reads it as 😀. A lone
    half stays (`lone_surrogate` finds it)."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def lone_surrogate_issue(path: str, surrogate: str, *, key: str | None = None) -> Issue:
    """The error for a text (or, given `key`, a key of the object at `path`) holding `surrogate`."""
    if key is None:
        message = f"a lone surrogate {surrogate} is not a character"
    else:
        named = f"the key '{escaped(key)}'" if len(key) <= _KEY_SHOWN else "a key"
        message = f"{named} holds a lone surrogate {surrogate}, which is not a character"
    return Issue(
        path=path,
        message=message,
        code=LONE_SURROGATE,
        suggestion=(
            "write the character itself, or both halves of its UTF-16 pair (\\ud83d\\ude00 is 😀); "
            "a half alone draws nothing"
        ),
    )
