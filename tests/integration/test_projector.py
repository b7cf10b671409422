"""The projector on real Postgres (LISTEN/NOTIFY subscription) and embedded SQLite: rows and the
tracking position commit together, so a restart neither loses nor double-counts; replay equals live."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from eventsourcing.persistence import Tracking

from dsl2png.event_store import RenderJobs, make_render_jobs
from projector.main import REPLAY_BEHIND, replay_exit_code
from projector.projections import RenderJobsProjection
from projector.replay import replay
from projector.runner import CatchUp, PostgresProjector, Projector, catch_up, project_batch, start_projector
from projector.views import LIVE, ViewTables, view_for
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration

WARNING = {"path": "/elements/0", "message": "off canvas", "code": "off_canvas"}
IMAGE: dict[str, Any] = dict(sha256="d" * 64, bytes=99, width=10, height=20, format="png", cache_hit=False)


def start(backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs) -> Projector:
    url, schema = backend
    return start_projector(url, tmp_path, schema=schema, create_tables=True, app=jobs)


def request(jobs: RenderJobs, owner: str | None = None) -> uuid.UUID:
    """A job with a warning, which the read model keeps (compared with the aggregate's)."""
    return record_request(jobs, owner=owner, warnings=[WARNING])


def caught_up(projector: Projector, jobs: RenderJobs) -> None:
    projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)


