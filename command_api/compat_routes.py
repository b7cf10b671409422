"""Routes of the earlier "DSL to PNG MCP" project, so its clients keep working unchanged."""

from __future__ import annotations

import asyncio
import base64
import time
from typing import Any

from fastapi import APIRouter, Request

from command_api.compat_body import compat_request_body, read_compat_body
from command_api.schemas import (
    LegacyAsyncResponse,
    LegacyRenderRequest,
    LegacyRenderResponse,
    LegacyStatusResponse,
    LegacyValidateRequest,
    LegacyValidateResponse,
)
from dsl2png.http_deps import Gateway, Owner, ServiceLimits
from dsl2png.http_errors import NOT_FOUND_RESPONSE, PARAMETER_ERROR_RESPONSE
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError
from kernel.schemas import RenderPublic

router = APIRouter(tags=["compatibility"], responses=PARAMETER_ERROR_RESPONSE)
# Each route's body is typed for the OpenAPI document and sent with the keys it always had
# (`response_model_exclude_unset`): a key the route leaves out (`png_result` of a failed render)
# stays out, not `null`.

LEGACY_STATUS = {
    "queued": "pending",
    "rendering": "processing",
    "completed": "completed",
    "failed": "failed",
    "cancelled": "cancelled",
}


def _png_result(job: RenderPublic, data: bytes) -> dict[str, Any]:
    return {
        "base64_data": base64.b64encode(data).decode(),
        "width": job.width,
        "height": job.height,
        "file_size": len(data),
        "metadata": {"render_id": job.id, "sha256": job.sha256, "render_ms": job.render_ms},
    }


RENDER_BODY = compat_request_body(LegacyRenderRequest)


@router.post(
    "/render",
    operation_id="legacyRender",
    response_model=LegacyRenderResponse,
    response_model_exclude_unset=True,
    response_model_exclude_none=True,  # an issue's line and column only where it has them, as /v1
    openapi_extra=RENDER_BODY,
)
async def render_sync(
    request: Request, gateway: Gateway, limits: ServiceLimits, owner: Owner
) -> dict[str, Any]:
    """Render and return the PNG base64-encoded, as the earlier project did. A document that
    cannot render is answered as there, 200 with `success: false` and `error` (its clients read
    `success`), with each problem also in `errors` as `POST /render/async` and `/v1` give them."""
    started = time.perf_counter()
    body = await read_compat_body(request, LegacyRenderRequest, limits.max_body_bytes)
    try:
        job = await gateway.submit(body.dsl_content, body.options.to_options(), owner=owner)
    except InvalidDocumentError as exc:
        return {
            "success": False,
            "error": "; ".join(str(issue) for issue in exc.issues),
            "errors": [issue.as_dict() for issue in exc.issues],
            "processing_time": time.perf_counter() - started,
        }
    job = await gateway.wait(job.id, limits.max_wait_s, owner=owner, known=job)
    result: dict[str, Any] = {"success": job.status == "completed", "processing_time": 0.0}
    if job.status == "completed":
        result["png_result"] = _png_result(job, await gateway.image(job.id, owner=owner, known=job))
    else:
        result["error"] = job.error.message if job.error else f"render is {job.status}"
    result["processing_time"] = time.perf_counter() - started
    return result


@router.post(
    "/render/async",
    operation_id="legacyRenderAsync",
    response_model=LegacyAsyncResponse,
    response_model_exclude_unset=True,
    openapi_extra=RENDER_BODY,
)
async def render_async(
    request: Request, gateway: Gateway, limits: ServiceLimits, owner: Owner
) -> dict[str, Any]:
    """Queue a render; poll `GET /status/{task_id}`. A document that cannot render is refused
    with a 422 and the `/v1` error body, as the earlier project refused a task it could not
    submit (a 4xx): bad input records nothing, so there would be no task to poll."""
    body = await read_compat_body(request, LegacyRenderRequest, limits.max_body_bytes)
    job = await gateway.submit(body.dsl_content, body.options.to_options(), owner=owner)
    return {"task_id": job.id, "status": "submitted", "estimated_completion": None}


@router.post(
    "/validate",
    operation_id="legacyValidate",
    response_model=LegacyValidateResponse,
    response_model_exclude_unset=True,
    openapi_extra=compat_request_body(LegacyValidateRequest),
)
async def validate(request: Request, limits: ServiceLimits) -> dict[str, Any]:
    """Validate a document; errors as strings with their JSON paths."""
    body = await read_compat_body(request, LegacyValidateRequest, limits.max_body_bytes)
    result = await asyncio.to_thread(validate_document, body.dsl_content, strict=body.strict)  # off the loop
    return {
        "valid": result.ok,
        "errors": [str(issue) for issue in result.errors],
        "warnings": [str(issue) for issue in result.warnings],
        "suggestions": [issue.suggestion for issue in result.errors if issue.suggestion],
    }


@router.get(
    "/status/{task_id}",
    operation_id="legacyGetStatus",
    response_model=LegacyStatusResponse,
    responses=NOT_FOUND_RESPONSE,
    response_model_exclude_unset=True,
)
@router.head("/status/{task_id}", include_in_schema=False)
async def status(task_id: str, gateway: Gateway, owner: Owner) -> dict[str, Any]:
    """A queued render's status in the earlier project's shape."""
    job = await gateway.status(task_id, owner=owner)
    result: dict[str, Any] | None = None
    if job.terminal:
        result = {
            "task_id": job.id,
            "status": LEGACY_STATUS[job.status],
            "error": job.error.message if job.error else None,
            "processing_time": (job.render_ms or 0) / 1000,
            "completed_at": job.finished_at,
        }
        if job.status == "completed":
            result["png_result"] = _png_result(job, await gateway.image(job.id, owner=owner))
    return {
        "task_id": job.id,
        "status": LEGACY_STATUS[job.status],
        "progress": 100 if job.terminal else (50 if job.status == "rendering" else 0),
        "message": job.error.message if job.error else None,
        "result": result,
        "created_at": job.created_at,
        "updated_at": job.finished_at or job.started_at or job.created_at,
    }
