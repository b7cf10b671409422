"""What the OpenAPI document says about API keys and the per-key rate limit (see `dsl2png.auth`).

The keys are checked by a middleware in front of every route, not by a FastAPI dependency, so
FastAPI cannot see them: this declares the security schemes, applies them to every route that is
not open, and documents the 401 (and the 429 of the rate limit) those routes can answer. With no
key needed (the embedded mode) the document declares none, as the server then asks for none.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import FastAPI

from dsl2png.api_docs import amend_openapi
from dsl2png.auth import OPEN_PAGES, OPEN_PATHS

ERROR_SCHEMA = {"$ref": "#/components/schemas/ErrorResponse"}
SECURITY_SCHEMES: dict[str, dict[str, Any]] = {
    "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "An API key (create one with `dsl2png keys create`) as `Authorization: Bearer <key>`",
    },
    "apiKeyHeader": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": "The same API key in `X-API-Key`, as the earlier project's clients send it",
    },
}
KEY_REQUIREMENT: list[dict[str, list[str]]] = [{"bearerAuth": []}, {"apiKeyHeader": []}]
"""Either header will do."""

UNAUTHORIZED_RESPONSE: dict[str, Any] = {
    "description": "No API key, or one that is unknown or revoked (`unauthorized`)",
    "headers": {
        "WWW-Authenticate": {
            "description": '`Bearer`, or `Bearer error="invalid_token"` for a key that is not valid',
            "schema": {"type": "string"},
        }
    },
    "content": {"application/json": {"schema": ERROR_SCHEMA}},
}
RATE_LIMITED = "too many requests from this API key in a short time (`rate_limited`, with Retry-After)"
RETRY_AFTER = {"description": "Seconds to wait before asking again", "schema": {"type": "integer"}}


def needs_key(path: str) -> bool:
    """Whether `dsl2png.auth.Authenticate` asks a request to this path for a key."""
    return not path.startswith(OPEN_PATHS) and path not in OPEN_PAGES


def document_api_keys(app: FastAPI, *, keys_required: bool, rate_limited: bool) -> None:
    """Make `app.openapi()` declare the API key schemes and each guarded operation's 401 (when
    `keys_required`) and its 429 `rate_limited` (when `rate_limited`)."""
    if keys_required or rate_limited:
        amend_openapi(app, partial(guard, keys_required=keys_required, rate_limited=rate_limited))


def guard(document: dict[str, Any], *, keys_required: bool, rate_limited: bool) -> None:
    """Add the key schemes to `document`, and the 401/429 of every operation that needs a key."""
    if keys_required:
        document.setdefault("components", {})["securitySchemes"] = SECURITY_SCHEMES
    for path, operations in document.get("paths", {}).items():
        if not needs_key(path):
            continue
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if keys_required:
                operation["security"] = KEY_REQUIREMENT
                responses["401"] = UNAUTHORIZED_RESPONSE
            if rate_limited:
                limit = responses.setdefault(
                    "429", {"content": {"application/json": {"schema": ERROR_SCHEMA}}}
                )
                said = limit.get("description")
                limit["description"] = f"{said}; or {RATE_LIMITED}" if said else RATE_LIMITED.capitalize()
                limit["headers"] = {**limit.get("headers", {}), "Retry-After": RETRY_AFTER}
