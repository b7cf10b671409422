"""The ImageRetention aggregate: how long the deployment keeps an image no render has used.

Every API process sweeps every image of the deployment, so retention is one decision for all of
them, not a setting each process applies on its own: a third API started with DSL2PNG_PNG_TTL_S=5
removed all 844 images of a deployment whose two other APIs kept them. The decision is one stream
(`RETENTION_ID`) in the event store, so it says who decided what and when; `dsl2png.retention`
holds the rules around it (the first API records it, an API set otherwise refuses to start).
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from eventsourcing.domain import Aggregate

RETENTION_ID = UUID("72657465-6e74-4696-b06e-2d696d616765")
"""The one retention decision's id (fixed: every process finds the same stream without a look-up)."""


def same_ttl(a: float | None, b: float | None) -> bool:
    """Whether two retentions are the same (None: images kept; the environment gives decimals)."""
    if a is None or b is None:
        return a is b
    return abs(a - b) < 1e-6


def shown_ttl(ttl_s: float | None) -> str:
    """A retention as the messages and `dsl2png retention` show it."""
    return "images kept (no retention)" if ttl_s is None else f"{ttl_s:g}s after last use"


class ImageRetention(Aggregate):
    """The deployment's image retention. Rule: a decision equal to the one in force records nothing."""

    class RetentionStarted(Aggregate.Created):
        """The stream's first event, recorded with the first decision."""

        class_version = 1

    class RetentionDecided(Aggregate.Event):
        """The retention in force from now on: `ttl_s` seconds after an image's last use (None:
        images are kept), who decided it ('api:HOST' for the first API process started,
        'operator' or 'operator:NAME' for `dsl2png retention set`), and why when said."""

        class_version = 1
        ttl_s: float | None
        decided_by: str
        reason: str | None = None

        def apply(self, retention: ImageRetention) -> None:
            retention.ttl_s = self.ttl_s
            retention.decided_by = self.decided_by
            retention.decided_at = self.timestamp

    def __init__(self) -> None:
        self.ttl_s: float | None = None
        self.decided_by: str | None = None
        self.decided_at: datetime | None = None

    @classmethod
    def start(cls) -> ImageRetention:
        """A new stream, with no decision yet (saved with its first)."""
        return cls._create(cls.RetentionStarted, id=RETENTION_ID)

    @property
    def decided(self) -> bool:
        return self.decided_at is not None

    def decide(self, ttl_s: float | None, decided_by: str, reason: str | None = None) -> bool:
        """Record `ttl_s` as the retention in force; False (nothing recorded) when it is already."""
        if self.decided and same_ttl(self.ttl_s, ttl_s):
            return False
        self.trigger_event(self.RetentionDecided, ttl_s=ttl_s, decided_by=decided_by, reason=reason)
        return True


EVENT_CLASSES: tuple[type[Aggregate.Event], ...] = (
    ImageRetention.RetentionStarted,
    ImageRetention.RetentionDecided,
)
"""Every event the retention stream records."""
