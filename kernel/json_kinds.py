"""What a JSON value is, in words, for messages that say what was sent instead of what was wanted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def kind_of(value: Any) -> str:
    """ "null", "a boolean", "a number", "a string", "a list" or "an object": the kind of a JSON
    value sent where another was wanted ("options must be an object ..., not a list"). The HTTP
    API, the MCP tools and the validator tell it in the same words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"
