"""Initial tables: event store, tracking, read model, images and render cache, API keys.

The event store objects are exactly what eventsourcing 9.5's PostgresApplicationRecorder and
PostgresTrackingRecorder create (table, unique notification index, composite type, insert
function; NOTIFY on channel "stored_events" is issued by the recorder on insert, no trigger), so
the library runs on these tables with CREATE_TABLE off. tests/integration/test_migrations.py
compares them with what the library makes itself.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

AUTOVACUUM = (
    "WITH (autovacuum_enabled = true, autovacuum_vacuum_threshold = 100000000, "
    "autovacuum_vacuum_scale_factor = 0.5, autovacuum_analyze_threshold = 1000, "
    "autovacuum_analyze_scale_factor = 0.01)"
)
TRACKING_TABLES = ("projector_tracking", "relay_tracking")


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def current_schema() -> str:
    """env.py sets search_path to the target schema; every name below is qualified with it, so
    the insert function works whatever search_path the application connects with."""
    return str(op.get_bind().execute(text("SELECT current_schema()")).scalar())


def upgrade() -> None:
    s = q(current_schema())
    # -- event store (eventsourcing.postgres, originator_id_type uuid) --
    op.execute(
        f"CREATE TABLE {s}.stored_events (originator_id uuid NOT NULL, originator_version bigint NOT NULL, "
        f"topic text, state bytea, notification_id bigserial, "
        f"PRIMARY KEY (originator_id, originator_version)) {AUTOVACUUM}"
    )
    op.execute(f"CREATE UNIQUE INDEX stored_events_notification_id_idx ON {s}.stored_events (notification_id ASC)")
    op.execute(
        f"CREATE TYPE {s}.stored_event_uuid AS "
        "(originator_id uuid, originator_version bigint, topic text, state bytea)"
    )
    op.execute(
        f"CREATE OR REPLACE FUNCTION {s}.es_insert_events_uuid(events {s}.stored_event_uuid[]) "
        "RETURNS SETOF bigint LANGUAGE plpgsql AS $BODY$BEGIN"
        "    SET LOCAL lock_timeout = '0s';"
        '    NOTIFY "stored_events";'
        "    RETURN QUERY"
        f'    INSERT INTO {s}."stored_events" AS t (    originator_id, originator_version, topic, state)'
        "    SELECT originator_id, originator_version, topic, state"
        "    FROM unnest(events)"
        "    RETURNING notification_id;"
        "END;$BODY$"
    )
    # -- tracking (single-row, with the library's migration marker row) --
    for table in TRACKING_TABLES:
        op.execute(
            f"CREATE TABLE {s}.{q(table)} (application_name text, notification_id bigint, "
            f"PRIMARY KEY (application_name)) {AUTOVACUUM}"
        )
        op.execute(f"INSERT INTO {s}.{q(table)} VALUES ('__migration__', 1)")
    # -- read model (projector) --
    op.execute(
        f"CREATE TABLE {s}.render_jobs (id text PRIMARY KEY, status text NOT NULL, "
        "created_at timestamptz NOT NULL, started_at timestamptz, finished_at timestamptz, "
        "attempt integer NOT NULL DEFAULT 0, worker_id text, format text NOT NULL DEFAULT 'png', "
        "width integer, height integer, bytes integer, sha256 text, render_ms double precision, "
        "cache_hit boolean NOT NULL DEFAULT false, error_code text, error_message text, "
        "error_retryable boolean NOT NULL DEFAULT false, owner text, "
        "warnings jsonb NOT NULL DEFAULT '[]'::jsonb)"
    )
    op.execute(f"CREATE INDEX render_jobs_created_idx ON {s}.render_jobs (created_at DESC, id DESC)")
    op.execute(f"CREATE INDEX render_jobs_status_idx ON {s}.render_jobs (status, created_at DESC, id DESC)")
    op.execute(f"CREATE INDEX render_jobs_owner_idx ON {s}.render_jobs (owner, created_at DESC, id DESC)")
    op.execute(f"CREATE TABLE {s}.render_counts (status text PRIMARY KEY, count bigint NOT NULL DEFAULT 0)")
    # -- images (content-addressed) and the render cache --
    op.execute(
        f"CREATE TABLE {s}.png_blobs (sha256 text PRIMARY KEY, media_type text NOT NULL, data bytea NOT NULL, "
        "bytes integer NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"
    )
    op.execute(f"CREATE INDEX png_blobs_created_at_idx ON {s}.png_blobs (created_at)")
    op.execute(
        f"CREATE TABLE {s}.render_cache (cache_key text PRIMARY KEY, "
        f"sha256 text NOT NULL REFERENCES {s}.png_blobs (sha256) ON DELETE CASCADE, "
        "width integer NOT NULL, height integer NOT NULL, bytes integer NOT NULL, format text NOT NULL, "
        "created_at timestamptz NOT NULL DEFAULT now())"
    )
    op.execute(f"CREATE INDEX render_cache_sha256_idx ON {s}.render_cache (sha256)")
    # -- API keys (stored hashed) --
    op.execute(
        f"CREATE TABLE {s}.api_keys (id text PRIMARY KEY, name text NOT NULL, hash text NOT NULL UNIQUE, "
        "created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz)"
    )


def downgrade() -> None:
    s = q(current_schema())
    for table in ("api_keys", "render_cache", "png_blobs", "render_counts", "render_jobs", *TRACKING_TABLES):
        op.execute(f"DROP TABLE IF EXISTS {s}.{q(table)}")
    op.execute(f"DROP FUNCTION IF EXISTS {s}.es_insert_events_uuid({s}.stored_event_uuid[])")
    op.execute(f"DROP TABLE IF EXISTS {s}.stored_events")
    op.execute(f"DROP TYPE IF EXISTS {s}.stored_event_uuid")
