"""The documented rebuild step of the read models, done as the runbook says: `dsl2png rebuild`'s
own function empties every row of render_jobs, render_counts and projector_tracking (in the
Postgres schema, or the embedded file)."""

from __future__ import annotations

from pathlib import Path

from projector.rebuild import READ_MODEL_TABLES
from projector.rebuild import empty_read_models as rebuild_empties

__all__ = ["READ_MODEL_TABLES", "empty_read_models"]


def empty_read_models(database_url: str | None, schema: str | None, data_dir: Path) -> None:
    """Empty the three tables the rebuild names, all of their rows (the projector stopped)."""
    rebuild_empties(database_url, schema, data_dir)
