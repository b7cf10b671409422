"""Keep what drew each render: render_jobs gains the hash of the submitted bytes and the dsl2png,
renderer and Chromium versions (RenderRequested v2, RenderCompleted v4, RenderFailed v2), and
render_cache what drew each cached image (`drawn_by`), so a cache hit records it too.

Rows projected before this revision have them empty (null), as their events have none; a
rebuild of the read models gives the same. Entries cached before have `drawn_by` null.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

JOB_COLUMNS = ("submitted_sha256", "dsl2png_version", "renderer_version", "chromium_version")


def _table(name: str) -> str:
    schema = str(op.get_bind().execute(text("SELECT current_schema()")).scalar())
    return '"' + schema.replace('"', '""') + '".' + name


def upgrade() -> None:
    jobs = _table("render_jobs")
    op.execute(f"ALTER TABLE {jobs} " + ", ".join(f"ADD COLUMN {c} text" for c in JOB_COLUMNS))
    op.execute(f"ALTER TABLE {_table('render_cache')} ADD COLUMN drawn_by jsonb")


def downgrade() -> None:
    op.execute(f"ALTER TABLE {_table('render_cache')} DROP COLUMN drawn_by")
    jobs = _table("render_jobs")
    op.execute(f"ALTER TABLE {jobs} " + ", ".join(f"DROP COLUMN {c}" for c in JOB_COLUMNS))
