"""How an error message quotes a value the caller wrote: short, and the same way everywhere."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kernel.dsl.number_text import shown_number

SHOWN_LENGTH = 40
"""A value longer than this many characters is cut, ending in '...' (a data: URI, a theme's tokens)."""


def shortened(text: str, limit: int = SHOWN_LENGTH) -> str:
    """`text` whole when it has at most `limit` characters, else its start and '...', `limit` in all."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def shown(value: Any, *, limit: int = SHOWN_LENGTH, quote: str = "'") -> str:
    """A value as a message about it quotes it: a string in `quote`s and shortened, a number as
    written (`shown_number`), true, false and null as JSON writes them, an object or a list by
    its kind (its content would not fit in a line)."""
    if isinstance(value, str):
        return f"{quote}{shortened(value, limit)}{quote}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return shown_number(value)
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return "null" if value is None else shortened(str(value), limit)


def shown_text(value: str | int | float, limit: int = SHOWN_LENGTH) -> str:
    """A CSS or theme value without quotes (the message puts them around it): a string without
    the spaces around it, a number as written, shortened."""
    return shortened(value.strip() if isinstance(value, str) else shown_number(value), limit)


def shown_json(value: Any, *, limit: int = SHOWN_LENGTH, none: str = "null") -> str:
    """A value as JSON writes it (an option's, a tool argument's), shortened; `none` for None."""
    if value is None:
        return none
    return shortened(json.dumps(value, ensure_ascii=False, default=str), limit)
