"""Response bodies of the query API beside `RenderPublic`: a listing, an audit trail, readiness."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from kernel.schemas import RenderPublic
from kernel.times import UtcTime


class RenderList(BaseModel):
    """`GET /v1/renders`: a page of renders, newest first."""

    items: list[RenderPublic]
    next_cursor: str | None = Field(description="pass it as `cursor` for the next page; null on the last")


class RenderEvent(BaseModel):
    """One recorded event of a render (`RenderRequested`, `RenderStarted`, ...)."""

    name: str
    version: int = Field(description="the event's schema version")
    position: int = Field(description="its place in the render's stream")
    timestamp: UtcTime = Field(description="when it was recorded, UTC, as `...Z` like the job's times")
    data: dict[str, Any]


class RenderEvents(BaseModel):
    """`GET /v1/renders/{id}/events`: the audit trail, in order."""

    id: str
    erased: bool = Field(
        default=False,
        description="the render was erased: each event keeps its name, version, position and time, "
        "and `data` only who cancelled or erased it and why (`reason`, `cancelled_by`, `erased_by`)",
    )
    events: list[RenderEvent]


class Readiness(BaseModel):
    """`GET /readyz`, 200 or 503: each dependency's check."""

    status: Literal["ready", "not ready"]
    checks: dict[str, Literal["ok", "failing"]]
