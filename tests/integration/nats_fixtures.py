"""NATS JetStream fixtures: a queue factory with a unique stream, subject and durable per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from dsl2png.queue_nats import JetStreamQueue, delete_stream

NATS_URL = os.environ.get("NATS_URL", "nats://127.0.0.1:4222")

QueueFactory = Callable[..., Awaitable[JetStreamQueue]]


@pytest.fixture
def nats_url() -> str:
    return NATS_URL


@pytest.fixture
async def jetstream_names() -> AsyncIterator[dict[str, str]]:
    """Unique stream/subject/durable names; the stream is deleted after the test."""
    tag = uuid.uuid4().hex[:10]
    names = {"stream": f"T_{tag.upper()}", "subject": f"test.{tag}.jobs", "durable": f"w-{tag}"}
    yield names
    await delete_stream(NATS_URL, names["stream"])


@pytest.fixture
async def make_jetstream_queue(jetstream_names: dict[str, str]) -> AsyncIterator[QueueFactory]:
    """Open as many queue handles (think: workers) on the test's stream as a test wants."""
    opened: list[JetStreamQueue] = []

    async def make(**overrides: Any) -> JetStreamQueue:
        kwargs: dict[str, Any] = {**jetstream_names, **overrides}
        queue = await JetStreamQueue.connect(NATS_URL, **kwargs)
        opened.append(queue)
        return queue

    yield make
    for queue in opened:
        await queue.close()
