"""JetStreamQueue on a real NATS server: de-duplication, redelivery, term and max_deliver."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import pytest

from dsl2png import queue_nats
from dsl2png.consumer_config import ConsumerMismatchError
from dsl2png.queue_nats import JetStreamQueue

if TYPE_CHECKING:
    from nats_fixtures import QueueFactory

pytestmark = pytest.mark.integration
pytest_plugins = ["nats_fixtures"]


async def fetch_one(queue: JetStreamQueue, timeout_s: float = 5.0) -> list:
    return await queue.fetch(1, timeout_s)


async def test_publish_then_fetch_carries_ids_and_trace_headers(make_jetstream_queue: QueueFactory) -> None:
    queue = await make_jetstream_queue()
    assert await queue.publish("job-1", "ev-1", {"traceparent": "00-abc-def-01"})
    [msg] = await fetch_one(queue)
    assert (msg.job_id, msg.event_id, msg.delivery) == ("job-1", "ev-1", 1)
    assert msg.headers == {"traceparent": "00-abc-def-01"}
    await msg.ack()
    assert await queue.fetch(1, 0.3) == []


async def test_same_event_id_is_dropped_as_duplicate(make_jetstream_queue: QueueFactory) -> None:
    queue = await make_jetstream_queue()
    assert await queue.publish("job-1", "ev-1") is True
    assert await queue.publish("job-1", "ev-1") is False
    assert await queue.pending() == 1
    [msg] = await queue.fetch(10, 2.0)
    await msg.ack()
    # still a duplicate after the first copy was acked (the window is by id, not by presence)
    assert await queue.publish("job-1", "ev-1") is False


async def test_nak_redelivers_with_next_attempt_number(make_jetstream_queue: QueueFactory) -> None:
    queue = await make_jetstream_queue()
    await queue.publish("job-1", "ev-1")
    [first] = await fetch_one(queue)
    await first.nak(0.2)
    [second] = await fetch_one(queue)
    assert (second.job_id, second.delivery) == ("job-1", 2)
    await second.ack()


async def test_term_stops_redelivery(make_jetstream_queue: QueueFactory) -> None:
    queue = await make_jetstream_queue(ack_wait_s=1)
    await queue.publish("job-1", "ev-1")
    [msg] = await fetch_one(queue)
    await msg.term()
    assert await queue.fetch(1, 1.5) == []
    assert await queue.pending() == 0


async def test_unsettled_message_goes_to_another_consumer_after_ack_wait(
    make_jetstream_queue: QueueFactory,
) -> None:
    dying = await make_jetstream_queue(ack_wait_s=1)
    survivor = await make_jetstream_queue(ack_wait_s=1)
    await dying.publish("job-1", "ev-1")
    [taken] = await fetch_one(dying)
    assert taken.delivery == 1
    await dying.close()  # vanishes without settling
    [again] = await fetch_one(survivor, 10.0)
    assert (again.job_id, again.delivery) == ("job-1", 2)
    await again.ack()


async def test_no_delivery_past_max_deliver(make_jetstream_queue: QueueFactory) -> None:
    queue = await make_jetstream_queue(max_deliver=2)
    await queue.publish("job-1", "ev-1")
    [first] = await fetch_one(queue)
    await first.nak()
    [second] = await fetch_one(queue)
    assert second.delivery == queue.max_deliver
    await second.nak()
    assert await queue.fetch(1, 1.0) == []


async def test_in_progress_keeps_the_lease(make_jetstream_queue: QueueFactory) -> None:
    worker = await make_jetstream_queue(ack_wait_s=1)
    other = await make_jetstream_queue(ack_wait_s=1)
    await worker.publish("job-1", "ev-1")
    [msg] = await fetch_one(worker)
    for _ in range(4):  # 2 s of "work", heartbeating every 0.5 s
        assert await other.fetch(1, 0.5) == []
        await msg.in_progress()
    await msg.ack()
    assert await other.fetch(1, 1.5) == []


async def test_publisher_only_handle_coexists_with_the_workers_consumer(
    make_jetstream_queue: QueueFactory,
) -> None:
    worker = await make_jetstream_queue()
    publisher = await make_jetstream_queue(consume=False, durable="never-created")
    assert await publisher.publish("job-1", "ev-1")
    [msg] = await worker.fetch(1, 5.0)
    assert msg.job_id == "job-1"
    await msg.ack()
    with pytest.raises(RuntimeError, match="publish only"):
        await publisher.fetch(1, 0.1)


async def test_second_durable_on_the_work_queue_is_refused_clearly(
    make_jetstream_queue: QueueFactory,
) -> None:
    await make_jetstream_queue()
    with pytest.raises(RuntimeError, match="same durable name"):
        await make_jetstream_queue(durable="someone-else")


async def test_a_handle_with_other_consumer_settings_is_refused_and_the_consumer_kept(
    make_jetstream_queue: QueueFactory,
) -> None:
    """JetStream took the second "create" as an update: the last worker started reconfigured
    the consumer every worker shares."""
    first = await make_jetstream_queue(ack_wait_s=30, max_deliver=5)
    with pytest.raises(
        ConsumerMismatchError,
        match=r"has ack_wait 30s, max_deliver 5, but this worker is set to ack_wait 10s",
    ):
        await make_jetstream_queue(ack_wait_s=10, max_deliver=3)
    durable = first._consumer.durable_name if first._consumer else None
    info = await first._js.consumer_info(first.stream, durable)
    assert (info.config.ack_wait, info.config.max_deliver) == (30, 5)
    same = await make_jetstream_queue(ack_wait_s=30, max_deliver=5)  # the same settings: welcome
    assert same.max_deliver == 5


async def test_a_nak_delay_decides_when_the_job_comes_back_whatever_the_ack_wait(
    make_jetstream_queue: QueueFactory,
) -> None:
    # The worker's retry spacing (DSL2PNG_RETRY_BASE_S/MAX_S) is its nak delay; a consumer
    # `backoff` list once added (backoff[n] - ack_wait) to it, so retries came 30-98 s apart.
    import time

    queue = await make_jetstream_queue(ack_wait_s=3, max_deliver=4)
    await queue.publish("job-1", "ev-1")
    [msg] = await fetch_one(queue)
    for delivery in (2, 3, 4):
        naked = time.monotonic()
        await msg.nak(0.3)
        [msg] = await fetch_one(queue)
        waited = time.monotonic() - naked
        assert msg.delivery == delivery
        assert 0.25 <= waited < 1.5, f"delivery {delivery} came {waited:.2f}s after a 0.3 s nak"


async def test_a_deleted_stream_is_made_again_by_the_publisher_and_the_consumer(
    make_jetstream_queue: QueueFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An operator deleted the stream: the relay kept failing with "no response from stream" and
    the worker's consumer was gone while it said ready. Both make theirs again now."""
    monkeypatch.setattr(queue_nats, "CONSUMER_CHECK_S", 0.0)
    worker, relay = await make_jetstream_queue(), await make_jetstream_queue(consume=False)
    await worker._js.delete_stream(worker.stream)
    assert await relay.publish("job-after-delete", "event-after-delete")  # the stream is made again
    got: list[str] = []
    async with asyncio.timeout(30):
        while not got:
            for message in await worker.fetch(1, 0.5):  # the first empty fetch makes the consumer again
                got.append(message.job_id)
                await message.ack()
    assert got == ["job-after-delete"]
