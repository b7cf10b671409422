"""Answer at once while Postgres is unreachable, and use it again at once when it is back.

With Postgres refusing connections, a request with an API key waited 301.8 s for its 503: each
pool checkout waited out the pool's timeout (30 s) for a connection the pool could not make, and
the event store library retries a failed read or write ten times, each waiting again. Those
requests held the threads the API runs its database calls in, so others queued behind them; and
once Postgres was back the first requests still took 40-47 s, because the pool retries a failed
connection after a delay that doubles on each failure (to minutes) and makes no other meanwhile.

`guard_pool` changes that on each pool the services make:

- a checkout waits at most `wait_s` for a connection, and a connection attempt as long;
- once a connection attempt has failed, a checkout that finds no connection in the pool does
  not wait: it raises `DatabaseUnreachableError` at once (a 503 `database_unavailable`; a pooled
  connection still there is used, or found dead and dropped, as before), except that once in
  `PROBE_INTERVAL_S` one request tries to connect first (refused, that takes milliseconds; it
  waits `wait_s` at most). When that works, the pool serves requests again;
- the pool's own reconnection gives up after a failed attempt (and an immediate second one)
  instead of backing off: the next checkout makes a connection, so none waits on a delayed retry.

The gate wraps the pool's `getconn` and its `_connect` (the connection factory the library's pool
already overrides) on the instance: psycopg_pool offers no hook that sees a connection attempt
fail, nor a way to make a waiting checkout give up when one does."""

from __future__ import annotations

import math
import threading
import time
from typing import Any

from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool

from dsl2png.db_errors import DatabaseUnreachableError
from kernel.errors import first_line

DEFAULT_WAIT_S = 3.0
"""A checkout's longest wait for a connection (`DSL2PNG_DATABASE_WAIT_S` for the API)."""
PROBE_INTERVAL_S = 0.5
"""While Postgres is unreachable, how often a request tries to connect; the others answer at once."""


class OutageGate:
    """Whether the pool's last connection attempt failed, and the checkout that tries again."""

    def __init__(self, pool: ConnectionPool[Any], wait_s: float) -> None:
        self.pool = pool
        self.wait_s = wait_s
        self.failure: BaseException | None = None
        self.failed_at = float("-inf")
        self._trying = threading.Lock()

    def connected(self) -> None:
        self.failure = None

    def failed(self, exc: BaseException) -> None:
        self.failure, self.failed_at = exc, time.monotonic()

    def let_through(self) -> None:
        """Return when the pool may be asked for a connection; raise DatabaseUnreachableError
        while the last connection attempt failed, the pool holds none, and one made now fails
        too (or is not made: another request is trying, or one tried within PROBE_INTERVAL_S)."""
        if self.failure is None or self.pool.get_stats().get("pool_available", 0):
            return  # a failed attempt to grow the pool (Postgres full, say) leaves those it has
        if not self._trying.acquire(blocking=False):
            raise self._unreachable()
        try:
            if self.failure is None:
                return
            if time.monotonic() - self.failed_at < PROBE_INTERVAL_S:
                raise self._unreachable()
            try:
                conn = self.pool._connect(timeout=self.wait_s)  # records its outcome (guard_pool)
            except Exception:
                raise self._unreachable() from None
            conn.close()  # the pool makes its own at the checkout that follows
        finally:
            self._trying.release()

    def _unreachable(self) -> DatabaseUnreachableError:
        return DatabaseUnreachableError(first_line(self.failure) if self.failure else "connection failed")


def guard_pool(pool: ConnectionPool[Any], wait_s: float = DEFAULT_WAIT_S) -> OutageGate:
    """Bound the waits of `pool` by `wait_s` and put an `OutageGate` in front of it (see the
    module); call before its first checkout. A `connect_timeout` in the URL is kept."""
    gate = OutageGate(pool, wait_s)
    pool.timeout = wait_s
    pool.reconnect_timeout = 0.0
    named = conninfo_to_dict(pool.conninfo) if isinstance(pool.conninfo, str) else {}
    if isinstance(pool.kwargs, dict) and "connect_timeout" not in {*named, *pool.kwargs}:
        pool.kwargs["connect_timeout"] = max(2, math.ceil(wait_s))  # libpq counts whole seconds
    connect, getconn = pool._connect, pool.getconn

    def guarded_connect(timeout: float | None = None) -> Any:
        try:
            conn = connect(timeout)
        except Exception as exc:
            gate.failed(exc)
            raise
        gate.connected()
        return conn

    def guarded_getconn(timeout: float | None = None) -> Any:
        gate.let_through()
        return getconn(timeout)

    pool._connect = guarded_connect  # type: ignore[method-assign]
    pool.getconn = guarded_getconn  # type: ignore[method-assign]
    return gate
