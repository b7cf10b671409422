"""InProcessQueue keeps JetStream's work-queue semantics: dedup, redelivery, term, max_deliver."""

from __future__ import annotations

import asyncio

from dsl2png.queue_memory import InProcessQueue


async def test_publish_then_fetch_carries_ids_and_headers() -> None:
    queue = InProcessQueue()
    assert await queue.publish("job-1", "ev-1", {"traceparent": "00-abc-def-01"})
    [msg] = await queue.fetch(5, 1.0)
    assert (msg.job_id, msg.event_id, msg.delivery, msg.headers) == (
        "job-1", "ev-1", 1, {"traceparent": "00-abc-def-01"},
    )  # fmt: skip
    await msg.ack()
    assert await queue.pending() == 0
    assert await queue.fetch(1, 0.05) == []


async def test_same_event_id_is_dropped_even_after_ack() -> None:
    queue = InProcessQueue()
    assert await queue.publish("job-1", "ev-1") is True
    assert await queue.publish("job-1", "ev-1") is False
    [msg] = await queue.fetch(5, 1.0)
    await msg.ack()
    assert await queue.publish("job-1", "ev-1") is False


async def test_ids_are_forgotten_after_the_window() -> None:
    queue = InProcessQueue(dedup_window_s=0.0)
    assert await queue.publish("job-1", "ev-1")
    [msg] = await queue.fetch(1, 1.0)
    await msg.ack()
    assert await queue.publish("job-1", "ev-1")


async def test_fetch_wakes_when_a_job_is_published() -> None:
    queue = InProcessQueue()
    waiting = asyncio.create_task(queue.fetch(1, 10.0))
    await asyncio.sleep(0)
    await queue.publish("job-1", "ev-1")
    [msg] = await asyncio.wait_for(waiting, 5.0)
    assert msg.job_id == "job-1"


async def test_nak_with_delay_redelivers_later_with_next_attempt() -> None:
    queue = InProcessQueue()
    await queue.publish("job-1", "ev-1")
    [first] = await queue.fetch(1, 1.0)
    await first.nak(0.2)
    assert await queue.fetch(1, 0.0) == []  # not yet: the delay holds it back
    [second] = await queue.fetch(1, 5.0)
    assert second.delivery == 2


async def test_term_removes_the_job() -> None:
    queue = InProcessQueue()
    await queue.publish("job-1", "ev-1")
    [msg] = await queue.fetch(1, 1.0)
    await msg.term()
    assert await queue.pending() == 0


async def test_no_delivery_past_max_deliver() -> None:
    queue = InProcessQueue(max_deliver=2)
    await queue.publish("job-1", "ev-1")
    for attempt in (1, 2):
        [msg] = await queue.fetch(1, 1.0)
        assert msg.delivery == attempt
        await msg.nak()
    assert await queue.fetch(1, 0.1) == []
    assert await queue.pending() == 0


async def test_unsettled_job_is_redelivered_after_ack_wait_and_old_settle_is_ignored() -> None:
    queue = InProcessQueue(ack_wait_s=0.2)
    await queue.publish("job-1", "ev-1")
    [lost] = await queue.fetch(1, 1.0)
    [again] = await queue.fetch(1, 5.0)
    assert again.delivery == 2
    await lost.ack()  # the vanished worker's late ack must not settle the new delivery
    assert await queue.pending() == 1
    await again.ack()
    assert await queue.pending() == 0


async def test_in_progress_extends_the_lease() -> None:
    queue = InProcessQueue(ack_wait_s=0.3)
    await queue.publish("job-1", "ev-1")
    [msg] = await queue.fetch(1, 1.0)
    for _ in range(3):
        assert await queue.fetch(1, 0.15) == []
        await msg.in_progress()
    await msg.ack()


async def test_close_releases_waiting_fetch() -> None:
    queue = InProcessQueue()
    waiting = asyncio.create_task(queue.fetch(1, 30.0))
    await asyncio.sleep(0)
    await queue.close()
    assert await asyncio.wait_for(waiting, 5.0) == []
