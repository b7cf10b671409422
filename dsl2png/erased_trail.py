"""What the audit trail of an erased render still shows: each event's metadata, never its data."""

from __future__ import annotations

from typing import Any

KEPT_FIELDS: dict[str, tuple[str, ...]] = {
    "RenderCancelled": ("reason", "cancelled_by"),
    "RenderErased": ("reason", "erased_by"),
    "ImageExpired": ("ttl_s",),
}
"""The fields of an erased render's events that are still shown: who ended or erased it, and why
(an image that expired before the erasure: after how long unused; its time says when).
Everything else an event holds (the document, its hashes, the image's hash and size, warnings,
error messages that may quote the document) is left out."""


def metadata_only(record: dict[str, Any]) -> dict[str, Any]:
    """One audit-trail record (dsl2png.event_store.event_record) reduced to its name, schema
    version, position and time, and of its data only KEPT_FIELDS: an erasure stays auditable
    (when, by whom, why) without answering anything it erased."""
    kept = KEPT_FIELDS.get(str(record["name"]), ())
    return {key: record[key] for key in ("name", "version", "position", "timestamp")} | {
        "data": {name: record["data"].get(name) for name in kept}
    }


def is_erased(trail: list[dict[str, Any]]) -> bool:
    """Whether the trail holds a RenderErased: read from the trail itself, so a trail read while
    the job was being erased is never shown whole next to its erasure."""
    return any(record["name"] == "RenderErased" for record in trail)
