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
