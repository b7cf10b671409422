"""`/v1` query routes: a render's state, its image, a listing, and its audit trail."""

from __future__ import annotations

import asyncio
import hashlib
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import WithJsonSchema

from dsl2png.http_deps import Gateway, Owner
from dsl2png.http_errors import (
    NOT_FOUND_RESPONSE,
    PARAMETER_ERROR_RESPONSE,
    ErrorResponse,
    InvalidRequestError,
    refuse_unknown_query_parameters,
)
from kernel.dsl.options import MEDIA_TYPES
from kernel.errors import Issue, JobNotFoundError
from kernel.schemas import RenderPublic
from query_api.schemas import RenderEvents, RenderList
from query_api.time_window import EXAMPLE, time_window

router = APIRouter(prefix="/v1", tags=["queries"], responses=PARAMETER_ERROR_RESPONSE)
EXTENSIONS = {"png": "png", "jpeg": "jpeg", "jpg": "jpeg", "webp": "webp"}
"""File extensions of the image route and the format each names (`.jpg`, as the CLI writes, is JPEG)."""
IMMUTABLE = "public, max-age=31536000, immutable"


LIST_QUERY_KEYS = ("status", "since", "until", "limit", "cursor")
"""Every query parameter the listing reads; another (`statsu`) is refused, not ignored."""


ZonedTime = Annotated[str, WithJsonSchema({"type": "string", "format": "date-time", "examples": [EXAMPLE]})]
"""A time the route parses itself (`time_window`): pydantic's datetime would take one without a
zone, or a bare number of seconds, and guess."""
SINCE = (
    "Only renders requested at or after this time (inclusive): ISO 8601 with a time zone (`Z` or "
    "an offset, `+` sent as `%2B`); a time without one is a 422"
)
UNTIL = "Only renders requested before this time (exclusive), as `since`; it must be later than `since`"
CURSOR = (
    "`next_cursor` of the page before; any other value is a 422. It marks a place in the "
    "newest-first order, not a query: sent with other filters, the page holds the renders after "
    "that place that match them"
)


# Each GET route answers HEAD too (its headers alone): a route of its own, left out of the OpenAPI
# document, where it would be a second operation of every path (generated clients get a `head_*` each).
@router.get("/renders", operation_id="listRenders", response_model=RenderList)
@router.head("/renders", include_in_schema=False)
async def list_renders(
    request: Request,
    gateway: Gateway,
    owner: Owner,
    status: Literal["queued", "rendering", "completed", "failed", "cancelled"] | None = None,
    since: Annotated[ZonedTime | None, Query(description=SINCE)] = None,
    until: Annotated[ZonedTime | None, Query(description=UNTIL)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(description=CURSOR)] = None,
) -> dict[str, Any]:
    """Renders, newest first; pass `next_cursor` back as `cursor` for the next page. `status`,
    `since` and `until` narrow the listing together (a window on when each render was requested,
    `created_at`). A completed render says `image_available`, as `GET /v1/renders/{id}` does."""
    refuse_unknown_query_parameters(request, LIST_QUERY_KEYS)
    window = time_window(since, until)
    read_model = request.app.state.read_model
    try:
        items, next_cursor = await asyncio.to_thread(
            read_model.list_jobs, status, limit, cursor, owner, since=window.since, until=window.until
        )
    except ValueError:
        # A parameter with a wrong value, as `?limit=0` is: 422 invalid_request naming it.
        issue = Issue(
            path="/query/cursor",
            message="query parameter 'cursor': not a cursor this API returned; start again without it",
            code="invalid_parameter",
        )
        raise InvalidRequestError([issue]) from None
    items = await gateway.with_image_states(items)
    return {"items": [item.model_dump(mode="json") for item in items], "next_cursor": next_cursor}


