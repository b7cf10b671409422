"""Waiting on a condition in async tests: poll it until it holds, never sleep a fixed time."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any


async def wait_until(
    condition: Callable[[], Any | Awaitable[Any]],
    timeout_s: float = 30.0,
    *,
    interval_s: float = 0.02,
    in_thread: bool = False,
) -> None:
    """Poll `condition` until it is true, or raise TimeoutError after `timeout_s`. A coroutine
    function is awaited; a plain one is called on the loop (state of objects the loop owns: a
    pool's pages), or in a thread with `in_thread` when it blocks (a database read)."""
    async with asyncio.timeout(timeout_s):
        while not await _holds(condition, in_thread):
            await asyncio.sleep(interval_s)


async def _holds(condition: Callable[[], Any | Awaitable[Any]], in_thread: bool) -> bool:
    result = await asyncio.to_thread(condition) if in_thread else condition()
    return bool(await result if inspect.isawaitable(result) else result)
