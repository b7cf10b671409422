"""One projector per event store: a Postgres advisory lock held, on its own connection, while it projects.

Nothing stopped a second `dsl2png projector` on the same schema (a replica left over, a second
compose project, a manual run): both read the log and raced for the same tracking rows, each
undoing the other's batches, and nobody was told. The lock is per schema (deployments that share
a database in schemas of their own each have theirs), taken with `pg_try_advisory_lock` so that
a second projector can say who holds it and wait, and released when the connection closes: a
projector that dies or loses the database frees it for the next one. `dsl2png rebuild` takes the
same lock, so it cannot empty the read models under a running projector. The embedded mode has
one process and no lock.
"""

from __future__ import annotations

import hashlib
import os
import socket
from typing import Any

from dsl2png.pg_session_limits import SessionLimits

LOCK_CLASS = 0x64327070
"""The advisory lock's first key ("d2pp"); the second is the schema's (`schema_key`)."""
APPLICATION_NAME = "dsl2png-projector"


def schema_key(schema: str) -> int:
    """The lock's second key: a stable signed 32-bit number for `schema` (Python's hash varies per run)."""
    return int.from_bytes(hashlib.sha256(schema.encode()).digest()[:4], "big", signed=True)


class ProjectorLock:
    """The projector lock of one schema, on a connection of its own (autocommit: it holds no
    transaction open). `acquire()` tries once; `holder()` says who has it; `check()` raises when
    the connection (and so the lock) is gone; `close()` releases it."""

    def __init__(
        self,
        database_url: str,
        schema: str | None,
        *,
        connect_timeout_s: float = 5.0,
        application_name: str = APPLICATION_NAME,
        limits: SessionLimits | None = None,
    ) -> None:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict

        conninfo = database_url.replace("postgresql+psycopg://", "postgresql://", 1)
        named = conninfo_to_dict(conninfo)
        options: dict[str, Any] = {"connect_timeout": max(1, round(connect_timeout_s))}
        if "application_name" not in named:
            options["application_name"] = _name(application_name)
        # Keepalives, so that `check()` finds a half-open connection (the lock lost with it).
        keepalives = (limits or SessionLimits()).connect_options()
        options.update({key: value for key, value in keepalives.items() if key not in named})
        conn: Any = psycopg.connect(conninfo, autocommit=True, **options)
        try:
            in_schema = schema or conn.execute("SELECT current_schema()").fetchone()[0]
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        self.schema: str = str(in_schema)
        self.keys = (LOCK_CLASS, schema_key(self.schema))
        self.held = False

    def acquire(self) -> bool:
        """Take the lock if it is free (True), without waiting."""
        if not self.held:
            self.held = bool(
                self._conn.execute("SELECT pg_try_advisory_lock(%s, %s)", self.keys).fetchone()[0]
            )
        return self.held

    def holder(self) -> str:
        """Who holds the lock, as far as this database user may see (the server's pid always;
        its application name, address and start when the user may read them)."""
        row = self._conn.execute(
            "SELECT l.pid, a.application_name, a.client_addr::text, a.backend_start FROM pg_locks l "
            "LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND l.classid::bigint = %s AND l.objid::bigint = %s AND l.objsubid = 2",
            (self.keys[0] & 0xFFFFFFFF, self.keys[1] & 0xFFFFFFFF),
        ).fetchone()
        if row is None:
            return "nobody now (it was just released)"
        pid, application, address, since = row
        parts = [f"server pid {pid}"]
        if application:
            parts.append(f"application_name {application!r}")
        if address:
            parts.append(f"from {address}")
        if since is not None:
            parts.append(f"connected since {since.isoformat(timespec='seconds')}")
        return ", ".join(parts)

    def check(self) -> None:
        """Raise (psycopg's error) if the lock's connection is gone: the lock went with it."""
        self._conn.execute("SELECT 1")

    def close(self) -> None:
        """Release the lock (closing its connection does) and close the connection."""
        self.held = False
        self._conn.close()

    def __enter__(self) -> ProjectorLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _name(what: str) -> str:
    """The lock connection's application_name, which a second projector's line names: what holds
    it, on which host, which process (Postgres keeps 63 bytes)."""
    return f"{what} {socket.gethostname()} pid {os.getpid()}"[:63]
