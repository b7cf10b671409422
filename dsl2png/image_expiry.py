"""One retention sweep: remove the images unused for DSL2PNG_PNG_TTL_S and record ImageExpired on
the jobs that had them, so a render's audit trail says when and why its image went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID


@dataclass(frozen=True, slots=True)
class Swept:
    """What one sweep did: images removed, ImageExpired events recorded."""

    images: int
    recorded: int


def sweep_expired(jobs: Any, blobs: Any, read_model: Any, ttl_s: float) -> Swept:
    """Remove the images stored (or last used) more than `ttl_s` seconds ago and record
    ImageExpired on each completed job that has one of them, as the read model lists them.

    Only jobs finished before the removal count: one finished after it used the same image
    stored again (a later identical render). The aggregate records the event once per job (not
    when its image is gone already: expired before, or erased), so sweeps of several API
    processes, each removing its own share, never record one twice.

    `jobs`: dsl2png.event_store.RenderJobs; `blobs`: a dsl2png.blobs.BlobStore; `read_model`: a
    projector.views view (`jobs_with_image`)."""
    removed: list[str] = blobs.delete_older_than(ttl_s)
    removed_at = datetime.now(UTC)
    recorded = 0
    for sha256 in removed:
        for job_id in read_model.jobs_with_image(sha256, removed_at):
            recorded += bool(jobs.expire_image(UUID(job_id), sha256, ttl_s))
    return Swept(len(removed), recorded)
