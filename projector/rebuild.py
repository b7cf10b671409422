"""`dsl2png rebuild`: empty the live read models so the projector projects every event again.

The runbook said to `TRUNCATE render_jobs, render_counts, projector_tracking` by hand, which
failed (`relation "render_jobs" does not exist`) in a deployment with DSL2PNG_DATABASE_SCHEMA
set, and could be run under a projector still writing. This empties the tables of the schema
the settings name (or the embedded store of the data folder), and on Postgres holds the
projector lock (`projector.single`) while it does: with a projector running it refuses, naming it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from projector.single import ProjectorLock

READ_MODEL_TABLES = ("render_jobs", "render_counts", "projector_tracking")
"""The live read models and the projector's position: all of them go together."""


class ProjectorRunningError(Exception):
    """A projector holds the schema's lock: the read models cannot be emptied under it."""


@dataclass(frozen=True, slots=True)
class Emptied:
    """What a rebuild emptied: where, and how many jobs the read model had listed."""

    where: str
    jobs: int


def empty_read_models(database_url: str | None, schema: str | None, data_dir: Path) -> Emptied:
    """Delete every row of READ_MODEL_TABLES, in one transaction: in `schema` of the Postgres
    store (ProjectorRunningError while a projector holds its lock), or in the embedded store in
    `data_dir` (FileNotFoundError when there is none)."""
    if database_url is None:
        return _empty_embedded(data_dir)
    with ProjectorLock(database_url, schema, application_name="dsl2png rebuild") as lock:
        if not lock.acquire():
            raise ProjectorRunningError(
                f"a projector is running on schema {lock.schema} ({lock.holder()}): stop it first "
                "(Kubernetes: `kubectl -n dsl2png scale deploy/dsl2png-projector --replicas=0`; compose: "
                "`docker compose -f deploy/compose.yaml stop projector`), then run `dsl2png rebuild` again"
            )
        names = [f"{_quoted(lock.schema)}.{table}" for table in READ_MODEL_TABLES]
        import psycopg

        conninfo = database_url.replace("postgresql+psycopg://", "postgresql://", 1)
        with psycopg.connect(conninfo) as conn:  # one transaction: every table or none
            jobs = int(conn.execute(f"SELECT count(*) FROM {names[0]}").fetchone()[0])  # type: ignore[index]
            conn.execute(f"TRUNCATE {', '.join(names)}")  # type: ignore[arg-type]
        return Emptied(f"schema {lock.schema}", jobs)


def _empty_embedded(data_dir: Path) -> Emptied:
    from dsl2png.event_store import SQLITE_FILE

    path = data_dir / SQLITE_FILE
    if not path.is_file():
        raise FileNotFoundError(f"no embedded store at {path} (DSL2PNG_DATA_DIR names its folder)")
    with sqlite3.connect(path) as conn:  # commits every table's deletion together
        jobs = int(conn.execute(f"SELECT count(*) FROM {READ_MODEL_TABLES[0]}").fetchone()[0])
        for table in READ_MODEL_TABLES:
            conn.execute(f"DELETE FROM {table}")
    conn.close()
    return Emptied(f"the embedded store {path}", jobs)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
