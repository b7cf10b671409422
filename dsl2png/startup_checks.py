"""Checks every deployed process makes before it starts work: the database answers, its tables
exist at the migration revision the code needs, NATS is reachable. A failure is one line naming what to fix (`StartupError`, exit 1),
not a traceback after a 30 s pool timeout, nor a process that looks healthy and loses its jobs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from typing import Any
from urllib.parse import urlsplit

from dsl2png.redact import without_credentials, without_password
from dsl2png.schema_revision import revision_mismatch, stored_revision

log = logging.getLogger(__name__)

MIGRATED_TABLES = (
    "stored_events",
    "projector_tracking",
    "relay_tracking",
    "render_jobs",
    "render_counts",
    "png_blobs",
    "render_cache",
)
"""Every table `dsl2png migrate` creates; one process uses a part, but migrate makes them all at once."""


CONNECT_CHECKS = (
    "check that Postgres runs there and accepts connections from this host, and the user, "
    "password and database of DATABASE_URL"
)


class StartupError(Exception):
    """A process cannot start: the message is one line that says what is wrong and what to do."""


class DatabaseConnectError(StartupError):
    """The start-up check could not connect to the database at all (nothing listening, refused,
    timed out, or the server turned the login down): the operator commands exit with their own
    code for it (dsl2png.outage_exit), the services with 1."""


def database_location(url: str) -> str:
    """host:port/database of a database URL, as it may be printed (no user or password)."""
    parts = urlsplit(url)
    port = parts.port or 5432
    return f"{parts.hostname or 'localhost'}:{port}{parts.path or '/'}"


def one_line(exc: BaseException) -> str:
    """An exception's text on one line (psycopg's span several, with a blank one)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def check_database(
    url: str, schema: str | None, *, connect_timeout_s: float, tables: Sequence[str] = MIGRATED_TABLES
) -> None:
    """Connect once (within `connect_timeout_s`), check that `tables` exist in `schema` and that
    the schema's migration revision is the one this release needs.

    Raises `StartupError` naming host:port/database and psycopg's reason (database missing,
    password refused, nothing listening), or the schema and `dsl2png migrate` for missing tables
    or an older revision, or a newer revision (the code rolled back, the schema not). Tables the
    application made itself (no alembic_version: CREATE_TABLE) are not checked for a revision."""
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    where = database_location(url)
    try:
        with psycopg.connect(conninfo, connect_timeout=max(1, round(connect_timeout_s))) as conn:
            in_schema = schema or str(conn.execute("SELECT current_schema()").fetchone()[0])  # type: ignore[index]
            missing = [
                table
                for table in tables
                if conn.execute("SELECT to_regclass(%s)", [f'"{in_schema}"."{table}"']).fetchone()[0] is None  # type: ignore[index]
            ]
            migrated, revision = stored_revision(conn, in_schema) if tables else (False, None)
    except psycopg.Error as exc:
        reason = without_password(one_line(exc), url).rstrip(".")  # libpq quotes a password it cannot parse
        raise DatabaseConnectError(
            f"cannot connect to the database at {where}: {reason}; {CONNECT_CHECKS}"
        ) from None
    if missing:
        which = "all of them" if len(missing) == len(tables) else ", ".join(missing)
        raise StartupError(
            f"tables missing in schema {in_schema} of {where} ({which}): run `dsl2png migrate` "
            "first, with the same DATABASE_URL and DSL2PNG_DATABASE_SCHEMA"
        )
    mismatch = revision_mismatch(in_schema, revision, where=where) if migrated else None
    if mismatch:
        raise StartupError(mismatch)


def check_database_reachable(url: str, *, connect_timeout_s: float) -> None:
    """Connect once, for commands that need the database but not the tables (`dsl2png migrate`)."""
    check_database(url, None, connect_timeout_s=connect_timeout_s, tables=())


async def connect_nats(
    url: str, *, name: str, deadline_s: float, retry_s: float = 2.0, **options: Any
) -> Any:
    """A NATS client connected to `url`, retried every `retry_s` until `deadline_s` has passed.

    Each failed attempt is one warning ("cannot reach NATS at ...: reason (retrying)"), not the
    client's traceback; past the deadline a `StartupError` with the last reason. Once connected,
    the client reconnects for ever, and `ConnectionLog` says when it lost NATS and when it is back. Each attempt is a
    client that gives up on its own (the client's endless start-up retries cannot be interrupted
    cleanly: a signal was lost in them)."""
    import nats
    import nats.errors

    from dsl2png.nats_events import ConnectionLog

    last = ["no answer"]
    shown = without_credentials(url)
    running = ConnectionLog(shown, retry_s)

    async def error(exc: Exception) -> None:
        if running.client is not None:
            await running.error(exc)
        elif not isinstance(exc, nats.errors.NoServersError):
            last[0] = one_line(exc)

    loop = asyncio.get_running_loop()
    give_up_at = loop.time() + deadline_s
    while True:
        try:
            client = await nats.connect(
                url, name=name, error_cb=error, disconnected_cb=running.disconnected,
                reconnected_cb=running.reconnected, max_reconnect_attempts=1, reconnect_time_wait=0,
                connect_timeout=max(0.5, min(2.0, give_up_at - loop.time())), **options,
            )  # fmt: skip
        except (OSError, TimeoutError, nats.errors.Error) as exc:
            if not isinstance(exc, nats.errors.NoServersError):
                last[0] = one_line(exc)
        else:
            client.options["max_reconnect_attempts"] = -1  # from now on, ride out outages
            client.options["reconnect_time_wait"] = retry_s
            running.client = client
            return client
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise asyncio.CancelledError  # the client swallowed a cancel (a signal) mid-attempt
        if loop.time() + retry_s > give_up_at:
            raise StartupError(
                f"cannot reach NATS at {shown}: {last[0]} (gave up after {deadline_s:g}s; DSL2PNG_STARTUP_TIMEOUT_S)"
            )
        log.warning("cannot reach NATS at %s: %s (retrying)", shown, last[0])
        await asyncio.sleep(retry_s)


async def until_stopped(work: Awaitable[Any], stop: asyncio.Event) -> bool:
    """Await `work` unless `stop` is set first (then cancel it): True when the work finished."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
    if task.done():
        task.result()
        return True
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return False
