"""Memoizing pure functions of short strings, with bounded memory."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def remembered_up_to(length: int, *, entries: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """Remember what a pure `str -> T` function returned for arguments of at most `length`
    characters, the last `entries` of them; longer arguments are computed afresh each time, so
    memory stays bounded (at most `entries` x `length` characters) whatever documents arrive."""

    def decorate(func: Callable[[str], T]) -> Callable[[str], T]:
        remembered = functools.lru_cache(maxsize=entries)(func)

        @functools.wraps(func)
        def call(value: str) -> T:
            return remembered(value) if len(value) <= length else func(value)

        call.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]  # for tests
        return call

    return decorate
