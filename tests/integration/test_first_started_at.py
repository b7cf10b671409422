"""`first_started_at` beside `started_at` on the real stores (embedded SQLite and Postgres): the
job view, the read model and a rebuild agree that it is the first attempt's start and `started_at`
the last's; a read model made before the column gets it filled where the row tells it."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from dsl2png import migrate
from dsl2png.event_store import SQLITE_FILE, RenderJobs
from kernel.render_job import RenderJob
from projector.replay import replay
from projector.runner import start_projector
from projector.views import close_view, make_read_model
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration


def starts(jobs: RenderJobs, job_id: uuid.UUID) -> list[datetime]:
    """The times of the job's RenderStarted events, in order, from the event store."""
    return [e.timestamp for e in jobs.events.get(job_id) if isinstance(e, RenderJob.RenderStarted)]


def test_the_first_start_stays_and_started_at_is_the_last_attempts_live_and_rebuilt(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    url, schema = backend
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        retried, once, queued = record_request(jobs), record_request(jobs), record_request(jobs)
        jobs.start(retried, "w-1", 1)
        jobs.fail_attempt(retried, "render_timeout", "took too long", 1)
        jobs.start(retried, "w-2", 2)
        jobs.complete(
            retried, sha256="a" * 64, bytes=1, width=1, height=1, render_ms=1.0, format="png", cache_hit=False
        )
        jobs.start(once, "w-1", 1)
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)

        first, last = starts(jobs, retried)
        shown = projector.view.get_job(str(retried))
        assert shown is not None and shown == jobs.job_view(jobs.get(retried))  # read model = aggregate
        assert (shown.first_started_at, shown.started_at, shown.worker_id) == (first, last, "w-2")
        assert first < last
        single = projector.view.get_job(str(once))
        assert single is not None and single.first_started_at == single.started_at == starts(jobs, once)[0]
        waiting = projector.view.get_job(str(queued))
        assert waiting is not None and (waiting.first_started_at, waiting.started_at) == (None, None)
    report = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5)
    assert report.equal, report.differences


def test_an_embedded_read_model_made_before_gets_first_started_at_where_its_rows_tell_it(
    tmp_path: Path,
) -> None:
    close_view(make_read_model(None, tmp_path))
    started = datetime(2026, 11, 30, 9, 0, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")
    with sqlite3.connect(tmp_path / SQLITE_FILE) as conn:  # as an earlier release made and filled it
        conn.execute("ALTER TABLE render_jobs DROP COLUMN first_started_at")
        for job_id, attempt in (("once", 1), ("twice", 2)):
            conn.execute(
                "INSERT INTO render_jobs (id, status, created_at, started_at, attempt) VALUES (?, ?, ?, ?, ?)",
                (job_id, "rendering", started, started, attempt),
            )
    view = make_read_model(None, tmp_path)
    try:
        once, twice = view.get_job("once"), view.get_job("twice")
        assert once is not None and once.first_started_at == once.started_at
        assert twice is not None and twice.first_started_at is None  # its first start: a rebuild tells
    finally:
        close_view(view)


def test_migration_0008_fills_first_started_at_where_the_row_tells_it(
    database_url: str, pg_schema: str
) -> None:
    migrate.upgrade(database_url, "0007", schema=pg_schema)
    started = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    with psycopg.connect(database_url) as conn:
        for job_id, attempt, start in (("once", 1, started), ("twice", 2, started), ("queued", 0, None)):
            conn.execute(
                f'INSERT INTO "{pg_schema}".render_jobs (id, status, created_at, started_at, attempt) '
                "VALUES (%s, 'rendering', %s, %s, %s)",
                (job_id, started, start, attempt),
            )
    migrate.upgrade(database_url, schema=pg_schema)
    with psycopg.connect(database_url) as conn:
        rows = dict(
            conn.execute(f'SELECT id, first_started_at FROM "{pg_schema}".render_jobs').fetchall()  # type: ignore[arg-type]
        )
    assert rows == {"once": started, "twice": None, "queued": None}
    migrate.downgrade(database_url, "0007", schema=pg_schema)
    assert migrate.current_revision(database_url, schema=pg_schema) == "0007"
