"""The render gateway over the event store, blob store and read model: what every API calls.

Commands (submit, cancel) append events through the `RenderJobs` application; queries read the
projected read model, falling back to the event store for a job the projector has not reached yet
or not yet seen finish, so a client that POSTs and immediately GETs never sees a spurious 404, and one
that has its image never sees the job still queued.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from dsl2png import metrics
from dsl2png.completions import CompletionWatcher
from dsl2png.erased_trail import is_erased, metadata_only
from dsl2png.erasure import Erased, erase_job
from dsl2png.quota import Recorded, ignore_recorded
from dsl2png.telemetry import current_context_carrier, tracer
from kernel.cache_scope import owned_cache_key
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import plan_render, request_fingerprint
from kernel.errors import (
    ImageCorruptError,
    ImageExpiredError,
    ImageNotReadyError,
    JobErasedError,
    JobFinishedError,
    JobNotFoundError,
)
from kernel.schemas import RenderPublic

log = logging.getLogger(__name__)
IDEMPOTENCY_NAMESPACE = uuid.UUID("7d1f3c8e-2b7a-4f57-9d0e-5d2b1c6a9e41")
DEFAULT_CANCEL_REASON = "cancelled by client"
"""What RenderCancelled records when the client gave no reason."""


Admission = Callable[[str | None], contextlib.AbstractAsyncContextManager[Recorded]]
"""Entered with the owner (API key) before a request is recorded, left once it is: it refuses
(raises) or admits, and is told the recorded job; see dsl2png.runtime._admission."""


class ReadModel(Protocol):
    """The query side the gateway reads (projector.views implements it)."""

    def get_job(self, job_id: str) -> RenderPublic | None: ...

    def image_used_by_another_job(self, sha256: str, job_id: str, owner: str | None = None) -> bool: ...


def job_id_for(idempotency_key: str | None, owner: str | None) -> uuid.UUID:
    """Same key (per owner) -> same job id, so a retried POST finds the job it created."""
    if idempotency_key is None:
        return uuid.uuid4()
    return uuid.uuid5(IDEMPOTENCY_NAMESPACE, f"{owner or ''}\x00{idempotency_key}")


def source_text(source: str | bytes | Mapping[str, Any]) -> str:
    """The DSL as submitted, stored verbatim in RenderRequested (objects as canonical JSON)."""
    if isinstance(source, Mapping):
        return json.dumps(source, ensure_ascii=False)
    return source.decode("utf-8", "replace") if isinstance(source, bytes) else source


def writable_text(source: str | bytes | Mapping[str, Any]) -> str | None:
    """`source_text`, or None for an object that cannot be written out as JSON: nested deeper
    than the recursion goes, or holding an integer too long for text. Such an object is no
    document (kernel.dsl.limits.check_data_limits says where), so the text is never needed."""
    try:
        return source_text(source)
    except (RecursionError, ValueError):
        return None


def job_not_found(job_id: str) -> JobNotFoundError:
    """The one answer for an id that names no job of the caller: malformed, unknown, or another
    API key's job, word for word the same, so a 404 does not tell whether someone else's job exists."""
    shown = job_id if len(job_id) <= SHOWN_ID_LENGTH else job_id[:SHOWN_ID_LENGTH] + "…"
    return JobNotFoundError(f"no render job {shown!r}")


SHOWN_ID_LENGTH = 80
"""The most of an unknown id a 404 repeats: a 50,000-character id is not echoed back whole."""


class ServiceGateway:
    """RenderGateway over real persistence; `on_recorded` wakes an in-process relay (embedded mode)."""

    def __init__(
        self,
        jobs: Any,
        blobs: Any,
        read_model: ReadModel,
        *,
        watcher: CompletionWatcher | None = None,
        on_recorded: Callable[[], None] | None = None,
        recheck_s: float = 5.0,
        image_retention_s: float | None = None,
    ) -> None:
        """`recheck_s`: how often a waiter re-reads its job without a wake-up, a safety net only
        (the watcher re-listens after a lost connection and reads what ended meanwhile). At 1 s,
        100 clients waiting ~7 s each made the API read the event store ~7 times per request.
        `image_retention_s`: DSL2PNG_PNG_TTL_S, so a missing image is blamed on retention only
        when there is one."""
        self.jobs = jobs
        self.image_retention_s = image_retention_s
        self.blobs = blobs
        self.read_model = read_model
        self.watcher = watcher or CompletionWatcher()
        self._on_recorded = on_recorded
        self._recheck_s = recheck_s
        self.admission: Admission | None = None
        """Entered with the owner around recording a request; raises QueueFullError when the
        queue is full, TooManyRendersError when the owner has too many unfinished renders."""

    async def _call(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(func, *args, **kwargs)

    async def submit(
        self,
        source: str | bytes | Mapping[str, Any],
        options: RenderOptions,
        *,
        idempotency_key: str | None = None,
        owner: str | None = None,
        submitted_sha256: str | None = None,
    ) -> RenderPublic:
        """Record the request (or find the one its Idempotency-Key recorded). `submitted_sha256`:
        the hash of the bytes as received (an HTTP body); without it, of the document's text."""
        written = writable_text(source)
        # In a thread, whatever its length: a short document can still take long to check (400
        # unknown icons in 17 kB, each looked up for the name meant), and the loop serves /healthz.
        plan = await self._call(plan_render, source, options)
        text = written if written is not None else source_text(source)
        job_id = job_id_for(idempotency_key, owner)
        request = dict(
            job_id=job_id,
            source=text,
            options=options.model_dump(mode="json", exclude_none=True),
            cache_key=plan.cache_key,
            body_hash=request_fingerprint(plan.document, options),
            owner=owner,
            warnings=[w.as_dict() for w in plan.warnings],
            submitted_sha256=submitted_sha256 or hashlib.sha256(text.encode("utf-8", "replace")).hexdigest(),
        )
        async with self._admitted(owner) as recorded:  # the key's turn is held till recorded
            with tracer().start_as_current_span("command.record_render_requested") as span:
                span.set_attribute("dsl2png.job_id", str(job_id))
                request["trace_context"] = current_context_carrier()
                view = self.jobs.job_view(await self._call(self._record, request))
            recorded(view)
        if self._on_recorded is not None:
            self._on_recorded()
        return view

    def _admitted(self, owner: str | None) -> contextlib.AbstractAsyncContextManager[Recorded]:
        if self.admission is None:
            return contextlib.nullcontext(ignore_recorded)
        return self.admission(owner)

    def _record(self, request: dict[str, Any]) -> Any:
        cached = self.blobs.lookup(owned_cache_key(request["cache_key"], request["owner"]))
        if cached is None:
            return self.jobs.request(**request)
        sha256, meta = cached
        metrics.CACHE_HITS.inc()
        return self.jobs.request_completed_from_cache(
            **request, sha256=sha256, bytes=meta["bytes"], width=meta["width"],
            height=meta["height"], format=meta["format"], cut_px=meta.get("cut_px", 0), measured_warnings=meta.get("measured_warnings", []),
            drawn_by=meta.get("drawn_by"),
        )  # fmt: skip

    async def status(self, job_id: str, *, owner: str | None = None) -> RenderPublic:
        """The job from the read model once it shows it finished; else from its events. The read
        model trails the event store by the projector's lag: a client that has just received the
        image (`?wait`) was told "queued" by it, with no hash, 2-3 times in 20 GETs."""
        view = await self._call(self.read_model.get_job, job_id, owner)
        if view is not None and view.terminal:
            return view
        return await self._from_events(job_id, owner)

    async def _from_events(self, job_id: str, owner: str | None = None) -> RenderPublic:
        """The job as the event store has it; a job of another API key does not exist for you,
        an erased one answers JobErasedError (410)."""
        job = await self._owned(job_id, owner)
        if job.erased:
            raise JobErasedError(
                f"render job {job_id} was erased on request: its document and image are gone"
            )
        return self.jobs.job_view(job)

    async def _owned(self, job_id: str, owner: str | None) -> Any:
        """The aggregate of `job_id` if it is the caller's, else JobNotFoundError."""
        try:
            job = await self._call(self.jobs.get, uuid.UUID(job_id))
        except (ValueError, JobNotFoundError):
            raise job_not_found(job_id) from None
        if owner is not None and job.owner != owner:
            raise job_not_found(job_id)
        return job

    async def erase(
        self, job_id: str, *, owner: str | None = None, reason: str | None = None
    ) -> dict[str, object]:
        """Erase the caller's job (dsl2png.erasure), recording `owner` as who erased it and
        `reason` (None: not given); erasing it again redoes what is left and answers the same."""
        job = await self._owned(job_id, owner)
        erased: Erased = await self._call(
            erase_job, self.jobs, self.blobs, self.read_model, job.id, erased_by=owner, reason=reason,
            told_to=owner,
        )  # fmt: skip
        return erased.as_dict()

    async def history(self, job_id: str, *, owner: str | None = None) -> dict[str, Any]:
        """The caller's job's audit trail, `{id, erased, events}`, from the event store. Of an
        erased job only each event's metadata (dsl2png.erased_trail): when, by whom and why it was
        erased stays readable, nothing it erased does."""
        job = await self._owned(job_id, owner)
        trail: list[dict[str, Any]] = await self._call(self.jobs.history, job.id)
        erased = is_erased(trail)
        if erased:
            trail = [metadata_only(record) for record in trail]
        return {"id": job_id, "erased": erased, "events": trail}

    async def wait(
        self,
        job_id: str,
        timeout_s: float,
        *,
        owner: str | None = None,
        known: RenderPublic | None = None,
    ) -> RenderPublic:
        """Re-read the job from the event store each time the watcher says it finished, until it
        is terminal or the time is up (a slow periodic re-read covers a lost wake-up).

        `known` is the job as the caller just had it (e.g. from `submit`): the first read is
        skipped when it is still unfinished."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        fresh = known if known is not None and known.id == job_id and not known.terminal else None
        with self.watcher.watch(job_id) as changed:
            while True:
                changed.clear()
                view = fresh or await self._from_events(job_id, owner)
                fresh = None
                remaining = deadline - loop.time()
                if view.terminal or remaining <= 0:
                    return view
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), min(remaining, self._recheck_s))

    async def with_image_state(self, view: RenderPublic) -> RenderPublic:
        """A completed view saying whether its image can still be fetched: one expired after
        DSL2PNG_PNG_TTL_S kept answering `completed` with bytes and sha256 and no sign of it."""
        return (await self.with_image_states([view]))[0]

    async def with_image_states(self, views: Sequence[RenderPublic]) -> list[RenderPublic]:
        """`with_image_state` of each view (a page of the listing), with one look at the blob
        store for all of them: the listing said `null` where the job's own GET said `true`."""
        digests = {v.sha256 for v in views if v.status == "completed" and v.sha256 is not None}
        if not digests:
            return list(views)
        stored: set[str] = await self._call(self.blobs.stored, digests)
        return [
            view.model_copy(update={"image_available": view.sha256 in stored})
            if view.status == "completed" and view.sha256 is not None
            else view
            for view in views
        ]

    async def image(
        self, job_id: str, *, owner: str | None = None, known: RenderPublic | None = None
    ) -> bytes:
        """The image's bytes. `known` is a completed view the caller already holds (e.g. from
        `wait`), which spares reading the job again."""
        view = known if known is not None and known.id == job_id else await self.status(job_id, owner=owner)
        if view.status != "completed":  # the projector may not have caught up yet
            view = await self._from_events(job_id, owner)
        if not view.terminal:
            raise ImageNotReadyError(
                f"render job {job_id} is still {view.status}: ask again shortly, or POST with ?wait= "
                "to receive the image when it is done"
            )
        if view.status != "completed" or view.sha256 is None:
            raise JobNotFoundError(f"render job {job_id} has no image (status: {view.status})")
        data = await self._call(self.blobs.get, view.sha256)
        if data is None:
            why = (
                "was removed after the retention period"
                if self.image_retention_s is not None
                else "is not in the image store (no retention is set: it was deleted, or left out of a restored backup)"
            )
            raise ImageExpiredError(
                f"the image of render {job_id} {why}; "
                "POST the same document to /v1/renders again to render it anew"
            )
        if hashlib.sha256(data).hexdigest() != view.sha256:
            # Served, it would go out under an immutable ETag naming bytes it is not.
            log.error("the stored image %s of render %s does not match its sha256", view.sha256, job_id)
            raise ImageCorruptError(
                f"the stored image of render {job_id} does not match the sha256 its render recorded "
                f"({view.sha256}): it was changed or damaged in the image store and is not served; "
                "an operator can find every such image with `dsl2png replay --verify-images`"
            )
        return bytes(data)

    async def cancel(
        self, job_id: str, *, owner: str | None = None, reason: str | None = None
    ) -> RenderPublic:
        """Withdraw a queued or running job, recording `reason` (DEFAULT_CANCEL_REASON when the
        client gave none) and `owner`, the API key that cancelled; cancelling a cancelled job
        again answers it as it is, a completed or failed one raises JobFinishedError (it keeps
        its outcome)."""
        view = await self._from_events(job_id, owner)
        if not view.terminal:
            job = await self._call(
                self.jobs.cancel, uuid.UUID(job_id), reason or DEFAULT_CANCEL_REASON, owner
            )
            view = self.jobs.job_view(job)
        if view.status in ("completed", "failed"):  # also when it finished while we cancelled
            raise JobFinishedError(f"render {job_id} already {view.status}; there is nothing to cancel")
        return view
