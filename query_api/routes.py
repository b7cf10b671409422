"""`/v1` query routes: a render's state, its image, a listing, and its audit trail."""

from __future__ import annotations

import asyncio
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response

from dsl2png.http_deps import Gateway, Owner
from dsl2png.http_errors import BadRequestError
from kernel.errors import JobNotFoundError
from kernel.schemas import RenderPublic

router = APIRouter(prefix="/v1", tags=["queries"])
MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "webp": "image/webp"}
EXTENSIONS = {"png": "png", "jpeg": "jpeg", "jpg": "jpeg", "webp": "webp"}
"""File extensions of the image route and the format each names (`.jpg`, as the CLI writes, is JPEG)."""
IMMUTABLE = "public, max-age=31536000, immutable"


@router.get("/renders", response_model=dict[str, Any])
async def list_renders(
    request: Request,
    owner: Owner,
    status: Literal["queued", "rendering", "completed", "failed", "cancelled"] | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: str | None = None,
) -> dict[str, Any]:
    """Renders, newest first; pass `next_cursor` back as `cursor` for the next page."""
    read_model = request.app.state.read_model
    try:
        items, next_cursor = await asyncio.to_thread(read_model.list_jobs, status, limit, cursor, owner)
    except ValueError:
        raise BadRequestError("the cursor is not one this API returned; start again without it") from None
    return {"items": [item.model_dump(mode="json") for item in items], "next_cursor": next_cursor}


IMAGE_PATH = "/renders/{job_id}.{extension}"
IMAGE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {media: {} for media in MEDIA_TYPES.values()}}
}


@router.get(IMAGE_PATH, responses=IMAGE_RESPONSES)
@router.head(IMAGE_PATH, responses=IMAGE_RESPONSES)  # a route per method: OpenAPI needs an id for each
async def get_render_image(
    job_id: str, extension: str, request: Request, gateway: Gateway, owner: Owner
) -> Response:
    """The image, content-addressed: ETag is its sha256 and it never changes. HEAD answers with
    the headers alone (is it there yet, and how large)."""
    job = await gateway.status(job_id, owner=owner)
    if EXTENSIONS.get(extension.lower()) != job.format:
        raise JobNotFoundError(
            f"render {job_id} is a {job.format}; ask for /v1/renders/{job_id}.{job.format}"
        )
    etag = f'"{job.sha256}"'
    if job.sha256 and request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag, "Cache-Control": IMMUTABLE})
    data = await gateway.image(job_id, owner=owner)
    headers = {"ETag": etag, "Cache-Control": IMMUTABLE}
    return Response(data, media_type=MEDIA_TYPES[job.format], headers=headers)


@router.get("/renders/{job_id}", response_model=RenderPublic)
async def get_render(job_id: str, gateway: Gateway, owner: Owner) -> RenderPublic:
    """A render's status, times, attempt, error and image facts."""
    return await gateway.status(job_id, owner=owner)


@router.get("/renders/{job_id}/events")
async def get_render_events(job_id: str, request: Request, gateway: Gateway, owner: Owner) -> dict[str, Any]:
    """The audit trail: every event of the job, in order, straight from the event store."""
    job_uuid = uuid.UUID((await gateway.status(job_id, owner=owner)).id)
    events = await asyncio.to_thread(request.app.state.jobs.history, job_uuid)
    return {"id": job_id, "events": events}
