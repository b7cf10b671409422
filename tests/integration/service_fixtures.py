"""Fixtures for the relay and worker tests: a fresh Postgres schema with the real event store and
blob store, and a warm Chromium pool."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from dsl2png.blobs import make_blob_store
from dsl2png.event_store import RenderJobs, make_render_jobs
from render_worker.pool import ChromiumPool
from render_worker.pool_settings import PoolSettings
from tests.integration.pg_schemas import create_schema, drop_schema, named_url

DATABASE_URL = os.environ.get("DSL2PNG_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_schema() -> Iterator[str]:
    schema = create_schema(DATABASE_URL)
    yield schema
    drop_schema(DATABASE_URL, schema)


@pytest.fixture
def render_jobs(pg_schema: str, tmp_path: Path) -> Iterator[RenderJobs]:
    """The event store on a fresh schema; its connections are named after the schema (named_url)."""
    jobs = make_render_jobs(
        named_url(DATABASE_URL, pg_schema), tmp_path, create_tables=True, schema=pg_schema
    )
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
