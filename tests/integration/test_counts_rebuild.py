"""render_counts holds the same rows live and after a rebuild, on the real stores (embedded SQLite
and Postgres): live, one event at a time, a status that goes back to 0 keeps its row; a rebuild,
whose batches net such moves out, makes the same rows (every status, zero ones included)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from read_model_steps import empty_read_models

from dsl2png.event_store import SQLITE_FILE, RenderJobs
from projector.replay import replay
from projector.runner import Projector, start_projector
from projector.views import STATUSES
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration


def count_rows(backend: tuple[str | None, str | None], tmp_path: Path) -> dict[str, int]:
    """render_counts as stored, read from the table itself."""
    url, schema = backend
    query = "SELECT status, count FROM {}render_counts"
    if url is None:
        with sqlite3.connect(tmp_path / SQLITE_FILE) as conn:
            return {str(s): int(n) for s, n in conn.execute(query.format(""))}
    with psycopg.connect(url) as conn:
        return {str(s): int(n) for s, n in conn.execute(query.format(f'"{schema}".'))}  # type: ignore[call-overload]


def caught_up(projector: Projector, jobs: RenderJobs) -> None:
    projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)


def test_a_rebuilt_render_counts_has_the_rows_the_live_one_has(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    url, schema = backend
    with start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs) as projector:
        job_id = record_request(jobs)
        caught_up(projector, jobs)  # each event in its own batch: queued, then rendering, go back to 0
        jobs.start(job_id, "w", 1)
        caught_up(projector, jobs)
        jobs.complete(job_id, sha256="c" * 64, bytes=1, width=1, height=1, render_ms=1.0, format="png", cache_hit=False)  # fmt: skip
        caught_up(projector, jobs)
    live = count_rows(backend, tmp_path)
    assert live == dict.fromkeys(STATUSES, 0) | {"completed": 1}

    empty_read_models(url, schema, tmp_path)  # the README's rebuild, as written
    with start_projector(url, tmp_path, schema=schema, create_tables=False, app=jobs) as projector:
        caught_up(projector, jobs)  # every event at once: queued and rendering net out
    assert count_rows(backend, tmp_path) == live
    report = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5)
    assert report.equal, report.differences
