"""The README's rebuild of the read models, followed as written on the real stores (embedded SQLite
and Postgres): stop the projector, empty render_jobs, render_counts and projector_tracking (every
row), start it again; it projects every event again and the read models equal what they were.
Emptied like that, the embedded projector did not start ("no such table: tracking"): the library
took the tracking table without its `__migration__` row for an old one to upgrade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from read_model_steps import empty_read_models

from dsl2png.event_store import RenderJobs
from projector.replay import replay
from projector.runner import start_projector
from projector.views import view_for
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration


def record_three_renders(jobs: RenderJobs) -> None:
    """A completed, a failed and a cancelled render, each through its own events."""
    done, failed, cancelled = (record_request(jobs, owner="key-a") for _ in range(3))
    jobs.start(done, "w1", 1)
    jobs.complete(done, sha256="c" * 64, bytes=10, width=2, height=3, render_ms=4.0, format="png", cache_hit=False)  # fmt: skip
    jobs.start(failed, "w2", 1)
    jobs.fail(failed, "compile_error", "bad", retryable=False, attempt=1)
    jobs.cancel(cancelled, "not needed", cancelled_by="key-a")


def read_models(jobs: RenderJobs) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Every render_jobs row and every render_counts row, as the live read model holds them."""
    view = view_for(jobs, create_tables=False)
    return view.rows(), view.counts()


def project_all(
    url: str | None, schema: str | None, data_dir: Path, jobs: RenderJobs, *, create: bool
) -> None:
    """Start the projector (as `dsl2png projector` or the embedded serve does), let it catch up, stop it."""
    with start_projector(url, data_dir, schema=schema, create_tables=create, app=jobs) as projector:
        projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)


def test_the_documented_rebuild_restores_equal_read_models(
    backend: tuple[str | None, str | None], jobs: RenderJobs, tmp_path: Path
) -> None:
    url, schema = backend
    record_three_renders(jobs)
    project_all(url, schema, tmp_path, jobs, create=True)
    rows, counts = read_models(jobs)
    assert len(rows) == 3
    assert counts["completed"] == counts["failed"] == counts["cancelled"] == 1

    # Deployed, the projector runs on migrated tables (it creates none); then, as tests and dev
    # do, one creating its tables: a second rebuild on the same tables must work as the first.
    for create in (False, True):
        empty_read_models(url, schema, tmp_path)
        emptied_rows, emptied_counts = read_models(jobs)
        assert emptied_rows == [] and not any(emptied_counts.values())
        project_all(url, schema, tmp_path, jobs, create=create)
        assert read_models(jobs) == (rows, counts)
    report = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5)
    assert report.equal, report.differences
    assert report.rows == 3
