"""Admission of new renders while NATS is unreachable: the queue depth is advisory, so a POST
(which only records an event; the relay publishes later) is not failed by a queue outage."""

from __future__ import annotations

import time
from urllib.parse import urlparse

import nats
import pytest
from network_fixtures import TcpProxy

from dsl2png.queue_nats import ensure_stream
from dsl2png.recent import RecentValue
from dsl2png.runtime import ADMISSION_DEPTH_TIMEOUT_S, _admission
from dsl2png.settings import ServeSettings
from kernel.errors import QueueFullError

pytest_plugins = ["nats_fixtures"]


async def test_a_queue_outage_admits_on_the_last_depth_reading_within_the_timeout(
    jetstream_names: dict[str, str], nats_url: str
) -> None:
    target = urlparse(nats_url)
    proxy = await TcpProxy(target.hostname or "127.0.0.1", target.port or 4222).start()
    nc = await nats.connect(
        f"nats://127.0.0.1:{proxy.port}", max_reconnect_attempts=-1, reconnect_time_wait=0.2
    )
    try:
        js = nc.jetstream()
        stream, subject = jetstream_names["stream"], jetstream_names["subject"]
        await ensure_stream(js, stream=stream, subject=subject, dedup_window_s=60)
        await js.publish(subject, b"{}", stream=stream)

        async def read_depth() -> int:
            return int((await js.stream_info(stream)).state.messages)

        depth = RecentValue(read_depth, max_age_s=0)
        full = _admission(ServeSettings(max_queue_depth=1), depth, read_model=None)
        roomy = _admission(ServeSettings(max_queue_depth=10), depth, read_model=None)
        with pytest.raises(QueueFullError):
            await full(None)
        await roomy(None)

        proxy.cut()  # NATS is gone
        started = time.monotonic()
        await roomy(None)  # admitted on the last reading (1 < 10), not an error after 5 s
        assert time.monotonic() - started < ADMISSION_DEPTH_TIMEOUT_S + 0.5
        with pytest.raises(QueueFullError):
            await full(None)  # the last reading still says the queue is full
    finally:
        await proxy.close()
        await nc.close()
