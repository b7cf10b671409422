"""The gateway's reads on each event store backend: a read model behind the events does not show a
finished job as queued, and a 404 does not tell another key's job from none."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import RenderJobs
from dsl2png.gateway import ServiceGateway
from kernel.dsl.options import RenderOptions
from kernel.errors import IdempotencyConflictError, JobNotFoundError
from projector.runner import start_projector
from projector.views import view_for
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration

IMAGE = dict(sha256="e" * 64, bytes=120, width=10, height=20, format="png", cache_hit=False)


def gateway(jobs: RenderJobs, blobs: Any = None) -> ServiceGateway:
    return ServiceGateway(jobs, blobs, read_model=view_for(jobs, create_tables=True))


async def test_a_job_the_read_model_still_shows_queued_is_answered_from_its_events(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    url, schema = backend
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        job_id = record_request(jobs, owner="key-a")
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
    # the projector is stopped: the job finishes while the read model still says queued
    jobs.start(job_id, "w", 1)
    jobs.complete(job_id, render_ms=5.0, **IMAGE)
    reads = gateway(jobs)
    assert reads.read_model.get_job(str(job_id), "key-a").status == "queued"  # type: ignore[union-attr]

    job = await reads.status(str(job_id), owner="key-a")

    assert (job.status, job.sha256, job.bytes) == ("completed", "e" * 64, 120)


async def test_another_keys_job_and_no_job_get_the_same_404(jobs: RenderJobs) -> None:
    reads = gateway(jobs)
    theirs = str(record_request(jobs, owner="key-a"))
    missing = str(uuid.uuid4())
    answers = {}
    for job_id in (theirs, missing, "not-a-uuid"):
        with pytest.raises(JobNotFoundError) as refused:
            await reads.status(job_id, owner="key-b")
        answers[job_id] = str(refused.value)

    assert answers[theirs] == answers[missing].replace(missing, theirs) == f"no render job '{theirs}'"
    assert answers["not-a-uuid"] == "no render job 'not-a-uuid'"


async def test_one_idempotency_key_takes_the_same_document_in_any_form_of_body(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    url, schema = backend
    blobs = make_blob_store(url, tmp_path, create_tables=True, schema=schema)
    submit = gateway(jobs, blobs).submit
    document = {"width": 200, "elements": [{"type": "text", "text": f"idem {uuid.uuid4()}"}]}
    wrapped = await submit(document, RenderOptions(), idempotency_key="k", owner="key-a")
    bare_json = await submit(
        json.dumps(document, indent=2), RenderOptions(), idempotency_key="k", owner="key-a"
    )
    yaml_text = f"elements:\n  - type: text\n    text: {document['elements'][0]['text']}\nwidth: 200\n"
    bare_yaml = await submit(yaml_text.encode(), RenderOptions(), idempotency_key="k", owner="key-a")
    assert wrapped.id == bare_json.id == bare_yaml.id

    with pytest.raises(IdempotencyConflictError, match="other render options"):
        await submit(document, RenderOptions(format="jpeg"), idempotency_key="k", owner="key-a")
    other = {**document, "width": 300}
    with pytest.raises(IdempotencyConflictError, match="another document"):
        await submit(other, RenderOptions(), idempotency_key="k", owner="key-a")
    blobs.close()


@pytest.mark.parametrize("retention_s", [None, 3600.0], ids=["no retention", "retention"])
async def test_a_missing_image_is_blamed_on_retention_only_when_there_is_one(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path, retention_s: float | None
) -> None:
    """An image missing without retention (left out of a restored backup) is not 'removed after
    the retention period'; either way the answer says how to get it back."""
    from kernel.errors import ImageExpiredError

    url, schema = backend
    blobs = make_blob_store(url, tmp_path / "blobs", create_tables=True, schema=schema)
    reads = ServiceGateway(
        jobs, blobs, read_model=view_for(jobs, create_tables=True), image_retention_s=retention_s
    )
    job_id = record_request(jobs, owner=None)
    jobs.start(job_id, "w", 1)
    jobs.complete(job_id, render_ms=5.0, **IMAGE)  # its image was never stored

    with pytest.raises(ImageExpiredError) as raised:
        await reads.image(str(job_id))

    message = str(raised.value)
    assert "POST the same document" in message
    if retention_s is None:
        assert "not in the image store" in message and "retention period" not in message
    else:
        assert "removed after the retention period" in message
