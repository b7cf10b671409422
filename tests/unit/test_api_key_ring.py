"""The API key ring's rules, on the aggregate alone: ids and secrets issued once, a revocation
recorded once, a row of the former table imported once (and its later revocation added)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kernel.api_keys import RING_ID, ApiKeyRing

CREATED = datetime(2026, 3, 1, tzinfo=UTC)


def names(ring: ApiKeyRing) -> list[str]:
    return [type(event).__name__ for event in ring.collect_events()]


def test_a_key_is_issued_once_and_revoked_once() -> None:
    ring = ApiKeyRing.start()
    ring.issue("k1", "ci", "a" * 64, "operator")
    with pytest.raises(ValueError, match="exists already"):
        ring.issue("k1", "again", "b" * 64, "operator")
    with pytest.raises(ValueError, match="has this secret already"):
        ring.issue("k2", "same secret", "a" * 64, "operator")
    assert ring.active_key("a" * 64) == "k1"
    assert ring.revoke("k1", "operator:bob", "rotated")
    assert not ring.revoke("k1", "operator:bob") and not ring.revoke("nope", None)
    assert ring.active_key("a" * 64) is None
    assert ring.id == RING_ID
    assert names(ring) == ["KeyRingStarted", "ApiKeyIssued", "ApiKeyRevoked"]
    [key] = ring.listed()
    assert (key.created_by, key.revoked_by, key.revoke_reason, key.imported) == (
        "operator", "operator:bob", "rotated", False,
    )  # fmt: skip


def test_a_table_row_is_imported_once_with_its_own_times() -> None:
    ring = ApiKeyRing.start()
    assert ring.import_row("k1", "old", "c" * 64, CREATED, None) == 1
    assert ring.import_row("k1", "old", "c" * 64, CREATED, None) == 0
    revoked_at = datetime(2026, 4, 1, tzinfo=UTC)
    assert ring.import_row("k1", "old", "c" * 64, CREATED, revoked_at) == 1  # revoked meanwhile
    assert ring.import_row("k1", "old", "c" * 64, CREATED, revoked_at) == 0
    [key] = ring.listed()
    assert (key.created_at, key.revoked_at, key.imported, key.created_by) == (CREATED, revoked_at, True, None)
    assert names(ring) == ["KeyRingStarted", "ApiKeyIssued", "ApiKeyRevoked"]
