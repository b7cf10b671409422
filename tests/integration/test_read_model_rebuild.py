"""The README's rebuild of the read models, followed as written on the real stores (embedded SQLite
and Postgres): stop the projector, empty render_jobs, render_counts and projector_tracking (every
row), start it again; it projects every event again and the read models equal what they were.
Emptied like that, the embedded projector did not start ("no such table: tracking"): the library
took the tracking table without its `__migration__` row for an old one to upgrade."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from read_model_steps import empty_read_models

from dsl2png.event_store import RenderJobs, make_render_jobs
from projector.replay import replay
from projector.runner import run_projector, start_projector
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


def rebuild_command(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DSL2PNG_", "DATABASE_URL", "NATS_URL"))
    }
    command = [sys.executable, "-m", "dsl2png", "rebuild"]
    return subprocess.run(command, env=clean | env, capture_output=True, text=True, timeout=120)


def test_dsl2png_rebuild_empties_the_configured_schema_and_refuses_under_a_running_projector(
    database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    """The runbook's `TRUNCATE render_jobs, ...` failed with DSL2PNG_DATABASE_SCHEMA set (the
    tables are not on the search_path); `dsl2png rebuild` empties that schema's, and not while a
    projector writes to them."""
    jobs = make_render_jobs(database_url, tmp_path, create_tables=True, schema=pg_schema)
    env = {"DATABASE_URL": database_url, "DSL2PNG_DATABASE_SCHEMA": pg_schema}
    try:
        record_three_renders(jobs)
        view = view_for(jobs, create_tables=True)
        stop = threading.Event()
        running = threading.Thread(
            target=run_projector, args=(database_url, tmp_path),
            kwargs={"schema": pg_schema, "create_tables": True, "stop": stop},
        )  # fmt: skip
        running.start()
        try:
            wait_for(lambda: len(view.rows()) == 3)
            refused = rebuild_command(env)
        finally:
            stop.set()
            running.join(20)
        assert refused.returncode == 1, refused.stderr
        assert f"a projector is running on schema {pg_schema} (server pid " in refused.stderr
        assert "stop it first" in refused.stderr and len(view.rows()) == 3

        rebuilt = rebuild_command(env)
        assert rebuilt.returncode == 0, rebuilt.stderr
        assert (
            "emptied the read models (render_jobs, render_counts, projector_tracking; 3 jobs) in "
            f"schema {pg_schema}; now start `dsl2png projector`"
        ) in rebuilt.stderr, rebuilt.stderr
        assert view.rows() == [] and view.max_tracking_id(jobs.name) is None
        project_all(database_url, pg_schema, tmp_path, jobs, create=False)
        assert len(view.rows()) == 3
    finally:
        jobs.close()


def test_dsl2png_rebuild_without_a_store_says_where_it_looked(tmp_path: Path) -> None:
    result = rebuild_command({"DSL2PNG_DATA_DIR": str(tmp_path)})
    assert result.returncode == 1
    assert f"no embedded store at {tmp_path / 'events.sqlite'}" in result.stderr, result.stderr


def wait_for(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    """Until `condition` holds (a database read, polled), or AssertionError."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
