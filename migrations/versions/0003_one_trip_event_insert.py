"""The event store's one-round-trip insert function (dsl2png.pg_event_recorder).

`dsl2png_insert_events(ids, versions, topics, states)` takes the same EXCLUSIVE lock on
stored_events as the library's insert (notification ids in commit order), notifies the same
channel (payload: the events' topics) and inserts the events, in the transaction of the one statement that calls it. The text matches
what `OneTripPostgresRecorder.create_table()` makes; tests/integration/test_migrations.py
compares them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _schema() -> str:
    schema = str(op.get_bind().execute(text("SELECT current_schema()")).scalar())
    return '"' + schema.replace('"', '""') + '"'


def upgrade() -> None:
    s = _schema()
    op.execute(
        f'CREATE OR REPLACE FUNCTION {s}."dsl2png_insert_events"'
        "(ids uuid[], versions bigint[], topics text[], states bytea[]) "
        "RETURNS SETOF bigint LANGUAGE plpgsql AS $BODY$BEGIN "
        f'LOCK TABLE {s}."stored_events" IN EXCLUSIVE MODE; '
        "PERFORM pg_notify('stored_events', (SELECT string_agg(DISTINCT t, ' ') FROM unnest(topics) t)); "
        f'RETURN QUERY INSERT INTO {s}."stored_events" (originator_id, originator_version, topic, state) '
        'SELECT * FROM unnest(ids, versions, topics, states) RETURNING "stored_events".notification_id; '
        "END;$BODY$"
    )


def downgrade() -> None:
    op.execute(f'DROP FUNCTION {_schema()}."dsl2png_insert_events"(uuid[], bigint[], text[], bytea[])')
