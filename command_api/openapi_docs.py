"""What the OpenAPI document says about the command routes that read their body themselves.

`POST /v1/renders` and `POST /v1/validate` accept JSON or YAML, wrapped or bare, so they read the
request body directly and FastAPI cannot infer it. These declarations give generated clients and
the interactive docs the body's forms, the render options the query takes, and the error shape
every 4xx has.
"""

from __future__ import annotations

from typing import Any

from dsl2png.http_deps import Limits
from dsl2png.http_errors import ErrorResponse
from kernel.schemas import CancelledRenderPublic, FailedRenderPublic

RENDER_RESPONSE = {"$ref": "#/components/schemas/RenderPublic"}
IMAGE_SCHEMA = {"type": "string", "format": "binary"}
IMAGE_CONTENT: dict[str, Any] = {
    media: {"schema": IMAGE_SCHEMA} for media in ("image/png", "image/jpeg", "image/webp")
}

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "An empty body, or one that is not UTF-8"},
    413: {"model": ErrorResponse, "description": "A body larger than the service's limit"},
    415: {
        "model": ErrorResponse,
        "description": "A body of a type that is no JSON or YAML document (XML, a form, HTML, an "
        "image), or in another charset than UTF-8",
    },
    422: {
        "model": ErrorResponse,
        "description": "An invalid document (`invalid_dsl`), render option (`invalid_options`) or "
        "parameter or body field (`invalid_request`): every error with its path",
    },
}

RETRY_AFTER_HEADER = {
    "Retry-After": {"description": "Seconds to wait before asking again", "schema": {"type": "integer"}}
}
LOCATION_HEADER = {"Location": {"description": "The render's status URL", "schema": {"type": "string"}}}
IMAGE_HEADERS: dict[str, Any] = {
    "ETag": {"description": "The image's sha256, quoted", "schema": {"type": "string"}},
    "X-Render-Id": {
        "description": "The render's id (its status is at `Location`)",
        "schema": {"type": "string"},
    },
    "Content-Disposition": {
        "description": 'Shown inline, saved as `<render id>.<format>` (`inline; filename="..."`)',
        "schema": {"type": "string"},
    },
    "X-Render-Warnings": {
        "description": "Only when the render has warnings: their codes, comma-separated (the status "
        "at `Location` holds each in full)",
        "schema": {"type": "string"},
    },
}


def _error_or_finished_render(description: str, render: type) -> dict[str, Any]:
    """An error status that `POST /v1/renders?wait=` also answers with the failed (or cancelled)
    render itself: a body with `id` and `status` is the render, one without them the error."""
    return {"description": description, "model": ErrorResponse | render}


RENDER_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "**An image** with `wait`, when the render completed in time: its type is the "
        "render's format (`image/png`, `image/jpeg` or `image/webp`), with ETag, X-Render-Id and "
        "X-Render-Warnings. **The job as JSON** (`application/json`, a RenderPublic) only when "
        "`Accept: application/json` asks for it over the image, or without `wait` when the render had "
        "already finished (the same document was rendered before, or the Idempotency-Key's render "
        "is done). Read the Content-Type before decoding the body",
        "content": {**IMAGE_CONTENT, "application/json": {"schema": RENDER_RESPONSE}},
        "headers": {**LOCATION_HEADER, **IMAGE_HEADERS},
    },
    202: {
        "description": "The render is queued or running (the job, as JSON): poll `Location` after "
        "`Retry-After` seconds",
        "headers": {**LOCATION_HEADER, **RETRY_AFTER_HEADER},
    },
    409: _error_or_finished_render(
        "The Idempotency-Key was used with another request (`idempotency_conflict`); or, with "
        "`wait`, the render was cancelled (the job, its status `cancelled`)",
        CancelledRenderPublic,
    ),
    **ERROR_RESPONSES,
    422: _error_or_finished_render(
        "An invalid document (`invalid_dsl`), option (`invalid_options`) or parameter "
        "(`invalid_request`); or, with `wait`, the render failed and trying again cannot help "
        "(the job, its `error` says why)",
        FailedRenderPublic,
    ),
    429: {
        "model": ErrorResponse,
        "description": "This API key has too many renders queued or rendering (`too_many_renders`, "
        "with Retry-After)",
        "headers": RETRY_AFTER_HEADER,
    },
    503: {
        **_error_or_finished_render(
            "The queue is full (`queue_full`) or the database unreachable (`database_unavailable`), "
            "both with Retry-After; or, with `wait`, the render failed and trying again may help "
            "(the job, its `error` says why)",
            FailedRenderPublic,
        ),
        "headers": RETRY_AFTER_HEADER,
    },
}

