"""The embedded pipeline (SQLite event store, folder of images, in-process queue, one worker)."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from job_helpers import record_request, red_button

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import RenderJobs, make_render_jobs
from dsl2png.pipeline import embedded_pipeline
from render_worker.pool import ChromiumPool
from tests.support.polling import wait_until

pytestmark = pytest.mark.integration
pytest_plugins = ["service_fixtures"]


def completed(jobs: RenderJobs, *ids: uuid.UUID) -> bool:
    return all(jobs.get(j).status == "completed" for j in ids)


def starts(jobs: RenderJobs, job_id: uuid.UUID) -> int:
    return sum(e["name"] == "RenderStarted" for e in jobs.history(job_id))


async def test_jobs_recorded_in_process_complete_and_survive_a_restart(
    tmp_path: Path, chromium_pool: ChromiumPool
) -> None:
    jobs = make_render_jobs(None, tmp_path, create_tables=True)
    blobs = make_blob_store(None, tmp_path)
    try:
        async with embedded_pipeline(jobs, blobs, chromium_pool) as pipeline:
            first = [await asyncio.to_thread(record_request, jobs, red_button(f"e{i}")) for i in range(3)]
            await wait_until(lambda: completed(jobs, *first), in_thread=True)
            assert pipeline.ready
        image = blobs.get(jobs.get(first[0]).sha256 or "")
        assert image is not None and image.startswith(b"\x89PNG")

        # recorded while nothing runs (the process was down): done after the next start
        late = record_request(jobs, red_button("late"))
        async with embedded_pipeline(jobs, blobs, chromium_pool):
            await wait_until(lambda: completed(jobs, late), in_thread=True)
        assert [starts(jobs, j) for j in [*first, late]] == [1, 1, 1, 1]  # nothing rendered twice
    finally:
        jobs.close()
        blobs.close()
