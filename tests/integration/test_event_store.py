"""The RenderJobs application on SQLite and on real Postgres: lifecycle, idempotency, the cached
request, the audit trail, and concurrent writers."""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import psycopg
import pytest
from eventsourcing.persistence import IntegrityError
from pg_schemas import DATABASE_URL

from dsl2png.event_store import RenderJobs, render_job_topics, render_requested_topics
from dsl2png.pg_event_recorder import OneTripPostgresRecorder
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import plan_render, request_fingerprint
from kernel.errors import IdempotencyConflictError, JobNotFoundError
from tests.support.polling import wait_until

pytestmark = pytest.mark.integration
pytest_plugins = ["service_fixtures"]

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
IMAGE: dict[str, Any] = dict(sha256="c" * 64, bytes=1234, width=320, height=200, format="png")


def request(
    jobs: RenderJobs, job_id: uuid.UUID | None = None, body_hash: str = "hash-1", **extra: Any
) -> Any:
    return jobs.request(
        job_id=job_id or uuid.uuid4(), source='{"elements": []}', options={"format": "png", "width": 320},
        cache_key="k" * 64, body_hash=body_hash, owner="key-1", warnings=[{"path": "/", "message": "m"}],
        **extra,
    )  # fmt: skip


def test_lifecycle_and_history_in_order(jobs: RenderJobs) -> None:
    job = request(jobs)
    jobs.start(job.id, "worker-1", 1)
    jobs.complete(job.id, render_ms=40.5, cache_hit=False, **IMAGE)
    stored = jobs.get(job.id)
    assert stored.status == "completed" and stored.sha256 == "c" * 64 and stored.owner == "key-1"

    history = jobs.history(job.id)
    assert [e["name"] for e in history] == ["RenderRequested", "RenderStarted", "RenderCompleted"]
    assert [e["position"] for e in history] == [1, 2, 3]
    assert [e["version"] for e in history] == [2, 1, 4]  # v2: submitted_sha256; v4: what drew it
    assert history[0]["data"]["source"] == '{"elements": []}'
    assert history[0]["data"]["options"] == {"format": "png", "width": 320}
    assert history[1]["data"] == {"worker_id": "worker-1", "attempt": 1}
    assert history[2]["data"]["render_ms"] == 40.5
    assert history[0]["timestamp"] <= history[1]["timestamp"] <= history[2]["timestamp"]

    view = jobs.job_view(stored)
    assert (view.id, view.status, view.width, view.attempt, view.error) == (
        str(job.id),
        "completed",
        320,
        1,
        None,
    )


def test_same_id_and_body_returns_the_existing_job(jobs: RenderJobs) -> None:
    job_id = uuid.uuid4()
    first = request(jobs, job_id)
    jobs.start(job_id, "w", 1)
    again = request(jobs, job_id)
    assert again.id == first.id and again.status == "rendering"
    assert len(jobs.history(job_id)) == 2


def test_same_id_with_a_different_body_is_a_conflict(jobs: RenderJobs) -> None:
    job_id = uuid.uuid4()
    request(jobs, job_id)
    with pytest.raises(IdempotencyConflictError):
        request(jobs, job_id, body_hash="hash-2")
    assert len(jobs.history(job_id)) == 1


