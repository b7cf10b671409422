"""HTTP error mapping shared by the command and query APIs: domain errors to JSON responses."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import Match

from dsl2png.db_errors import DATABASE_UNREACHABLE_ERRORS
from kernel.dsl.hints.suggest import did_you_mean
from kernel.errors import (
    Dsl2PngError,
    IdempotencyConflictError,
    ImageCorruptError,
    ImageExpiredError,
    ImageNotReadyError,
    InvalidDocumentError,
    Issue,
    JobErasedError,
    JobFinishedError,
    JobNotFoundError,
    QueueFullError,
    TooManyRendersError,
    first_line,
)

STATUS_BY_ERROR: dict[type[Dsl2PngError], int] = {
    InvalidDocumentError: 422,
    IdempotencyConflictError: 409,
    JobNotFoundError: 404,
    TooManyRendersError: 429,
    QueueFullError: 503,
    ImageExpiredError: 410,
    JobErasedError: 410,
    ImageNotReadyError: 409,
    JobFinishedError: 409,
    ImageCorruptError: 500,
}


ERROR_CODES = {
    "bad_request": "400: an empty body, one that is not UTF-8, an Idempotency-Key that is empty or not printable ASCII",
    "unauthorized": "401: no API key, or an unknown or revoked one",
    "not_found": "404: no such render (or route)",
    "method_not_allowed": "405: the path does not answer this method (Allow lists those it does)",
    "not_acceptable": "406: no answer of a type the Accept header takes",
    "idempotency_conflict": "409: the Idempotency-Key was used with another request",
    "render_finished": "409: the render to cancel already completed or failed",
    "image_not_ready": "409: the render is queued or running (Retry-After)",
    "image_expired": "410: the image is no longer in the image store (removed by retention, or missing)",
    "job_erased": "410: the render's document and image were erased on request",
    "request_too_large": "413: a body larger than the service's limit",
    "unsupported_media_type": "415: a body that is no JSON or YAML document",
    "invalid_dsl": "422: the document is invalid",
    "invalid_options": "422: a render option is invalid",
    "invalid_request": "422: a parameter or body field is invalid or unknown",
    "too_many_renders": "429: this API key has too many renders queued or rendering (Retry-After)",
    "rate_limited": "429: too many requests from this API key (Retry-After)",
    "internal_error": "500: a fault of the server's own",
    "image_corrupt": "500: the stored image does not match the sha256 its render recorded: not served "
    "(`dsl2png replay --verify-images` lists every such image)",
    "queue_full": "503: the render queue is full (Retry-After)",
    "database_unavailable": "503: the database is unreachable (Retry-After)",
}
"""Every `error.code` an HTTP answer can carry, with its status (`http_error` for another
status Starlette answers itself)."""


class ErrorDetail(BaseModel):
    code: str = Field(
        description="What went wrong, for a program to tell apart: "
        + "; ".join(f"`{code}` ({meaning})" for code, meaning in ERROR_CODES.items())
    )
    message: str
    errors: list[Issue] = Field(default_factory=list, description="every problem found, not only the first")
    warnings: list[Issue] = Field(default_factory=list)


class ErrorResponse(BaseModel):
    """The body of every 4xx and 5xx answer."""

    error: ErrorDetail


NOT_FOUND_RESPONSE: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "No render has this id"}
}
PARAMETER_ERROR_RESPONSE: dict[int | str, dict[str, Any]] = {
    422: {
        "model": ErrorResponse,
        "description": "A parameter is invalid or unknown (`invalid_request`): each named, with its path",
    }
}
"""A router's default 422, in the shape the error handlers answer (not FastAPI's HTTPValidationError)."""


class RequestTooLargeError(Dsl2PngError):
    code = "request_too_large"


class BadRequestError(Dsl2PngError):
    code = "bad_request"


class UnsupportedMediaTypeError(Dsl2PngError):
    """A body of a type the route cannot read (XML, a form, an image): 415, not a YAML error."""

    code = "unsupported_media_type"


class InvalidRequestError(InvalidDocumentError):
    """The request's parameters (query, headers), not its document, are wrong: each issue's path
    ends with the parameter's name."""

    code = "invalid_request"
    noun = "parameter"

    def summary(self) -> str:
        """ "1 parameter is invalid: wait", naming each one so the message alone says what to fix."""
        names = list(dict.fromkeys(issue.path.rsplit("/", 1)[-1] for issue in self.issues))
        count = len(self.issues)
        verb = f"{self.noun} is" if count == 1 else f"{self.noun}s are"
        return f"{count} {verb} invalid: " + ", ".join(names)


