"""Public shapes of a render job as every API shows it (HTTP, MCP, CLI)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from kernel.times import UtcTime

JobStatus = Literal["queued", "rendering", "completed", "failed", "cancelled"]
TERMINAL_STATUSES: frozenset[str] = frozenset({"completed", "failed", "cancelled"})


class RenderErrorPublic(BaseModel):
    code: str
    message: str
    retryable: bool = False


class RenderPublic(BaseModel):
    """A render job's current state (read model row)."""

    id: str
    status: JobStatus
    created_at: UtcTime
    started_at: UtcTime | None = Field(
        default=None,
        description="When the last attempt started (the one `attempt` and `worker_id` name); after a "
        "retry, later than `first_started_at`.",
    )
    first_started_at: UtcTime | None = Field(
        default=None,
        description="When the first attempt started: `first_started_at - created_at` is the time the "
        "render waited in the queue. Null until a worker takes it, for a cache hit (never started), "
        "and for renders projected before it was kept until the read models are rebuilt.",
    )
    finished_at: UtcTime | None = None
    attempt: int = 0
    format: str = "png"
    width: int | None = None
    height: int | None = None
    bytes: int | None = None
    sha256: str | None = None
    render_ms: float | None = None
    cache_hit: bool = False
    warnings: list[dict[str, object]] = []
    error: RenderErrorPublic | None = None
    submitted_sha256: str | None = Field(
        default=None,
        description="The sha256 (hex) of the submission's bytes as received: the body of POST "
        "/v1/renders (`sha256sum` of the file sent as the body gives it), else the document's text as "
        "UTF-8 (the earlier project's routes, MCP). Null for renders recorded before it was kept.",
    )
    dsl2png_version: str | None = Field(
        default=None,
        description="The dsl2png version that drew the image (or failed to): for a cache hit, the "
        "render that drew the stored image. Null while unfinished, and for renders recorded before it was kept.",
    )
    renderer_version: str | None = Field(
        default=None, description="The renderer's version (part of the cache key), as dsl2png_version."
    )
    chromium_version: str | None = Field(
        default=None,
        description="The version of the Chromium that drew the image, as dsl2png_version; null for a "
        "failure no browser was reached for.",
    )
    worker_id: str | None = Field(
        default=None,
        description="The worker that took the render (while it runs), then the one that drew its image "
        "or recorded its failure (for a cache hit, the worker that drew the stored image).",
    )
    image_expired_at: UtcTime | None = Field(
        default=None,
        description="When retention (DSL2PNG_PNG_TTL_S) removed the image of this completed render (its "
        "ImageExpired event). Null while it never was; `image_available` says whether an image is stored "
        "now (the same document rendered again stores it again).",
    )
    image_available: bool | None = Field(
        default=None,
        description="A completed render (in GET /v1/renders/{id}, GET /v1/renders and the JSON "
        "answers of POST /v1/renders, with or without ?wait): whether its image can still be fetched "
        "(false once removed after DSL2PNG_PNG_TTL_S, when the image answers 410 image_expired: POST "
        "the document again). Null in other states.",
    )

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES


class FailedRenderPublic(RenderPublic):
    """A render that failed, as `POST /v1/renders?wait=` answers it (422 or 503): the job itself,
    whose `error` says why, not an error response."""

    status: Literal["failed"]
    error: RenderErrorPublic


class CancelledRenderPublic(RenderPublic):
    """A render that was cancelled, as `POST /v1/renders?wait=` answers it (409): the job itself."""

    status: Literal["cancelled"]
