"""The ApiKeyRing aggregate: every API key issued and revoked, as versioned past-tense events.

All the keys of a deployment are one aggregate (one stream, `RING_ID`), not one each: keys are
few and rarely written, and one stream is what every reader needs in one read: verification
(which key has this hash?), `keys list`, and an auditor's trail in the order things happened.
A key's secret is never recorded, only its SHA-256.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID

from eventsourcing.domain import Aggregate

RING_ID = UUID("6b657973-6473-4c32-8e70-6e672d6b6579")
"""The one key ring's id (fixed: every process finds the same stream without a look-up)."""


@dataclass(frozen=True, slots=True)
class KeyState:
    """One key as its events say now."""

    id: str
    name: str
    sha256: str
    created_at: datetime
    created_by: str | None
    imported: bool
    revoked_at: datetime | None = None
    revoked_by: str | None = None
    revoke_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class ApiKeyRing(Aggregate):
    """The deployment's API keys. Rules: a key id and a secret's hash are issued once; a key is
    revoked at most once (revoking it again records nothing)."""

    class KeyRingStarted(Aggregate.Created):
        """The ring's first event, recorded with the first key issued (or imported)."""

        class_version = 1

    class ApiKeyIssued(Aggregate.Event):
        """A key was made: its id (the caller's name for it in `keys revoke`, the jobs' owner),
        name, the SHA-256 (hex) of its secret, and who made it ('operator', 'operator:NAME').
        `imported`: copied from the api_keys table of a release before the event-sourced keys
        (migration 0010); then `created_at` is the table's time of creation and `issued_by` None
        (the table did not record who)."""

        class_version = 1
        key_id: str
        name: str
        sha256: str
        issued_by: str | None
        imported: bool = False
        created_at: datetime | None = None

        def apply(self, ring: ApiKeyRing) -> None:
            ring.keys[self.key_id] = KeyState(
                id=self.key_id,
                name=self.name,
                sha256=self.sha256,
                created_at=self.created_at or self.timestamp,
                created_by=self.issued_by,
                imported=self.imported,
            )
            ring.by_sha256[self.sha256] = self.key_id

    class ApiKeyRevoked(Aggregate.Event):
        """A key stopped working: who revoked it and why, as they said it (None when not said).
        `imported`: copied from the api_keys table (migration 0010), with the table's
        `revoked_at` (who and why unknown)."""

        class_version = 1
        key_id: str
        revoked_by: str | None
        reason: str | None = None
        imported: bool = False
        revoked_at: datetime | None = None

        def apply(self, ring: ApiKeyRing) -> None:
            key = ring.keys[self.key_id]
            ring.keys[self.key_id] = replace(
                key,
                revoked_at=self.revoked_at or self.timestamp,
                revoked_by=self.revoked_by,
                revoke_reason=self.reason,
            )

    def __init__(self) -> None:
        self.keys: dict[str, KeyState] = {}
        self.by_sha256: dict[str, str] = {}

    @classmethod
    def start(cls) -> ApiKeyRing:
        """A new, empty ring (saved with its first key)."""
        return cls._create(cls.KeyRingStarted, id=RING_ID)

    # -- commands ----------------------------------------------------------------------------

    def issue(self, key_id: str, name: str, sha256: str, issued_by: str | None) -> None:
        """Record a new key; ValueError if its id or its secret's hash is taken."""
        self._check_new(key_id, sha256)
        self.trigger_event(self.ApiKeyIssued, key_id=key_id, name=name, sha256=sha256, issued_by=issued_by)

    def revoke(self, key_id: str, revoked_by: str | None, reason: str | None = None) -> bool:
        """Record that the key stops working; False (nothing recorded) if there is no such key
        or it is revoked already."""
        key = self.keys.get(key_id)
        if key is None or not key.active:
            return False
        self.trigger_event(self.ApiKeyRevoked, key_id=key_id, revoked_by=revoked_by, reason=reason)
        return True

    def import_row(
        self, key_id: str, name: str, sha256: str, created_at: datetime, revoked_at: datetime | None
    ) -> int:
        """Record what the ring lacks of one api_keys table row (the key, its revocation), marked
        imported; how many events that was (0: the ring already says what the row says)."""
        recorded = 0
        if key_id not in self.keys:
            self._check_new(key_id, sha256)
            self.trigger_event(
                self.ApiKeyIssued, key_id=key_id, name=name, sha256=sha256, issued_by=None,
                imported=True, created_at=created_at,
            )  # fmt: skip
            recorded += 1
        if revoked_at is not None and self.keys[key_id].active:
            self.trigger_event(
                self.ApiKeyRevoked, key_id=key_id, revoked_by=None, imported=True, revoked_at=revoked_at
            )
            recorded += 1
        return recorded

    # -- queries -----------------------------------------------------------------------------

    def active_key(self, sha256: str) -> str | None:
        """The id of the active key whose secret has this hash, else None."""
        key_id = self.by_sha256.get(sha256)
        return key_id if key_id is not None and self.keys[key_id].active else None

    def listed(self) -> list[KeyState]:
        """Every key, oldest first."""
        return sorted(self.keys.values(), key=lambda key: (key.created_at, key.id))

    def _check_new(self, key_id: str, sha256: str) -> None:
        if key_id in self.keys:
            raise ValueError(f"an API key {key_id!r} exists already")
        if sha256 in self.by_sha256:
            raise ValueError(f"key {self.by_sha256[sha256]!r} has this secret already")


EVENT_CLASSES: tuple[type[Aggregate.Event], ...] = (
    ApiKeyRing.KeyRingStarted,
    ApiKeyRing.ApiKeyIssued,
    ApiKeyRing.ApiKeyRevoked,
)
"""Every event the key ring records."""