def test_a_retry_across_an_upgrade_that_added_an_option_is_the_same_job(jobs: RenderJobs) -> None:
    """A job recorded before `crop` existed stored options without it, and a fingerprint of them;
    the same request retried after the upgrade (crop filled in as false) is that job, not a 409."""
    source = (EXAMPLES / "login.yaml").read_text()
    options = RenderOptions(format="png", width=320)
    document = plan_render(source, options).document
    older_options = options.model_dump(mode="json", exclude_none=True)
    del older_options["crop"]  # what the code before `crop` recorded, and fingerprinted
    older_hash = hashlib.sha256(
        json.dumps(
            {"document": document.model_dump(mode="json", exclude_none=True), "options": older_options},
            sort_keys=True, separators=(",", ":"), ensure_ascii=False,
        ).encode()
    ).hexdigest()  # fmt: skip
    job_id = uuid.uuid4()
    first = jobs.request(
        job_id=job_id, source=source, options=older_options, cache_key="k" * 64,
        body_hash=older_hash, owner="key-1", warnings=[],
    )  # fmt: skip
    again = jobs.request(
        job_id=job_id, source=source, options=options.model_dump(mode="json", exclude_none=True),
        cache_key="k" * 64, body_hash=request_fingerprint(document, options), owner="key-1", warnings=[],
    )  # fmt: skip
    assert again.id == first.id and len(jobs.history(job_id)) == 1

    other = RenderOptions(format="png", width=320, crop=True)
    with pytest.raises(IdempotencyConflictError) as refused:
        jobs.request(
            job_id=job_id, source=source, options=other.model_dump(mode="json", exclude_none=True),
            cache_key="k" * 64, body_hash=request_fingerprint(document, other), owner="key-1", warnings=[],
        )  # fmt: skip
    assert "crop was false, now true" in str(refused.value)  # compared with the default filled in
    assert "unset" not in str(refused.value)


def test_a_job_started_again_after_a_lost_attempt_says_so_and_counts_on(jobs: RenderJobs) -> None:
    """After a kill -9 the embedded queue delivers the job again as delivery 1: the trail records
    that attempt 1 was lost, and the new start is attempt 2, not a second attempt 1."""
    job = request(jobs)
    jobs.start(job.id, "worker-1", 1)
    again = jobs.start(job.id, "worker-2", 1)  # the queue's count restarted
    assert again.attempt == 2 and again.status == "rendering"
    trail = jobs.history(job.id)
    assert [e["name"] for e in trail] == [
        "RenderRequested",
        "RenderStarted",
        "RenderAttemptFailed",
        "RenderStarted",
    ]
    assert trail[2]["data"]["code"] == "attempt_lost" and trail[2]["data"]["attempt"] == 1
    assert "worker-1" in trail[2]["data"]["message"]
    assert [e["data"]["attempt"] for e in trail if e["name"] == "RenderStarted"] == [1, 2]

    jobs.fail_attempt(job.id, "render_timeout", "timed out", 2)
    third = jobs.start(job.id, "worker-2", 2)  # a NATS redelivery whose count lags the trail's
    assert third.attempt == 3 and jobs.history(job.id)[-1]["data"]["attempt"] == 3
    assert [e["name"] for e in jobs.history(job.id)].count("RenderAttemptFailed") == 2  # no lost one added


def test_cached_request_records_requested_and_completed_atomically(jobs: RenderJobs) -> None:
    before = jobs.recorder.max_notification_id() or 0
    job = jobs.request_completed_from_cache(
        job_id=uuid.uuid4(), source="{}", options={}, cache_key="k" * 64, body_hash="h", owner=None,
        warnings=[], **IMAGE,
    )  # fmt: skip
    assert job.status == "completed" and job.cache_hit
    notifications = jobs.recorder.select_notifications(start=before, limit=10, inclusive_of_start=False)
    assert [n.originator_version for n in notifications] == [1, 2]
    assert notifications[1].id == notifications[0].id + 1  # one insert, consecutive positions
    assert [e["name"] for e in jobs.history(job.id)] == ["RenderRequested", "RenderCompleted"]
    assert jobs.history(job.id)[1]["data"]["cache_hit"] is True


def test_terminal_jobs_ignore_late_commands(jobs: RenderJobs) -> None:
    job = request(jobs)
    jobs.start(job.id, "w", 1)
    jobs.cancel(job.id, "client")
    late = jobs.complete(job.id, render_ms=1.0, cache_hit=False, **IMAGE)
    assert late.status == "cancelled"
    jobs.fail(job.id, "render_failed", "late", False, 1)
    assert [e["name"] for e in jobs.history(job.id)] == [
        "RenderRequested",
        "RenderStarted",
        "RenderCancelled",
    ]
    assert jobs.job_view(jobs.get(job.id)).error is not None


