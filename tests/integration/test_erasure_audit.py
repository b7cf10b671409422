"""An erasure stays auditable on the real stores (embedded SQLite and Postgres): RenderErased v2
records who and why (API, gateway and `dsl2png erase`), an erasure recorded before v2 loads with
no reason, and the audit trail of an erased render answers its events' metadata, nothing erased."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from eventsourcing.persistence import StoredEvent
from fastapi.testclient import TestClient

from dsl2png.blobs import make_blob_store
from dsl2png.commands import database
from dsl2png.erasure import erase_job
from dsl2png.event_store import RenderJobs
from dsl2png.gateway import ServiceGateway
from dsl2png.migrate import upgrade
from dsl2png.serve import build_app
from dsl2png.settings import ServeSettings
from kernel.errors import JobErasedError, JobNotFoundError
from kernel.render_job import RenderJob
from projector.replay import replay
from projector.runner import start_projector

pytestmark = pytest.mark.integration

SECRET = "jordan.lee@northwind.example"
"""Personal data in the document: no answer about the erased render may hold it, or its hashes."""
DOCUMENT = {"width": 240, "height": 120, "elements": [{"type": "heading", "text": SECRET}]}


def record(jobs: RenderJobs, owner: str | None = "key-a") -> uuid.UUID:
    job_id = uuid.uuid4()
    jobs.request(
        job_id=job_id, source=json.dumps(DOCUMENT), options={}, cache_key=f"k-{job_id}",
        body_hash=f"h-{job_id}", owner=owner, warnings=[{"path": "/x", "message": SECRET, "code": "c"}],
        submitted_sha256="5" * 64,
    )  # fmt: skip
    return job_id


def as_v1(jobs: RenderJobs, event: Any) -> StoredEvent:
    """`event` stored as a release before RenderErased v2 stored it: no `reason`, no class_version."""
    stored = jobs.mapper.to_stored_event(event)
    state = json.loads(stored.state)
    del state["reason"]
    state.pop("class_version", None)
    return StoredEvent(
        stored.originator_id, stored.originator_version, stored.topic, json.dumps(state).encode()
    )


def test_an_erasure_records_why_and_one_recorded_before_v2_loads_without(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        asked, silent = record(jobs), record(jobs)
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        erase_job(jobs, blobs, projector.view, asked, erased_by="key-a", reason="ticket GDPR-1234")
        erase_job(jobs, blobs, projector.view, silent, erased_by="key-a")
        erase_job(jobs, blobs, projector.view, asked, erased_by="other", reason="again")  # records nothing
        assert jobs.history(asked)[-1] | {"timestamp": None} == {
            "name": "RenderErased", "version": 2, "position": 2, "timestamp": None,
            "data": {"erased_by": "key-a", "reason": "ticket GDPR-1234"},
        }  # fmt: skip
        assert jobs.history(silent)[-1]["data"] == {"erased_by": "key-a", "reason": None}

        old = RenderJob.request(uuid.uuid4(), **request_fields())
        old.erase("operator")
        requested, erasure = old.collect_events()
        jobs.recorder.insert_events([jobs.mapper.to_stored_event(requested), as_v1(jobs, erasure)])
        loaded = jobs.history(old.id)[-1]
        assert loaded["version"] == 2 and loaded["data"] == {"erased_by": "operator", "reason": None}
        assert jobs.get(old.id).erased and jobs.get(old.id).status == "cancelled"
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
    assert replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5).equal
    blobs.close()


def request_fields() -> dict[str, Any]:
    return dict(
        source=json.dumps(DOCUMENT), options={}, cache_key="k-old", body_hash="h-old", owner="key-a",
        warnings=[], trace_context={},
    )  # fmt: skip


def test_the_trail_of_an_erased_render_keeps_its_metadata_only(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    """Through the gateway every API uses: the erased render's status is a 410, its trail names
    each event and says when, by whom and why, and holds nothing of the document or image."""
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        gateway = ServiceGateway(jobs, blobs, projector.view)
        job_id = record(jobs)
        jobs.start(job_id, "w-1", 1)
        jobs.complete(
            job_id,
            sha256="e" * 64,
            bytes=9,
            width=240,
            height=120,
            render_ms=1.0,
            format="png",
            cache_hit=False,
        )
        whole = asyncio.run(gateway.history(str(job_id), owner="key-a"))
        assert whole["erased"] is False and SECRET in json.dumps(whole)  # before: the trail itself

        asyncio.run(gateway.erase(str(job_id), owner="key-a", reason="customer request #77"))
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
        with pytest.raises(JobErasedError):
            asyncio.run(gateway.status(str(job_id), owner="key-a"))
        with pytest.raises(JobNotFoundError):  # another key's render stays unknown to it
            asyncio.run(gateway.history(str(job_id), owner="key-b"))
        trail = asyncio.run(gateway.history(str(job_id), owner="key-a"))
        assert trail["erased"] is True and trail["id"] == str(job_id)
        assert [(e["name"], e["version"], e["position"]) for e in trail["events"]] == [
            ("RenderRequested", 2, 1), ("RenderStarted", 1, 2), ("RenderCompleted", 4, 3), ("RenderErased", 2, 4),
        ]  # fmt: skip
        assert [e["timestamp"] for e in trail["events"]] == [e["timestamp"] for e in whole["events"]] + [
            trail["events"][-1]["timestamp"]
        ]
        assert [e["data"] for e in trail["events"]] == [
            {}, {}, {}, {"reason": "customer request #77", "erased_by": "key-a"},
        ]  # fmt: skip
        shown = json.dumps(trail)
        assert SECRET not in shown and "5" * 64 not in shown and "e" * 64 not in shown
    blobs.close()


def test_the_api_erases_with_a_reason_refuses_a_bad_one_and_keeps_the_trail_answering(
    tmp_path: Path,
) -> None:
    app = build_app(ServeSettings(data_dir=tmp_path, database_url=None, nats_url=None))
    with TestClient(app, base_url="http://localhost") as client:
        posted = client.post(
            "/v1/renders?wait=30", json={"dsl": DOCUMENT}, headers={"accept": "application/json"}
        )
        assert posted.status_code == 200, posted.text
        job_id, sha256 = posted.json()["id"], posted.json()["sha256"]
        events = client.get(f"/v1/renders/{job_id}/events").json()
        for bad, where in (({"reason": " "}, "/body/reason"), ({"reason": "x" * 501}, "/body/reason"),
                           ({"reason": "ok", "by": "me"}, "/body/by")):  # fmt: skip
            refused = client.post(f"/v1/renders/{job_id}/erase", json=bad)
            assert refused.status_code == 422, refused.text
            assert where in refused.text
        assert client.get(f"/v1/renders/{job_id}/events").json() == events  # nothing recorded
        assert client.get(f"/v1/renders/{job_id}").status_code == 200

        erased = client.post(f"/v1/renders/{job_id}/erase", json={"reason": " customer asked "})
        assert erased.status_code == 200, erased.text
        trail = client.get(f"/v1/renders/{job_id}/events")
        assert trail.status_code == 200, trail.text
        assert trail.json()["erased"] is True
        assert [e["name"] for e in trail.json()["events"]] == [e["name"] for e in events["events"]] + [
            "RenderErased"
        ]
        assert trail.json()["events"][-1]["data"] == {"reason": "customer asked", "erased_by": None}
        assert SECRET not in trail.text and sha256 not in trail.text
        assert trail.json()["events"][-1]["timestamp"].endswith("Z")
        assert client.head(f"/v1/renders/{job_id}/events").status_code == 200
        for path in ("", ".png"):
            gone = client.get(f"/v1/renders/{job_id}{path}")
            assert gone.status_code == 410 and gone.json()["error"]["code"] == "job_erased"

        no_reason = client.post("/v1/renders?wait=30", json={"dsl": dict(DOCUMENT, width=250)})
        other_id = no_reason.headers["x-render-id"]
        assert client.post(f"/v1/renders/{other_id}/erase").status_code == 200  # a reason is optional
        last = client.get(f"/v1/renders/{other_id}/events").json()["events"][-1]
        assert last["name"] == "RenderErased" and last["data"] == {"reason": None, "erased_by": None}


def test_the_operator_erases_with_a_reason_and_a_name(
    database_url: str, pg_schema: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dsl2png erase --reason --by` on a migrated Postgres schema; a blank one erases nothing."""
    upgrade(database_url, schema=pg_schema)
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("DSL2PNG_DATABASE_SCHEMA", pg_schema)
    monkeypatch.setenv("DSL2PNG_DATA_DIR", str(tmp_path))
    from dsl2png.event_store import make_render_jobs

    jobs = make_render_jobs(database_url, tmp_path, create_tables=False, schema=pg_schema)
    try:
        job_id = record(jobs, owner=None)
        assert database.erase([str(job_id)], reason="  ", by="Sam") == 1
        assert database.erase([str(job_id)], reason="ok", by="x" * 501) == 1
        assert [e["name"] for e in jobs.history(job_id)] == ["RenderRequested"]  # nothing erased
        assert database.erase([str(job_id)], reason=" DPO ticket 9 ", by=" Sam Rivera ") == 0
        assert jobs.history(job_id)[-1]["data"] == {
            "erased_by": "operator:Sam Rivera",
            "reason": "DPO ticket 9",
        }
        plain = record(jobs, owner=None)
        assert database.erase([str(plain)]) == 0
        assert jobs.history(plain)[-1]["data"] == {"erased_by": "operator", "reason": None}
    finally:
        jobs.close()
