"""Keep when a render first left the queue: render_jobs gains `first_started_at` (the first
RenderStarted's time), beside `started_at`, which stays the last attempt's start.

Rows projected before this revision get it where the row alone tells it: a render started once
(`attempt` 1) first started when it last did. A render started more than once has it null until
the read models are rebuilt from the events (`dsl2png replay` reports those rows until then).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STARTED_ONCE = "started_at IS NOT NULL AND attempt = 1"
"""Rows whose one RenderStarted is the first (as projector.views.STARTED_ONCE, for the embedded mode)."""


def _table(name: str) -> str:
    schema = str(op.get_bind().execute(text("SELECT current_schema()")).scalar())
    return '"' + schema.replace('"', '""') + '".' + name


def upgrade() -> None:
    jobs = _table("render_jobs")
    op.execute(f"ALTER TABLE {jobs} ADD COLUMN first_started_at timestamptz")
    op.execute(f"UPDATE {jobs} SET first_started_at = started_at WHERE {STARTED_ONCE}")



def downgrade() -> None:
    op.execute(f"ALTER TABLE {_table('render_jobs')} DROP COLUMN first_started_at")
