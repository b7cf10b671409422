"""API keys as events on the real Postgres: each create and revoke is an event of the key ring,
in order, with who and why and the secret's hash (never the secret); another process's check sees
a new key at once; the former api_keys table's rows are imported once by migration 0010 (and
written back going down); rebuilding and replaying the read models leaves the keys as they were."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from read_model_steps import empty_read_models

from dsl2png import migrate
from dsl2png.event_store import RenderJobs, make_render_jobs
from dsl2png.keys import ApiKeyStore, hash_secret
from kernel.api_keys import RING_ID
from projector.replay import replay
from projector.runner import start_projector

pytestmark = pytest.mark.integration


@pytest.fixture
def events(database_url: str, pg_schema: str, tmp_path: Path) -> Iterator[RenderJobs]:
    """The event store of a migrated schema, as the deployed processes open it."""
    migrate.upgrade(database_url, schema=pg_schema)
    app = make_render_jobs(database_url, tmp_path, create_tables=False, schema=pg_schema)
    yield app
    app.close()


def stored_states(url: str, schema: str) -> list[bytes]:
    with psycopg.connect(url) as conn:
        table = sql.Identifier(schema, "stored_events")
        return [bytes(row[0]) for row in conn.execute(sql.SQL("SELECT state FROM {}").format(table))]


def test_create_and_revoke_are_events_in_order_with_their_fields(
    events: RenderJobs, database_url: str, pg_schema: str
) -> None:
    keys = ApiKeyStore(events)
    key, secret = keys.create("ci-deploy", by="operator:alice")
    assert keys.verify(secret) == key.id
    assert keys.revoke(key.id, by="operator:bob", reason="laptop stolen")
    assert keys.verify(secret) is None
    assert not keys.revoke(key.id), "revoking twice records nothing"

    trail = keys.history()
    assert [(e["name"], e["position"]) for e in trail] == [
        ("KeyRingStarted", 1), ("ApiKeyIssued", 2), ("ApiKeyRevoked", 3),
    ]  # fmt: skip
    issued, revoked = trail[1]["data"], trail[2]["data"]
    assert issued == {
        "key_id": key.id, "name": "ci-deploy", "sha256": hash_secret(secret),
        "issued_by": "operator:alice", "imported": False, "created_at": None,
    }  # fmt: skip
    assert revoked == {
        "key_id": key.id, "revoked_by": "operator:bob", "reason": "laptop stolen", "imported": False,
        "revoked_at": None,
    }  # fmt: skip
    assert trail[1]["timestamp"] <= trail[2]["timestamp"]
    assert all(secret.encode() not in state for state in stored_states(database_url, pg_schema))

    [listed] = keys.list()
    assert (listed.id, listed.name, listed.created_by, listed.revoked_by) == (
        key.id, "ci-deploy", "operator:alice", "operator:bob",
    )  # fmt: skip
    assert listed.revoked_at is not None and listed.revoke_reason == "laptop stolen"


def test_another_process_check_sees_a_new_key_at_once_and_a_revocation_after_its_cache(
    events: RenderJobs, database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    """The API checks keys in its own process, with its own cached ring: a key made by `keys
    create` elsewhere works on the next request; a revocation, once the cache's time is over (0
    here, so that no test waits on a clock)."""
    api_events = make_render_jobs(database_url, tmp_path, create_tables=False, schema=pg_schema)
    try:
        api = ApiKeyStore(api_events, cache_ttl_s=0.0)
        cli = ApiKeyStore(events)
        assert api.verify("d2p_000000000000_nothing") is None  # the ring is not even started
        first, first_secret = cli.create("first")
        assert api.verify(first_secret) == first.id
        second, second_secret = cli.create("second")
        assert api.verify(second_secret) == second.id  # read since, not reloaded
        assert cli.revoke(first.id)
        assert api.verify(first_secret) is None
        assert api.verify(second_secret) == second.id
    finally:
        api_events.close()


def test_the_key_ring_is_no_render_job(events: RenderJobs) -> None:
    """The ring shares the store with the jobs: its trail (names, hashes) is not a job's to show."""
    from kernel.errors import JobNotFoundError

    ApiKeyStore(events).create("hidden")
    with pytest.raises(JobNotFoundError):
        events.history(RING_ID)
    with pytest.raises(JobNotFoundError):
        events.get(RING_ID)


