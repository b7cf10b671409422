"""Interfaces the APIs (HTTP, MCP, CLI) use to reach the render service, whatever its deployment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # annotations only: `dsl2png mcp` names the port before it loads the DSL's models
    from kernel.dsl.options import RenderOptions
    from kernel.schemas import RenderPublic


class RenderGateway(Protocol):
    """Submit renders and follow them. Embedded (SQLite, in-process queue) and deployed
    (Postgres, NATS) modes both implement it, so callers never care which runs."""

    async def submit(
        self,
        source: str | bytes | Mapping[str, Any],
        options: RenderOptions,
        *,
        idempotency_key: str | None = None,
        owner: str | None = None,
        submitted_sha256: str | None = None,
    ) -> RenderPublic:
        """Validate and record a RenderRequested event (`submitted_sha256`: of the bytes as
        received); raises InvalidDocumentError (nothing recorded), IdempotencyConflictError, or
        JobErasedError when the Idempotency-Key names an erased job."""
        ...

    async def wait(
        self,
        job_id: str,
        timeout_s: float,
        *,
        owner: str | None = None,
        known: RenderPublic | None = None,
    ) -> RenderPublic:
        """Return once the job is terminal or the timeout passes (then its current state).
        `known`: the job as the caller just saw it, which may spare a first read."""
        ...

    async def status(self, job_id: str, *, owner: str | None = None) -> RenderPublic:
        """The job's state; raises JobNotFoundError (also for another owner's job)."""
        ...

    async def with_image_state(self, view: RenderPublic) -> RenderPublic:
        """`view`, if completed, with `image_available`: whether its image is still stored."""
        ...

    async def with_image_states(self, views: Sequence[RenderPublic]) -> list[RenderPublic]:
        """`with_image_state` of each of `views` (a page of the listing), in their order."""
        ...

    async def image(
        self, job_id: str, *, owner: str | None = None, known: RenderPublic | None = None
    ) -> bytes:
        """The finished image's bytes; raises JobNotFoundError when there is none."""
        ...

    async def erase(
        self, job_id: str, *, owner: str | None = None, reason: str | None = None
    ) -> dict[str, object]:
        """Erase the job's document and image (GDPR), recording `owner` as who asked and
        `reason`; raises JobNotFoundError for another owner's job. Afterwards queries raise
        JobErasedError, except `history`."""
        ...

    async def history(self, job_id: str, *, owner: str | None = None) -> dict[str, Any]:
        """The job's audit trail `{id, erased, events}`; of an erased job each event's metadata
        only (names, versions, positions, times, who and why). JobNotFoundError as `status`."""
        ...

    async def cancel(
        self, job_id: str, *, owner: str | None = None, reason: str | None = None
    ) -> RenderPublic:
        """Record RenderCancelled (with `reason`, or a default, and `owner` as who cancelled)
        unless the job is already terminal; raises JobFinishedError when it completed or failed."""
        ...