class InvalidBodyError(InvalidRequestError):
    """A wrapped request body's own fields (not its document's) are wrong: "1 field is invalid"."""

    noun = "field"


class InvalidOptionsError(InvalidRequestError):
    """A render option (in the query or the body's `options`) is wrong; the document may be fine."""

    code = "invalid_options"
    noun = "option"


STATUS_BY_ERROR[RequestTooLargeError] = 413
STATUS_BY_ERROR[BadRequestError] = 400
STATUS_BY_ERROR[UnsupportedMediaTypeError] = 415


def error_body(exc: Dsl2PngError) -> dict[str, object]:
    body: dict[str, object] = {"code": exc.code, "message": str(exc).split("\n", 1)[0]}
    if isinstance(exc, InvalidDocumentError):
        if isinstance(exc, InvalidRequestError):
            body["message"] = exc.summary()
        else:
            body["message"] = f"the document has {len(exc.issues)} error(s)"
        body["errors"] = [issue.as_dict() for issue in exc.issues]
        body["warnings"] = [issue.as_dict() for issue in exc.warnings]
    return {"error": body}


REQUEST_PARTS = {
    "body": "body field",
    "query": "query parameter",
    "header": "header",
    "path": "path parameter",
    "cookie": "cookie",
}


def parameter_issues(errors: Sequence[Any]) -> list[Issue]:
    """FastAPI's checks of declared parameters (`?wait=abc`, a 300-character Idempotency-Key) as
    issues that name the parameter in words, not pydantic's `float_parsing`."""
    issues = []
    for err in errors:
        loc = [str(part) for part in err.get("loc", ())]
        part, name = (loc[0], loc[-1]) if len(loc) > 1 else ("", "/".join(loc))
        what = f"{REQUEST_PARTS.get(part, part)} '{name}'".strip()
        message = worded(what, str(err.get("msg", "is invalid")), err.get("input"))
        issues.append(Issue(path="/" + "/".join(loc), message=message, code="invalid_parameter"))
    return issues


def worded(what: str, problem: str, value: object) -> str:
    """ "query parameter 'wait': input should be a valid number (got 'abc')": what is wrong, in
    pydantic's words made plain, and the value sent. Render options are told so too."""
    return f"{what}: {problem[:1].lower()}{problem[1:]}{_given(value)}"


def _given(value: object) -> str:
    """The value sent, quoted, when it is short enough to help (a 300-character key is not)."""
    if isinstance(value, str | int | float) and len(str(value)) <= 40:
        return f" (got {value!r})"
    return ""


def refuse_unknown_query_parameters(request: Request, known: Sequence[str]) -> None:
    """An unknown query parameter (`?statsu=failed`) is an error naming the one meant: ignoring
    it would answer as if it had not been sent (every job instead of the failed ones)."""
    unknown = [key for key in request.query_params if key not in known]
    if unknown:
        raise InvalidRequestError([unknown_query_parameter(key, known, "parameter") for key in unknown])


QUERY_NAME_CUTOFF = 0.7
"""How alike (difflib's ratio) an unknown query parameter and a known one must be for the error to
ask "did you mean ...?"; below it, the error lists the parameters the route takes. A query's names
are few and short, and the names' default 0.6 matched `sort` with `cursor` (a request for another
order answered with a name that has nothing to do with it); every misspelling of one letter or two
(`statsu`, `limt`, `fromat`, `crpo`) and `state` for `status` (0.73) stay above it."""


