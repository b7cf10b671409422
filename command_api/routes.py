"""`/v1` command routes: submit a render (optionally waiting for it), validate, cancel."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Body, Header, Query, Request, Response
from fastapi.responses import JSONResponse

from command_api.accept import prefers_json
from command_api.body import read_submission, read_validation
from command_api.openapi_docs import (
    RENDER_OPENAPI,
    RENDER_RESPONSES,
    VALIDATE_OPENAPI,
    VALIDATE_RESPONSES,
)
from command_api.option_paths import located, placed
from command_api.schemas import CancelRequest, EraseRequest, ValidationResult
from dsl2png.http_deps import Gateway, Owner, ServiceLimits
from dsl2png.http_errors import NOT_FOUND_RESPONSE, PARAMETER_ERROR_RESPONSE, BadRequestError, ErrorResponse
from kernel.dsl.options import MEDIA_TYPES
from kernel.dsl.prepare import validate_for_render
from kernel.errors import InvalidDocumentError
from kernel.schemas import RenderPublic

router = APIRouter(prefix="/v1", tags=["commands"], responses=PARAMETER_ERROR_RESPONSE)

POLL_AFTER_S = 1
"""Retry-After of a 202: how long a client polling `Location` waits first (a warm render takes
tens of milliseconds, a queued one longer)."""


def render_location(job_id: str) -> str:
    return f"/v1/renders/{job_id}"


def check_idempotency_key(key: str) -> None:
    """Refuse a key that is empty or holds other than printable ASCII: a control byte or a
    Latin-1 one would be stored and logged as sent, and is no key a client meant to write."""
    if not key.strip():
        # Every client sending an empty key would share it (and get each other's renders).
        raise BadRequestError("the Idempotency-Key header is empty: send a key, or leave the header out")
    bad = next((index for index, char in enumerate(key) if not " " <= char <= "~"), None)
    if bad is not None:
        raise BadRequestError(
            f"the Idempotency-Key header holds {key[bad]!r} at character {bad + 1}: a key is printable "
            "ASCII (letters, digits, punctuation), such as a UUID"
        )


@router.post(
    "/renders",
    operation_id="createRender",
    status_code=202,
    response_model=RenderPublic,
    responses=RENDER_RESPONSES,
    openapi_extra=RENDER_OPENAPI,
)
async def create_render(
    request: Request,
    gateway: Gateway,
    limits: ServiceLimits,
    owner: Owner,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
    wait: Annotated[float | None, Query(ge=0, le=300, description="Seconds to wait for the image")] = None,
) -> Response:
    """Record a render request. Body: `{dsl, options}` JSON, or a raw JSON/YAML document."""
    if idempotency_key is not None:
        check_idempotency_key(idempotency_key)
    submission = await read_submission(request, limits.max_body_bytes)
    try:
        job = await gateway.submit(
            submission.source, submission.options, idempotency_key=idempotency_key, owner=owner,
            submitted_sha256=submission.received_sha256,
        )  # fmt: skip
    except InvalidDocumentError as exc:
        raise placed(exc, submission.from_query) from None
    headers = {"Location": render_location(job.id)}
    if wait and not job.terminal:
        job = await gateway.wait(job.id, min(wait, limits.max_wait_s), owner=owner, known=job)
    image_type = MEDIA_TYPES.get(job.format, "image/png")
    if (
        wait is not None
        and job.status == "completed"
        and not prefers_json(request.headers.get("accept"), image_type)
    ):
        data = await gateway.image(job.id, owner=owner, known=job)
        headers |= {
            "X-Render-Id": job.id,
            "ETag": f'"{job.sha256}"',
            # Saved under the job's name, as GET /v1/renders/{id}.{ext} names it.
            "Content-Disposition": f'inline; filename="{job.id}.{job.format}"',
        }
        if job.warnings:
            # The image alone cannot say that content was cut off; the codes point to the status
            # (Location), which holds each warning in full.
            headers["X-Render-Warnings"] = ", ".join(sorted({str(w.get("code")) for w in job.warnings}))
        return Response(data, media_type=image_type, headers=headers)
    status_code = job_status_code(job, waited=wait is not None)
    # A completed job says whether its image is still stored, as GET /v1/renders/{id} says it.
    job = await gateway.with_image_state(job)
    if status_code == 202:
        headers["Retry-After"] = str(POLL_AFTER_S)
    body = job.model_dump(mode="json")
    body["warnings"] = located(body["warnings"], submission.from_query)
    return JSONResponse(body, status_code=status_code, headers=headers)


def job_status_code(job: RenderPublic, *, waited: bool = False) -> int:
    """202 while it runs; 200 once done; a failure is 422 when resubmitting cannot help, else
    503. A cancelled job is 409 when the request waited for its image: a client of `?wait`
    takes a 200 for the image (and wrote the job's JSON into its .png)."""
    if not job.terminal:
        return 202
    if job.status == "cancelled" and waited:
        return 409
    if job.status != "failed":
        return 200
    return 503 if job.error is not None and job.error.retryable else 422


@router.post(
    "/validate",
    operation_id="validateDocument",
    response_model=ValidationResult,
    response_model_exclude_none=True,  # an issue without a suggestion or line, as `Issue.as_dict`
    responses=VALIDATE_RESPONSES,
    openapi_extra=VALIDATE_OPENAPI,
)
async def validate(request: Request, limits: ServiceLimits, strict: bool = False) -> dict[str, object]:
    """Validate a document (same body forms and options as `POST /v1/renders`), with the
    warnings a render with these options would give; records nothing. Options that make the
    render impossible (a canvas too large) are refused as `invalid_options`, as `POST
    /v1/renders` refuses them, and so is an empty body (400). An invalid document is no error
    of the request: 200, `valid: false`."""
    asked = await read_validation(request, limits.max_body_bytes, strict)
    try:
        # Off the event loop: a large document takes seconds to check, and /healthz must answer meanwhile.
        result = await asyncio.to_thread(
            validate_for_render, asked.source, asked.options, strict=asked.strict
        )
    except InvalidDocumentError as exc:
        raise placed(exc, asked.from_query) from None
    return {
        "valid": result.ok,
        "errors": located((i.as_dict() for i in result.errors), asked.from_query),
        "warnings": located((i.as_dict() for i in result.warnings), asked.from_query),
    }


@router.post(
    "/renders/{job_id}/cancel",
    operation_id="cancelRender",
    response_model=RenderPublic,
    responses={
        **NOT_FOUND_RESPONSE,
        409: {
            "model": ErrorResponse,
            "description": "The render already completed or failed (`render_finished`)",
        },
    },
)
async def cancel_render(
    job_id: str, gateway: Gateway, owner: Owner, body: Annotated[CancelRequest | None, Body()] = None
) -> RenderPublic:
    """Record RenderCancelled for a queued or running render, with the body's `reason` (optional,
    up to 500 characters) and the API key that cancelled; a cancelled one is answered as it
    is. A render that already completed or failed keeps its outcome: 409 `render_finished`."""
    reason = body.reason.strip() if body is not None and body.reason is not None else None
    return await gateway.cancel(job_id, owner=owner, reason=reason)


@router.post(
    "/renders/{job_id}/erase",
    operation_id="eraseRender",
    responses=NOT_FOUND_RESPONSE,
)
async def erase_render(
    job_id: str, gateway: Gateway, owner: Owner, body: Annotated[EraseRequest | None, Body()] = None
) -> dict[str, object]:
    """Erase a render (GDPR): records RenderErased with the API key that asked and the body's
    `reason` (optional, up to 500 characters), removes the document from the stored request and
    the read models, and the image unless another render has the same one. `image_removed`:
    whether the image is gone; with API keys, whether none of this key's renders has it (another
    key's render that has the same image keeps it stored, and is not told). An unfinished render
    is cancelled. Afterwards every query of it is a 410 `job_erased`, except its audit trail
    (`/events`), which keeps each event's metadata; erasing it again answers the same (and
    records nothing)."""
    reason = body.reason.strip() if body is not None and body.reason is not None else None
    return await gateway.erase(job_id, owner=owner, reason=reason)
