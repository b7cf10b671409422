"""The README's read-model rebuild step, done as written: every row of render_jobs, render_counts
and projector_tracking goes (TRUNCATE in the Postgres schema, DELETE FROM in the embedded file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg

from dsl2png.event_store import SQLITE_FILE

READ_MODEL_TABLES = ("render_jobs", "render_counts", "projector_tracking")


def empty_read_models(database_url: str | None, schema: str | None, data_dir: Path) -> None:
    """Empty the three tables the rebuild names, all of their rows (the projector stopped)."""
    if database_url is None:
        with sqlite3.connect(data_dir / SQLITE_FILE) as conn:
            for table in READ_MODEL_TABLES:
                conn.execute(f"DELETE FROM {table}")
        return
    with psycopg.connect(database_url) as conn:
        names = ", ".join(f'"{schema}".{table}' for table in READ_MODEL_TABLES)
        conn.execute(f"TRUNCATE {names}")  # type: ignore[arg-type]
