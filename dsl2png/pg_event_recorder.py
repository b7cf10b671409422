"""The Postgres event recorder with a one-round-trip insert.

The library's recorder inserts events with five pipelined statements per transaction (set the
lock timeout, lock the table, notify, insert, commit), and dumps the events as an array of a
composite type, in Python, as text. Measured here: 2.7-2.8 ms and 1.8 ms of client CPU per save.
Every render saves three times (requested, started, completed).

This recorder calls one function, `dsl2png_insert_events`, with four plain arrays (binary
parameters): it takes the same EXCLUSIVE table lock, so notification ids are still issued in
commit order (readers tailing the log never skip a gap filled later), notifies the same channel
and runs the same INSERT, all in the one statement's transaction. Measured: 1.3-1.4 ms and 0.7 ms
of client CPU per save. (The library's own `POSTGRES_ENABLE_DB_FUNCTIONS` function makes one
round trip too, but it does not lock the table, so it is not used.)

The notification's payload is the topics of the events committed (space-separated), so a
follower that only cares about some events (the relay: requests; the API: job endings) is not
woken by the others (`dsl2png.commit_listener`).

The function is created by migration 0003 (rewritten by 0006), or by `create_table()` where the
application creates its tables (tests, CREATE_TABLE=y). On a database not migrated yet (new code
rolled out before `dsl2png migrate`), the recorder logs a warning once and saves with the
library's insert.

The function's body names no schema: a schema dumped and restored under another name (or renamed
with ALTER SCHEMA) must write into itself, not into the schema it was copied from. The recorder
calls the function in the configured schema and sets each of its connections' search_path to
that schema once, so the body's unqualified `stored_events` is the configured schema's table.

The channel is the schema's own (`commit_channel`, rewritten so by migration 0011): the library
names it after the table alone, which is `stored_events` in every schema, so a commit in one
schema woke the followers of every other schema on the same database (two deployments sharing a
database, or tests running side by side). The function works its channel out from
`current_schema()` at each call, for the same reason that it names no schema.
"""

from __future__ import annotations

import hashlib
import logging
import weakref
from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import ProgrammingError, StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder
from psycopg.sql import SQL, Composed, Identifier, Literal

log = logging.getLogger(__name__)

INSERT_FUNCTION = "dsl2png_insert_events"
MAX_CHANNEL_BYTES = 63
"""Postgres' longest identifier (NAMEDATALEN - 1): pg_notify refuses a longer channel name."""


def commit_channel(schema: str, events_table: str) -> str:
    """The channel the event store of `schema` notifies after each commit: `<table>_<schema>`,
    or, where that is longer than Postgres allows, `<table>_<md5 of the schema>` (the insert
    function computes the same from its `current_schema()`)."""
    name = f"{events_table}_{schema}"
    if len(name.encode()) <= MAX_CHANNEL_BYTES:
        return name
    return f"{events_table}_{hashlib.md5(schema.encode(), usedforsecurity=False).hexdigest()}"


def create_insert_function_sql(schema: str, events_table: str) -> Composed:
    """CREATE OR REPLACE of the insert function in `schema`, inserting into `events_table` (not
    schema-qualified: the caller's search_path names the schema) and notifying the channel of
    the schema it inserts into (`commit_channel`, computed from `current_schema()`)."""
    return SQL(
        "CREATE OR REPLACE FUNCTION {schema}.{function}"
        "(ids uuid[], versions bigint[], topics text[], states bytea[]) "
        "RETURNS SETOF bigint LANGUAGE plpgsql AS $BODY$DECLARE "
        "commit_channel text := {prefix} || current_schema(); BEGIN "
        "IF octet_length(commit_channel) > {max_bytes} THEN "
        "commit_channel := {prefix} || md5(current_schema()); END IF; "
        "LOCK TABLE {table} IN EXCLUSIVE MODE; "
        "PERFORM pg_notify(commit_channel, (SELECT string_agg(DISTINCT t, ' ') FROM unnest(topics) t)); "
        "RETURN QUERY INSERT INTO {table} (originator_id, originator_version, topic, state) "
        "SELECT * FROM unnest(ids, versions, topics, states) RETURNING {table}.notification_id; "
        "END;$BODY$"
    ).format(
        schema=Identifier(schema),
        function=Identifier(INSERT_FUNCTION),
        table=Identifier(events_table),
        prefix=Literal(f"{events_table}_"),
        max_bytes=Literal(MAX_CHANNEL_BYTES),
    )


class OneTripPostgresRecorder(PostgresApplicationRecorder):
    """`PostgresApplicationRecorder` whose `insert_events` is one statement (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        schema = self.datastore.schema or "public"
        # The library's own insert (the fallback below) and LISTENers read this name too.
        self.channel_name = commit_channel(schema, self.events_table_name)
        self._create_insert_function = create_insert_function_sql(schema, self.events_table_name)
        self._call_insert_function = SQL(
            "SELECT {function}.notification_id FROM {schema}.{function}(%s, %s, %s, %s) "
            "AS {function}(notification_id)"
        ).format(schema=Identifier(schema), function=Identifier(INSERT_FUNCTION))
        self._set_search_path = SQL("SELECT set_config('search_path', {schema}, false)").format(
            schema=Literal('"' + schema.replace('"', '""') + '"')
        )
        self._search_path_set: weakref.WeakSet[Any] = weakref.WeakSet()
        self._function_missing = False

    def create_table(self) -> None:
        super().create_table()
        with self.datastore.get_connection() as conn:
            conn.execute(self._create_insert_function)

    def insert_events(self, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Sequence[int] | None:
        if self._function_missing or self.datastore.lock_timeout or self.datastore.enable_db_functions:
            return super().insert_events(stored_events, **kwargs)  # settings the function ignores
        if not stored_events:
            return []
        params = (
            [e.originator_id for e in stored_events],
            [e.originator_version for e in stored_events],
            [e.topic for e in stored_events],
            [e.state for e in stored_events],
        )
        # The pool's connections are in autocommit mode: the statement is its own transaction,
        # and the table lock is held until it commits. A duplicate (originator_id, version)
        # raises the library's IntegrityError, as the library's insert does.
        try:
            with self.datastore.get_connection() as conn:
                if conn not in self._search_path_set:  # once per pooled connection
                    conn.execute(self._set_search_path)
                    self._search_path_set.add(conn)
                cursor = conn.execute(self._call_insert_function, params, prepare=True, binary=True)
                return [row["notification_id"] for row in cursor.fetchall()]
        except ProgrammingError as exc:
            if INSERT_FUNCTION not in str(exc):
                raise
            # The failed statement was its own transaction: nothing was inserted.
            log.warning(
                "the event store has no %s function (run `dsl2png migrate`); "
                "saving with the slower library insert until restarted",
                INSERT_FUNCTION,
            )
            self._function_missing = True
            return super().insert_events(stored_events, **kwargs)
