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


def listen_connections(channel: str, *, kill: bool = False, url: str = DATABASE_URL) -> int:
    """How many connections LISTEN on `channel` (the event store's channel is shared by every
    schema); `kill` terminates them, as a database restart or failover would."""
    select = "pg_terminate_backend(pid)" if kill else "pid"
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            f"SELECT {select} FROM pg_stat_activity WHERE query = %s", (f'LISTEN "{channel}"',)
        ).fetchall()
    return len(rows)