def test_rebuilt_and_replayed_read_models_leave_every_key_as_it_was(
    events: RenderJobs, database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    keys = ApiKeyStore(events)
    kept, kept_secret = keys.create("kept")
    gone, gone_secret = keys.create("gone")
    job_id = uuid.uuid4()
    events.request(job_id=job_id, source="{}", options={}, cache_key="k", body_hash="h", owner=kept.id, warnings=[])  # fmt: skip
    keys.revoke(gone.id, reason="rotated")  # the store's last event is a key's
    before = keys.list()
    for rebuild in (False, True):
        if rebuild:
            empty_read_models(database_url, pg_schema, tmp_path)
        with start_projector(database_url, tmp_path, schema=pg_schema) as projector:
            # the projector tracks the key events too: it reaches the store's last event
            projector.wait_for_position(events.recorder.max_notification_id(), timeout=15)
            assert [job.id for job in projector.view.list_jobs(None, 10, None, None)[0]] == [str(job_id)]
        report = replay(database_url, tmp_path, schema=pg_schema, app=events)
        assert report.equal and report.behind == 0, report
    again = ApiKeyStore(events)
    assert again.list() == before
    assert again.verify(kept_secret) == kept.id and again.verify(gone_secret) is None


def legacy_row(
    conn: psycopg.Connection, schema: str, key_id: str, name: str, secret: str, *, revoked: bool
) -> None:
    """A key as `keys create` (and `keys revoke`) of 0009's release wrote it."""
    conn.execute(
        sql.SQL("INSERT INTO {} (id, name, hash, created_at, revoked_at) VALUES (%s, %s, %s, %s, %s)").format(
            sql.Identifier(schema, "api_keys")
        ),
        (
            key_id, name, hash_secret(secret), datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
            datetime(2026, 4, 1, 12, 0, tzinfo=UTC) if revoked else None,
        ),
    )  # fmt: skip


def test_migration_0010_imports_the_table_once_and_going_down_writes_it_back(
    database_url: str, pg_schema: str, tmp_path: Path
) -> None:
    migrate.upgrade(database_url, "0009", schema=pg_schema)
    with psycopg.connect(database_url) as conn:
        legacy_row(conn, pg_schema, "aaaaaaaaaaaa", "old-active", "d2p_aaaaaaaaaaaa_s1", revoked=False)
        legacy_row(conn, pg_schema, "bbbbbbbbbbbb", "old-revoked", "d2p_bbbbbbbbbbbb_s2", revoked=True)
    migrate.upgrade(database_url, schema=pg_schema)

    app = make_render_jobs(database_url, tmp_path, create_tables=False, schema=pg_schema)
    try:
        keys = ApiKeyStore(app)
        trail = keys.history()
        assert [(e["name"], e["data"].get("key_id"), e["data"].get("imported")) for e in trail] == [
            ("KeyRingStarted", None, None),
            ("ApiKeyIssued", "aaaaaaaaaaaa", True),
            ("ApiKeyIssued", "bbbbbbbbbbbb", True),
            ("ApiKeyRevoked", "bbbbbbbbbbbb", True),
        ]
        assert trail[1]["data"]["created_at"] == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
        assert trail[1]["data"]["issued_by"] is None and trail[3]["data"]["revoked_by"] is None
        assert keys.verify("d2p_aaaaaaaaaaaa_s1") == "aaaaaaaaaaaa"
        assert keys.verify("d2p_bbbbbbbbbbbb_s2") is None
        listed = {key.id: key for key in keys.list()}
        assert listed["aaaaaaaaaaaa"].created_at == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
        assert listed["bbbbbbbbbbbb"].revoked_at == datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
        new, _ = keys.create("made-after")
        keys.revoke(new.id)
    finally:
        app.close()

    # down: the table comes back from the ring, the key made since included
    migrate.downgrade(database_url, "0009", schema=pg_schema)
    with psycopg.connect(database_url) as conn:
        table = sql.Identifier(pg_schema, "api_keys")
        rows = conn.execute(
            sql.SQL("SELECT id, revoked_at IS NOT NULL FROM {} ORDER BY id").format(table)
        ).fetchall()
        assert rows == sorted([("aaaaaaaaaaaa", False), ("bbbbbbbbbbbb", True), (new.id, True)])
        # what 0009's release does meanwhile: revoke a key, make another
        conn.execute(sql.SQL("UPDATE {} SET revoked_at = now() WHERE id = 'aaaaaaaaaaaa'").format(table))
        legacy_row(conn, pg_schema, "cccccccccccc", "made-at-0009", "d2p_cccccccccccc_s3", revoked=False)
    migrate.upgrade(database_url, schema=pg_schema)

    app = make_render_jobs(database_url, tmp_path, create_tables=False, schema=pg_schema)
    try:
        keys = ApiKeyStore(app)
        added = [(e["name"], e["data"]["key_id"]) for e in keys.history()[len(trail) + 2 :]]
        assert added == [("ApiKeyRevoked", "aaaaaaaaaaaa"), ("ApiKeyIssued", "cccccccccccc")]
        assert sorted(key.id for key in keys.list()) == sorted(
            ["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc", new.id]
        )
        assert keys.verify("d2p_aaaaaaaaaaaa_s1") is None
        assert keys.verify("d2p_cccccccccccc_s3") == "cccccccccccc"
    finally:
        app.close()
