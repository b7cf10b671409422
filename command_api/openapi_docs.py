"""What the OpenAPI document says about the command routes that read their body themselves.

`POST /v1/renders` and `POST /v1/validate` accept JSON or YAML, wrapped or bare, so they read the
request body directly and FastAPI cannot infer it. These declarations give generated clients and
the interactive docs the body's forms, the render options the query takes, and the error shape
every 4xx has.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from kernel.errors import Issue


class ErrorDetail(BaseModel):
    code: str = Field(
        description="invalid_dsl, invalid_request, bad_request, request_too_large, not_found, render_finished..."
    )
    message: str
    errors: list[Issue] = Field(default_factory=list, description="every problem found, not only the first")
    warnings: list[Issue] = Field(default_factory=list)


class ErrorResponse(BaseModel):
    """The body of every 4xx and 5xx answer."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "An empty body, or one that is not UTF-8"},
    413: {"model": ErrorResponse, "description": "A body larger than the service's limit"},
    422: {"model": ErrorResponse, "description": "An invalid document or option: every error with its path"},
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
    "theme": ({"enum": ["light", "dark"]}, "overrides the document's theme"),
    "format": ({"enum": ["png", "jpeg", "webp"]}, "image format (default png)"),
    "full_page": ({"type": "boolean"}, "capture the whole page, not only the canvas"),
    "transparent": ({"type": "boolean"}, "no page background (PNG and WebP keep the alpha channel)"),
    "quality": ({"type": "integer", "minimum": 1, "maximum": 100}, "JPEG/WebP quality"),
    "frame": ({"enum": ["none", "browser", "phone"]}, "a device drawn around the screen"),
}


def _option_parameters() -> list[dict[str, Any]]:
    return [
        {"name": name, "in": "query", "required": False, "schema": schema,
         "description": f"{text} (or in the body's `options`)"}
        for name, (schema, text) in _OPTIONS.items()
    ]  # fmt: skip


RENDER_OPENAPI: dict[str, Any] = {"requestBody": _DOCUMENT_BODY, "parameters": _option_parameters()}
VALIDATE_OPENAPI: dict[str, Any] = {
    "requestBody": {**_DOCUMENT_BODY, "description": "`{dsl, strict}` or a bare JSON or YAML document."}
}