def unknown_query_parameter(key: str, known: Sequence[str], noun: str) -> Issue:
    """The issue of a query parameter the route does not take: the known name meant
    (`QUERY_NAME_CUTOFF`), else every name it takes."""
    suggestion = did_you_mean(key, known, cutoff=QUERY_NAME_CUTOFF) or "the query takes " + ", ".join(known)
    return Issue(
        path=f"/query/{key}",
        message=f"unknown query {noun} '{key}'",
        code=f"invalid_{noun}",
        suggestion=suggestion,
    )


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app answers on this path. Starlette's 405 names only the
    methods of the first route whose path matches (`POST` for `/v1/renders`, though GET is there too)."""
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.router.routes):  # included routers' routes too
        route_methods = route.methods
        if route_methods and route.matches(request.scope)[0] is not Match.NONE:
            methods |= route_methods
    return sorted(methods)


HTTP_ERROR_CODES = {
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    415: "unsupported_media_type",
}
DATABASE_RETRY_AFTER_S = 2
CLIENT_CLOSED_REQUEST = 499
"""The status a request whose client hung up is counted with (nginx's; no client receives it)."""
DATABASE_UNREACHABLE_MESSAGE = (
    "the database is unreachable at the moment; nothing was done, retry shortly (the service's "
    "/readyz shows when it is back)"
)
log = logging.getLogger(__name__)


def database_unreachable_response(exc: BaseException) -> JSONResponse:
    """503 with Retry-After for a database outage: the request was fine and can be sent again."""
    log.warning("database unreachable: %s", first_line(exc))
    body = {"error": {"code": "database_unavailable", "message": DATABASE_UNREACHABLE_MESSAGE}}
    return JSONResponse(body, status_code=503, headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)})


INTERNAL_ERROR_MESSAGE = (
    "the server failed to answer this request; it is not the request's fault: try again, and "
    "report it if it goes on"
)


def install_error_handlers(app: FastAPI) -> None:
    """One place that turns every domain error into a JSON body with a clear code."""

    @app.exception_handler(Dsl2PngError)
    async def domain_error(_: Request, exc: Dsl2PngError) -> JSONResponse:
        status = next((code for cls, code in STATUS_BY_ERROR.items() if isinstance(exc, cls)), 500)
        retry_after = getattr(exc, "retry_after_s", None)  # a full queue, an image not ready yet
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
        return JSONResponse(error_body(exc), status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        """Starlette's own answers (an unknown route, a method a route lacks) in the same shape;
        a 405's Allow lists every method the path answers, not only the first route's."""
        code = HTTP_ERROR_CODES.get(exc.status_code, "http_error")
        headers = dict(getattr(exc, "headers", None) or {})
        message = str(exc.detail)
        if exc.status_code == 405 and (methods := allowed_methods(request)):
            headers["Allow"] = ", ".join(methods)
            message = f"{request.method} is not allowed here; this path answers " + ", ".join(methods)
        body = {"error": {"code": code, "message": message}}
        return JSONResponse(body, status_code=exc.status_code, headers=headers or None)

    async def database_unreachable(_: Request, exc: Exception) -> JSONResponse:
        return database_unreachable_response(exc)

    for error_type in DATABASE_UNREACHABLE_ERRORS:
        app.add_exception_handler(error_type, database_unreachable)

    @app.exception_handler(ClientDisconnect)
    async def client_gone(request: Request, _: ClientDisconnect) -> Response:
        """The client hung up before its request body was read (it gave up waiting, say): nobody
        is left to answer, and nothing is wrong with the server, so no error and no traceback
        (uvicorn logged one as "Exception in ASGI application"). 499 is counted in /metrics,
        as nginx logs a request its client closed."""
        log.info(
            "client closed the connection before its request was read: %s %s",
            request.method,
            request.url.path,
        )
        return Response(status_code=CLIENT_CLOSED_REQUEST)

    @app.exception_handler(Exception)
    async def server_fault(_: Request, exc: Exception) -> JSONResponse:
        """A fault of the server's own (a bug, a broken disk) in the shape of every other error,
        not Starlette's plain text. Starlette still re-raises it, so the server logs the traceback
        and then closes the connection: `Connection: close` tells the client not to reuse it."""
        body = {"error": {"code": "internal_error", "message": INTERNAL_ERROR_MESSAGE}}
        return JSONResponse(body, status_code=500, headers={"Connection": "close"})

    @app.exception_handler(RequestValidationError)
    async def request_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        """A declared parameter or body FastAPI refused, in the shape of every other 422."""
        return JSONResponse(error_body(InvalidRequestError(parameter_issues(exc.errors()))), status_code=422)
