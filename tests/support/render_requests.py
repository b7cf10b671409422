"""Render requests recorded straight in the event store, for tests where the document does not matter."""

from __future__ import annotations

import uuid
from typing import Any

from dsl2png.event_store import RenderJobs


def placeholder_cache_key(job_id: uuid.UUID) -> str:
    """The cache key `record_request` gives a job: its own, so no two jobs share a cached image
    (a test storing the job's image uses it as the worker would)."""
    return f"k-{job_id}"


def record_request(
    jobs: RenderJobs,
    *,
    owner: str | None = None,
    warnings: list[dict[str, Any]] | None = None,
    job_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Record RenderRequested for a new job (or `job_id`) with placeholder fields: an empty
    document, no options, its own cache key and body hash; return its id. What the test is about
    (its owner, the warnings a read model shows) is given."""
    job_id = job_id or uuid.uuid4()
    jobs.request(
        job_id=job_id,
        source="{}",
        options={},
        cache_key=placeholder_cache_key(job_id),
        body_hash=f"h-{job_id}",
        owner=owner,
        warnings=warnings or [],
    )
    return job_id
