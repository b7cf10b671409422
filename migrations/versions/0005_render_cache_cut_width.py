"""Remember with each cached image how much content ran past its canvas's side (`cut_width_px`),
so a cache hit warns that the content is cut off at the side just as the render that made the
image did.

Entries cached before this revision count as not cut at the side (0): they were not measured.

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
    op.execute(f"ALTER TABLE {_cache()} ADD COLUMN cut_width_px integer NOT NULL DEFAULT 0")


def downgrade() -> None:
    op.execute(f"ALTER TABLE {_cache()} DROP COLUMN cut_width_px")
