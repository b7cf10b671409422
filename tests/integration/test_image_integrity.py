"""Stored images checked against the sha256 their renders recorded, on each backend: a changed
image is not served (ImageCorruptError, a 500 `image_corrupt`), and `dsl2png replay
--verify-images` lists it and exits 1."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import RenderJobs, make_render_jobs
from dsl2png.gateway import ServiceGateway
from kernel.errors import ImageCorruptError
from projector.image_check import verify_images
from projector.runner import start_projector
from projector.views import view_for
from tests.support.render_requests import placeholder_cache_key, record_request

pytestmark = pytest.mark.integration


def completed(jobs: RenderJobs, blobs: Any, data: bytes) -> tuple[uuid.UUID, str]:
    job_id = record_request(jobs)
    meta = {"bytes": len(data), "width": 1, "height": 1, "format": "png"}
    sha256 = blobs.store(data, media_type="image/png", cache_key=placeholder_cache_key(job_id), meta=meta)
    jobs.start(job_id, "w", 1)
    jobs.complete(job_id, sha256=sha256, render_ms=1.0, cache_hit=False, **meta)
    return job_id, str(sha256)


def tamper(backend: tuple[str | None, str | None], tmp_path: Path, sha256: str, data: bytes) -> None:
    """Change an image's bytes in the store itself, as damage or a hand edit would."""
    url, schema = backend
    if url is None:
        (tmp_path / "images" / "blobs" / sha256[:2] / sha256).write_bytes(data)
        return
    with psycopg.connect(url) as conn:
        conn.execute(f'UPDATE "{schema}".png_blobs SET data = %s WHERE sha256 = %s', (data, sha256))


async def test_an_image_changed_in_the_store_is_not_served_and_verify_lists_it(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    try:
        with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
            sound, _ = completed(jobs, blobs, b"sound image")
            damaged, digest = completed(jobs, blobs, b"image before")
            projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
            view = projector.view
            assert verify_images(view.rows(), blobs).as_dict() == {
                "checked": 2,
                "missing": 0,
                "mismatched": [],
            }

            tamper(backend, tmp_path, digest, b"image after")
            gateway = ServiceGateway(jobs, blobs, read_model=view_for(jobs, create_tables=True))
            assert await gateway.image(str(sound)) == b"sound image"
            with pytest.raises(ImageCorruptError, match="does not match the sha256"):
                await gateway.image(str(damaged))
            check = verify_images(view.rows(), blobs)
            assert not check.ok and check.checked == 2
            assert check.mismatched == [
                {
                    "sha256": digest,
                    "actual_sha256": hashlib.sha256(b"image after").hexdigest(),
                    "jobs": [str(damaged)],
                }
            ]
    finally:
        blobs.close()


def test_replay_verify_images_exits_1_on_a_changed_image(tmp_path: Path) -> None:
    """On the embedded store in a data folder, as `serve` keeps it (the check itself is tested
    on both backends above)."""
    jobs = make_render_jobs(None, tmp_path, create_tables=True)
    blobs = make_blob_store(None, tmp_path)
    with start_projector(None, tmp_path, create_tables=True, app=jobs) as projector:
        _, digest = completed(jobs, blobs, b"image before")
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DSL2PNG_", "DATABASE_URL", "NATS_URL"))}
    env["DSL2PNG_DATA_DIR"] = str(tmp_path)
    command = [sys.executable, "-m", "dsl2png", "replay", "--verify-images"]
    before = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert before.returncode == 0, before.stderr
    assert json.loads(before.stdout)["images"] == {"checked": 1, "missing": 0, "mismatched": []}
    tamper((None, None), tmp_path, digest, b"image after")
    after = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert after.returncode == 1 and json.loads(after.stdout)["equal"] is True
    assert [m["sha256"] for m in json.loads(after.stdout)["images"]["mismatched"]] == [digest]
    assert "1 do not match their recorded sha256" in after.stderr
    jobs.close()
