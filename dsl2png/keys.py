"""API keys: created and revoked by operators, stored hashed in Postgres, shown once."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import datetime

import psycopg
from psycopg import sql

KEY_PREFIX = "d2p"


@dataclass(frozen=True)
class ApiKey:
    id: str
    name: str
    created_at: datetime
    revoked_at: datetime | None


def hash_secret(secret: str) -> str:
    """Keys are 256-bit random strings, so a plain SHA-256 is enough (no password stretching)."""
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiKeyStore:
    """The api_keys table (created by the migrations); verification results are cached briefly."""

    def __init__(self, conninfo: str, schema: str | None = None, *, cache_ttl_s: float = 5.0) -> None:
        self.conninfo = conninfo
        self.table = sql.Identifier(schema, "api_keys") if schema else sql.Identifier("api_keys")
        self.cache_ttl_s = cache_ttl_s
        self._cache: dict[str, tuple[float, str | None]] = {}

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self.conninfo, autocommit=True)

    def create(self, name: str) -> tuple[ApiKey, str]:
        """A new key and its secret; the secret is not stored and cannot be shown again."""
        if not name.strip():
            raise ValueError(
                "a key needs a name that says who or what it is for (it is shown by `keys list`)"
            )
        key_id = secrets.token_hex(6)
        secret = f"{KEY_PREFIX}_{key_id}_{secrets.token_urlsafe(32)}"
        query = sql.SQL("INSERT INTO {} (id, name, hash) VALUES (%s, %s, %s) RETURNING created_at")
        with self._connect() as conn:
            row = conn.execute(query.format(self.table), (key_id, name, hash_secret(secret))).fetchone()
        assert row is not None
        return ApiKey(key_id, name, row[0], None), secret

    def list(self) -> list[ApiKey]:
        query = sql.SQL("SELECT id, name, created_at, revoked_at FROM {} ORDER BY created_at")
        with self._connect() as conn:
            return [ApiKey(*row) for row in conn.execute(query.format(self.table))]

    def revoke(self, key_id: str) -> bool:
        query = sql.SQL("UPDATE {} SET revoked_at = now() WHERE id = %s AND revoked_at IS NULL")
        with self._connect() as conn:
            revoked = conn.execute(query.format(self.table), (key_id,)).rowcount == 1
        self._cache.clear()
        return revoked

    def verify(self, secret: str) -> str | None:
        """The key id for a valid, unrevoked secret; None otherwise."""
        now = time.monotonic()
        cached = self._cache.get(secret)
        if cached is not None and cached[0] > now:
            return cached[1]
        query = sql.SQL("SELECT id FROM {} WHERE hash = %s AND revoked_at IS NULL")
        with self._connect() as conn:
            row = conn.execute(query.format(self.table), (hash_secret(secret),)).fetchone()
        key_id = row[0] if row else None
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[secret] = (now + self.cache_ttl_s, key_id)
        return key_id
