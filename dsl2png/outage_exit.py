"""The operator commands' answer when Postgres cannot be reached: one line and exit code 4.

`replay`, `rebuild`, `migrate`, `keys`, `erase` and `retention` check the database before they
start (dsl2png.startup_checks), but Postgres can still go away (a restart, a failover, a full
`max_connections`) once they run: the pool then gave up after its wait with a traceback of the
library's retries, and exit 1, which `replay` documents as "the read models differ". Which
errors mean an outage is what the APIs already answer `database_unavailable` for
(dsl2png.db_errors); this turns them into the one line a start-up failure prints, with the
database's host:port/name (never its user or password) and what to check."""

from __future__ import annotations

from dsl2png.redact import without_password

DATABASE_UNAVAILABLE_EXIT = 4
"""The exit code of an operator command that could not connect to the database, or lost it."""
DATABASE_COMMANDS = frozenset({"replay", "rebuild", "migrate", "keys", "erase", "retention"})
"""The operator commands of the Postgres deployment (the services exit 1 and are restarted)."""
DATABASE_UNAVAILABLE_HELP = (
    f"Exit code {DATABASE_UNAVAILABLE_EXIT}: the database could not be reached or refused the "
    "connection, at the start or mid-way (one line names its host:port and what to check); "
    "run it again once Postgres answers."
)
"""What each operator command's --help says of the code."""
LOST_CHECKS = (
    "check that Postgres is up, reachable from this host and has connections to spare "
    "(max_connections), then run it again"
)
"""What to look at when the database answered the start-up check but not later: the address,
user and password worked, so it went away or ran out of connections."""


def outage_line(command: str, exc: BaseException, database_url: str | None) -> str | None:
    """The line to print for `exc` raised by `command` (`keys list`), or None when it is not a
    database outage of an operator command of the Postgres deployment (it keeps its traceback)."""
    if command.split(" ")[0] not in DATABASE_COMMANDS or database_url is None:
        return None
    from dsl2png.db_errors import outage_cause  # the database drivers: not for `dsl2png --help`
    from dsl2png.startup_checks import database_location, one_line

    cause = outage_cause(exc)
    if cause is None:
        return None
    reason = without_password(one_line(cause), database_url).rstrip(".")
    return (
        f"dsl2png {command}: lost the database at {database_location(database_url)} mid-way: "
        f"{reason}; {LOST_CHECKS}"
    )
