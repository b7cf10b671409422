"""The event store notifies a channel of its own schema (`stored_events_<schema>`, or the md5 of
a schema name too long for that) instead of `stored_events`, the same in every schema: a commit
in one schema woke the relay, projector and API followers of every other schema on the database.

The function still names no schema in its body (0006): it works the channel out from
`current_schema()`, which the recorder sets to the configured schema. The text matches what
`OneTripPostgresRecorder.create_table()` makes; tests/integration/test_migrations.py compares
them. While processes of the former release run beside new ones, the two listen on different
channels: each side's followers then catch the other's commits by their idle poll (1-2 s).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PER_SCHEMA = (
    "DECLARE commit_channel text := 'stored_events_' || current_schema(); BEGIN "
    "IF octet_length(commit_channel) > 63 THEN "
    "commit_channel := 'stored_events_' || md5(current_schema()); END IF; "
    'LOCK TABLE "stored_events" IN EXCLUSIVE MODE; '
    "PERFORM pg_notify(commit_channel, (SELECT string_agg(DISTINCT t, ' ') FROM unnest(topics) t)); "
)
SHARED = (  # 0006's
    'BEGIN LOCK TABLE "stored_events" IN EXCLUSIVE MODE; '
    "PERFORM pg_notify('stored_events', (SELECT string_agg(DISTINCT t, ' ') FROM unnest(topics) t)); "
)


def _function(start: str) -> str:
    schema = str(op.get_bind().execute(text("SELECT current_schema()")).scalar())
    quoted = '"' + schema.replace('"', '""') + '"'
    return (
        f'CREATE OR REPLACE FUNCTION {quoted}."dsl2png_insert_events"'
        "(ids uuid[], versions bigint[], topics text[], states bytea[]) "
        f"RETURNS SETOF bigint LANGUAGE plpgsql AS $BODY${start}"
        'RETURN QUERY INSERT INTO "stored_events" (originator_id, originator_version, topic, state) '
        'SELECT * FROM unnest(ids, versions, topics, states) RETURNING "stored_events".notification_id; '
        "END;$BODY$"
    )


def upgrade() -> None:
    op.execute(_function(PER_SCHEMA))


def downgrade() -> None:
    op.execute(_function(SHARED))
