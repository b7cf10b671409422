"""The read model: render_jobs and render_counts tables, written with their tracking position in one
transaction, and the SELECTs the query API runs (one job, a keyset-paginated list, counts)."""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eventsourcing.persistence import Tracking
from eventsourcing.postgres import PostgresDatastore, PostgresTrackingRecorder
from eventsourcing.sqlite import SQLiteDatastore, SQLiteTrackingRecorder
from psycopg.sql import SQL

from dsl2png.event_store import SQLITE_FILE, RenderJobs, postgres_datastore
from dsl2png.pg_outage_gate import DEFAULT_WAIT_S
from dsl2png.pg_session_limits import SessionLimits
from kernel.render_job import RenderJob
from kernel.schemas import RenderErrorPublic, RenderPublic
from projector.projections import COLUMNS, Row, apply_event, event_span

STATUSES = ("queued", "rendering", "completed", "failed", "cancelled")
TIMESTAMPS = ("created_at", "started_at", "finished_at", "first_started_at", "image_expired_at")


@dataclass(frozen=True, slots=True)
class ViewTables:
    """Table names of one copy of the read model (live, or a replay's fresh copy)."""

    jobs: str = "render_jobs"
    counts: str = "render_counts"
    tracking: str = "projector_tracking"


MIGRATION_ROW = "__migration__"
"""The tracking row the eventsourcing library writes to mark its table as single-row. Nothing here
needs it (these tables always are: migration 0001 and the DDL below make them so); it is written
again when missing, so an older release, whose projector ran the library's check, can open them."""

LIVE = ViewTables()
REPLAY = ViewTables("replay_render_jobs", "replay_render_counts", "replay_tracking")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def row_to_public(row: Row) -> RenderPublic:
    """A read-model row as the public job shape (equal to event_store.job_view of the aggregate)."""
    error = None
    if row["error_code"] is not None:
        error = RenderErrorPublic(
            code=row["error_code"], message=row["error_message"] or "", retryable=bool(row["error_retryable"])
        )
    return RenderPublic(
        id=row["id"], status=row["status"], created_at=row["created_at"], started_at=row["started_at"],
        finished_at=row["finished_at"], attempt=row["attempt"], format=row["format"], width=row["width"],
        height=row["height"], bytes=row["bytes"], sha256=row["sha256"], render_ms=row["render_ms"],
        cache_hit=bool(row["cache_hit"]), warnings=list(row["warnings"] or []), error=error,
        submitted_sha256=row["submitted_sha256"], dsl2png_version=row["dsl2png_version"],
        renderer_version=row["renderer_version"], chromium_version=row["chromium_version"],
        worker_id=row["worker_id"], first_started_at=row["first_started_at"],
        image_expired_at=row["image_expired_at"],
    )  # fmt: skip


