"""tests.support.polling.wait_until: waits on plain, blocking and async conditions, and gives up."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from tests.support.polling import wait_until


async def test_a_condition_is_polled_until_it_holds() -> None:
    calls = itertools.count(1)
    await wait_until(lambda: next(calls) >= 3)
    assert next(calls) == 4


async def test_a_blocking_condition_runs_in_a_thread_and_an_async_one_is_awaited() -> None:
    loop = asyncio.get_running_loop()
    on_the_loop: list[bool] = []

    def blocking() -> bool:
        on_the_loop.append(_on_loop(loop))
        return True

    await wait_until(blocking, in_thread=True)
    assert on_the_loop == [False]

    async def ready() -> bool:
        await asyncio.sleep(0)
        return True

    await wait_until(ready)


async def test_a_condition_that_never_holds_times_out() -> None:
    with pytest.raises(TimeoutError):
        await wait_until(lambda: False, 0.1)


def _on_loop(loop: asyncio.AbstractEventLoop) -> bool:
    try:
        return asyncio.get_running_loop() is loop
    except RuntimeError:
        return False
