"""API keys become events: each row of `api_keys` is recorded in the event store's API key ring
(ApiKeyIssued, and ApiKeyRevoked if revoked, marked `imported`, with the row's times), then the
table is dropped: the ring is the only record of the keys from now on (dsl2png.keys says why).

Both happen in this migration's transaction, so a key is either in the ring or still in the table.
Going down writes the table back from the ring (every key, with its times and revocation); the
ring's events stay in the store (0009's code reads none of them), so going up again imports only
what was made or revoked meanwhile.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

from dsl2png.key_import import import_table, write_table

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind().connection.driver_connection  # the migration's transaction
    import_table(conn)
    op.execute("DROP TABLE api_keys")


def downgrade() -> None:
    op.execute(
        "CREATE TABLE api_keys (id text PRIMARY KEY, name text NOT NULL, hash text NOT NULL UNIQUE, "
        "created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz)"
    )
    write_table(op.get_bind().connection.driver_connection)
