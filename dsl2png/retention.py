"""Image retention as one decision for the whole deployment, recorded in its event store.

DSL2PNG_PNG_TTL_S was read by each API process on its own, and each one's sweeper removes every
image of the deployment unused for that long: one replica started with TTL=5 removed all 844
images (each job then answers 410) while the other APIs logged "images kept". Now:

- the retention in force is recorded once (kernel.image_retention, with who and when): the first
  deployed API process to start records its own setting;
- an API process whose DSL2PNG_PNG_TTL_S differs refuses to start, in one line naming both
  values and the two ways out (start it with the deployment's value, or change the deployment's
  on purpose with `dsl2png retention set`);
- a running API's sweeper checks the decision before each sweep and does not sweep while it
  differs from its own setting (the decision was changed after it started), saying so.

The embedded mode is one process and its own deployment: its setting is the decision.
"""

from __future__ import annotations

import socket
from typing import Any

from eventsourcing.application import AggregateNotFoundError
from eventsourcing.persistence import IntegrityError

from dsl2png.startup_checks import StartupError
from kernel.image_retention import RETENTION_ID, ImageRetention, same_ttl, shown_ttl
from kernel.times import utc_iso

CONFLICT_RETRIES = 5
RUNBOOK = "docs/runbook.md#image-retention"


class RetentionMismatchError(StartupError):
    """This API process's DSL2PNG_PNG_TTL_S is not the deployment's retention (one line, exit 1)."""


def recorded_retention(events: Any) -> ImageRetention | None:
    """The deployment's retention decision (None before any: a store no API has started on).
    `events`: the application whose store holds it (RenderJobs)."""
    try:
        retention: Any = events.repository.get(RETENTION_ID)
    except AggregateNotFoundError:
        return None
    assert isinstance(retention, ImageRetention)
    return retention


def decide_retention(
    events: Any, ttl_s: float | None, *, by: str, reason: str | None = None, only_if_none: bool = False
) -> tuple[bool, ImageRetention]:
    """Record `ttl_s` as the deployment's retention: (whether that recorded anything, the
    decision in force now). `only_if_none`: record it only when nothing is recorded yet (an
    API's first start). A concurrent writer makes the save conflict: it decides again on what
    that one recorded."""
    for _ in range(CONFLICT_RETRIES):
        before = recorded_retention(events)
        if before is not None and only_if_none:
            return False, before
        retention = before or ImageRetention.start()
        if not retention.decide(ttl_s, by, reason):
            return False, retention
        try:
            events.save(retention)
        except IntegrityError:
            continue
        return True, retention
    raise IntegrityError("the image retention kept changing under concurrent writers")


def agree_on_retention(events: Any, ttl_s: float | None) -> tuple[bool, ImageRetention]:
    """At the start of a deployed API process: (whether this process recorded it, the
    deployment's retention), recorded from this process's setting when none is yet;
    RetentionMismatchError when it is another than `ttl_s`."""
    recorded, retention = decide_retention(events, ttl_s, by=f"api:{socket.gethostname()}", only_if_none=True)
    if not same_ttl(retention.ttl_s, ttl_s):
        raise RetentionMismatchError(mismatch_message(retention, ttl_s))
    return recorded, retention


def mismatch_message(retention: ImageRetention, ttl_s: float | None) -> str:
    """The refusal: both values, who decided the deployment's, and the two ways out."""
    ours = "unset (images kept)" if ttl_s is None else f"{ttl_s:g} ({shown_ttl(ttl_s)})"
    same = (
        "leave DSL2PNG_PNG_TTL_S unset"
        if retention.ttl_s is None
        else f"set DSL2PNG_PNG_TTL_S={retention.ttl_s:g}"
    )
    return (
        f"DSL2PNG_PNG_TTL_S is {ours} in this process, but the deployment's image retention is "
        f"{shown_ttl(retention.ttl_s)} ({decided(retention)}); every API process removes images "
        f"for the whole deployment, so {same} here as in the others, or change the deployment's "
        f"retention on purpose first: `dsl2png retention set {setting_word(ttl_s)}`, then roll "
        f"every API process out with it ({RUNBOOK})"
    )


def sweep_refusal(events: Any, ttl_s: float) -> str | None:
    """Why this process must not sweep with `ttl_s` now (the deployment's retention was changed
    since it started), or None when it may."""
    retention = recorded_retention(events)
    if retention is None or same_ttl(retention.ttl_s, ttl_s):
        return None
    return (
        f"not removing images: the deployment's image retention is now {shown_ttl(retention.ttl_s)} "
        f"({decided(retention)}), this process was started with DSL2PNG_PNG_TTL_S={ttl_s:g}; restart "
        f"it with the deployment's value ({RUNBOOK})"
    )


def decided(retention: ImageRetention) -> str:
    """'decided by api:host at 2026-12-01T10:00:00Z'."""
    at = utc_iso(retention.decided_at) if retention.decided_at is not None else "an unknown time"
    return f"decided by {retention.decided_by} at {at}"


def setting_word(ttl_s: float | None) -> str:
    """How `dsl2png retention set` takes `ttl_s`: seconds, or `off` for images kept."""
    return "off" if ttl_s is None else f"{ttl_s:g}"


def parse_setting(text: str) -> float | None:
    """`dsl2png retention set`'s VALUE: seconds (> 0), or off/none/keep for images kept;
    ValueError otherwise."""
    word = text.strip().lower()
    if word in ("off", "none", "keep", "kept"):
        return None
    try:
        seconds = float(word)
    except ValueError:
        raise ValueError(f"{text!r} is neither a number of seconds nor `off`") from None
    if not seconds > 0 or seconds == float("inf"):
        raise ValueError(f"{text!r}: a retention is a number of seconds above 0 (or `off`: keep images)")
    return seconds
