"""What an erasure's answer tells an API key, on the real stores (embedded SQLite and Postgres):
images are stored once by their content, so another key's render may have the same one, but
`image_removed` counts only the asking key's own renders and reads the same whether or not
another key drew that image; the stored bytes stay while another key's render has them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import RenderJobs
from dsl2png.gateway import ServiceGateway
from projector.runner import start_projector
from tests.support.render_requests import placeholder_cache_key, record_request

pytestmark = pytest.mark.integration


def rendered(jobs: RenderJobs, blobs: Any, owner: str, image: bytes) -> str:
    """A completed render of `owner` whose image is `image` (stored by its content)."""
    job_id = record_request(jobs, owner=owner)
    meta = {"bytes": len(image), "width": 1, "height": 1, "format": "png"}
    sha256 = blobs.store(image, media_type="image/png", cache_key=placeholder_cache_key(job_id), meta=meta)
    jobs.start(job_id, "w", 1)
    jobs.complete(job_id, sha256=sha256, render_ms=1.0, cache_hit=False, **meta)
    return str(job_id)


async def test_an_erasure_tells_a_key_only_of_its_own_renders(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    try:
        with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
            gateway = ServiceGateway(jobs, blobs, read_model=projector.view)
            alices = rendered(jobs, blobs, "key-a", b"the same picture")
            bobs = rendered(jobs, blobs, "key-b", b"the same picture")  # the same bytes as Alice's
            bobs_alone = rendered(jobs, blobs, "key-b", b"only Bob drew this")
            bobs_twice = [rendered(jobs, blobs, "key-b", b"Bob drew this twice") for _ in range(2)]
            projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
            shared_sha = (await gateway.status(alices, owner="key-a")).sha256
            alone_sha = (await gateway.status(bobs_alone, owner="key-b")).sha256
            assert shared_sha is not None and alone_sha is not None

            shared = await gateway.erase(bobs, owner="key-b")
            alone = await gateway.erase(bobs_alone, owner="key-b")
            # Bob cannot tell an image Alice also has from one only he drew
            assert shared == {"id": bobs, "erased": True, "image_removed": True}
            assert alone == {"id": bobs_alone, "erased": True, "image_removed": True}
            assert blobs.get(shared_sha) == b"the same picture"  # Alice's render still shows it
            assert blobs.get(alone_sha) is None

            # his own other render with the same image he is told of: it stays
            first = await gateway.erase(bobs_twice[0], owner="key-b")
            assert first == {"id": bobs_twice[0], "erased": True, "image_removed": False}
            assert (await gateway.status(bobs_twice[1], owner="key-b")).sha256 is not None

            projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
            # the last render with the image: now it goes
            last = await gateway.erase(alices, owner="key-a")
            assert last == {"id": alices, "erased": True, "image_removed": True}
            assert blobs.get(shared_sha) is None
    finally:
        blobs.close()
