"""The render cache per API key, on each event store backend with a real Chromium: a key's own
document again is a cache hit; another key's request for the same document is a new render, with
nothing in its answer telling that the first key rendered it."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from job_helpers import red_button

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import RenderJobs
from dsl2png.gateway import ServiceGateway
from dsl2png.pipeline import embedded_pipeline
from kernel.dsl.options import RenderOptions
from projector.views import view_for
from render_worker.pool import ChromiumPool

pytestmark = pytest.mark.integration
pytest_plugins = ["service_fixtures"]


async def test_a_cache_hit_is_seen_only_by_the_key_whose_render_made_it(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path, chromium_pool: ChromiumPool
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    gateway = ServiceGateway(jobs, blobs, read_model=view_for(jobs, create_tables=True))
    document, options = red_button("a secret draft"), RenderOptions()
    try:
        async with embedded_pipeline(jobs, blobs, chromium_pool):
            first = await gateway.submit(document, options, owner="key-a")
            drawn = await gateway.wait(first.id, 30, owner="key-a", known=first)
            assert drawn.status == "completed" and not drawn.cache_hit

            own = await gateway.submit(document, options, owner="key-a")  # the same key again: a hit
            assert (own.status, own.cache_hit, own.sha256) == ("completed", True, drawn.sha256)

            theirs = await gateway.submit(document, options, owner="key-b")
            # answered as any new render: queued, not started, no hit, no image yet
            assert (theirs.status, theirs.cache_hit, theirs.started_at, theirs.sha256) == (
                "queued", False, None, None,
            )  # fmt: skip
            done = await gateway.wait(theirs.id, 30, owner="key-b", known=theirs)
            assert (done.status, done.cache_hit, done.attempt) == ("completed", False, 1)
            assert done.started_at is not None and done.render_ms is not None and done.render_ms > 0
            assert done.sha256 == drawn.sha256  # the same bytes, stored once by their content
            trail = await asyncio.to_thread(jobs.history, uuid.UUID(theirs.id))
            assert [e["name"] for e in trail] == ["RenderRequested", "RenderStarted", "RenderCompleted"]

            # key B's own document again is B's hit now
            again = await gateway.submit(document, options, owner="key-b")
            assert (again.status, again.cache_hit) == ("completed", True)
    finally:
        blobs.close()