def test_racing_workers_and_cancels_leave_exactly_one_terminal_event(jobs: RenderJobs) -> None:
    job = request(jobs)
    jobs.start(job.id, "w", 1)

    def act(i: int) -> None:
        if i % 3 == 0:
            jobs.cancel(job.id, f"cancel {i}")
        elif i % 3 == 1:
            jobs.complete(job.id, render_ms=float(i), cache_hit=False, **IMAGE)
        else:
            jobs.fail(job.id, "render_failed", str(i), False, 1)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(act, range(24)))
    names = [e["name"] for e in jobs.history(job.id)]
    assert names[:2] == ["RenderRequested", "RenderStarted"]
    assert len(names) == 3 and names[2] in ("RenderCompleted", "RenderFailed", "RenderCancelled")


def test_completing_the_held_job_records_it_without_a_reload(jobs: RenderJobs) -> None:
    job = request(jobs)
    held = jobs.start(job.id, "w", 1)
    done = jobs.complete(job.id, held=held, render_ms=12.0, cache_hit=False, **IMAGE)
    assert done is held and done.status == "completed"
    assert [e["name"] for e in jobs.history(job.id)][-1] == "RenderCompleted"
    assert jobs.get(job.id).sha256 == IMAGE["sha256"]


def test_start_returns_the_job_as_saved(jobs: RenderJobs) -> None:
    # The library advances the version when an event is triggered and save() drains the pending
    # events, so the copy start() returns is exactly the stored state: fit to decide on again.
    job = request(jobs)
    held = jobs.start(job.id, "w", 1)
    assert held.version == 2 == len(jobs.history(job.id))
    assert held.pending_events == []


def test_a_start_after_the_held_copy_makes_complete_reload_and_still_record(jobs: RenderJobs) -> None:
    job = request(jobs)
    held = jobs.start(job.id, "w1", 1)
    jobs.start(job.id, "w2", 2)  # a redelivery taken by another worker meanwhile
    done = jobs.complete(job.id, held=held, render_ms=12.0, cache_hit=False, **IMAGE)
    # Requested, Started, AttemptFailed (attempt_lost: w1's attempt, as w2 saw it), Started, Completed
    assert done is not held and done.status == "completed" and done.version == 5
    names = [e["name"] for e in jobs.history(job.id)]
    assert names == [
        "RenderRequested",
        "RenderStarted",
        "RenderAttemptFailed",
        "RenderStarted",
        "RenderCompleted",
    ]


def test_a_cancel_after_the_held_copy_wins_over_complete_and_fail(jobs: RenderJobs) -> None:
    finish = (
        lambda job_id, held: jobs.complete(job_id, held=held, render_ms=12.0, cache_hit=False, **IMAGE),
        lambda job_id, held: jobs.fail(job_id, "render_failed", "x", False, 1, held=held),
    )
    for record in finish:
        job = request(jobs)
        held = jobs.start(job.id, "w", 1)
        jobs.cancel(job.id, "cancelled by client")  # recorded after the worker's copy was saved
        assert record(job.id, held).status == "cancelled"
        names = [e["name"] for e in jobs.history(job.id)]
        assert names == ["RenderRequested", "RenderStarted", "RenderCancelled"]


def test_a_held_copy_of_another_job_is_refused_and_records_nothing(jobs: RenderJobs) -> None:
    job, other = request(jobs), request(jobs)
    held = jobs.start(job.id, "w", 1)
    with pytest.raises(ValueError):
        jobs.complete(other.id, held=held, render_ms=12.0, cache_hit=False, **IMAGE)
    assert [e["name"] for e in jobs.history(job.id)] == ["RenderRequested", "RenderStarted"]
    assert [e["name"] for e in jobs.history(other.id)] == ["RenderRequested"]


def test_unknown_job_is_not_found(jobs: RenderJobs) -> None:
    with pytest.raises(JobNotFoundError):
        jobs.get(uuid.uuid4())
    with pytest.raises(JobNotFoundError):
        jobs.history(uuid.uuid4())


