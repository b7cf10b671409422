"""HTML character references in a document's words (`&mdash;`, `&#8217;`), read as the characters
they stand for, as a browser reads them in a page's text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from html.entities import html5

_REFERENCE = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|([A-Za-z][A-Za-z0-9]{1,31}));")
"""A character reference ended by its `;`: decimal, hexadecimal or named."""

_READING: ContextVar[bool] = ContextVar("reading_references", default=False)


def decoded(text: str) -> str:
    """`text` with its character references replaced by their characters, as a browser reads
    them in text: `&mdash;` is "—", `&#8217;` "’", `&amp;` "&", `&#0;` the replacement character.
    Only a whole reference ended by `;` that HTML names counts: `AT&T`, `R&D;`, `Q&notes` and
    `&nosuch;` stay as written. The result is text, escaped like any text where it is drawn:
    `&lt;script&gt;` is the words `<script>`, never markup."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(_character, text)


def _character(match: re.Match[str]) -> str:
    name = match.group(1)
    if name is None:
        return html.unescape(match.group(0))  # HTML's rules for numbers (&#128; is €, &#0; is U+FFFD)
    return html5.get(f"{name};", match.group(0))


def read_words(text: str) -> str:
    """`text` as the model reads a document's words: decoded (see `decoded`) while a document
    is read (`references_read`), as written otherwise: in a code element's code, and in what
    the compiler makes of words read already (an action's label as a button's), which a second
    reading would change (`&amp;amp;` is drawn `&amp;`, not `&`)."""
    return decoded(text) if _READING.get() else text


@contextmanager
def references_read(on: bool = True) -> Iterator[None]:
    """Within it, `read_words` reads character references (`on`), or leaves words as written."""
    token = _READING.set(on)
    try:
        yield
    finally:
        _READING.reset(token)
