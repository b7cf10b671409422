"""How RenderJob events change the read model: a pure row reducer and the library Projection."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from eventsourcing.persistence import Tracking, TrackingRecorder
from eventsourcing.projection import Projection

from dsl2png.event_store import projected_topics
from dsl2png.telemetry import continued_from, tracer
from kernel.dsl.measured.collect import with_content_cut
from kernel.render_job import (
    CANCELLED,
    COMPLETED,
    FAILED,
    QUEUED,
    RENDERING,
    VERSION_FIELDS,
    RenderJob,
)

Row = dict[str, Any]

COLUMNS: tuple[str, ...] = (
    "id", "status", "created_at", "started_at", "finished_at", "attempt", "worker_id", "format",
    "width", "height", "bytes", "sha256", "render_ms", "cache_hit", "error_code", "error_message",
    "error_retryable", "owner", "warnings", "submitted_sha256", "dsl2png_version", "renderer_version",
    "chromium_version", "first_started_at", "image_expired_at",
)  # fmt: skip
"""Columns of the render_jobs table, in order."""


def apply_event(row: Row | None, event: Any) -> Row | None:
    """The render_jobs row after `event`, given the row before it (None for a new job).
    Returns None for an event this read model does not know (it is tracked, nothing changes)."""
    if isinstance(event, RenderJob.RenderRequested):
        return {
            "id": str(event.originator_id), "status": QUEUED, "created_at": event.timestamp,
            "started_at": None, "finished_at": None, "attempt": 0, "worker_id": None,
            "format": str(event.options.get("format", "png")), "width": None, "height": None,
            "bytes": None, "sha256": None, "render_ms": None, "cache_hit": False, "error_code": None,
            "error_message": None, "error_retryable": False, "owner": event.owner,
            "warnings": list(event.warnings), "submitted_sha256": event.submitted_sha256,
            "dsl2png_version": None, "renderer_version": None, "chromium_version": None,
            "first_started_at": None, "image_expired_at": None,
        }  # fmt: skip
    if row is None:
        return None  # an event of a job whose request this projection never saw
    new = dict(row)
    if isinstance(event, RenderJob.RenderStarted):
        new.update(
            status=RENDERING, started_at=event.timestamp, attempt=event.attempt, worker_id=event.worker_id
        )
        if row.get("first_started_at") is None:  # as RenderJob: the first attempt's start stays
            new["first_started_at"] = event.timestamp
    elif isinstance(event, RenderJob.RenderAttemptFailed):
        # Back in the queue for another attempt: not failed (why is in the event trail).
        new.update(status=QUEUED, attempt=max(int(row["attempt"]), event.attempt))
    elif isinstance(event, RenderJob.RenderCompleted):
        new.update(
            status=COMPLETED, finished_at=event.timestamp, sha256=event.sha256, bytes=event.bytes,
            width=event.width, height=event.height, render_ms=event.render_ms, format=event.format,
            cache_hit=event.cache_hit, warnings=with_content_cut(list(row["warnings"] or []), event.cut_px, event.measured_warnings, image=None if event.format == "pdf" else (event.width, event.height)),
        )  # fmt: skip
    elif isinstance(event, RenderJob.RenderFailed):
        new.update(
            status=FAILED, finished_at=event.timestamp, attempt=max(int(row["attempt"]), event.attempt),
            error_code=event.code, error_message=event.message, error_retryable=event.retryable,
        )  # fmt: skip
    elif isinstance(event, RenderJob.ImageExpired):
        new["image_expired_at"] = event.timestamp  # the aggregate records it once, for its own image
    elif isinstance(event, RenderJob.RenderCancelled):
        new.update(
            status=CANCELLED, finished_at=event.timestamp, error_code="cancelled",
            error_message=event.reason, error_retryable=False,
        )  # fmt: skip
    else:
        return None
    if isinstance(event, RenderJob.RenderCompleted | RenderJob.RenderFailed):
        new.update({name: getattr(event, name) for name in VERSION_FIELDS})
        if event.worker_id is not None:  # as RenderJob.drew: the worker that drew the image
            new["worker_id"] = event.worker_id
    return new


@contextmanager
def event_span(event: Any) -> Iterator[None]:
    """A span for projecting `event` that joins the trace the event carries (if any), so a
    render's trace ends with the read model being updated."""
    with (
        continued_from(getattr(event, "trace_context", None)),
        tracer().start_as_current_span(f"projector.{type(event).__name__}"),
    ):
        yield


class JobsView(Protocol):
    """What the projection writes to: a tracking recorder that also holds the read-model tables
    (projector.views.PostgresJobsView / SQLiteJobsView)."""

    def project(self, event: Any, tracking: Tracking) -> bool: ...

    def project_batch(self, items: Sequence[tuple[Any, Tracking]]) -> bool: ...


class RenderJobsProjection(Projection[TrackingRecorder]):
    """Projects every RenderJob event into render_jobs and render_counts. The view writes the rows
    and the tracking position in one transaction, so each event counts exactly once and a
    restarted projector resumes where the last commit left it. The API key ring's events are
    tracked and nothing else (`apply_event` knows them not): keys are read from their events."""

    name = "projector"
    topics = tuple(projected_topics())

    def __init__(self, view: TrackingRecorder, *, on_projected: Callable[[int], None] | None = None) -> None:
        super().__init__(view)
        self.on_projected = on_projected
        self.projected = 0
        """Events this projection wrote (not those another runner had written first)."""

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:  # type: ignore[override]
        """The library's runner interface (ours, `projector.runner`, projects in batches)."""
        view: Any = self.view  # a JobsView: a tracking recorder that also writes the rows
        if view.project(domain_event, tracking):
            self.projected += 1
        if self.on_projected is not None:
            self.on_projected(tracking.notification_id)
