"""Check pooled Postgres connections before reuse, but only those that sat idle.

After a Postgres restart or a network blip every pooled connection is dead, and without a check
each one failed one request (500) before the pool dropped it. A ping before every checkout fixes
that but costs a round trip per database call (6-9% of API and worker CPU in the service bench),
so only a connection idle for longer than `IDLE_CHECK_AFTER_S` is pinged: under load connections
come back within milliseconds and are reused unchecked, and after an outage (which leaves them
idle, or failing) each is checked and replaced before a request gets it."""

from __future__ import annotations

import time
import weakref
from typing import Any

from psycopg_pool import ConnectionPool

IDLE_CHECK_AFTER_S = 1.0


def check_idle_connections(pool: ConnectionPool[Any], idle_s: float = IDLE_CHECK_AFTER_S) -> None:
    """Ping a connection on checkout if it has been back in the pool for longer than `idle_s`
    (or was never used). When one fails, the others idle in the pool died with it (a restart, a
    network cut): `pool.check()` then replaces them all at once, so the pool's own retry (which
    waits a second between dead connections) does not run into each of them in turn.

    The callbacks are set on the pool made elsewhere (the eventsourcing library's, which only
    offers a ping on every checkout, POSTGRES_PRE_PING): psycopg_pool reads `_check` and `_reset`
    at each checkout and return and has no setter. A pool's own reset callback is kept."""
    returned_at: weakref.WeakKeyDictionary[Any, float] = weakref.WeakKeyDictionary()
    previous_reset = pool._reset

    def reset(conn: Any) -> None:
        if previous_reset is not None:
            previous_reset(conn)
        returned_at[conn] = time.monotonic()

    def check(conn: Any) -> None:
        since = returned_at.get(conn)
        if since is not None and time.monotonic() - since <= idle_s:
            return
        try:
            ConnectionPool.check_connection(conn)
        except Exception:
            pool.check()  # the other idle connections, replaced now rather than one per second
            raise

    pool._check = check
    pool._reset = reset