def test_projection_is_exactly_once_across_restarts(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    with start(backend, tmp_path, jobs) as projector:
        ids = [request(jobs, owner="key-a" if i % 2 else None) for i in range(5)]
        for job_id in ids[:2]:
            jobs.start(job_id, "w", 1)
            jobs.complete(job_id, render_ms=5.0, **IMAGE)
        jobs.cancel(ids[2], "client")
        caught_up(projector, jobs)
        counts = projector.view.counts()
        assert counts == {"queued": 2, "rendering": 0, "completed": 2, "failed": 0, "cancelled": 1}
        first_position = projector.position

    # while the projector is down the command side keeps recording
    more = [request(jobs) for _ in range(3)]
    jobs.start(ids[3], "w", 1)
    jobs.fail(ids[3], "render_failed", "boom", False, 1)
    jobs.start(more[0], "w", 1)

    # the position survives in the database: the next projector resumes from it
    assert view_for(jobs, create_tables=False).max_tracking_id(jobs.name) == first_position
    with start(backend, tmp_path, jobs) as projector:
        caught_up(projector, jobs)
        view = projector.view
        assert view.counts() == {"queued": 3, "rendering": 1, "completed": 2, "failed": 1, "cancelled": 1}

        # a notification delivered again (a second runner, a crash before the position was read)
        # changes nothing: the tracking row refuses it inside the same transaction
        [old] = jobs.recorder.select_notifications(start=None, limit=1)
        event = jobs.mapper.to_domain_event(old)
        assert view.project(event, Tracking(jobs.name, old.id)) is False
        assert view.counts()["queued"] == 3

        for job_id in ids + more:
            assert view.get_job(str(job_id)) == jobs.job_view(jobs.get(job_id))
        assert view.get_job(str(ids[1]), owner="key-b") is None
        assert view.get_job(str(ids[1]), owner="key-a") is not None


def test_list_jobs_pages_newest_first(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    with start(backend, tmp_path, jobs) as projector:
        ids = [request(jobs, owner="key-a" if i < 5 else "key-b") for i in range(7)]
        jobs.start(ids[6], "w", 1)
        caught_up(projector, jobs)
        view = projector.view
        seen: list[str] = []
        cursor: str | None = None
        while True:
            page, cursor = view.list_jobs(None, 3, cursor, None)
            seen += [job.id for job in page]
            if cursor is None:
                break
        assert seen == [str(i) for i in reversed(ids)]
        assert [j.id for j in view.list_jobs(None, 10, None, "key-a")[0]] == [
            str(i) for i in reversed(ids[:5])
        ]
        assert [j.id for j in view.list_jobs("rendering", 10, None, None)[0]] == [str(ids[6])]
        with pytest.raises(ValueError):
            view.list_jobs(None, 3, "not-a-cursor", None)


def test_replay_equals_live_and_finds_a_difference(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    url, schema = backend
    with start(backend, tmp_path, jobs) as projector:
        ids = [request(jobs) for _ in range(4)]
        jobs.start(ids[0], "w", 1)
        jobs.complete(ids[0], render_ms=3.0, **IMAGE)
        jobs.cancel(ids[1], "client")
        caught_up(projector, jobs)
    before = jobs.recorder.max_notification_id()

    report = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5)
    assert report.equal, report.differences
    assert (report.rows, report.events, report.position) == (4, 7, before)
    assert jobs.recorder.max_notification_id() == before  # replay appended nothing

    live = view_for(jobs, tables=LIVE, create_tables=False)
    with live._write() as curs:
        curs.execute(
            live._sql(f"UPDATE {live._name(LIVE.jobs)} SET attempt = 42 WHERE id = ?"), (str(ids[2]),)
        )
        started = datetime(2026, 11, 30, 14, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
        curs.execute(
            live._sql(f"UPDATE {live._name(LIVE.jobs)} SET started_at = ?, status = ? WHERE id = ?"),
            (live._encode_ts(started), "rendering", str(ids[3])),
        )
    broken = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5)
    assert not broken.equal
    # shown as a person reads them (UTC times as the API gives them, JSON values), not as reprs
    assert sorted(broken.differences) == sorted(
        [  # listed by job id: random UUIDs, either first
            f"job {ids[2]}: attempt live 42, replayed 0",
            f'job {ids[3]}: status live "rendering", replayed "queued"',
            f"job {ids[3]}: started_at live 2026-11-30T09:00:00.000000Z, replayed null",
        ]
    )
    assert "`dsl2png rebuild`" in broken.note


def test_a_failed_attempt_shows_the_job_queued_again_and_replay_equals_live(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    """RenderAttemptFailed is no failure: the job is queued again until its last attempt, in the
    live read model, the aggregate and a replay alike."""
    url, schema = backend
    with start(backend, tmp_path, jobs) as projector:
        retrying, failed, cancelled = (request(jobs, owner="key-a") for _ in range(3))
        for job_id in (retrying, failed, cancelled):
            jobs.start(job_id, "w", 1)
            jobs.fail_attempt(job_id, "render_timeout", "render did not finish within 15 s", 1)
        jobs.start(failed, "w", 2)
        jobs.fail(failed, "render_timeout", "too heavy", False, 2)
        jobs.cancel(cancelled, "customer asked", "key-a")
        caught_up(projector, jobs)
        view = projector.view
        assert view.counts() == {"queued": 1, "rendering": 0, "completed": 0, "failed": 1, "cancelled": 1}
        row = view.get_job(str(retrying), "key-a")
        assert row is not None and (row.status, row.attempt, row.error) == ("queued", 1, None)
        assert jobs.job_view(jobs.get(retrying)) == row
        cancelled_row = view.get_job(str(cancelled), "key-a")
        assert cancelled_row is not None and cancelled_row.error is not None
        assert cancelled_row.error.message == "customer asked"
    report = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=5)
    assert report.equal, report.differences


def test_replay_with_the_projector_stopped_says_it_is_behind_and_not_equal_without_waiting_long(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    import time

    url, schema = backend
    with start(backend, tmp_path, jobs) as projector:
        request(jobs)
        caught_up(projector, jobs)
    projected = jobs.recorder.max_notification_id()
    request(jobs), request(jobs)  # the projector is stopped: these are not in the live tables

    started = time.monotonic()
    report = replay(url, tmp_path, schema=schema, app=jobs, live_timeout_s=30)
    assert time.monotonic() - started < 10  # a position that does not move is not waited for
    # what was compared matches, but two events were not compared: not "equal" (exit 3, not 0)
    assert not report.equal and not report.differences and report.position == projected
    assert report.behind == 2 and report.store_position == projected + 2
    assert replay_exit_code(report) == REPLAY_BEHIND != 0
    assert "the projector is behind by 2 events" in report.note, report.note
    assert f"only the first {projected} events" in report.note and "dsl2png projector" in report.note


def test_a_batch_projects_like_one_event_at_a_time(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    ids = [request(jobs, owner="key-a") for _ in range(4)]
    jobs.start(ids[0], "w", 1)
    jobs.complete(ids[0], render_ms=5.0, **IMAGE)  # three events of one job in the batch
    jobs.start(ids[1], "w", 1)
    jobs.fail(ids[1], "render_failed", "boom", True, 1)
    jobs.cancel(ids[2], "client")
    notifications = jobs.recorder.select_notifications(start=None, limit=100)
    items = [(jobs.mapper.to_domain_event(n), Tracking(jobs.name, n.id)) for n in notifications]

    one_by_one = view_for(
        jobs, tables=ViewTables("single_jobs", "single_counts", "single_tracking"), create_tables=True
    )
    batched = view_for(
        jobs, tables=ViewTables("batch_jobs", "batch_counts", "batch_tracking"), create_tables=True
    )
    assert all(one_by_one.project(event, tracking) for event, tracking in items)
    assert batched.project_batch(items[:3]) and batched.project_batch(items[3:])

    assert batched.counts() == one_by_one.counts() == {
        "queued": 1, "rendering": 0, "completed": 1, "failed": 1, "cancelled": 1,
    }  # fmt: skip
    assert batched.rows() == one_by_one.rows()
    assert batched.max_tracking_id(jobs.name) == notifications[-1].id


def test_a_batch_that_overlaps_what_is_projected_changes_nothing(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    ids = [request(jobs) for _ in range(3)]
    jobs.start(ids[0], "w", 1)
    notifications = jobs.recorder.select_notifications(start=None, limit=100)
    items = [(jobs.mapper.to_domain_event(n), Tracking(jobs.name, n.id)) for n in notifications]
    view = view_for(
        jobs, tables=ViewTables("overlap_jobs", "overlap_counts", "overlap_tracking"), create_tables=True
    )
    assert view.project(*items[0]) and view.project(*items[1])  # another runner got this far

    assert view.project_batch(items) is False  # it starts at an event already projected
    assert view.counts()["queued"] == 2 and view.max_tracking_id(jobs.name) == items[1][1].notification_id
    assert project_batch(view, items) == 2  # the fallback projects only what was missing
    assert view.counts() == {"queued": 2, "rendering": 1, "completed": 0, "failed": 0, "cancelled": 0}
    assert view.max_tracking_id(jobs.name) == items[-1][1].notification_id


def test_catch_up_from_a_remembered_position_that_another_runner_passed_projects_nothing_twice(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    view = view_for(jobs, tables=ViewTables("hint_jobs", "hint_counts", "hint_tracking"), create_tables=True)
    projection = RenderJobsProjection(view)
    ids = [request(jobs) for _ in range(2)]
    first = catch_up(jobs, projection)
    assert (first.events, first.position) == (2, jobs.recorder.max_notification_id())
    assert catch_up(jobs, projection, start=first.position) == CatchUp(0, first.position)  # nothing new

    jobs.start(ids[0], "w", 1)
    jobs.start(ids[1], "w", 1)
    other_runner = catch_up(jobs, RenderJobsProjection(view))  # moves the view past our position
    assert other_runner.events == 2

    jobs.complete(ids[0], render_ms=5.0, **IMAGE)
    behind = catch_up(jobs, projection, start=first.position)
    assert behind.events == 1  # the two starts were skipped, the completion projected
    assert behind.position == jobs.recorder.max_notification_id() == view.max_tracking_id(jobs.name)
    assert view.counts() == {"queued": 0, "rendering": 1, "completed": 1, "failed": 0, "cancelled": 0}


def test_commits_within_the_interval_are_projected_together(
    database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    jobs = make_render_jobs(database_url, tmp_path, create_tables=True, schema=pg_schema)
    try:
        with start_projector(
            database_url, tmp_path, schema=pg_schema, create_tables=True, interval_s=1.0
        ) as projector:
            assert isinstance(projector, PostgresProjector)
            batches: list[int] = []
            forward = projector.projection.on_projected
            assert forward is not None

            def count(position: int) -> None:
                batches.append(position)
                forward(position)

            projector.projection.on_projected = count
            ids = [request(jobs) for _ in range(10)]  # ten commits, far quicker than a second
            caught_up(projector, jobs)
            # the first commit may be read alone; the rest waited for the interval, then one read
            assert 1 <= len(batches) <= 2
            assert projector.view.counts()["queued"] == 10
            assert all(projector.view.get_job(str(job_id)) is not None for job_id in ids)
    finally:
        jobs.close()


def test_a_render_whose_content_was_cut_adds_the_warning_to_the_read_model(
    backend: tuple[str | None, str | None], tmp_path: Path, jobs: RenderJobs
) -> None:
    with start(backend, tmp_path, jobs) as projector:
        cut, whole = request(jobs), request(jobs)
        for job_id, cut_px in ((cut, 144), (whole, 0)):
            jobs.start(job_id, "w", 1)
            side = [{"path": "/elements/0", "message": "runs 72 px past", "code": "content_cut"}] * bool(
                cut_px
            )
            jobs.complete(job_id, render_ms=5.0, cut_px=cut_px, measured_warnings=side, **IMAGE)
        caught_up(projector, jobs)
        view = projector.view
        cut_view, whole_view = view.get_job(str(cut)), view.get_job(str(whole))
        assert cut_view is not None and whole_view is not None
        assert [w["code"] for w in cut_view.warnings] == ["off_canvas", "content_cut", "content_cut"]
        assert "144 px below" in str(cut_view.warnings[1]["message"])
        assert cut_view.warnings[2]["path"] == "/elements/0"
        assert [w["code"] for w in whole_view.warnings] == ["off_canvas"]
        # The read model and the aggregate agree (the same events, replayed either way).
        assert cut_view == jobs.job_view(jobs.get(cut))
