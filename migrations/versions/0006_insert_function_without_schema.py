"""Rewrite the event store's insert function so its body names no schema: a schema restored from
a dump under another name (or renamed) wrote its events into the schema it was copied from.

The body's `stored_events` is now found through the caller's search_path, which the recorder
sets to the configured schema (dsl2png.pg_event_recorder). The text matches what
`OneTripPostgresRecorder.create_table()` makes; tests/integration/test_migrations.py compares them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _schema() -> str:
    schema = str(op.get_bind().execute(text("SELECT current_schema()")).scalar())
    return '"' + schema.replace('"', '""') + '"'


def _function(table: str) -> str:
    return (
        f'CREATE OR REPLACE FUNCTION {_schema()}."dsl2png_insert_events"'
        "(ids uuid[], versions bigint[], topics text[], states bytea[]) "
        "RETURNS SETOF bigint LANGUAGE plpgsql AS $BODY$BEGIN "
        f"LOCK TABLE {table} IN EXCLUSIVE MODE; "
        "PERFORM pg_notify('stored_events', (SELECT string_agg(DISTINCT t, ' ') FROM unnest(topics) t)); "
        f"RETURN QUERY INSERT INTO {table} (originator_id, originator_version, topic, state) "
        'SELECT * FROM unnest(ids, versions, topics, states) RETURNING "stored_events".notification_id; '
        "END;$BODY$"
    )


def upgrade() -> None:
    op.execute(_function('"stored_events"'))


def downgrade() -> None:
    op.execute(_function(f'{_schema()}."stored_events"'))  # 0003's text, the schema written in
