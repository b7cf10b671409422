"""Remember with each cached image what else its render saw cut off (`measured_warnings`: content
past the canvas's side, a table's columns cut at its box's edge), so a cache hit warns just as
the render that made the image did.

Entries cached before this revision have none: they were measured in height only.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _cache() -> str:
    schema = str(op.get_bind().execute(text("SELECT current_schema()")).scalar())
    return '"' + schema.replace('"', '""') + '".render_cache'


def upgrade() -> None:
    op.execute(f"ALTER TABLE {_cache()} ADD COLUMN measured_warnings jsonb NOT NULL DEFAULT '[]'")


def downgrade() -> None:
    op.execute(f"ALTER TABLE {_cache()} DROP COLUMN measured_warnings")
