"""What a JSON syntax error most likely is, told as YAML's are: a document cut off at its end,
a Python dict (single quotes, True/False/None), curly quotes from a word processor, prose
after the JSON. The parser's own message names only the character it stopped at."""

from __future__ import annotations

import json
import re

_CURLY_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
_PYTHON_KEY = re.compile(r"[{,]\s*'[^'\n]*'\s*:")


def json_syntax_hint(error: json.JSONDecodeError) -> str | None:
    """A suggestion for the JSON syntax `error` (its `doc` the text), or None when no likely
    cause is seen."""
    text, at = error.doc, error.pos
    if error.msg == "Extra data":
        return (
            f"text after the JSON at line {error.lineno} column {error.colno}: remove it "
            "(a document is one JSON object, with nothing after its closing brace)"
        )
    here = text[at : at + 1]
    if here and here in _CURLY_QUOTES:
        return 'curly quotes (\u201c \u201d) are no JSON quotes: write straight double quotes (")'
    if (here == "'" and _PYTHON_KEY.search(text)) or text.startswith(("True", "False", "None"), at):
        return (
            'this looks like a Python dict: JSON quotes with double quotes (") and writes true, false '
            "and null for True, False and None"
        )
    cut = not text[at:].strip() or (error.msg.startswith("Unterminated string") and '"' not in text[at + 1 :])
    if cut and _unclosed(text):
        last = text.rstrip().count("\n") + 1
        return (
            f"the document ends early at line {last}: it may have been cut off; close every {{ and [ it opens"
        )
    return None


def _unclosed(text: str) -> int:
    """How many brackets `text` opens and does not close, outside strings."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return max(depth, 0) + (1 if in_string else 0)
