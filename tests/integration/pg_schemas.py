"""Unique Postgres schemas for tests: one per test (or run), dropped afterwards."""

from __future__ import annotations

import os
import uuid

import psycopg

DATABASE_URL = os.environ.get("DSL2PNG_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


def create_schema(url: str = DATABASE_URL) -> str:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return schema


def drop_schema(url: str, schema: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def named_url(url: str, schema: str) -> str:
    """`url` with `application_name` set to `schema`, so the test's own connections can be told
    from those of tests running beside it (pytest-xdist) in pg_stat_activity."""
    return f"{url}{'&' if '?' in url else '?'}application_name={schema}"


def listen_connections(
    channel: str, *, application_name: str, kill: bool = False, url: str = DATABASE_URL
) -> int:
    """How many connections named `application_name` (see named_url) LISTEN on `channel`; `kill`
    terminates them, as a database restart or failover would. Filtered by name too, so that only
    this test's own connections are counted or killed, whatever else listens on the database."""
    select = "pg_terminate_backend(pid)" if kill else "pid"
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            f"SELECT {select} FROM pg_stat_activity WHERE query = %s AND application_name = %s",
            (f'LISTEN "{channel}"', application_name),
        ).fetchall()
    return len(rows)
