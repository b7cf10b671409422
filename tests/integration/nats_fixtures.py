"""NATS JetStream fixtures: a queue factory with a unique stream, subject and durable per test, and
a NATS server of the test's own that it can stop and start again (an outage)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dsl2png.queue_nats import JetStreamQueue, delete_stream
from tests.support.polling import wait_until

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


class OwnNats:
    """A nats-server with JetStream on a free port and its own store folder, for a test that
    takes NATS down for real and brings it back (the shared server on 4222 is not ours to stop)."""

    def __init__(self, binary: str, store: Path) -> None:
        self.binary = binary
        self.store = store
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"nats://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def _accepts(self) -> bool:
        with socket.socket() as sock:
            return sock.connect_ex(("127.0.0.1", self.port)) == 0

    async def start(self) -> None:
        """Start the server (same port, same store) and wait until it accepts connections."""
        self.process = subprocess.Popen(
            [self.binary, "-js", "-sd", str(self.store), "-a", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        await wait_until(self._accepts, 30)

    def stop(self) -> None:
        """Stop the server (SIGTERM, as an orchestrator would): its clients see the connection close."""
        if self.process is not None:
            self.process.terminate()
            self.process.wait(30)
            self.process = None


@pytest.fixture
def own_nats(tmp_path: Path) -> Iterator[OwnNats]:
    """A NATS server of this test's own, not started yet (skipped where nats-server is missing)."""
    binary = shutil.which("nats-server")
    if binary is None:
        pytest.skip("nats-server is not installed")
    server = OwnNats(binary, tmp_path / "nats")
    yield server
    server.stop()
