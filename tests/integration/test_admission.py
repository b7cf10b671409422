"""Admission of new renders: the queue depth is advisory, so a POST (which only records an event;
the relay publishes later) is not failed by a queue outage; a key's quota of unfinished renders
counts the ones it just recorded, which the read model (behind by the projector's lag) does not
show yet, and asks the event store about one the read model never shows."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

import nats
import pytest
from network_fixtures import TcpProxy

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import RenderJobs
from dsl2png.gateway import ServiceGateway
from dsl2png.queue_memory import InProcessQueue
from dsl2png.queue_nats import ensure_stream
from dsl2png.quota import UnfinishedQuota
from dsl2png.recent import RecentValue
from dsl2png.runtime import ADMISSION_DEPTH_TIMEOUT_S, _admission
from dsl2png.settings import ServeSettings
from kernel.dsl.options import RenderOptions
from kernel.errors import QueueFullError, TooManyRendersError
from projector.runner import start_projector
from projector.views import view_for

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
            async with full(None):
                pass
        async with roomy(None):
            pass

        proxy.cut()  # NATS is gone
        started = time.monotonic()
        async with roomy(None):  # admitted on the last reading (1 < 10), not an error after 5 s
            pass
        assert time.monotonic() - started < ADMISSION_DEPTH_TIMEOUT_S + 0.5
        with pytest.raises(QueueFullError):
            async with full(None):  # the last reading still says the queue is full
                pass
    finally:
        await proxy.close()
        await nc.close()


Backend = tuple[str | None, str | None]


def quota_gateway(jobs: RenderJobs, backend: Backend, tmp_path: Path) -> ServiceGateway:
    """The serving process's gateway (Postgres, or SQLite as embedded) with a quota of 3
    unfinished renders per key; no projector runs unless a test starts one, so the read model
    shows nothing it recorded."""
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    gateway = ServiceGateway(jobs, blobs, read_model=view_for(jobs, create_tables=True))
    depth = RecentValue(InProcessQueue().pending, max_age_s=0)
    gateway.admission = _admission(ServeSettings(max_unfinished_per_key=3), depth, gateway.read_model)
    return gateway


async def post(gateway: ServiceGateway, owner: str) -> str:
    document = {"width": 200, "elements": [{"type": "text", "text": f"quota {uuid.uuid4()}"}]}
    return (await gateway.submit(document, RenderOptions(), owner=owner)).id


def project_everything(jobs: RenderJobs, backend: Backend, tmp_path: Path) -> None:
    """Let the projector catch up with the event store, then stop it again."""
    url, schema = backend
    with start_projector(url, tmp_path, schema=schema, app=jobs) as projector:
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)


async def test_renders_the_read_model_does_not_show_yet_count_against_the_key(
    jobs: RenderJobs, backend: Backend, tmp_path: Path
) -> None:
    gateway = quota_gateway(jobs, backend, tmp_path)
    first = [await post(gateway, "key-a") for _ in range(3)]
    assert gateway.read_model.count_unfinished("key-a") == (0, set())  # type: ignore[attr-defined]

    with pytest.raises(TooManyRendersError, match="has 3 renders queued or rendering"):
        await post(gateway, "key-a")
    await post(gateway, "key-b")  # another key has its own quota

    project_everything(jobs, backend, tmp_path)
    assert gateway.read_model.count_unfinished("key-a", first) == (3, set(first))  # type: ignore[attr-defined]
    with pytest.raises(TooManyRendersError, match="has 3 renders"):  # counted once, not 3 + 3
        await post(gateway, "key-a")

    for job_id in map(uuid.UUID, first):
        jobs.start(job_id, "w", 1)
        jobs.complete(job_id, render_ms=5.0, sha256="e" * 64, bytes=120, width=10, height=20, format="png", cache_hit=False)  # fmt: skip
    project_everything(jobs, backend, tmp_path)
    again = [await post(gateway, "key-a") for _ in range(3)]  # the projector is stopped again
    with pytest.raises(TooManyRendersError, match="has 3 renders"):
        await post(gateway, "key-a")
    assert not set(again) & set(first)


async def test_concurrent_posts_of_one_key_cannot_pass_the_quota_together(
    jobs: RenderJobs, backend: Backend, tmp_path: Path
) -> None:
    gateway = quota_gateway(jobs, backend, tmp_path)
    await post(gateway, "key-a")
    await post(gateway, "key-a")  # one short of the limit: the next eight all ask at once

    answers = await asyncio.gather(*(post(gateway, "key-a") for _ in range(8)), return_exceptions=True)

    assert sum(isinstance(a, str) for a in answers) == 1
    assert sum(isinstance(a, TooManyRendersError) for a in answers) == 7


async def record(quota: UnfinishedQuota, jobs: RenderJobs, owner: str) -> str:
    """What the gateway does for a POST: hold the key's turn, record the request, tell the quota."""
    async with quota.reserve(owner) as recorded:
        job = jobs.request(
            job_id=uuid.uuid4(), source="{}", options={}, cache_key=f"k-{uuid.uuid4()}", body_hash="h",
            owner=owner, warnings=[],
        )  # fmt: skip
        recorded(jobs.job_view(job))
    return str(job.id)


async def test_a_render_the_read_model_never_shows_stops_counting_once_the_event_store_has_it_ended(
    jobs: RenderJobs, backend: Backend, tmp_path: Path
) -> None:
    """A render erased before the projector reached it never shows in the read model (its row is
    made and removed in one batch). Counted until it showed, it was counted for good: a key was
    refused at 49 of 50 for over ten minutes. The event store is asked about it instead; those it
    has queued or rendering still count while the read model does not show them."""
    quota = UnfinishedQuota(view_for(jobs, create_tables=True), 3, jobs.unfinished, recheck_after_s=0)
    erased, *others = [await record(quota, jobs, "key-a") for _ in range(3)]
    with pytest.raises(TooManyRendersError, match="has 3 renders"):
        await record(quota, jobs, "key-a")

    jobs.erase(uuid.UUID(erased), "key-a")
    project_everything(jobs, backend, tmp_path)  # shows the other two; the erased one never
    await record(quota, jobs, "key-a")  # two, not three: admitted
    with pytest.raises(TooManyRendersError, match="has 3 renders"):  # the unprojected one counts
        await record(quota, jobs, "key-a")
    assert jobs.unfinished([erased, *others, str(uuid.uuid4())]) == set(others)
