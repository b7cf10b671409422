"""Integers written with more digits than Python turns into a number, read as placeholders and
found where they are written, instead of a ValueError from deep inside a parser."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kernel.dsl.limits import MAX_NUMBER_DIGITS, long_number_issue, pointer
from kernel.errors import Issue


@dataclass(frozen=True, slots=True)
class LongNumber:
    """Stands in the parsed data for an integer too long to read."""


def read_integer(text: str) -> int | LongNumber:
    """`int(text)` for a decimal integer, or a LongNumber when it has more than MAX_NUMBER_DIGITS
    digits (its sign aside)."""
    if len(text.lstrip("+-")) > MAX_NUMBER_DIGITS:
        return LongNumber()
    return int(text)


def long_number_issues(data: Any) -> list[Issue]:
    """The error for each LongNumber in `data` (a value, or a key: at its object's path), in the
    order written. Iterative: the data may nest deep."""
    issues: list[Issue] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, LongNumber):
            issues.append(long_number_issue(pointer(path)))
        elif isinstance(value, dict):
            for key, child in reversed(value.items()):
                if isinstance(key, LongNumber):
                    issues.append(long_number_issue(pointer(path)))
                else:
                    stack.append((child, (*path, key)))
        elif isinstance(value, list):
            stack.extend((value[index], (*path, index)) for index in range(len(value) - 1, -1, -1))
    return issues
