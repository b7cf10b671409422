"""The API's completion watcher on real Postgres: waiters wake when their job ends, only then,
and again after the listening connection is lost."""

from __future__ import annotations

import asyncio

import pytest
from job_helpers import record_request, red_button
from pg_schemas import listen_connections

from dsl2png.completions import CompletionWatcher
from dsl2png.event_store import RenderJobs

pytestmark = pytest.mark.integration
pytest_plugins = ["service_fixtures"]

IMAGE = dict(sha256="ab" * 32, bytes=10, width=200, height=120, render_ms=5.0, format="png", cache_hit=False)


async def test_a_waiter_wakes_when_its_job_ends_and_not_when_it_starts(render_jobs: RenderJobs) -> None:
    watcher = CompletionWatcher()
    job_id = record_request(render_jobs, red_button("watched"))
    async with watcher.following(render_jobs):
        with watcher.watch(str(job_id)) as changed:
            held = await asyncio.to_thread(render_jobs.start, job_id, "w-1", 1)
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(changed.wait(), 0.3)
            await asyncio.to_thread(lambda: render_jobs.complete(job_id, held=held, **IMAGE))
            await asyncio.wait_for(changed.wait(), 5)


async def test_the_watcher_listens_again_after_its_connection_is_lost(render_jobs: RenderJobs) -> None:
    watcher = CompletionWatcher()
    channel = render_jobs.recorder.channel_name  # type: ignore[attr-defined]
    schema = render_jobs.recorder.datastore.schema  # type: ignore[attr-defined]
    async with watcher.following(render_jobs):
        async with asyncio.timeout(10):
            while await asyncio.to_thread(listen_connections, channel, application_name=schema) == 0:
                await asyncio.sleep(0.05)
        assert await asyncio.to_thread(listen_connections, channel, application_name=schema, kill=True) >= 1
        # a job that ends while nothing listens still wakes its waiter once the watcher is back
        job_id = record_request(render_jobs, red_button("ended-while-deaf"))
        with watcher.watch(str(job_id)) as changed:
            await asyncio.to_thread(render_jobs.cancel, job_id, "by test")
            await asyncio.wait_for(changed.wait(), 10)
        later = record_request(render_jobs, red_button("ended-after"))
        with watcher.watch(str(later)) as changed:
            await asyncio.to_thread(render_jobs.cancel, later, "by test")
            await asyncio.wait_for(changed.wait(), 5)
