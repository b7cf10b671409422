"""CommitListener on real Postgres: woken by the commits it cares about, and by unknown writers."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from eventsourcing.utils import get_topic
from job_helpers import record_request, red_button
from pg_schemas import DATABASE_URL, create_schema, drop_schema, listen_connections

from dsl2png.commit_listener import CommitListener
from dsl2png.event_store import RenderJobs, make_render_jobs
from dsl2png.pg_event_recorder import MAX_CHANNEL_BYTES
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


@pytest.fixture
def other_schema_jobs(tmp_path: Path) -> Iterator[RenderJobs]:
    """A second event store on the same database, in a schema of its own (another deployment)."""
    schema = create_schema(DATABASE_URL)
    jobs = make_render_jobs(DATABASE_URL, tmp_path / "other", create_tables=True, schema=schema)
    yield jobs
    jobs.close()
    drop_schema(DATABASE_URL, schema)


def test_a_commit_in_another_schema_does_not_notify_this_schema_s_channel(
    render_jobs: RenderJobs, other_schema_jobs: RenderJobs
) -> None:
    """Listening where CommitListener listens: the first notification on this schema's channel is
    this schema's own commit, not the other schema's that came before it (Postgres delivers
    notifications in commit order, so a shared channel would hand that one over first)."""
    own_job = record_request(render_jobs, red_button("own"))
    channel = render_jobs.recorder.channel_name  # type: ignore[attr-defined]
    assert channel != other_schema_jobs.recorder.channel_name  # type: ignore[attr-defined]
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(channel)))
        record_request(other_schema_jobs, red_button("other"))
        render_jobs.start(own_job, "w-1", 1)
        first = next(conn.notifies(timeout=10, stop_after=1))
    assert first.payload == get_topic(RenderJob.RenderStarted)


def test_a_listener_is_woken_by_its_schema_even_when_the_schema_name_is_long(tmp_path: Path) -> None:
    """A schema name as long as Postgres allows: the channel falls back to the name's md5, which
    the insert function computes the same way (else the listener would never be woken)."""
    schema = f"t_{uuid.uuid4().hex}".ljust(MAX_CHANNEL_BYTES, "s")
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        jobs = make_render_jobs(DATABASE_URL, tmp_path, create_tables=True, schema=schema)
        try:
            assert len(jobs.recorder.channel_name.encode()) <= MAX_CHANNEL_BYTES  # type: ignore[attr-defined]
            listener, woken = listening(jobs, None)
            try:
                record_request(jobs, red_button("long"))
                assert woken.wait(10)
            finally:
                listener.stop()
        finally:
            jobs.close()
    finally:
        drop_schema(DATABASE_URL, schema)