_DOCUMENT_BODY = {
    "description": (
        "`{dsl, options}` (the document as an object or as JSON/YAML text, options as in the query), "
        "or a bare JSON or YAML document with the options in the query. The DSL is described in "
        "docs/dsl.md and its JSON Schema by `dsl2png schema`."
    ),
    "required": True,
    "content": {
        "application/json": {"schema": {"type": "object"}},
        "application/yaml": {"schema": {"type": "string"}},
    },
}


_OPTIONS: dict[str, tuple[dict[str, Any], str]] = {
    "width": (
        {"type": "integer", "minimum": 1, "maximum": 8000},
        "canvas width in CSS px (beats the document's)",
    ),
    "height": ({"type": "integer", "minimum": 1, "maximum": 8000}, "canvas height in CSS px"),
    "device": ({"enum": ["desktop", "laptop", "tablet", "mobile"]}, "a size and scale preset"),
    "scale": ({"type": "number", "minimum": 1, "maximum": 4}, "device scale factor"),
    "theme": ({"enum": ["light", "dark", "wireframe"]}, "overrides the document's theme"),
    "format": ({"enum": ["png", "jpeg", "webp"]}, "image format (default png; `jpg` and upper case too)"),
    "full_page": ({"type": "boolean"}, "capture the whole page, not only the canvas"),
    "transparent": ({"type": "boolean"}, "no page background (PNG and WebP keep the alpha channel)"),
    "quality": ({"type": "integer", "minimum": 1, "maximum": 100}, "JPEG/WebP quality"),
    "frame": ({"enum": ["none", "browser", "window", "phone", "tablet"]}, "a device drawn around the screen"),
    "crop": ({"type": "boolean"}, "cut the image to the drawn content and its page margin (no frame)"),
}


def _option_parameters() -> list[dict[str, Any]]:
    return [
        {"name": name, "in": "query", "required": False, "schema": schema,
         "description": f"{text} (or in the body's `options`)"}
        for name, (schema, text) in _OPTIONS.items()
    ]  # fmt: skip


RENDER_OPENAPI: dict[str, Any] = {"requestBody": _DOCUMENT_BODY, "parameters": _option_parameters()}
VALIDATE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The document was checked: `valid` says whether it renders, `errors` and "
        "`warnings` say what is wrong, each at its path. An invalid document is this 200 with "
        "`valid: false`, not an error status"
    },
    **ERROR_RESPONSES,
    400: {
        "model": ErrorResponse,
        "description": "An empty body (`bad_request`), as `POST /v1/renders` refuses it",
    },
    422: {
        "model": ErrorResponse,
        "description": "A render option that is invalid or makes the render impossible "
        "(`invalid_options`), or a parameter or body field (`invalid_request`); never the document itself",
    },
}
VALIDATE_OPENAPI: dict[str, Any] = {
    "requestBody": {
        **_DOCUMENT_BODY,
        "description": "`{dsl, options, strict}` or a bare JSON or YAML document (options in the query).",
    },
    "parameters": _option_parameters(),
}


def document_limits(document: dict[str, Any], limits: Limits) -> None:
    """This server's limits in the document, as settings set them at start-up: the longest
    `wait` (a longer one is cut to it) and the largest body, on each route that has them."""
    for operation in (document["paths"]["/v1/renders"]["post"], document["paths"]["/v1/validate"]["post"]):
        too_large = operation["responses"]["413"]
        too_large["description"] = (
            f"A body larger than this service's limit, {limits.max_body_bytes} bytes (`request_too_large`)"
        )
    for parameter in document["paths"]["/v1/renders"]["post"]["parameters"]:
        if parameter["name"] == "wait":
            for schema in parameter["schema"].get("anyOf", [parameter["schema"]]):
                if "maximum" in schema:
                    schema["maximum"] = limits.max_wait_s
            parameter["description"] = (
                f"Seconds to wait for the image: at most {limits.max_wait_s:g} on this service "
                "(`DSL2PNG_MAX_WAIT_S`), and a longer wait is cut to that. A render not finished "
                "by then answers 202 with its job, as without `wait`"
            )
