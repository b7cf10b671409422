"""HTTP error mapping shared by the command and query APIs: domain errors to JSON responses."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kernel.errors import (
    Dsl2PngError,
    IdempotencyConflictError,
    ImageExpiredError,
    ImageNotReadyError,
    InvalidDocumentError,
    JobFinishedError,
    JobNotFoundError,
    QueueFullError,
    TooManyRendersError,
)

STATUS_BY_ERROR: dict[type[Dsl2PngError], int] = {
    InvalidDocumentError: 422,
    IdempotencyConflictError: 409,
    JobNotFoundError: 404,
    TooManyRendersError: 429,
    QueueFullError: 503,
    ImageExpiredError: 410,
    ImageNotReadyError: 409,
    JobFinishedError: 409,
}


class RequestTooLargeError(Dsl2PngError):
    code = "request_too_large"


class BadRequestError(Dsl2PngError):
    code = "bad_request"


STATUS_BY_ERROR[RequestTooLargeError] = 413
STATUS_BY_ERROR[BadRequestError] = 400


def error_body(exc: Dsl2PngError) -> dict[str, object]:
    body: dict[str, object] = {"code": exc.code, "message": str(exc).split("\n", 1)[0]}
    if isinstance(exc, InvalidDocumentError):
        body["message"] = f"the document has {len(exc.issues)} error(s)"
        body["errors"] = [issue.as_dict() for issue in exc.issues]
        body["warnings"] = [issue.as_dict() for issue in exc.warnings]
    return {"error": body}


HTTP_ERROR_CODES = {404: "not_found", 405: "method_not_allowed", 406: "not_acceptable"}


def install_error_handlers(app: FastAPI) -> None:
    """One place that turns every domain error into a JSON body with a clear code."""

    @app.exception_handler(Dsl2PngError)
    async def domain_error(_: Request, exc: Dsl2PngError) -> JSONResponse:
        status = next((code for cls, code in STATUS_BY_ERROR.items() if isinstance(exc, cls)), 500)
        retry_after = getattr(exc, "retry_after_s", None)  # a full queue, an image not ready yet
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
        return JSONResponse(error_body(exc), status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        """Starlette's own answers (an unknown route, a method a route lacks) in the same shape."""
        code = HTTP_ERROR_CODES.get(exc.status_code, "http_error")
        body = {"error": {"code": code, "message": str(exc.detail)}}
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def request_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "path": "/" + "/".join(str(p) for p in err.get("loc", ())),
                "message": err.get("msg", "invalid"),
                "code": err.get("type", "invalid"),
            }
            for err in exc.errors()
        ]
        body = {"error": {"code": "invalid_request", "message": "the request is invalid", "errors": errors}}
        return JSONResponse(body, status_code=422)
