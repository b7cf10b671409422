"""Remember with each cached image how much content ran below its canvas (`cut_px`), so a cache
hit warns that the content is cut off just as the render that made the image did.

Entries cached before this revision count as not cut (0): they were not measured.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _cache() -> str:
    schema = str(op.get_bind().execute(text("SELECT current_schema()")).scalar())
    return '"' + schema.replace('"', '""') + '".render_cache'


def upgrade() -> None:
    op.execute(f"ALTER TABLE {_cache()} ADD COLUMN cut_px integer NOT NULL DEFAULT 0")


def downgrade() -> None:
    op.execute(f"ALTER TABLE {_cache()} DROP COLUMN cut_px")
