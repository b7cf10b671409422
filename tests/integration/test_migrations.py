"""Alembic on an empty database: upgrade makes what the library would make, the service runs on it
with table creation off, and downgrade removes it all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from eventsourcing.postgres import PostgresTrackingRecorder
from pg_schemas import create_schema, drop_schema

from dsl2png import migrate
from dsl2png.blobs import PostgresBlobStore
from dsl2png.bundled import migrations_folder
from dsl2png.event_store import make_render_jobs
from dsl2png.keys import ApiKeyStore
from projector.runner import start_projector
from projector.views import LIVE, PostgresJobsView
from tests.support.render_requests import record_request

pytestmark = pytest.mark.integration

TABLES = {
    "stored_events", "projector_tracking", "relay_tracking", "render_jobs", "render_counts",
    "png_blobs", "render_cache",
}  # fmt: skip


def tables(url: str, schema: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,)
        )
        return {r[0] for r in rows} - {"alembic_version"}


def png_storage(url: str, schema: str) -> str:
    """pg_attribute.attstorage of png_blobs.data: 'x' extended (compressed), 'e' external."""
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT a.attstorage FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relname = 'png_blobs' AND a.attname = 'data'",
            (schema,),
        ).fetchone()
    assert row is not None
    return str(row[0])


def shape(url: str, schema: str) -> dict[str, object]:
    """Columns, indexes, types and functions: what must match between migration and library."""
    with psycopg.connect(url) as conn:
        columns = conn.execute(
            "SELECT table_name, column_name, data_type, is_nullable, column_default IS NOT NULL "
            "FROM information_schema.columns WHERE table_schema = %s AND table_name IN "
            "('stored_events', 'projector_tracking', 'relay_tracking', 'render_jobs', 'render_counts') "
            "ORDER BY 1, 2",
            (schema,),
        ).fetchall()
        indexes = conn.execute(
            "SELECT indexname, regexp_replace(indexdef, ' ON .*\\.', ' ON ') FROM pg_indexes "
            "WHERE schemaname = %s AND tablename IN ('stored_events', 'projector_tracking', 'render_jobs') "
            "ORDER BY 1",
            (schema,),
        ).fetchall()
        types = conn.execute(
            "SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "WHERE n.nspname = %s AND t.typtype = 'c' AND t.typname LIKE 'stored_event%%'",
            (schema,),
        ).fetchall()
        functions = conn.execute(
            "SELECT p.proname, replace(prosrc, %s, 'S') FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = %s ORDER BY 1",
            (schema, schema),
        ).fetchall()
        tracking = []
        if conn.execute("SELECT to_regclass(%s)", (f'"{schema}".projector_tracking',)).fetchone() != (None,):
            table = psycopg.sql.Identifier(schema, "projector_tracking")
            tracking = conn.execute(psycopg.sql.SQL("SELECT * FROM {}").format(table)).fetchall()
    return {
        "columns": columns,
        "indexes": indexes,
        "types": types,
        "functions": functions,
        "tracking": tracking,
    }


def library_schema(url: str, tmp_path: Path) -> str:
    """A schema where the library (and the projector's view) created the tables themselves."""
    schema = create_schema(url)
    app = make_render_jobs(url, tmp_path, create_tables=True, schema=schema)
    view = PostgresJobsView(app.recorder.datastore, tables=LIVE)  # type: ignore[attr-defined]
    view.create_table()
    PostgresTrackingRecorder(app.recorder.datastore, tracking_table_name="relay_tracking").create_table()  # type: ignore[attr-defined]
    app.close()
    return schema


def test_upgrade_matches_the_library_and_downgrade_removes_everything(
    database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    assert tables(database_url, pg_schema) == set()
    migrate.upgrade(database_url, schema=pg_schema)
    assert migrate.current_revision(database_url, schema=pg_schema) == "0011"
    assert tables(database_url, pg_schema) == TABLES
    assert png_storage(database_url, pg_schema) == "e"  # EXTERNAL: stored out of line, not compressed

    reference = library_schema(database_url, tmp_path)
    try:
        assert shape(database_url, pg_schema) == shape(database_url, reference)
    finally:
        drop_schema(database_url, reference)

    migrate.downgrade(database_url, "base", schema=pg_schema)
    assert tables(database_url, pg_schema) == set()
    assert shape(database_url, pg_schema)["types"] == []
    assert migrate.current_revision(database_url, schema=pg_schema) is None


def test_the_service_runs_on_migrated_tables_without_creating_any(
    database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    migrate.upgrade(database_url, schema=pg_schema)
    jobs = make_render_jobs(database_url, tmp_path, create_tables=False, schema=pg_schema)
    try:
        with start_projector(database_url, tmp_path, schema=pg_schema, create_tables=False) as projector:
            job_id = record_request(jobs)
            jobs.start(job_id, "w", 1)
            projector.wait_for_position(jobs.recorder.max_notification_id(), timeout=15)
            assert projector.view.counts()["rendering"] == 1
    finally:
        jobs.close()

    blobs = PostgresBlobStore(database_url, pg_schema)
    meta = {
        "width": 1,
        "height": 1,
        "bytes": 3,
        "format": "png",
        "cut_px": 120,
        "measured_warnings": [{"path": "/elements/0", "message": "m", "code": "content_cut"}],
        "drawn_by": {
            "dsl2png_version": "1.0",
            "renderer_version": "34",
            "chromium_version": "131.0",
            "worker_id": "w",
        },
    }
    digest = blobs.store(b"png", media_type="image/png", cache_key="k", meta=meta)
    assert blobs.lookup("k") == (digest, meta)
    blobs.close()

    events = make_render_jobs(database_url, tmp_path, create_tables=False, schema=pg_schema)
    try:
        keys = ApiKeyStore(events)
        key, secret = keys.create("ci")
        assert keys.verify(secret) == key.id
    finally:
        events.close()
    assert tables(database_url, pg_schema) == TABLES


def run_migrate(database_url: str, schema: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url, "DSL2PNG_DATABASE_SCHEMA": schema}
    return subprocess.run(
        [sys.executable, "-m", "dsl2png", "migrate", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_migrate_command_says_what_it_did_and_never_drops_everything_unasked(
    database_url: str, pg_schema: str
) -> None:
    where = f"schema {pg_schema}"
    # postgres:// as every other command accepts it (SQLAlchemy has no `postgres` dialect)
    up = run_migrate(database_url.replace("postgresql://", "postgres://", 1), pg_schema)
    assert database_url.startswith("postgresql://") and "Traceback" not in up.stderr
    assert up.returncode == 0 and f"{where}: upgraded to 0011 (was empty)" in up.stderr, up.stderr
    again = run_migrate(database_url, pg_schema)
    assert again.returncode == 0 and f"{where}: already at head (0011)" in again.stderr, again.stderr

    bare_down = run_migrate(database_url, pg_schema, "--down")
    assert bare_down.returncode == 2 and "--down needs the revision" in bare_down.stderr
    to_base = run_migrate(database_url, pg_schema, "--down", "base")
    assert (
        to_base.returncode == 2
        and "stored_events" in to_base.stderr
        and "--yes-drop-everything" in to_base.stderr
    )
    assert tables(database_url, pg_schema) == TABLES  # nothing dropped

    bogus = run_migrate(database_url, pg_schema, "bogus-revision")
    assert bogus.returncode == 2 and "Traceback" not in bogus.stderr
    assert bogus.stderr.strip().splitlines() == [
        "error Can't locate revision identified by 'bogus-revision' "
        f"(the revisions are in {migrations_folder() / 'versions'})"
    ]

    one_down = run_migrate(database_url, pg_schema, "--down", "0004")
    assert one_down.returncode == 0, one_down.stderr
    assert (
        "undoing 0005: " in one_down.stderr and f"{where}: downgraded to 0004 (was 0011)" in one_down.stderr
    )
    everything = run_migrate(database_url, pg_schema, "--down", "base", "--yes-drop-everything")
    assert everything.returncode == 0 and "downgraded to base (was 0004)" in everything.stderr
    assert tables(database_url, pg_schema) == set()
    with psycopg.connect(database_url) as conn:
        left = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (pg_schema,)
        )
        assert left.fetchall() == []  # alembic_version too


def event_count(url: str, schema: str) -> int:
    with psycopg.connect(url) as conn:
        table = psycopg.sql.Identifier(schema, "stored_events")
        row = conn.execute(psycopg.sql.SQL("SELECT count(*) FROM {}").format(table)).fetchone()
    assert row is not None
    return int(row[0])


def test_a_renamed_copy_of_a_schema_writes_its_events_into_itself(
    database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    """A schema restored from a dump under another name (the dump's schema renamed) must not write
    into the schema it was copied from: the insert function's body named its schema (0003)."""
    copy = create_schema(database_url)
    drop_schema(database_url, copy)
    migrate.upgrade(database_url, schema=pg_schema)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f'ALTER SCHEMA "{pg_schema}" RENAME TO "{copy}"')
    try:
        migrate.upgrade(database_url, schema=pg_schema)  # the live schema, under the old name again
        jobs = make_render_jobs(database_url, tmp_path, create_tables=False, schema=copy)
        try:
            job_id = record_request(jobs)
            jobs.start(job_id, "w", 1)
        finally:
            jobs.close()
        assert (event_count(database_url, copy), event_count(database_url, pg_schema)) == (2, 0)
    finally:
        drop_schema(database_url, copy)