def test_the_notification_log_can_be_filtered_to_requests(jobs: RenderJobs) -> None:
    job = request(jobs)
    jobs.start(job.id, "w", 1)
    requested = jobs.recorder.select_notifications(start=None, limit=10, topics=render_requested_topics())
    everything = jobs.recorder.select_notifications(start=None, limit=10, topics=render_job_topics())
    assert [n.originator_version for n in requested] == [1]
    assert [n.originator_version for n in everything] == [1, 2]


def test_listeners_hear_every_commit(jobs: RenderJobs) -> None:
    heard: list[int] = []
    remove = jobs.add_listener(lambda: heard.append(1))
    job = request(jobs)
    jobs.start(job.id, "w", 1)
    remove()
    jobs.cancel(job.id, "x")
    assert len(heard) == 2


def test_postgres_saves_in_one_statement_that_waits_for_the_table_lock(
    render_jobs: RenderJobs, pg_schema: str
) -> None:
    """The one-trip insert takes the EXCLUSIVE lock the library's insert takes, so notification
    ids are issued in commit order: a save waits while another writer holds the lock."""
    assert isinstance(render_jobs.recorder, OneTripPostgresRecorder)
    first = request(render_jobs)
    table = f'"{pg_schema}".stored_events'
    with psycopg.connect(DATABASE_URL) as holder, psycopg.connect(DATABASE_URL, autocommit=True) as watcher:
        holder.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")

        def waiting_for_the_lock() -> bool:
            """A backend (the save's: no one else uses this test's schema) waits for the table."""
            waiting = watcher.execute(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = %s::regclass", (table,)
            ).fetchone()
            return bool(waiting and waiting[0])

        with ThreadPoolExecutor(1) as pool:
            saving = pool.submit(request, render_jobs)
            asyncio.run(wait_until(waiting_for_the_lock, 10))
            assert not saving.done(), "the save did not wait for the table lock"
            holder.commit()
            second = saving.result(timeout=10)
    notifications = render_jobs.recorder.select_notifications(start=None, limit=10)
    assert [(n.originator_id, n.originator_version) for n in notifications] == [(first.id, 1), (second.id, 1)]
    assert notifications[0].id < notifications[1].id
    with pytest.raises(IntegrityError):  # the same event again: refused, as by the library's insert
        render_jobs.recorder.insert_events(render_jobs.recorder.select_events(first.id))


def test_a_database_without_the_insert_function_still_saves_and_says_to_migrate(
    render_jobs: RenderJobs, pg_schema: str, caplog: pytest.LogCaptureFixture
) -> None:
    """New code on a database not migrated yet: saving works (the library's insert) and the log
    says what to do."""
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        conn.execute(f'DROP FUNCTION "{pg_schema}".dsl2png_insert_events(uuid[], bigint[], text[], bytea[])')
    with caplog.at_level("WARNING", logger="dsl2png.pg_event_recorder"):
        job = request(render_jobs)
        again = request(render_jobs)
    assert render_jobs.get(job.id).status == "queued" and render_jobs.get(again.id).status == "queued"
    warnings = [r.getMessage() for r in caplog.records if "dsl2png migrate" in r.getMessage()]
    assert len(warnings) == 1


def test_every_appended_event_is_counted_in_the_metrics(jobs: RenderJobs) -> None:
    from prometheus_client import REGISTRY

    def appended(event: str) -> float:
        return REGISTRY.get_sample_value("dsl2png_events_appended_total", {"event": event}) or 0.0

    before = {name: appended(name) for name in ("RenderRequested", "RenderStarted", "RenderCompleted")}
    job = request(jobs)
    jobs.start(job.id, "worker-1", 1)
    jobs.complete(job.id, render_ms=1.0, cache_hit=False, **IMAGE)
    assert {name: appended(name) - count for name, count in before.items()} == {
        "RenderRequested": 1, "RenderStarted": 1, "RenderCompleted": 1,
    }  # fmt: skip
