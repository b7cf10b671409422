"""Keep when retention removed a render's image: render_jobs gains `image_expired_at` (its
ImageExpired event's time), and an index on `sha256` by which a retention sweep finds the jobs of
each image it removed (an erasure's check of other jobs with the image uses it too).

Rows projected before this revision have it null: no ImageExpired was recorded before this
release, so a rebuild of the read models gives the same.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _table(name: str) -> str:
    schema = str(op.get_bind().execute(text("SELECT current_schema()")).scalar())
    return '"' + schema.replace('"', '""') + '".' + name


def upgrade() -> None:
    jobs = _table("render_jobs")
    op.execute(f"ALTER TABLE {jobs} ADD COLUMN image_expired_at timestamptz")
    op.execute(f"CREATE INDEX render_jobs_sha256_idx ON {jobs} (sha256)")


def downgrade() -> None:
    jobs = _table("render_jobs")
    op.execute(f"DROP INDEX {jobs.rsplit('.', 1)[0]}.render_jobs_sha256_idx")
    op.execute(f"ALTER TABLE {jobs} DROP COLUMN image_expired_at")
