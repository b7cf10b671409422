"""Migration 0010's move of the former `api_keys` table into the API key ring, and back.

Run inside the migration's transaction, on its connection: the events are recorded (through the
store's own insert function, as the application records them) and the table dropped together, or
neither. Each row becomes ApiKeyIssued, and ApiKeyRevoked if it was revoked, marked `imported`
with the table's times; a row the ring already has (a schema taken down to 0009 and up again)
adds only what the ring lacks (a revocation made meanwhile), so no key is imported twice."""

from __future__ import annotations

from typing import Any

from eventsourcing.persistence import Mapper, StoredEvent

from kernel.api_keys import RING_ID, ApiKeyRing


def event_mapper() -> Mapper[Any]:
    """The mapper RenderJobs stores events with (its transcodings, no compression or cipher in
    either mode), made without a database."""
    from dsl2png.event_store import RenderJobs

    app = RenderJobs(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    try:
        return app.mapper
    finally:
        app.close()


def recorded_ring(conn: Any, mapper: Mapper[Any]) -> ApiKeyRing | None:
    """The ring as the events in `stored_events` (found through the search path) say, or None."""
    rows = conn.execute(
        "SELECT originator_version, topic, state FROM stored_events WHERE originator_id = %s "
        "ORDER BY originator_version",
        (RING_ID,),
    ).fetchall()
    ring: Any = None
    for version, topic, state in rows:
        event: Any = mapper.to_domain_event(StoredEvent(RING_ID, version, topic, bytes(state)))
        ring = event.mutate(ring)
    return ring


def import_table(conn: Any) -> int:
    """Record in the ring what it lacks of the `api_keys` table's rows; how many events that was."""
    mapper = event_mapper()
    ring = recorded_ring(conn, mapper)
    rows = conn.execute("SELECT id, name, hash, created_at, revoked_at FROM api_keys ORDER BY created_at, id")
    pending = ring or ApiKeyRing.start()
    imported = sum(pending.import_row(*row) for row in rows.fetchall())
    if not imported:
        return 0
    stored = [mapper.to_stored_event(event) for event in pending.collect_events()]
    conn.execute(
        "SELECT dsl2png_insert_events(%s::uuid[], %s::bigint[], %s::text[], %s::bytea[])",
        (
            [event.originator_id for event in stored],
            [event.originator_version for event in stored],
            [event.topic for event in stored],
            [event.state for event in stored],
        ),
    )
    return imported


def write_table(conn: Any) -> int:
    """Fill an empty `api_keys` table from the ring (a downgrade to 0009); how many rows."""
    ring = recorded_ring(conn, event_mapper())
    keys = ring.listed() if ring is not None else []
    for key in keys:
        conn.execute(
            "INSERT INTO api_keys (id, name, hash, created_at, revoked_at) VALUES (%s, %s, %s, %s, %s)",
            (key.id, key.name, key.sha256, key.created_at, key.revoked_at),
        )
    return len(keys)
