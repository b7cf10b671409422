"""Request and response bodies of the command API (v1 and the earlier project's routes)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kernel.dsl.options import RenderOptions
from kernel.errors import Issue
from kernel.times import UtcTime

MAX_CANCEL_REASON_CHARS = 500
"""Longest cancel or erasure reason recorded: a sentence for the audit trail, not a document."""


class CancelRequest(BaseModel):
    """`POST /v1/renders/{id}/cancel`: an optional body saying why (recorded in RenderCancelled)."""

    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_CANCEL_REASON_CHARS,
        pattern=r"\S",
        description="Why the render is withdrawn, recorded in the job's RenderCancelled event",
    )


class EraseRequest(BaseModel):
    """`POST /v1/renders/{id}/erase`: an optional body saying why (recorded in RenderErased)."""

    model_config = ConfigDict(extra="forbid")

    reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_CANCEL_REASON_CHARS,
        pattern=r"\S",
        description="Why the render is erased (e.g. the request it answers), recorded in the job's "
        "RenderErased event and shown by its audit trail; keep personal data out of it",
    )


class LegacyRenderOptions(BaseModel):
    """The earlier project's render options; unknown ones are accepted and ignored."""

    model_config = ConfigDict(extra="ignore")

    width: int | None = Field(default=None, ge=1, le=8000)
    height: int | None = Field(default=None, ge=1, le=8000)
    device_scale_factor: float | None = Field(default=None, ge=1, le=4)
    full_page: bool = False
    transparent_background: bool = False

    def to_options(self) -> RenderOptions:
        return RenderOptions(
            width=self.width,
            height=self.height,
            scale=self.device_scale_factor,
            full_page=self.full_page,
            transparent=self.transparent_background,
        )


class LegacyRenderRequest(BaseModel):
    """`POST /render` and `/render/async` of the earlier project."""

    model_config = ConfigDict(extra="ignore")

    dsl_content: str | dict[str, Any]
    options: LegacyRenderOptions = Field(default_factory=LegacyRenderOptions)


class LegacyValidateRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    dsl_content: str | dict[str, Any]
    strict: bool = False


class ValidationResult(BaseModel):
    """`POST /v1/validate`: whether the document renders, and every error and warning found."""

    valid: bool
    errors: list[Issue]
    warnings: list[Issue]


class LegacyPngResult(BaseModel):
    base64_data: str
    width: int | None
    height: int | None
    file_size: int
    metadata: dict[str, Any]


class LegacyRenderResponse(BaseModel):
    """`POST /render`: `png_result` when it succeeded, `error` when not."""

    success: bool
    processing_time: float
    png_result: LegacyPngResult | None = None
    error: str | None = None
    errors: list[Issue] | None = Field(
        default=None, description="a document that cannot render: each problem, as `/v1` gives them"
    )


class LegacyAsyncResponse(BaseModel):
    """`POST /render/async`."""

    task_id: str
    status: Literal["submitted"]
    estimated_completion: str | None


class LegacyValidateResponse(BaseModel):
    """`POST /validate`: the issues as text with their JSON paths."""

    valid: bool
    errors: list[str]
    warnings: list[str]
    suggestions: list[str]


class LegacyStatusResult(BaseModel):
    task_id: str
    status: str
    error: str | None
    processing_time: float
    completed_at: UtcTime | None
    png_result: LegacyPngResult | None = None


class LegacyStatusResponse(BaseModel):
    """`GET /status/{task_id}`: `result` once the render has finished."""

    task_id: str
    status: Literal["pending", "processing", "completed", "failed", "cancelled"]
    progress: int
    message: str | None
    result: LegacyStatusResult | None
    created_at: UtcTime
    updated_at: UtcTime
