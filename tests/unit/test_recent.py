"""RecentValue: one read serves callers while recent; `fresh` always reads."""

from __future__ import annotations

import asyncio

from dsl2png.recent import RecentValue


def test_a_recent_reading_is_reused_and_concurrent_callers_share_one_read() -> None:
    reads = 0

    async def read() -> int:
        nonlocal reads
        reads += 1
        await asyncio.sleep(0.01)
        return reads * 10

    async def scenario() -> None:
        value = RecentValue(read, max_age_s=60)
        assert await asyncio.gather(*(value.get() for _ in range(5))) == [10] * 5
        assert reads == 1
        assert await value.get(fresh=True) == 20
        assert await value.get() == 20 and reads == 2

    asyncio.run(scenario())


def test_an_old_reading_is_read_again() -> None:
    reads = 0

    async def read() -> int:
        nonlocal reads
        reads += 1
        return reads

    async def scenario() -> None:
        value = RecentValue(read, max_age_s=0.0)
        assert [await value.get() for _ in range(3)] == [1, 2, 3]

    asyncio.run(scenario())
