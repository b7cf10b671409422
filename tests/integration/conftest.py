"""Shared fixtures for integration tests: the real Postgres (a unique schema per test, dropped
afterwards), both event store backends (Postgres and SQLite in a temporary folder), and a warm
Chromium pool shared by the pixel tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
import pytest_asyncio
from pg_schemas import DATABASE_URL, create_schema, drop_schema

from dsl2png.event_store import RenderJobs, make_render_jobs
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings
from tests.integration.network_fixtures import CountingServer


@pytest.fixture(scope="session")
def database_url() -> str:
    """The test database; fails clearly (not with a stack of pool errors) when it is not running."""
    try:
        with psycopg.connect(DATABASE_URL, connect_timeout=5):
            pass
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is not reachable at {DATABASE_URL} ({exc}); start it or set DSL2PNG_TEST_DATABASE_URL"
        )
    return DATABASE_URL


@pytest.fixture
def pg_schema(database_url: str) -> Iterator[str]:
    """A fresh, empty schema for one test, dropped (with everything in it) afterwards."""
    schema = create_schema(database_url)
    yield schema
    drop_schema(database_url, schema)


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str | None, str | None]]:
    """(database_url, schema) for each event store backend: SQLite (None, None), then Postgres."""
    if request.param == "sqlite":
        yield None, None
        return
    url = request.getfixturevalue("database_url")
    schema = create_schema(url)
    yield url, schema
    drop_schema(url, schema)


@pytest.fixture
def jobs(backend: tuple[str | None, str | None], tmp_path: Path) -> Iterator[RenderJobs]:
    """A RenderJobs application on each backend, tables created."""
    url, schema = backend
    app = make_render_jobs(url, tmp_path, create_tables=True, schema=schema)
    yield app
    app.close()


@pytest.fixture
def counting_server() -> Iterator[CountingServer]:
    """A local HTTP server counting connections, for tests that prove a render fetched nothing."""
    server = CountingServer()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest_asyncio.fixture(scope="session")
async def pool() -> AsyncIterator[ChromiumPool]:
    """A warm pool (one browser, three pages) shared by every pixel test of the run: starting
    Playwright's driver and Chromium for each module cost ~2 s a module, minutes in all. Tests
    that crash or reconfigure a pool make their own (test_pool.py, test_isolation.py)."""
    async with ChromiumPool(PoolSettings(browsers=1, pages_per_browser=3)) as warm:
        yield warm
