"""CommitListener on real Postgres: woken by the commits it cares about, and by unknown writers."""

from __future__ import annotations

import threading

import psycopg
import pytest
from eventsourcing.utils import get_topic
from job_helpers import record_request, red_button
from pg_schemas import DATABASE_URL, listen_connections

from dsl2png.commit_listener import CommitListener
from dsl2png.event_store import RenderJobs
from kernel.render_job import RenderJob

pytestmark = pytest.mark.integration
pytest_plugins = ["service_fixtures"]

QUIET_S = 0.3


def listening(jobs: RenderJobs, topics: list[str] | None) -> tuple[CommitListener, threading.Event]:
    woken = threading.Event()
    listener = CommitListener(jobs.recorder, woken.set, topics=topics).start()
    assert listener.wait_listening()
    return listener, woken


def test_a_listener_for_requests_is_woken_by_requests_only(render_jobs: RenderJobs) -> None:
    job_id = record_request(render_jobs, red_button("before"))
    listener, woken = listening(render_jobs, [get_topic(RenderJob.RenderRequested)])
    try:
        render_jobs.start(job_id, "w-1", 1)
        assert not woken.wait(QUIET_S), "woken by a commit of RenderStarted alone"
        record_request(render_jobs, red_button("after"))
        assert woken.wait(5)
    finally:
        listener.stop()


def test_a_notification_without_topics_wakes_every_listener(render_jobs: RenderJobs) -> None:
    """Another writer (the library's own insert) notifies with no payload: it must not be missed."""
    listener, woken = listening(render_jobs, [get_topic(RenderJob.RenderRequested)])
    try:
        with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
            conn.execute(f'NOTIFY "{render_jobs.recorder.channel_name}"')  # type: ignore[attr-defined]
        assert woken.wait(5)
    finally:
        listener.stop()


def test_a_listener_without_topics_is_woken_by_every_commit(render_jobs: RenderJobs) -> None:
    job_id = record_request(render_jobs, red_button("any"))
    listener, woken = listening(render_jobs, None)
    try:
        render_jobs.start(job_id, "w-1", 1)
        assert woken.wait(5)
    finally:
        listener.stop()


def test_a_lost_connection_is_reported(render_jobs: RenderJobs) -> None:
    listener, woken = listening(render_jobs, None)
    channel = render_jobs.recorder.channel_name  # type: ignore[attr-defined]
    schema = render_jobs.recorder.datastore.schema  # type: ignore[attr-defined]
    assert listen_connections(channel, application_name=schema, kill=True) >= 1
    assert woken.wait(5)
    listener.stop()
    assert listener.failure is not None
