"""Where a JSON text nests deeper than a limit, found by reading its brackets: Python's parser
recurses once a level and gives up past ~1000 with a RecursionError that says nowhere."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]')
"""A string (a key or a text), a bracket or a comma: all that tells where a value is."""


@dataclass(frozen=True, slots=True)
class TooDeep:
    """The first array or object nested past the limit: its path and where its bracket is
    (1-based line and column)."""

    path: tuple[str | int, ...]
    line: int
    column: int


@dataclass(slots=True)
class _Level:
    """An array or object the scan is inside: the index of its item, or its last key."""

    is_object: bool
    step: str | int = 0
    awaits_key: bool = False


def first_too_deep(text: str, limit: int) -> TooDeep | None:
    """The first array or object in `text` whose path is longer than `limit` (its value would
    be nested deeper than check_data_limits allows), or None. One pass without recursion; a
    text that is no JSON gives some place or none, never an error."""
    levels: list[_Level] = []
    for token in _TOKEN.finditer(text):
        mark = token.group()
        if mark in "[{":
            if len(levels) > limit:
                return TooDeep(tuple(level.step for level in levels), *_place(text, token.start()))
            levels.append(_Level(is_object=mark == "{", awaits_key=mark == "{"))
        elif mark in "]}":
            if levels:
                levels.pop()
        elif not levels:
            continue
        elif mark == ",":
            level = levels[-1]
            if level.is_object:
                level.awaits_key = True
            elif isinstance(level.step, int):
                level.step += 1
        elif levels[-1].awaits_key:  # a string where a key goes
            levels[-1].step = _key(mark)
            levels[-1].awaits_key = False
    return None


def _key(token: str) -> str:
    try:
        key = json.loads(token)
    except ValueError:
        return token[1:-1]
    return key if isinstance(key, str) else token[1:-1]


def _place(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset`, as the JSON parser counts them."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - text.rfind("\n", 0, offset)
