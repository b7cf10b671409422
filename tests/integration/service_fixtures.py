"""Fixtures for the relay and worker tests: a fresh Postgres schema with the real event store and
blob store, and a warm Chromium pool."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import pytest_asyncio

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import RenderJobs, make_render_jobs
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings

DATABASE_URL = os.environ.get("DSL2PNG_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_schema() -> Iterator[str]:
    schema = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield schema
    with psycopg.connect(DATABASE_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def render_jobs(pg_schema: str, tmp_path: Path) -> Iterator[RenderJobs]:
    jobs = make_render_jobs(DATABASE_URL, tmp_path, create_tables=True, schema=pg_schema)
    yield jobs
    jobs.close()


@pytest.fixture
def blob_store(pg_schema: str, tmp_path: Path) -> Iterator[Any]:
    blobs = make_blob_store(DATABASE_URL, tmp_path, create_tables=True, schema=pg_schema)
    yield blobs
    blobs.close()


@pytest_asyncio.fixture(scope="module")
async def chromium_pool() -> AsyncIterator[ChromiumPool]:
    async with ChromiumPool(PoolSettings(browsers=1, pages_per_browser=2)) as pool:
        yield pool
