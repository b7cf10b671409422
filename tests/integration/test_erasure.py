"""Erasure on the real stores (embedded SQLite and Postgres): the stored request is redacted in
place, the read model forgets the job, replay still equals live, and the image goes unless shared."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient

from dsl2png.blobs import make_blob_store
from dsl2png.erasure import erase_job
from dsl2png.event_store import SQLITE_FILE, RenderJobs
from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings
from kernel.errors import JobErasedError
from projector.replay import replay
from projector.runner import Projector, start_projector

pytestmark = pytest.mark.integration

SECRET = "alex.morgan@lumenhealth.io"
"""Personal data in the document, which must be gone from the store after the erasure."""


def request(jobs: RenderJobs, title: str) -> uuid.UUID:
    """A job whose document (and a warning) holds SECRET, except the one titled 'kept'."""
    job_id, email = uuid.uuid4(), "someone@example.org" if title == "kept" else SECRET
    jobs.request(
        job_id=job_id, source=f'{{"title": "{title}", "email": "{email}"}}', options={},
        cache_key=f"key-{title}", body_hash=title, owner="key-a",
        warnings=[{"path": "/email", "message": f"{email} is long", "code": "c"}],
    )  # fmt: skip
    return job_id


def stored_states(backend: tuple[str | None, str | None], tmp_path: Path) -> list[bytes]:
    """Every stored event's state, read from the table itself, not through the library."""
    url, schema = backend
    if url is None:
        with sqlite3.connect(tmp_path / SQLITE_FILE) as conn:
            return [bytes(r[0]) for r in conn.execute("SELECT state FROM stored_events")]
    with psycopg.connect(url) as conn:
        return [bytes(r[0]) for r in conn.execute(f'SELECT state FROM "{schema}".stored_events')]


def complete_with_image(jobs: RenderJobs, blobs: Any, job_id: uuid.UUID, data: bytes) -> str:
    job = jobs.get(job_id)
    meta = {"bytes": len(data), "width": 1, "height": 1, "format": "png"}
    sha256 = blobs.store(data, media_type="image/png", cache_key=job.cache_key, meta=meta)
    jobs.start(job_id, "w", 1)
    jobs.complete(job_id, sha256=sha256, render_ms=1.0, cache_hit=False, **meta)
    return str(sha256)


def test_an_erased_job_leaves_no_document_no_row_and_replay_still_equals_live(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    projector: Projector
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        done, shared, queued, kept = (request(jobs, t) for t in ("done", "shared", "queued", "kept"))
        own = complete_with_image(jobs, blobs, done, b"only mine")
        same = complete_with_image(jobs, blobs, shared, b"ours")
        complete_with_image(jobs, blobs, kept, b"ours")  # another job with the same image
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        view = projector.view

        erased = [erase_job(jobs, blobs, view, j, erased_by="key-a") for j in (done, shared, queued)]
        assert [e.image_removed for e in erased] == [True, False, False]
        assert blobs.get(own) is None and blobs.lookup("key-done") is None  # renders anew if asked
        assert blobs.get(same) == b"ours"  # `kept` still shows it

        assert not any(SECRET.encode() in state for state in stored_states(backend, tmp_path))
        request_event = jobs.history(done)[0]
        assert request_event["name"] == "RenderRequested" and request_event["data"]["source"] == ""
        assert request_event["data"]["warnings"] == []
        assert [e["name"] for e in jobs.history(queued)] == ["RenderRequested", "RenderErased"]
        assert jobs.history(done)[-1]["data"] == {"erased_by": "key-a", "reason": None}
        assert jobs.get(queued).status == "cancelled"  # a worker that takes it acks without rendering

        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        assert [view.get_job(str(j)) is None for j in (done, shared, queued, kept)] == [True] * 3 + [False]
        assert view.counts() == {"queued": 0, "rendering": 0, "completed": 1, "failed": 0, "cancelled": 0}

        again = erase_job(jobs, blobs, view, done, erased_by="key-a")  # safe to run again
        assert not again.image_removed
        assert [e["name"] for e in jobs.history(done)].count("RenderErased") == 1
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
    report = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5)
    assert report.equal, report.differences
    blobs.close()


def test_an_idempotency_key_of_an_erased_job_answers_that_it_was_erased(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    """Reusing the key must not answer the erased job as it was (completed, its image's hash)."""
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        keyed = uuid.uuid5(uuid.NAMESPACE_URL, "key-x")
        again = dict(
            job_id=keyed, source=f'{{"title": "done", "email": "{SECRET}"}}', options={},
            cache_key="key-done", body_hash="done", owner="key-a", warnings=[],
        )  # fmt: skip
        jobs.request(**again)
        complete_with_image(jobs, blobs, keyed, b"only mine")
        assert jobs.request(**again).status == "completed"  # a retry before the erasure: the job
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        erase_job(jobs, blobs, projector.view, keyed, erased_by="key-a")
        events = len(jobs.history(keyed))
        for request_again in (jobs.request, jobs.request_completed_from_cache):
            extra = (
                {}
                if request_again == jobs.request
                else {"sha256": "a" * 64, "bytes": 1, "width": 1, "height": 1, "format": "png"}
            )
            with pytest.raises(JobErasedError, match="erased on request"):
                request_again(**again, **extra)  # type: ignore[operator]
        assert len(jobs.history(keyed)) == events  # nothing recorded
    blobs.close()


def test_a_post_reusing_the_key_of_an_erased_render_is_a_410(tmp_path: Path) -> None:
    document = {"width": 200, "height": 120, "elements": [{"type": "heading", "text": SECRET}]}
    app = build_app(ServeSettings(data_dir=tmp_path, database_url=None, nats_url=None))
    with TestClient(app, base_url="http://localhost") as client:
        keyed = {"Idempotency-Key": "erase-me", "accept": "application/json"}
        first = client.post("/v1/renders?wait=30", json={"dsl": document}, headers=keyed)
        assert first.status_code == 200, first.text
        # another render (no key) with the same image keeps it in the store after the erasure
        shared = client.post(
            "/v1/renders?wait=30", json={"dsl": document}, headers={"accept": "application/json"}
        )
        assert shared.json()["sha256"] == first.json()["sha256"]
        assert client.post(f"/v1/renders/{first.json()['id']}/erase").status_code == 200
        for query in ("", "?wait=5"):
            again = client.post(
                f"/v1/renders{query}", json={"dsl": document}, headers={"Idempotency-Key": "erase-me"}
            )
            assert again.status_code == 410, again.text
            assert again.json()["error"]["code"] == "job_erased" and "Idempotency-Key" in again.text
        fresh = client.post(
            "/v1/renders?wait=30", json={"dsl": document}, headers={"Idempotency-Key": "new-key"}
        )
        assert fresh.status_code == 200 and fresh.content.startswith(b"\x89PNG")  # a new key renders
