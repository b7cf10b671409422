"""One format for every time the service shows: UTC, six fractional digits, `Z`."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import PlainSerializer, WithJsonSchema

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_iso(value: datetime) -> str:
    """`2026-11-30T09:00:00.000000Z`: converted to UTC whatever zone the value came in (a
    Postgres session's `timezone`, the process's), and always with microseconds so every time
    has the same width and shape. A naive value is taken as UTC (the event store's own)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime(UTC_FORMAT)


UtcTime = Annotated[
    datetime,
    PlainSerializer(utc_iso, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time", "examples": ["2026-11-30T09:00:00.000000Z"]}),
]
"""A datetime field that serializes as `utc_iso` (API responses, MCP results, CLI JSON)."""
