"""Redacting an erased job's stored RenderRequested in place: the one sanctioned change of a stored event.

An event store only appends, but an erasure (GDPR) must not leave the document in it. So, once
RenderErased is recorded, the job's first event is rewritten with the same fields, schema version
and position, its `source` emptied and its `warnings` (which may quote the document) dropped.
Everything else stays: ids, times, options, hashes (which reveal nothing of the document). The
rewritten event goes through the application's own mapper (transcoder, compressor, cipher), so it
reads back, and upcasts, like any other; replay projects it as before and then RenderErased
removes the job's row, live and replayed alike.
"""

from __future__ import annotations

import dataclasses
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import PostgresDatastore
from eventsourcing.sqlite import SQLiteDatastore
from psycopg import sql

from kernel.render_job import RenderJob

REDACTED_FIELDS: dict[str, Any] = {"source": "", "warnings": []}
"""What RenderRequested keeps of the document after an erasure."""


def redact_request(app: Any, job_id: UUID) -> bool:
    """Rewrite job `job_id`'s stored RenderRequested without its document; False if it held
    none any more (already redacted). `app` is a dsl2png.event_store.RenderJobs."""
    stored: list[StoredEvent] = list(app.recorder.select_events(job_id, lte=1, limit=1))
    if not stored:
        return False
    event = app.mapper.to_domain_event(stored[0])
    assert isinstance(event, RenderJob.RenderRequested)
    if all(getattr(event, name) == value for name, value in REDACTED_FIELDS.items()):
        return False
    redacted = dataclasses.replace(event, **REDACTED_FIELDS)  # type: ignore[type-var]
    state = app.mapper.to_stored_event(redacted).state
    _update_state(app.recorder, job_id, stored[0].originator_version, state)
    return True


def _update_state(recorder: Any, job_id: UUID, version: int, state: bytes) -> None:
    """UPDATE the one stored event's state, in the event table the recorder writes."""
    datastore = recorder.datastore
    table: str = recorder.events_table_name
    if isinstance(datastore, PostgresDatastore):
        name = sql.Identifier(datastore.schema, table) if datastore.schema else sql.Identifier(table)
        query = sql.SQL(
            "UPDATE {} SET state = %s WHERE originator_id = %s AND originator_version = %s"
        ).format(name)
        with datastore.transaction(commit=True) as curs:
            curs.execute(query, (state, job_id, version))
    elif isinstance(datastore, SQLiteDatastore):
        with datastore.transaction(commit=True) as curs:
            curs.execute(
                f"UPDATE {table} SET state = ? WHERE originator_id = ? AND originator_version = ?",
                (state, job_id.hex, version),  # the SQLite recorder stores ids as hex
            )
    else:
        raise TypeError(f"cannot redact events in {type(datastore).__name__}")
