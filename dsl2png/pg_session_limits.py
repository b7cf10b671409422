"""A statement timeout and TCP keepalives on every pooled Postgres connection the processes make.

Without them a hung query (a lock never released, a plan gone wrong) or a half-open connection
(a NAT or a load balancer that dropped it silently, a primary that vanished in a failover) held
a worker's, the projector's or an API thread's connection for ever: the client waits for an
answer that never comes, and TCP alone gives up after about two hours (net.ipv4.tcp_keepalive_time)
or, with unacknowledged data, after some 15 minutes of retransmissions.

- `statement_timeout`, set on each new connection: Postgres cancels a statement that runs longer
  (`QueryCanceled`, SQLSTATE 57014: "canceling statement due to statement timeout"), waits for a
  lock included. The event store's insert takes an exclusive table lock, so one stuck writer
  would otherwise stop every other.
- keepalives: the client probes a connection idle for `keepalive_s`, then every third of it,
  and drops it after three unanswered probes; `tcp_user_timeout` drops it, too, when data it
  sent stays unacknowledged for as long (keepalives only probe an idle connection). A pooled connection found dead is replaced
  (dsl2png.pg_pool_check); the call that was using it fails as in any outage.

Options the URL gives itself (`?keepalives_idle=...`, `?options=-c statement_timeout=...`) are kept."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the settings import this module: it loads no database driver
    from psycopg_pool import ConnectionPool

DEFAULT_STATEMENT_TIMEOUT_S = 60.0
"""`DSL2PNG_DATABASE_STATEMENT_TIMEOUT_S`: far above any statement the services make (milliseconds;
a replay's or projector's batch, seconds), far below "for ever"."""
DEFAULT_KEEPALIVE_S = 30.0
"""`DSL2PNG_DATABASE_KEEPALIVE_S`: a dead connection is dropped within about twice this."""
KEEPALIVE_PROBES = 3


@dataclass(frozen=True)
class SessionLimits:
    """How long a statement may run and how soon a silent connection is given up (0: no limit,
    the server's or the system's default)."""

    statement_timeout_s: float = DEFAULT_STATEMENT_TIMEOUT_S
    keepalive_s: float = DEFAULT_KEEPALIVE_S

    def connect_options(self) -> dict[str, str]:
        """libpq connection parameters for the keepalives (none when they are off)."""
        if self.keepalive_s <= 0:
            return {}
        idle = max(1, math.ceil(self.keepalive_s))
        interval = max(1, math.ceil(idle / KEEPALIVE_PROBES))
        return {
            "keepalives": "1",
            "keepalives_idle": str(idle),
            "keepalives_interval": str(interval),
            "keepalives_count": str(KEEPALIVE_PROBES),
            "tcp_user_timeout": str((idle + interval * KEEPALIVE_PROBES) * 1000),  # milliseconds
        }

    def statement_timeout_ms(self) -> int:
        return max(0, round(self.statement_timeout_s * 1000))


def limit_sessions(pool: ConnectionPool[Any], limits: SessionLimits | None = None) -> None:
    """Give each connection `pool` makes from now on `limits` (default `SessionLimits()`); call
    before its first connection. The pool's own configure callback still runs first."""
    from psycopg.conninfo import conninfo_to_dict

    limits = limits or SessionLimits()
    named = conninfo_to_dict(pool.conninfo) if isinstance(pool.conninfo, str) else {}
    if isinstance(pool.kwargs, dict):
        for key, value in limits.connect_options().items():
            if key not in named and key not in pool.kwargs:
                pool.kwargs[key] = value
    timeout_ms = limits.statement_timeout_ms()
    given = isinstance(pool.kwargs, dict) and pool.kwargs.get("options")
    if not timeout_ms or "statement_timeout" in f"{named.get('options', '')} {given or ''}":
        return
    previous = pool._configure

    def configure(conn: Any) -> None:
        if previous is not None:
            previous(conn)
        conn.execute("SELECT set_config('statement_timeout', %s, false)", [f"{timeout_ms}ms"])
        if not conn.autocommit:
            conn.commit()  # the pool discards a connection its callback leaves in a transaction

    pool._configure = configure