def encode_cursor(created_at: datetime, job_id: str) -> str:
    raw = json.dumps([created_at.astimezone(UTC).isoformat(), job_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    """The (created_at, id) a page ended at; ValueError for anything this module did not make."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created, job_id = json.loads(raw)
        return datetime.fromisoformat(created), str(job_id)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"invalid cursor {cursor!r}") from exc


class JobsTables:
    """Read-model logic shared by the Postgres and SQLite views; the subclasses say how to reach
    the database (placeholders, JSON, timestamps, transactions)."""

    tables: ViewTables
    placeholder = "?"
    json_placeholder = "?"

    # -- backend hooks --------------------------------------------------------------------------

    def _name(self, table: str) -> str:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _encode_ts(self, value: datetime | None) -> Any:
        return value

    def _decode(self, row: Any) -> Row:
        return dict(row)

    def _sql(self, text: str) -> Any:
        return text.replace("?", self.placeholder).replace("{json}", self.json_placeholder)

    # -- writes ---------------------------------------------------------------------------------

    def project(self, event: Any, tracking: Tracking) -> bool:
        """Apply one event and record its position, atomically. False when this position was
        already projected (a second runner, or a replay of the log): nothing changes then."""
        return self.project_batch([(event, tracking)])

    def project_batch(self, items: Sequence[tuple[Any, Tracking]]) -> bool:
        """Apply consecutive events and record the last one's position, all in one transaction:
        one read and one write per job they touch and one write for the counters, instead of
        four statements and a commit per event. Each event is projected in a span that joins the
        trace it carries. False, with nothing changed, unless the tracked position is still
        before the first of them (another runner got there first); `project` them one by one
        then, which skips what is already projected."""
        if not items:
            return True
        with self._write() as curs:
            if not self._advance_tracking(curs, first=items[0][1], last=items[-1][1]):
                return False
            rows = self._select_rows(curs, {str(event.originator_id) for event, _ in items})
            changed: set[str] = set()
            erased: set[str] = set()
            moves: Counter[str] = Counter()
            for event, _ in items:
                with event_span(event):
                    job_id = str(event.originator_id)
                    old = rows.get(job_id)
                    if isinstance(event, RenderJob.RenderErased):
                        # The erased job leaves the read model (and its count), live and replayed.
                        if old is not None:
                            moves[old["status"]] -= 1
                            del rows[job_id]
                            changed.discard(job_id)
                            erased.add(job_id)
                        continue
                    new = apply_event(old, event)
                    if new is None:
                        continue
                    rows[job_id] = new
                    changed.add(job_id)
                    if old is None or old["status"] != new["status"]:
                        if old is not None:
                            moves[old["status"]] -= 1
                        moves[new["status"]] += 1
            for job_id in sorted(changed):
                self._upsert(curs, rows[job_id])
            for job_id in sorted(erased):
                curs.execute(self._sql(f"DELETE FROM {self._name(self.tables.jobs)} WHERE id = ?"), (job_id,))
            self._count_moves(curs, moves)
        return True

    def _advance_tracking(self, curs: Any, *, first: Tracking, last: Tracking) -> bool:
        """Move the tracked position to `last` if it is still before `first` (the same upsert
        the library runs per event, over a range); the row stays locked until commit."""
        curs.execute(
            self._sql(
                f"INSERT INTO {self._name(self.tables.tracking)} AS t (application_name, notification_id) "
                "VALUES (?, ?) ON CONFLICT (application_name) DO UPDATE "
                "SET notification_id = EXCLUDED.notification_id WHERE t.notification_id < ? "
                "RETURNING notification_id"
            ),
            (last.application_name, last.notification_id, first.notification_id),
        )
        return curs.fetchone() is not None

    def _select_rows(self, curs: Any, job_ids: set[str]) -> dict[str, Row]:
        """The rows of `job_ids` that exist, each read by its primary key. (One `IN (...)` query
        instead was run as sequential scans: 62,060 rows read to project 600 jobs.)"""
        rows: dict[str, Row] = {}
        for job_id in sorted(job_ids):
            row = self._select_row(curs, job_id)
            if row is not None:
                rows[job_id] = row
        return rows

    def _select_row(self, curs: Any, job_id: str) -> Row | None:
        curs.execute(self._sql(f"SELECT * FROM {self._name(self.tables.jobs)} WHERE id = ?"), (job_id,))
        found = curs.fetchone()
        return self._decode(found) if found is not None else None

    def _upsert(self, curs: Any, row: Row) -> None:
        values = [
            json.dumps(row[c]) if c == "warnings" else self._encode_ts(row[c]) if c in TIMESTAMPS else row[c]
            for c in COLUMNS
        ]
        marks = ", ".join("{json}" if c == "warnings" else "?" for c in COLUMNS)
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in COLUMNS if c != "id")
        curs.execute(
            self._sql(
                f"INSERT INTO {self._name(self.tables.jobs)} ({', '.join(COLUMNS)}) VALUES ({marks}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}"
            ),
            values,
        )

    def _count(self, curs: Any, old: str | None, new: str) -> None:
        """Move one job from status `old` to `new` in render_counts."""
        if old != new:
            self._count_moves(curs, {new: 1} if old is None else {old: -1, new: 1})

    def _count_moves(self, curs: Any, moves: Mapping[str, int]) -> None:
        """Add `moves` (status -> change) to render_counts: one statement, one round trip. Any
        move makes a row for every status (zero where none is counted), so the table holds the
        same rows however the events were batched: live, one by one, it gained `queued` and
        `rendering` rows that went back to 0, which a rebuild, whose batches net them out, lacked."""
        if not moves:
            return
        changes = sorted((dict.fromkeys(STATUSES, 0) | dict(moves)).items())
        statement = self._sql(
            f"INSERT INTO {self._name(self.tables.counts)} AS t (status, count) VALUES "
            + ", ".join("(?, ?)" for _ in changes)
            + " ON CONFLICT (status) DO UPDATE SET count = t.count + EXCLUDED.count"
            + " WHERE EXCLUDED.count <> 0"  # a row already there is left as it is
        )
        curs.execute(statement, [value for change in changes for value in change])

    # -- queries (what the query API calls) -----------------------------------------------------

    def get_job(self, job_id: str, owner: str | None = None) -> RenderPublic | None:
        """One job from the read model; with `owner`, only if that key asked for it."""
        query = f"SELECT * FROM {self._name(self.tables.jobs)} WHERE id = ?"
        params: list[Any] = [job_id]
        if owner is not None:
            query += " AND owner = ?"
            params.append(owner)
        with self._read() as curs:
            curs.execute(self._sql(query), params)
            found = curs.fetchone()
        return row_to_public(self._decode(found)) if found is not None else None

    def image_used_by_another_job(self, sha256: str, job_id: str, owner: str | None = None) -> bool:
        """True if a job other than `job_id` has the image `sha256` (an erasure keeps it then);
        with `owner`, only that API key's jobs count (what an erasure may tell that key)."""
        query = f"SELECT 1 FROM {self._name(self.tables.jobs)} WHERE sha256 = ? AND id <> ?"
        params: list[Any] = [sha256, job_id]
        if owner is not None:
            query += " AND owner = ?"
            params.append(owner)
        with self._read() as curs:
            curs.execute(self._sql(query + " LIMIT 1"), params)
            return curs.fetchone() is not None

    def jobs_with_image(self, sha256: str, finished_before: datetime) -> list[str]:
        """Ids of the completed jobs with image `sha256` that finished before `finished_before`
        and have no ImageExpired yet: those whose image a retention sweep removed (a job finished
        later used an image stored again)."""
        query = (
            f"SELECT id FROM {self._name(self.tables.jobs)} WHERE sha256 = ? AND status = ? "
            "AND finished_at < ? AND image_expired_at IS NULL ORDER BY id"
        )
        with self._read() as curs:
            curs.execute(self._sql(query), [sha256, "completed", self._encode_ts(finished_before)])
            return [str(self._decode(r)["id"]) for r in curs.fetchall()]

    def list_jobs(
        self,
        status: str | None,
        limit: int,
        cursor: str | None,
        owner: str | None,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> tuple[list[RenderPublic], str | None]:
        """Jobs newest first (keyset pagination on created_at, id); returns (page, next cursor).
        `since` (inclusive) and `until` (exclusive) bound created_at, the time each was requested:
        a range on the same indexes the order uses. A cursor is a place in that order, not a
        query: with other filters it gives the rows after that place that match them."""
        where: list[str] = []
        params: list[Any] = []
        if status is not None:
            where.append("status = ?")
            params.append(status)
        if owner is not None:
            where.append("owner = ?")
            params.append(owner)
        if since is not None:
            where.append("created_at >= ?")
            params.append(self._encode_ts(since))
        if until is not None:
            where.append("created_at < ?")
            params.append(self._encode_ts(until))
        if cursor is not None:
            created_at, job_id = decode_cursor(cursor)
            where.append("(created_at < ? OR (created_at = ? AND id < ?))")
            params += [self._encode_ts(created_at), self._encode_ts(created_at), job_id]
        query = f"SELECT * FROM {self._name(self.tables.jobs)}"
        if where:
            query += " WHERE " + " AND ".join(where)
        query += " ORDER BY created_at DESC, id DESC LIMIT ?"
        params.append(limit + 1)
        with self._read() as curs:
            curs.execute(self._sql(query), params)
            rows = [self._decode(r) for r in curs.fetchall()]
        page = rows[:limit]
        next_cursor = encode_cursor(page[-1]["created_at"], page[-1]["id"]) if len(rows) > limit else None
        return [row_to_public(r) for r in page], next_cursor

    def count_unfinished(self, owner: str, recent_ids: Collection[str] = ()) -> tuple[int, set[str]]:
        """Jobs of one API key still queued or rendering (its concurrent-render quota), and which
        of `recent_ids` (jobs just recorded, which the projector may not have reached) the read
        model holds in any status. One statement, so both answers come from one snapshot: a job
        is either projected (then counted if unfinished) or not (then the caller counts it)."""
        jobs = self._name(self.tables.jobs)
        query = f"SELECT NULL AS id, count(*) AS n FROM {jobs} WHERE owner = ? AND status IN (?, ?)"
        params: list[Any] = [owner, "queued", "rendering"]
        if recent_ids:
            # by primary key: a handful of ids, each found by its index
            marks = ", ".join("?" for _ in recent_ids)
            query += f" UNION ALL SELECT id, 0 FROM {jobs} WHERE owner = ? AND id IN ({marks})"
            params += [owner, *recent_ids]
        with self._read() as curs:
            curs.execute(self._sql(query), params)
            rows = [self._decode(r) for r in curs.fetchall()]
        unfinished = sum(int(r["n"]) for r in rows if r["id"] is None)
        return unfinished, {str(r["id"]) for r in rows if r["id"] is not None}

    def counts(self) -> dict[str, int]:
        """Jobs per status (every status present, zero when none)."""
        with self._read() as curs:
            curs.execute(self._sql(f"SELECT status, count FROM {self._name(self.tables.counts)}"))
            found = {r["status"]: int(r["count"]) for r in (self._decode(x) for x in curs.fetchall())}
        return {s: found.get(s, 0) for s in STATUSES} | {s: n for s, n in found.items() if s not in STATUSES}

    def rows(self) -> list[Row]:
        """Every row, by id (for replay's comparison)."""
        with self._read() as curs:
            curs.execute(self._sql(f"SELECT * FROM {self._name(self.tables.jobs)} ORDER BY id"))
            return [self._decode(r) for r in curs.fetchall()]

    def drop_tables(self) -> None:
        with self._write() as curs:
            for table in (self.tables.jobs, self.tables.counts, self.tables.tracking):
                curs.execute(f"DROP TABLE IF EXISTS {self._name(table)}")


ADDED_TEXT_COLUMNS = ("submitted_sha256", "dsl2png_version", "renderer_version", "chromium_version")
"""Columns render_jobs gained after its first version (migrations/versions/0007; an embedded
read model made before gets them from SQLiteJobsView.create_table)."""
ADDED_TIME_COLUMNS = ("first_started_at", "image_expired_at")
"""Timestamp columns render_jobs gained later (migrations/versions/0008, 0009), added the same way."""
STARTED_ONCE = "started_at IS NOT NULL AND attempt = 1"
"""Rows made before `first_started_at` whose only start is the first: filled in as the column is
added (as migration 0008 does); a render started more than once waits for a rebuild."""


def read_model_ddl(name: Any, tables: ViewTables, *, postgres: bool) -> list[str]:
    """CREATE statements of render_jobs and render_counts (also what the migration runs)."""
    ts = "timestamptz" if postgres else "TEXT"
    json_type = "jsonb NOT NULL DEFAULT '[]'::jsonb" if postgres else "TEXT NOT NULL DEFAULT '[]'"
    real = "double precision" if postgres else "REAL"
    boolean = "boolean NOT NULL DEFAULT false" if postgres else "INTEGER NOT NULL DEFAULT 0"
    jobs = name(tables.jobs)
    return [
        f"CREATE TABLE IF NOT EXISTS {jobs} (id text PRIMARY KEY, status text NOT NULL, "
        f"created_at {ts} NOT NULL, started_at {ts}, finished_at {ts}, attempt integer NOT NULL DEFAULT 0, "
        "worker_id text, format text NOT NULL DEFAULT 'png', width integer, height integer, "
        f"bytes integer, sha256 text, render_ms {real}, cache_hit {boolean}, error_code text, "
        f"error_message text, error_retryable {boolean}, owner text, warnings {json_type}, "
        + ", ".join(
            [f"{column} text" for column in ADDED_TEXT_COLUMNS]
            + [f"{column} {ts}" for column in ADDED_TIME_COLUMNS]
        )
        + ")",
        f"CREATE INDEX IF NOT EXISTS {quote(tables.jobs + '_created_idx')} ON {jobs} (created_at DESC, id DESC)",
        f"CREATE INDEX IF NOT EXISTS {quote(tables.jobs + '_status_idx')} "
        f"ON {jobs} (status, created_at DESC, id DESC)",
        f"CREATE INDEX IF NOT EXISTS {quote(tables.jobs + '_owner_idx')} "
        f"ON {jobs} (owner, created_at DESC, id DESC)",
        # the jobs of an image (an erasure's check, a retention sweep's ImageExpired; migration 0009)
        f"CREATE INDEX IF NOT EXISTS {quote(tables.jobs + '_sha256_idx')} ON {jobs} (sha256)",
        f"CREATE TABLE IF NOT EXISTS {name(tables.counts)} (status text PRIMARY KEY, count bigint NOT NULL DEFAULT 0)",
    ]


class PostgresJobsView(JobsTables, PostgresTrackingRecorder):
    """The read model in Postgres: a library tracking recorder whose transaction also writes rows."""

    placeholder = "%s"
    json_placeholder = "%s::jsonb"

    def __init__(
        self,
        datastore: PostgresDatastore,
        *,
        tracking_table_name: str = LIVE.tracking,
        tables: ViewTables | None = None,
        **kwargs: Any,
    ) -> None:
        self.tables = tables or ViewTables(tracking=tracking_table_name)
        super().__init__(datastore, tracking_table_name=self.tables.tracking, **kwargs)
        for statement in read_model_ddl(self._name, self.tables, postgres=True):
            self.sql_create_statements.append(SQL(statement))  # type: ignore[arg-type]

    def _name(self, table: str) -> str:
        return f"{quote(self.datastore.schema)}.{quote(table)}"

    def _create_table(self, curs: Any) -> None:
        """The tables, without the library's upgrade of an old multi-row tracking table: it takes
        a tracking table lacking its `__migration__` row (an emptied one: the rebuild's TRUNCATE)
        for one and would rename it aside (bkup1_projector_tracking) to upgrade it."""
        super(PostgresTrackingRecorder, self)._create_table(curs)
        curs.execute(
            f"INSERT INTO {self._name(self.tables.tracking)} VALUES (%s, 1) ON CONFLICT DO NOTHING",
            (MIGRATION_ROW,),
        )

    @contextmanager
    def _write(self) -> Iterator[Any]:
        with self.datastore.transaction(commit=True) as curs:
            yield curs

    @contextmanager
    def _read(self) -> Iterator[Any]:
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            yield curs


def sqlite_ts(value: datetime | None) -> str | None:
    """Timestamps as fixed-width UTC text, so SQLite orders them correctly as strings (isoformat
    pads a year before 1000 to four digits, as strftime's %Y does not: `since=0900-...` compared)."""
    return None if value is None else value.astimezone(UTC).isoformat(timespec="microseconds")


class SQLiteJobsView(JobsTables, SQLiteTrackingRecorder):
    """The read model in the embedded SQLite file, with its own tracking table."""

    def __init__(
        self, datastore: SQLiteDatastore, *, tables: ViewTables | None = None, **kwargs: Any
    ) -> None:
        self.tables = tables or LIVE
        super().__init__(datastore, **kwargs)
        tracking = quote(self.tables.tracking)
        # the library's SQLite recorder names its table `tracking`; this view keeps its own
        self.insert_tracking_statement = (
            f"INSERT INTO {tracking} VALUES (:application_name, :notification_id) "
            "ON CONFLICT (application_name) DO UPDATE SET notification_id = :notification_id "
            f"WHERE {tracking}.notification_id < :notification_id RETURNING notification_id"
        )
        self.select_max_tracking_id_statement = (
            f"SELECT MAX(notification_id) FROM {tracking} WHERE application_name=?"
        )

    def construct_create_table_statements(self) -> list[str]:
        tracking = quote(self.tables.tracking)
        return [
            f"CREATE TABLE IF NOT EXISTS {tracking} (application_name TEXT, notification_id INTEGER, "
            "PRIMARY KEY (application_name)) WITHOUT ROWID",
            *read_model_ddl(quote, self.tables, postgres=False),
        ]

    def _name(self, table: str) -> str:
        return quote(table)

    def _create_table(self, c: Any) -> None:
        """The tables, without the library's upgrade of an old multi-row tracking table: it takes
        a tracking table lacking its `__migration__` row (one emptied to rebuild the read models)
        for one and looks for it under the library's own name, `tracking` ("no such table")."""
        super(SQLiteTrackingRecorder, self)._create_table(c)
        c.execute(
            f"INSERT INTO {quote(self.tables.tracking)} VALUES (?, 1) ON CONFLICT DO NOTHING",
            (MIGRATION_ROW,),
        )

    def create_table(self) -> None:
        """The tables, and the columns an embedded read model made by an earlier release lacks
        (the embedded mode has no migrations): added empty, as migrations 0007 to 0009 add them;
        the projector fills them for events it projects from then on (a rebuild, for older ones)."""
        super().create_table()
        jobs = quote(self.tables.jobs)
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"PRAGMA table_info({jobs})")
            present = {str(row["name"]) for row in curs.fetchall()}
            added = [(c, "text") for c in ADDED_TEXT_COLUMNS] + [(c, "TEXT") for c in ADDED_TIME_COLUMNS]
            for column, sql_type in added:
                if column not in present:
                    curs.execute(f"ALTER TABLE {jobs} ADD COLUMN {column} {sql_type}")
            if "first_started_at" not in present:
                curs.execute(f"UPDATE {jobs} SET first_started_at = started_at WHERE {STARTED_ONCE}")

    def _encode_ts(self, value: datetime | None) -> Any:
        return sqlite_ts(value)

    def _decode(self, row: Any) -> Row:
        out = dict(row)
        for key in TIMESTAMPS:
            if isinstance(out.get(key), str):
                out[key] = datetime.fromisoformat(out[key])
        if isinstance(out.get("warnings"), str):
            out["warnings"] = json.loads(out["warnings"])
        for key in ("cache_hit", "error_retryable"):
            if key in out:
                out[key] = bool(out[key])
        return out

    @contextmanager
    def _write(self) -> Iterator[Any]:
        with self.datastore.transaction(commit=True) as curs:
            yield curs

    @contextmanager
    def _read(self) -> Iterator[Any]:
        with self.datastore.transaction(commit=False) as curs:
            yield curs


JobsView = PostgresJobsView | SQLiteJobsView


def view_for(app: RenderJobs, *, tables: ViewTables = LIVE, create_tables: bool) -> JobsView:
    """The read model in the same database as the app's events, sharing its connection pool."""
    datastore = getattr(app.recorder, "datastore", None)
    view: JobsView
    if isinstance(datastore, PostgresDatastore):
        view = PostgresJobsView(datastore, tables=tables)
    elif isinstance(datastore, SQLiteDatastore):
        view = SQLiteJobsView(datastore, tables=tables)
        create_tables = True  # embedded mode has no migrations
    else:
        raise TypeError(f"no read model for {type(app.recorder).__name__}")
    if create_tables:
        view.create_table()
    return view


def make_read_model(
    database_url: str | None,
    data_dir: Path,
    *,
    create_tables: bool = False,
    schema: str | None = None,
    tables: ViewTables = LIVE,
    wait_s: float = DEFAULT_WAIT_S,
    limits: SessionLimits | None = None,
) -> JobsView:
    """The read model on its own connection pool (the query API's): Postgres when a URL is given,
    else the embedded SQLite file. `wait_s`: a checkout's longest wait (dsl2png.pg_outage_gate);
    `limits`: the connections' statement timeout and keepalives (dsl2png.pg_session_limits)."""
    view: JobsView
    if database_url is not None:
        datastore = postgres_datastore(database_url, schema, pool_size=4, wait_s=wait_s, limits=limits)
        view = PostgresJobsView(datastore, tables=tables)
    else:
        data_dir.mkdir(parents=True, exist_ok=True)
        view = SQLiteJobsView(SQLiteDatastore(str(data_dir / SQLITE_FILE), lock_timeout=30), tables=tables)
        create_tables = True
    if create_tables:
        view.create_table()
    return view


def close_view(view: JobsView) -> None:
    """Release the view's connection pool (only for views made by make_read_model)."""
    view.datastore.close()
