"""API keys as events: made and revoked by operators, checked by the API, each secret shown once.

How it fits together, and why:

- The key ring (`kernel.api_keys.ApiKeyRing`, one stream in the event store renders use) is the
  only record of the keys. `keys create` appends ApiKeyIssued (id, name, who, the SHA-256 of the
  secret, never the secret) and `keys revoke` ApiKeyRevoked (who, why); nothing else is written,
  so there is no second copy to fall out of step (no dual write), the trail says who made or
  revoked each key and when, and no rebuild of the read models can lose a key.
- Verification and `keys list` read the ring from the event store, not from a table the projector
  keeps: a key works, and is listed, the moment `keys create` returns, whether a projector runs
  or lags (scripts, the README and compose's one-off `keys create` use the key at once), and a
  stopped projector cannot keep a revoked key working. Keys are few, so the ring is one short
  stream: the API holds it in memory and reads only the events recorded since (one query by
  primary key), at most every `cache_ttl_s` for a secret it knows (a revocation made elsewhere
  takes effect within that, 5 s) and at once for one it does not (a key made a moment ago).
- Migration 0010 copied the former `api_keys` table into the ring (events marked `imported`, with
  the table's times) and dropped it; going down to 0009 writes the table back from the ring.
- The embedded mode (SQLite) has no keys: DSL2PNG_AUTH=auto is off without Postgres, and the
  `keys` commands need DATABASE_URL.
"""

from __future__ import annotations

import builtins
import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from typing import Any
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import IntegrityError

from kernel.api_keys import RING_ID, ApiKeyRing, KeyState

KEY_PREFIX = "d2p"
CONFLICT_RETRIES = 5
ApiKey = KeyState
"""A key as `keys list` shows it (its state in the ring)."""


def hash_secret(secret: str) -> str:
    """Keys are 256-bit random strings, so a plain SHA-256 is enough (no password stretching)."""
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiKeyStore:
    """The key ring's commands (create, revoke), its listing and trail, and `verify` for the API.

    `events`: the application whose event store holds the ring (RenderJobs), or a function that
    gives it once it is open (the API's middleware is made before its runtime)."""

    def __init__(
        self, events: Application[UUID] | Callable[[], Application[UUID]], *, cache_ttl_s: float = 5.0
    ) -> None:
        self._events = (lambda: events) if isinstance(events, Application) else events
        self.cache_ttl_s = cache_ttl_s
        self._ring: ApiKeyRing | None = None
        self._read_at = float("-inf")
        self._lock = threading.Lock()

    # -- commands ----------------------------------------------------------------------------

    def create(self, name: str, *, by: str | None = "operator") -> tuple[KeyState, str]:
        """A new key and its secret; the secret is not stored and cannot be shown again."""
        if not name.strip():
            raise ValueError(
                "a key needs a name that says who or what it is for (it is shown by `keys list`)"
            )
        key_id = secrets.token_hex(6)
        secret = f"{KEY_PREFIX}_{key_id}_{secrets.token_urlsafe(32)}"

        def issue(ring: ApiKeyRing) -> bool:
            ring.issue(key_id, name, hash_secret(secret), by)
            return True

        return self._decide(issue).keys[key_id], secret

    def revoke(self, key_id: str, *, by: str | None = "operator", reason: str | None = None) -> bool:
        """Record that the key stops working; False if there is no active key `key_id`."""
        revoked = False

        def decide(ring: ApiKeyRing) -> bool:
            nonlocal revoked
            revoked = ring.revoke(key_id, by, reason)
            return revoked

        self._decide(decide)
        return revoked

    # -- queries -----------------------------------------------------------------------------

    def list(self) -> list[KeyState]:
        """Every key, oldest first, as the event store says now."""
        ring = self._load()
        return ring.listed() if ring is not None else []

    def history(self) -> builtins.list[dict[str, Any]]:
        """The ring's events in order, as the audit trail shows a job's (never a secret)."""
        from dsl2png.event_store import event_record

        return [event_record(event) for event in self._events().events.get(RING_ID)]

    def verify(self, secret: str) -> str | None:
        """The key id for a valid, unrevoked secret; None otherwise."""
        digest = hash_secret(secret)
        with self._lock:
            if time.monotonic() - self._read_at < self.cache_ttl_s and self._ring is not None:
                key_id = self._ring.active_key(digest)
                if key_id is not None:
                    return key_id
        self._catch_up()
        with self._lock:
            return self._ring.active_key(digest) if self._ring is not None else None

    # -- helpers -----------------------------------------------------------------------------

    def _load(self) -> ApiKeyRing | None:
        try:
            ring: Any = self._events().repository.get(RING_ID)
        except AggregateNotFoundError:
            return None
        assert isinstance(ring, ApiKeyRing)
        return ring

    def _decide(self, command: Callable[[ApiKeyRing], bool]) -> ApiKeyRing:
        """Apply `command` to the ring (a new one if none was recorded) and save what it
        recorded; a concurrent `keys` command makes the save conflict: decide again."""
        for _ in range(CONFLICT_RETRIES):
            ring = self._load() or ApiKeyRing.start()
            if not command(ring):
                return ring
            try:
                self._events().save(ring)
            except IntegrityError:
                continue
            self._catch_up()  # this process's own check sees its change at once
            return ring
        raise IntegrityError("the API key ring kept changing under concurrent writers")

    def _catch_up(self) -> None:
        """Apply to the cached ring the events recorded since it was read."""
        started = time.monotonic()
        with self._lock:
            version = self._ring.version if self._ring is not None else None
        recorded: builtins.list[Any] = list(self._events().events.get(RING_ID, gt=version))
        with self._lock:
            for event in recorded:
                # another thread may have applied some of these meanwhile
                if event.originator_version > (self._ring.version if self._ring is not None else 0):
                    self._ring = event.mutate(self._ring)
            self._read_at = max(self._read_at, started)
