"""The RenderJob aggregate: every state a render goes through, as versioned past-tense events."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from kernel.dsl.measured.collect import with_content_cut

QUEUED = "queued"
RENDERING = "rendering"
ATTEMPT_LOST = "attempt_lost"
"""The code of a RenderAttemptFailed recorded when a job is started again while its last attempt
never reported an outcome."""
COMPLETED = "completed"
FAILED = "failed"
CANCELLED = "cancelled"
TERMINAL = frozenset({COMPLETED, FAILED, CANCELLED})
ERASED_REASON = "erased"
"""The cancel reason of a job erased before it finished (its document is gone: nothing to render)."""

# Schema versions. Each event class carries `class_version`; the library stores it with the event
# once it is above 1 and, when an older event is read back, calls the event class's static methods
# `upcast_v1_v2(state)`, `upcast_v2_v3(state)`, ... in turn, so old events load as the current
# shape. Adding a field to an event later looks like this:
#
#     class RenderCompleted(Aggregate.Event):
#         class_version = 2
#         ...
#         color_profile: str
#
#         @staticmethod
#         def upcast_v1_v2(state: dict[str, Any]) -> None:
#             state["color_profile"] = "srgb"
#
# RenderRequested is at version 2 (it gained `submitted_sha256`), RenderCompleted at version 4 (it
# gained `cut_px`, then `measured_warnings`, then what drew the image), RenderFailed at version 2
# (what tried to draw it), RenderCancelled at version 2 (it gained `cancelled_by`), RenderErased at
# version 2 (it gained `reason`); every other event is at version 1 (the library never calls
# upcast_v0_v1: version 1 is the first), ImageExpired among them.


def _drawn_by_unknown(state: dict[str, Any]) -> None:
    """Events recorded before the versions were: nothing is known of what drew the image."""
    for name in DRAWN_BY_FIELDS:
        state[name] = None


VERSION_FIELDS = ("dsl2png_version", "renderer_version", "chromium_version")
DRAWN_BY_FIELDS = (*VERSION_FIELDS, "worker_id")
"""What RenderCompleted and RenderFailed record of the code that drew (or tried to draw) the
image: the dsl2png package's version, the renderer's (kernel.dsl.options.RENDERER_VERSION), the
Chromium's, and the worker's id (None for events recorded before they were, and for a failure
before a browser was reached)."""


class RenderJob(Aggregate):
    """One request to turn a DSL document into an image, from RenderRequested to a terminal event.

    Rules: once completed, failed or cancelled, nothing else happens to a job. Commands on a
    terminal job are ignored rather than refused, because workers race cancellations and
    redeliveries and the first terminal event simply wins.
    """

    class RenderRequested(Aggregate.Created):
        """A client asked for a render: the DSL exactly as submitted and everything derived from it."""

        class_version = 2
        source: str
        options: dict[str, Any]
        cache_key: str
        body_hash: str
        owner: str | None
        warnings: list[dict[str, Any]]
        trace_context: dict[str, str] = dataclasses.field(default_factory=dict)
        submitted_sha256: str | None = None
        """The sha256 (hex) of the submission's bytes as received: the HTTP request body of `POST
        /v1/renders`, else the document's text as UTF-8 (v2; None before). `body_hash` is no
        such hash: it fingerprints the parsed document and options, for idempotency."""

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Requests recorded before v2 did not hash the bytes they received."""
            state["submitted_sha256"] = None

    class RenderStarted(Aggregate.Event):
        """A worker took the job (again, after a crash or a transient failure: `attempt` counts)."""

        class_version = 1
        worker_id: str
        attempt: int

        def apply(self, job: RenderJob) -> None:
            job._status = RENDERING
            job.worker_id = self.worker_id
            job.attempt = self.attempt
            job.started_at = self.timestamp  # this attempt's start, with its worker and number
            if job.first_started_at is None:  # when the job left the queue the first time
                job.first_started_at = self.timestamp

    class RenderAttemptFailed(Aggregate.Event):
        """An attempt failed in a way another attempt may not (a timeout, a Chromium crash, a store
        fault) and the job goes back to the queue: the trail says why the next RenderStarted
        happened. Not an end: the job is queued again, never 'failed', until RenderFailed."""

        class_version = 1
        code: str
        message: str
        attempt: int

        def apply(self, job: RenderJob) -> None:
            job._status = QUEUED
            job.attempt = max(job.attempt, self.attempt)

    class RenderCompleted(Aggregate.Event):
        """The image exists and is stored under its content hash."""

        class_version = 4
        sha256: str
        bytes: int
        width: int
        height: int
        render_ms: float
        format: str
        cache_hit: bool
        trace_context: dict[str, str] = dataclasses.field(default_factory=dict)
        cut_px: int = 0
        """CSS px of content that ran below the canvas and is not in the image (v2)."""
        measured_warnings: list[dict[str, Any]] = dataclasses.field(default_factory=list)
        """What else the render measured as left out of the image, as warnings: content past the
        canvas's side, a table's columns cut at its box's edge (v3; kernel.dsl.measured)."""
        dsl2png_version: str | None = None
        renderer_version: str | None = None
        chromium_version: str | None = None
        worker_id: str | None = None
        """What drew the image (v4, DRAWN_BY_FIELDS); for a cache hit, the render that drew the
        stored image (None when it was cached before v4)."""

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Images recorded before v2 were not measured: nothing is known to be cut."""
            state["cut_px"] = 0

        @staticmethod
        def upcast_v2_v3(state: dict[str, Any]) -> None:
            """Images recorded before v3 were measured in height only: nothing else is known to
            be cut."""
            state["measured_warnings"] = []

        @staticmethod
        def upcast_v3_v4(state: dict[str, Any]) -> None:
            _drawn_by_unknown(state)

        def apply(self, job: RenderJob) -> None:
            job._status = COMPLETED
            job.finished_at = self.timestamp
            job.sha256 = self.sha256
            job.bytes = self.bytes
            job.width = self.width
            job.height = self.height
            job.render_ms = self.render_ms
            job.format = self.format
            job.cache_hit = self.cache_hit
            job.cut_px = self.cut_px
            job.drew(self)
            job.warnings = with_content_cut(
                job.warnings,
                self.cut_px,
                self.measured_warnings,
                image=None if self.format == "pdf" else (self.width, self.height),
            )

    class RenderFailed(Aggregate.Event):
        """The job ended without an image; `retryable` tells the client whether resubmitting may help."""

        class_version = 2
        code: str
        message: str
        retryable: bool
        attempt: int
        dsl2png_version: str | None = None
        renderer_version: str | None = None
        chromium_version: str | None = None
        worker_id: str | None = None
        """What tried to draw it (v2, DRAWN_BY_FIELDS; chromium_version None when no browser drew)."""

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            _drawn_by_unknown(state)

        def apply(self, job: RenderJob) -> None:
            job._status = FAILED
            job.finished_at = self.timestamp
            job.attempt = max(job.attempt, self.attempt)
            job.error_code = self.code
            job.error_message = self.message
            job.error_retryable = self.retryable
            job.drew(self)

    class RenderCancelled(Aggregate.Event):
        """The client withdrew the job before it finished: why (as the client said it) and which
        API key did (None without keys, or when recorded before v2)."""

        class_version = 2
        reason: str
        cancelled_by: str | None = None

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Cancels recorded before v2 did not record who cancelled."""
            state["cancelled_by"] = None

        def apply(self, job: RenderJob) -> None:
            job._status = CANCELLED
            job.finished_at = self.timestamp
            job.cancel_reason = self.reason
            job.cancelled_by = self.cancelled_by

    class RenderErased(Aggregate.Event):
        """The job's document and image were erased (GDPR): `erased_by` is the API key, or
        'operator' for `dsl2png erase` ('operator:NAME' with `--by NAME`), and `reason` why, as
        the one who erased it said (v2; None when not given, and before v2). The stored
        RenderRequested is redacted in place when this is recorded (dsl2png.erasure: the one
        sanctioned change of a stored event)."""

        class_version = 2
        erased_by: str | None
        reason: str | None = None

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            """Erasures recorded before v2 did not record why."""
            state["reason"] = None

        def apply(self, job: RenderJob) -> None:
            if not job.terminal:  # a worker must not render a document that is gone
                job._status = CANCELLED
                job.finished_at = self.timestamp
                job.cancel_reason = ERASED_REASON
            job.erased = True
            job.source = ""
            job.warnings = []

    class ImageExpired(Aggregate.Event):
        """Retention (DSL2PNG_PNG_TTL_S) removed the completed job's image `sha256` from the image
        store, `ttl_s` seconds after the last job used it: the audit trail says when and why the
        image went. Not an end (the job stays completed): the same document renders it again."""

        class_version = 1
        sha256: str
        ttl_s: float

        def apply(self, job: RenderJob) -> None:
            job.image_expired_at = self.timestamp

    def __init__(
        self,
        source: str,
        options: dict[str, Any],
        cache_key: str,
        body_hash: str,
        owner: str | None,
        warnings: list[dict[str, Any]],
        trace_context: dict[str, str],
        submitted_sha256: str | None = None,
    ) -> None:
        self.source = source
        self.options = options
        self.cache_key = cache_key
        self.body_hash = body_hash
        self.owner = owner
        self.warnings = warnings
        self.trace_context = trace_context
        self.submitted_sha256 = submitted_sha256
        self.versions: dict[str, str | None] = dict.fromkeys(VERSION_FIELDS)
        self._status = QUEUED
        self.attempt = 0
        self.worker_id: str | None = None
        self.started_at: datetime | None = None
        self.first_started_at: datetime | None = None
        self.finished_at: datetime | None = None
        self.format = str(options.get("format", "png"))
        self.sha256: str | None = None
        self.bytes: int | None = None
        self.width: int | None = None
        self.height: int | None = None
        self.render_ms: float | None = None
        self.cache_hit = False
        self.cut_px = 0
        self.error_code: str | None = None
        self.error_message: str | None = None
        self.error_retryable = False
        self.cancel_reason: str | None = None
        self.cancelled_by: str | None = None
        self.erased = False
        self.image_expired_at: datetime | None = None

    # -- creation ------------------------------------------------------------------------------

    @classmethod
    def request(
        cls,
        job_id: UUID,
        *,
        source: str,
        options: dict[str, Any],
        cache_key: str,
        body_hash: str,
        owner: str | None,
        warnings: list[dict[str, Any]],
        trace_context: dict[str, str] | None = None,
        submitted_sha256: str | None = None,
    ) -> RenderJob:
        """A new job in the queued state; the caller chooses the id (deterministic for idempotency)."""
        return cls._create(
            cls.RenderRequested,
            id=job_id,
            source=source,
            options=dict(options),
            cache_key=cache_key,
            body_hash=body_hash,
            owner=owner,
            warnings=[dict(w) for w in warnings],
            trace_context=dict(trace_context or {}),
            submitted_sha256=submitted_sha256,
        )

    # -- state ---------------------------------------------------------------------------------

    def drew(self, event: RenderJob.RenderCompleted | RenderJob.RenderFailed) -> None:
        """Keep what `event` says drew the image (or tried to): the versions, and its worker in
        place of the last RenderStarted's (a cache hit names the worker that drew the image)."""
        self.versions = {name: getattr(event, name) for name in VERSION_FIELDS}
        if event.worker_id is not None:
            self.worker_id = event.worker_id

    @property
    def status(self) -> str:
        """'queued' | 'rendering' | 'completed' | 'failed' | 'cancelled'."""
        return self._status

    @property
    def terminal(self) -> bool:
        return self._status in TERMINAL

    @property
    def created_at(self) -> datetime:
        return self.created_on

    # -- commands (each ignored once the job is terminal) --------------------------------------

    def start(self, worker_id: str, attempt: int) -> bool:
        """Record that `worker_id` began an attempt; False (nothing recorded) if terminal.

        `attempt` is the queue's delivery count, which an embedded queue restarts at 1 after a
        restart: the attempt recorded is at least one past the job's own last attempt, so a
        redelivered job never has two RenderStarted with the same number. A job still rendering
        had an attempt that ended without an outcome (its process was killed, its lease ran out):
        a RenderAttemptFailed `attempt_lost` says so first, so the trail says why this start
        happened."""
        if self.terminal:
            return False
        if self._status == RENDERING:
            self.trigger_event(
                self.RenderAttemptFailed,
                code=ATTEMPT_LOST,
                message=f"attempt {self.attempt} on {self.worker_id} ended without an outcome "
                "(its process stopped or its lease ran out); the job was delivered again",
                attempt=self.attempt,
            )
        self.trigger_event(
            self.RenderStarted, worker_id=worker_id, attempt=max(int(attempt), self.attempt + 1)
        )
        return True

    def complete(
        self,
        *,
        sha256: str,
        bytes: int,
        width: int,
        height: int,
        render_ms: float,
        format: str,
        cache_hit: bool,
        trace_context: dict[str, str] | None = None,
        cut_px: int = 0,
        measured_warnings: list[dict[str, Any]] | None = None,
        drawn_by: Mapping[str, str | None] | None = None,
    ) -> bool:
        """Record the finished image; False if the job had already ended (e.g. cancelled meanwhile).
        `trace_context` lets the projector's span join the worker's trace; `cut_px` is how much
        content ran below the canvas, `measured_warnings` what else the render measured;
        `drawn_by` the versions and worker that drew it (DRAWN_BY_FIELDS, missing ones None)."""
        if self.terminal:
            return False
        self.trigger_event(
            self.RenderCompleted,
            sha256=sha256,
            bytes=int(bytes),
            width=int(width),
            height=int(height),
            render_ms=float(render_ms),
            format=format,
            cache_hit=bool(cache_hit),
            trace_context=dict(trace_context or {}),
            cut_px=int(cut_px),
            measured_warnings=[dict(warning) for warning in measured_warnings or []],
            **drawn_fields(drawn_by),
        )
        return True

    def fail(
        self,
        code: str,
        message: str,
        retryable: bool,
        attempt: int,
        drawn_by: Mapping[str, str | None] | None = None,
    ) -> bool:
        """Record that the job ended without an image (`drawn_by`: what tried to draw it); False
        if it had already ended."""
        if self.terminal:
            return False
        self.trigger_event(
            self.RenderFailed, code=code, message=message, retryable=bool(retryable),
            attempt=int(attempt), **drawn_fields(drawn_by),
        )  # fmt: skip
        return True

    def fail_attempt(self, code: str, message: str, attempt: int) -> bool:
        """Record that attempt `attempt` failed and the job waits for another; False (nothing
        recorded) if the job had already ended, e.g. cancelled while it rendered: then there is
        nothing to retry."""
        if self.terminal:
            return False
        self.trigger_event(self.RenderAttemptFailed, code=code, message=message, attempt=int(attempt))
        return True

    def erase(self, erased_by: str | None, reason: str | None = None) -> bool:
        """Forget the job's document (and, by the caller, its image), recording who asked and
        why; False if already erased. Allowed in any state: an unfinished job ends cancelled, so
        no worker renders it."""
        if self.erased:
            return False
        self.trigger_event(self.RenderErased, erased_by=erased_by, reason=reason)
        return True

    def expire_image(self, sha256: str, ttl_s: float) -> bool:
        """Record that retention removed image `sha256` after `ttl_s` seconds; False (nothing
        recorded) unless the job completed with that image and it is not gone already (expired
        before, or erased): every API process sweeps, and an image stored again and removed again
        names jobs that recorded its first removal, so a removal is recorded once per job."""
        gone = self.erased or self.image_expired_at is not None
        if self._status != COMPLETED or self.sha256 != sha256 or gone:
            return False
        self.trigger_event(self.ImageExpired, sha256=sha256, ttl_s=float(ttl_s))
        return True

    def cancel(self, reason: str, cancelled_by: str | None = None) -> bool:
        """Withdraw the job, saying why and which API key did; False if it had already ended."""
        if self.terminal:
            return False
        self.trigger_event(self.RenderCancelled, reason=reason, cancelled_by=cancelled_by)
        return True


def drawn_fields(drawn_by: Mapping[str, str | None] | None) -> dict[str, str | None]:
    """Every DRAWN_BY_FIELDS name with its value in `drawn_by` (None where it has none)."""
    given = drawn_by or {}
    return {name: (None if given.get(name) is None else str(given[name])) for name in DRAWN_BY_FIELDS}


EVENT_CLASSES: tuple[type[Aggregate.Event], ...] = (
    RenderJob.RenderRequested,
    RenderJob.RenderStarted,
    RenderJob.RenderAttemptFailed,
    RenderJob.RenderCompleted,
    RenderJob.RenderFailed,
    RenderJob.RenderCancelled,
    RenderJob.RenderErased,
    RenderJob.ImageExpired,
)
"""Every event a RenderJob records, in lifecycle order (ImageExpired follows RenderCompleted)."""