IMAGE_PATH = "/renders/{job_id}.{extension}"
ETAG_HEADERS: dict[str, Any] = {
    "ETag": {"description": "The image's sha256, quoted", "schema": {"type": "string"}},
    "Cache-Control": {"description": "The image never changes: `immutable`", "schema": {"type": "string"}},
}
DISPOSITION_HEADER: dict[str, Any] = {
    "Content-Disposition": {
        "description": 'Shown inline, saved as `<render id>.<extension asked>` (`inline; filename="..."`)',
        "schema": {"type": "string"},
    }
}
IMAGE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The image; its ETag is its sha256",
        "content": {
            media: {"schema": {"type": "string", "format": "binary"}} for media in MEDIA_TYPES.values()
        },
        "headers": ETAG_HEADERS | DISPOSITION_HEADER,
    },
    304: {"description": "The image is unchanged (If-None-Match named its ETag)", "headers": ETAG_HEADERS},
    404: {
        "model": ErrorResponse,
        "description": "No render has this id, the extension is not its format, or it ended without an image",
    },
    409: {
        "model": ErrorResponse,
        "description": "The render is queued or running (`image_not_ready`, with Retry-After)",
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before asking again",
                "schema": {"type": "integer"},
            }
        },
    },
    410: {
        "model": ErrorResponse,
        "description": "The image is no longer in the image store: removed by retention, or missing (`image_expired`)",
    },
}


@router.get(IMAGE_PATH, operation_id="getRenderImage", response_class=Response, responses=IMAGE_RESPONSES)
@router.head(IMAGE_PATH, include_in_schema=False)
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
    data, sha256 = None, job.sha256
    if sha256 is None:
        # The read model has not caught up with the render yet (the image is read from the event
        # store's record of it): the image's own hash is its ETag, not "None".
        data = await gateway.image(job_id, owner=owner)
        sha256 = hashlib.sha256(data).hexdigest()
    headers = {"ETag": f'"{sha256}"', "Cache-Control": IMMUTABLE}
    if none_match(request.headers.get("if-none-match"), headers["ETag"]):
        return Response(status_code=304, headers=headers)
    if data is None:
        data = await gateway.image(job_id, owner=owner)
    # Shown in the browser, and saved under the job's name with the extension asked for.
    headers["Content-Disposition"] = f'inline; filename="{job_id}.{extension.lower()}"'
    return Response(data, media_type=MEDIA_TYPES[job.format], headers=headers)


def none_match(header: str | None, etag: str) -> bool:
    """Whether If-None-Match names `etag`, compared weakly as RFC 9110 13.1.2 asks of a GET
    (`W/"<sha>"` is the same image), or is `*` (any image at all)."""
    if not header:
        return False
    tags = [tag.strip() for tag in header.split(",")]
    return "*" in tags or etag in (tag.removeprefix("W/") for tag in tags)


@router.get(
    "/renders/{job_id}", operation_id="getRender", response_model=RenderPublic, responses=NOT_FOUND_RESPONSE
)
@router.head("/renders/{job_id}", include_in_schema=False)
async def get_render(job_id: str, gateway: Gateway, owner: Owner) -> RenderPublic:
    """A render's status, times, attempt, error and image facts; for a completed render,
    `image_available` says whether its image is still stored (false after DSL2PNG_PNG_TTL_S)."""
    return await gateway.with_image_state(await gateway.status(job_id, owner=owner))


@router.get(
    "/renders/{job_id}/events",
    operation_id="getRenderEvents",
    response_model=RenderEvents,
    responses=NOT_FOUND_RESPONSE,
)
@router.head("/renders/{job_id}/events", include_in_schema=False)
async def get_render_events(job_id: str, gateway: Gateway, owner: Owner) -> dict[str, Any]:
    """The audit trail: every event of the job, in order, straight from the event store; its
    timestamps are UTC in the job's own format (`...Z`). Of an erased render (`erased: true`)
    each event's name, version, position and time, and of its data only who cancelled or erased
    it and why: never the document, the image or anything else it erased."""
    return await gateway.history(job_id, owner=owner)
