"""What a lost database connection looks like, so that an outage is told in one line.

Postgres going away (a restart, a network cut, a full pool) is an expected, temporary state of a
deployed service: the processes retry on their own. A traceback for each retry buries the one
line an operator needs, so outages are logged as their first line and other failures, which are
bugs or surprises, keep their traceback."""

from __future__ import annotations

import eventsourcing.persistence
import psycopg


class DatabaseUnreachableError(Exception):
    """A connection to Postgres failed a moment ago: raised by a pool at once instead of waiting
    for a connection it cannot make (dsl2png.pg_outage_gate). Not a driver error on purpose: the
    event store library retries those ten times, each retry waiting again."""


DATABASE_UNREACHABLE_ERRORS: tuple[type[Exception], ...] = (
    DatabaseUnreachableError,
    psycopg.OperationalError,  # also psycopg_pool.PoolTimeout: no connection could be had
    eventsourcing.persistence.OperationalError,
    eventsourcing.persistence.InterfaceError,
)
"""What the database drivers raise when Postgres cannot be reached (down, restarting, network)."""


def is_database_outage(exc: BaseException) -> bool:
    """True when `exc` (or what it was raised from) says the database could not be reached."""
    return outage_cause(exc) is not None


def outage_cause(exc: BaseException) -> BaseException | None:
    """The innermost error of `exc`'s chain that says the database could not be reached (the
    driver's own, which names the reason, rather than a library's wrapper of it), or None."""
    seen: set[int] = set()
    found: BaseException | None = None
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, DATABASE_UNREACHABLE_ERRORS):
            found = current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return found


def traceback_unless_outage(exc: BaseException) -> BaseException | None:
    """`exc_info` for a log call: the exception, except for a database outage (one line is enough)."""
    return None if is_database_outage(exc) else exc
