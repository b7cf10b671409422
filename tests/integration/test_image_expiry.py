"""Retention leaves an audit trail on the real stores (embedded SQLite and Postgres): a sweep that
removes an image records ImageExpired once on each completed job that had it, the job view and
the events show it (an erased render's trail too, metadata only), a rebuild agrees; and the
embedded service's own sweeper records it."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dsl2png.blobs import BlobStore, FileBlobStore, PostgresBlobStore, make_blob_store
from dsl2png.event_store import RenderJobs
from dsl2png.gateway import ServiceGateway
from dsl2png.image_expiry import Swept, sweep_expired
from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings
from kernel.times import utc_iso
from projector.replay import replay
from projector.runner import start_projector
from tests.integration.test_blobs import META, age
from tests.support.polling import wait_until
from tests.support.render_requests import placeholder_cache_key, record_request

pytestmark = pytest.mark.integration

TTL_S = 3600.0


def completed(jobs: RenderJobs, blobs: BlobStore, image: bytes, *, owner: str = "key-a") -> uuid.UUID:
    """A job completed with `image`, stored as a worker stores it (restarting its retention)."""
    job_id = record_request(jobs, owner=owner)
    sha256 = blobs.store(image, media_type="image/png", cache_key=placeholder_cache_key(job_id), meta=META)
    jobs.complete(
        job_id,
        sha256=sha256,
        bytes=len(image),
        width=1,
        height=1,
        render_ms=1.0,
        format="png",
        cache_hit=False,
    )
    return job_id


def last_event(gateway: ServiceGateway, job_id: uuid.UUID) -> dict[str, Any]:
    return dict(asyncio.run(gateway.history(str(job_id), owner="key-a"))["events"][-1])


def test_a_sweep_records_image_expired_once_per_job_and_the_views_show_it(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    assert isinstance(blobs, FileBlobStore | PostgresBlobStore)
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        gateway = ServiceGateway(jobs, blobs, projector.view, image_retention_s=TTL_S)
        first, second = completed(jobs, blobs, b"shared image"), completed(jobs, blobs, b"shared image")
        kept = completed(jobs, blobs, b"recent image")
        shared = jobs.get(first).sha256
        assert shared is not None
        age(blobs, shared, 2 * TTL_S)
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)

        assert sweep_expired(jobs, blobs, projector.view, TTL_S) == Swept(images=1, recorded=2)
        assert sweep_expired(jobs, blobs, projector.view, TTL_S) == Swept(images=0, recorded=0)
        assert not jobs.expire_image(first, shared, TTL_S), "another process's sweep records nothing again"
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        for job_id in (first, second):
            event = last_event(gateway, job_id)
            assert (event["name"], event["version"], event["data"]) == (
                "ImageExpired", 1, {"sha256": shared, "ttl_s": TTL_S},
            )  # fmt: skip
            view = projector.view.get_job(str(job_id))
            assert view is not None and view == jobs.job_view(jobs.get(job_id))  # read model = aggregate
            assert view.image_expired_at is not None and utc_iso(view.image_expired_at) == event["timestamp"]
            assert view.status == "completed"
            assert asyncio.run(gateway.with_image_state(view)).image_available is False
        recent = projector.view.get_job(str(kept))
        assert recent is not None and recent.image_expired_at is None
        assert [e["name"] for e in asyncio.run(gateway.history(str(kept), owner="key-a"))["events"]][-1] == (
            "RenderCompleted"
        )

        # The same document rendered again stores the image again: the old jobs' image is
        # available (a live look), their expiry stays on record; a second removal records it
        # only on the job that used the new copy.
        again = completed(jobs, blobs, b"shared image")
        old = projector.view.get_job(str(first))
        assert old is not None and asyncio.run(gateway.with_image_state(old)).image_available is True
        age(blobs, shared, 2 * TTL_S)
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        assert sweep_expired(jobs, blobs, projector.view, TTL_S) == Swept(images=1, recorded=1)
        assert last_event(gateway, again)["name"] == "ImageExpired"
        assert [e["name"] for e in jobs.history(first)].count("ImageExpired") == 1
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
    report = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5)
    assert report.equal, report.differences
    blobs.close()


def test_the_trail_of_an_erased_render_tells_its_image_expired_without_its_hash(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        gateway = ServiceGateway(jobs, blobs, projector.view, image_retention_s=TTL_S)
        job_id = completed(jobs, blobs, b"an image to forget")
        sha256 = jobs.get(job_id).sha256
        assert sha256 is not None
        age(blobs, sha256, 2 * TTL_S)
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        assert sweep_expired(jobs, blobs, projector.view, TTL_S).recorded == 1
        asyncio.run(gateway.erase(str(job_id), owner="key-a", reason="customer request"))
        assert not jobs.expire_image(job_id, sha256, TTL_S), "erased: nothing more is recorded"
        trail = asyncio.run(gateway.history(str(job_id), owner="key-a"))
        assert trail["erased"] is True
        assert [(e["name"], e["data"]) for e in trail["events"]][-2:] == [
            ("ImageExpired", {"ttl_s": TTL_S}),
            ("RenderErased", {"reason": "customer request", "erased_by": "key-a"}),
        ]
        assert sha256 not in str(trail)
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
    assert replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5).equal
    blobs.close()


def test_the_embedded_service_sweeps_and_records_image_expired(tmp_path: Path) -> None:
    """The API process's own sweeper (DSL2PNG_PNG_TTL_S): the job view and events say when the
    image went, and the image answers 410."""
    settings = ServeSettings(data_dir=tmp_path, database_url=None, nats_url=None, png_ttl_s=5)
    app = build_app(settings)
    document = {"width": 120, "height": 60, "elements": [{"type": "heading", "text": "Gone later"}]}
    with TestClient(app, base_url="http://localhost") as client:
        posted = client.post(
            "/v1/renders?wait=30", json={"dsl": document}, headers={"accept": "application/json"}
        )
        assert posted.status_code == 200, posted.text
        job_id, sha256 = posted.json()["id"], posted.json()["sha256"]
        blob = tmp_path / "images" / "blobs" / sha256[:2] / sha256
        then = time.time() - 60
        os.utime(blob, (then, then))

        def expired() -> bool:
            return client.get(f"/v1/renders/{job_id}").json()["image_expired_at"] is not None

        asyncio.run(wait_until(expired, timeout_s=30))
        job = client.get(f"/v1/renders/{job_id}").json()
        assert job["status"] == "completed" and job["image_available"] is False
        events = client.get(f"/v1/renders/{job_id}/events").json()["events"]
        assert (events[-1]["name"], events[-1]["data"]) == ("ImageExpired", {"sha256": sha256, "ttl_s": 5.0})
        assert events[-1]["timestamp"] == job["image_expired_at"]
        assert client.get(f"/v1/renders/{job_id}.png").status_code == 410
