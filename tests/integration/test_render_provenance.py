"""What drew a render, on the real stores (embedded SQLite and Postgres) and a real Chromium: the
versions and worker in RenderCompleted/RenderFailed, the hash of the submitted bytes in
RenderRequested, the job view showing them, and events recorded before them loading with nulls."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from eventsourcing.persistence import StoredEvent
from fastapi.testclient import TestClient
from job_helpers import RED_BUTTON, record_request, red_button

import dsl2png
from dsl2png.blobs import make_blob_store
from dsl2png.event_store import SQLITE_FILE, RenderJobs
from dsl2png.pipeline import embedded_pipeline
from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings
from kernel.dsl.options import RENDERER_VERSION
from kernel.render_job import DRAWN_BY_FIELDS, RenderJob
from projector.replay import replay
from projector.runner import start_projector
from projector.views import ADDED_TEXT_COLUMNS, close_view, make_read_model
from render_worker.pool import ChromiumPool
from tests.support.polling import wait_until

pytestmark = pytest.mark.integration
pytest_plugins = ["service_fixtures"]

PROVENANCE = ("submitted_sha256", "dsl2png_version", "renderer_version", "chromium_version", "worker_id")


def completed_event(jobs: RenderJobs, job_id: uuid.UUID) -> dict[str, Any]:
    return next(e for e in jobs.history(job_id) if e["name"] == "RenderCompleted")


async def test_a_render_records_what_drew_it_and_a_cache_hit_what_drew_its_image(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path, chromium_pool: ChromiumPool
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    try:
        with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
            async with embedded_pipeline(jobs, blobs, chromium_pool):
                drawn = await asyncio.to_thread(record_request, jobs, red_button("provenance"))
                await wait_until(lambda: jobs.get(drawn).status == "completed", in_thread=True)
                again = await asyncio.to_thread(record_request, jobs, red_button("provenance"))
                await wait_until(lambda: jobs.get(again).status == "completed", in_thread=True)
            first, hit = completed_event(jobs, drawn), completed_event(jobs, again)
            assert first["version"] == 4 and first["data"]["cache_hit"] is False
            assert first["data"]["dsl2png_version"] == dsl2png.__version__
            assert first["data"]["renderer_version"] == RENDERER_VERSION
            assert first["data"]["chromium_version"] == chromium_pool.chromium_version is not None
            assert first["data"]["worker_id"]
            # the cache hit names the render that drew the image it reuses
            assert hit["data"]["cache_hit"] is True
            assert {f: hit["data"][f] for f in DRAWN_BY_FIELDS} == {
                f: first["data"][f] for f in DRAWN_BY_FIELDS
            }

            projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
            for job_id in (drawn, again):
                shown = projector.view.get_job(str(job_id))
                assert shown == jobs.job_view(jobs.get(job_id))  # read model = aggregate
                assert shown is not None and shown.chromium_version == first["data"]["chromium_version"]
                assert shown.worker_id == first["data"]["worker_id"]
        assert replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5).equal
    finally:
        blobs.close()


def as_recorded_before(jobs: RenderJobs, event: Any, version: int, dropped: tuple[str, ...]) -> StoredEvent:
    """`event` stored as an older release stored it: without `dropped`, at schema `version`."""
    stored = jobs.mapper.to_stored_event(event)
    state = json.loads(stored.state)
    for name in dropped:
        del state[name]
    state.pop("class_version", None)
    if version > 1:
        state["class_version"] = version
    return StoredEvent(
        stored.originator_id, stored.originator_version, stored.topic, json.dumps(state).encode()
    )


def test_events_recorded_before_the_versions_load_with_them_null_and_replay_equal(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    url, schema = backend
    done, failed = (
        RenderJob.request(uuid.uuid4(), **old_request("done")),
        RenderJob.request(uuid.uuid4(), **old_request("failed")),
    )
    done.start("old-worker", 1)
    done.complete(
        sha256="a" * 64, bytes=10, width=200, height=120, render_ms=5.0, format="png", cache_hit=False
    )
    failed.start("old-worker", 1)
    failed.fail("render_error", "Chromium failed", False, 1)
    old = {
        "RenderRequested": (1, ("submitted_sha256",)),
        "RenderStarted": (1, ()),
        "RenderCompleted": (3, DRAWN_BY_FIELDS),
        "RenderFailed": (1, DRAWN_BY_FIELDS),
    }
    stored = [
        as_recorded_before(jobs, event, *old[type(event).__name__])
        for job in (done, failed)
        for event in job.collect_events()
    ]
    jobs.recorder.insert_events(stored)

    for job_id in (done.id, failed.id):
        view = jobs.job_view(jobs.get(job_id))
        assert view.worker_id == "old-worker"  # the last RenderStarted's, as before
        assert [getattr(view, f) for f in PROVENANCE if f != "worker_id"] == [None] * 4
    trail = jobs.history(done.id)
    assert trail[0]["data"]["submitted_sha256"] is None and trail[0]["version"] == 2
    assert {f: trail[-1]["data"][f] for f in DRAWN_BY_FIELDS} == dict.fromkeys(DRAWN_BY_FIELDS)

    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        jobs.request(**{**old_request("new"), "job_id": uuid.uuid4(), "submitted_sha256": "b" * 64})
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        assert projector.view.get_job(str(failed.id)) == jobs.job_view(jobs.get(failed.id))
    assert replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5).equal


def old_request(title: str) -> dict[str, Any]:
    return dict(
        source=json.dumps(red_button(title)), options={}, cache_key=f"key-{title}", body_hash=title,
        owner=None, warnings=[],
    )  # fmt: skip


def test_the_service_records_the_hash_of_the_body_it_received_and_shows_what_drew_it(tmp_path: Path) -> None:
    body = json.dumps({**RED_BUTTON, "title": "as sent"}, indent=3).encode()  # not as any parser writes it
    app = build_app(ServeSettings(data_dir=tmp_path, database_url=None, nats_url=None))
    with TestClient(app, base_url="http://localhost") as client:
        answer = client.post(
            "/v1/renders?wait=30",
            content=body,
            headers={"content-type": "application/json", "accept": "application/json"},
        )
        assert answer.status_code == 200, answer.text
        job = client.get(f"/v1/renders/{answer.json()['id']}").json()
        events = client.get(f"/v1/renders/{job['id']}/events").json()["events"]
        health = client.get("/healthz").json()
    assert health == {
        "status": "ok",
        "dsl2png_version": dsl2png.__version__,
        "renderer_version": RENDERER_VERSION,
    }
    assert job["submitted_sha256"] == hashlib.sha256(body).hexdigest()
    assert events[0]["data"]["submitted_sha256"] == job["submitted_sha256"]
    assert job["dsl2png_version"] == dsl2png.__version__ and job["renderer_version"] == RENDERER_VERSION
    assert job["chromium_version"] and job["worker_id"]
    completed = next(e for e in events if e["name"] == "RenderCompleted")
    assert {f: completed["data"][f] for f in DRAWN_BY_FIELDS} == {f: job[f] for f in DRAWN_BY_FIELDS}


def test_an_embedded_read_model_made_before_gets_the_new_columns(tmp_path: Path) -> None:
    close_view(make_read_model(None, tmp_path))
    with sqlite3.connect(tmp_path / SQLITE_FILE) as conn:  # as an earlier release made it
        for column in ADDED_TEXT_COLUMNS:
            conn.execute(f"ALTER TABLE render_jobs DROP COLUMN {column}")
    view = make_read_model(None, tmp_path)
    try:
        with sqlite3.connect(tmp_path / SQLITE_FILE) as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(render_jobs)")}
        assert set(ADDED_TEXT_COLUMNS) <= columns
    finally:
        close_view(view)
