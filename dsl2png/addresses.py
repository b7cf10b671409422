"""Where a deployed process reads and writes, in one line without secrets, for its start-up log line."""

from __future__ import annotations

from dsl2png.redact import without_credentials
from dsl2png.settings import CommonSettings


def database_address(settings: CommonSettings) -> str:
    """`database postgresql://host:port/db schema s` (no user or password)."""
    url = without_credentials(settings.database_url or "")
    return f"database {url} schema {settings.database_schema or 'public'}"


def queue_address(settings: CommonSettings) -> str:
    """`NATS nats://host:port stream S subject s` (no user, password or token)."""
    return (
        f"NATS {without_credentials(settings.nats_url or '')} stream {settings.nats_stream} "
        f"subject {settings.nats_subject}"
    )
