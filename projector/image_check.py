"""Checking stored images against the sha256 their renders recorded (`dsl2png replay --verify-images`)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ImageCheck:
    """What re-hashing the stored images found: how many were read, how many a completed job
    names that are not stored (removed by retention, or left out of a restore: not damage), and
    each image whose bytes do not hash to its recorded sha256, with the jobs that name it."""

    checked: int = 0
    missing: int = 0
    mismatched: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatched

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def verify_images(rows: list[dict[str, Any]], blobs: Any) -> ImageCheck:
    """Re-hash every image the completed jobs in `rows` (read-model rows) name, one at a time.
    `blobs`: a dsl2png.blobs.BlobStore."""
    jobs_by_image: dict[str, list[str]] = {}
    for row in rows:
        if row["status"] == "completed" and row["sha256"]:
            jobs_by_image.setdefault(str(row["sha256"]), []).append(str(row["id"]))
    checked = missing = 0
    mismatched: list[dict[str, Any]] = []
    for sha256, job_ids in sorted(jobs_by_image.items()):
        data = blobs.get(sha256)
        if data is None:
            missing += 1
            continue
        checked += 1
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha256:
            mismatched.append({"sha256": sha256, "actual_sha256": actual, "jobs": sorted(job_ids)})
    return ImageCheck(checked, missing, mismatched)
