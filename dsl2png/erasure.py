"""Erasing one render job (GDPR): its document from the events and read models, its image from the blob store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID


@dataclass(frozen=True, slots=True)
class Erased:
    """What an erasure did: the job, and whether its image was removed (kept when another job
    has the same image, or when it had none; told to an API key, see `erase_job`)."""

    job_id: str
    image_removed: bool

    def as_dict(self) -> dict[str, object]:
        return {"id": self.job_id, "erased": True, "image_removed": self.image_removed}


def erase_job(
    jobs: Any,
    blobs: Any,
    read_model: Any,
    job_id: UUID,
    *,
    erased_by: str | None,
    reason: str | None = None,
    told_to: str | None = None,
) -> Erased:
    """Record RenderErased (who asked, and why when they said) and redact the stored request
    (`RenderJobs.erase`), then remove the image unless another job in the read model has it. Safe
    to run again after a partial failure (an erased job keeps the first erasure's who and why).

    `told_to`: the API key the answer goes to (None: an operator, or API keys off). Images are
    stored once by their content, so another key's render may keep the same one; telling the key
    so would tell it that someone else drew the same document (as a shared cache hit would). Its
    `image_removed` then says only whether none of its own renders has the image any more.

    `jobs`: dsl2png.event_store.RenderJobs; `blobs`: a dsl2png.blobs.BlobStore; `read_model`:
    a projector.views view (`image_used_by_another_job`)."""
    sha256 = jobs.get(job_id).sha256
    jobs.erase(job_id, erased_by, reason)
    if sha256 is None:
        return Erased(str(job_id), False)
    removed = False
    if not read_model.image_used_by_another_job(sha256, str(job_id)):
        removed = bool(blobs.delete(sha256))
    if told_to is not None:
        removed = not read_model.image_used_by_another_job(sha256, str(job_id), told_to)
    return Erased(str(job_id), removed)
