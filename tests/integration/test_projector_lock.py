"""One projector per event store (real Postgres): a second `run_projector` on the same schema
waits, naming the one that holds the schema's advisory lock, and takes over when it stops; one on
another schema is not held up. Nothing stopped a second projector before."""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path

import pytest
from pg_schemas import create_schema, drop_schema

from dsl2png.event_store import make_render_jobs
from projector.health import ProjectorHealth
from projector.runner import run_projector
from projector.single import ProjectorLock
from projector.views import view_for
from tests.support.polling import wait_until
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration


class Running:
    """`run_projector` in a thread, as `dsl2png projector` runs it, with its probes' health."""

    def __init__(self, url: str, schema: str, data_dir: Path) -> None:
        self.stop = threading.Event()
        self.health = ProjectorHealth()
        self.thread = threading.Thread(
            target=run_projector,
            args=(url, data_dir),
            kwargs={"schema": schema, "create_tables": True, "stop": self.stop, "health": self.health},
        )
        self.thread.start()

    def following(self) -> bool:
        return self.health.status()[0]

    def close(self) -> None:
        self.stop.set()
        self.thread.join(20)
        assert not self.thread.is_alive()


async def test_a_second_projector_waits_naming_the_holder_then_takes_over(
    database_url: str, pg_schema: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="projector")
    jobs = make_render_jobs(database_url, tmp_path, create_tables=True, schema=pg_schema)
    first = Running(database_url, pg_schema, tmp_path)
    second: Running | None = None
    try:
        await wait_until(first.following, 15)
        second = Running(database_url, pg_schema, tmp_path)
        told = f"another projector holds the projector lock of schema {pg_schema} (server pid "
        await wait_until(lambda: any(told in r.getMessage() for r in caplog.records), 15)
        line = next(r.getMessage() for r in caplog.records if told in r.getMessage())
        assert "application_name 'dsl2png-projector " in line and "waiting for it to stop" in line, line
        ready, detail = second.health.status()
        assert (
            not ready and second.health.alive() and "another projector holds the lock" in str(detail["error"])
        )

        first.close()
        await wait_until(second.following, 15)
        assert any("took the projector lock" in r.getMessage() for r in caplog.records)
        job_id = record_request(jobs)  # the one that took over projects
        view = view_for(jobs, create_tables=False)
        await wait_until(lambda: view.get_job(str(job_id)) is not None, 15, in_thread=True)
    finally:
        first.close()
        if second is not None:
            second.close()
        jobs.close()


def test_the_lock_is_per_schema_and_freed_with_its_connection(database_url: str, pg_schema: str) -> None:
    other = create_schema(database_url)
    try:
        with ProjectorLock(database_url, pg_schema) as held:
            assert held.acquire()
            with ProjectorLock(database_url, pg_schema) as second:
                assert not second.acquire()
                assert second.holder().startswith("server pid ")
            with ProjectorLock(database_url, other) as elsewhere:
                assert elsewhere.acquire()  # another deployment's schema has its own lock
        with ProjectorLock(database_url, pg_schema) as after:
            assert after.acquire()  # closing the holder's connection released it
    finally:
        drop_schema(database_url, other)


async def test_a_stop_ends_the_wait(database_url: str, pg_schema: str, tmp_path: Path) -> None:
    with ProjectorLock(database_url, pg_schema) as held:
        assert held.acquire()
        waiting = Running(database_url, pg_schema, tmp_path)
        await wait_until(lambda: waiting.health.error is not None, 15)
        await asyncio.to_thread(waiting.close)  # returns without ever following
        assert waiting.health.projector is None
