"""API-key authentication and per-key rate limiting for every HTTP route (MCP included)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from dsl2png.api_docs import DOCS_ASSETS
from dsl2png.db_errors import DATABASE_UNREACHABLE_ERRORS
from dsl2png.http_errors import database_unreachable_response
from dsl2png.ratelimit import RateLimiter

OPEN_PATHS = ("/healthz", "/readyz", "/metrics", "/docs", "/redoc", "/openapi.json", DOCS_ASSETS)
OPEN_PAGES = frozenset({"/", "/playground"})
"""Pages open as a whole path only (not as a prefix: every path starts with "/")."""
Verify = Callable[[str], str | None]


def presented_key(headers: Headers) -> str | None:
    """`Authorization: Bearer <key>`, or `X-API-Key` as the earlier project's clients send it."""
    header = headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return headers.get("x-api-key") or None


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


class Authenticate:
    """With `verify`, every non-open route needs a valid key, whose id becomes `request.state.
    api_key_id` (the job owner). With `limiter`, each key (or client address, when keys are off)
    is held to its request rate. Plain ASGI, not BaseHTTPMiddleware, so response bodies pass
    straight through."""

    def __init__(self, app: ASGIApp, verify: Verify | None, limiter: RateLimiter | None) -> None:
        self.app = app
        self.verify = verify
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["path"].startswith(OPEN_PATHS)
            or scope["path"] in OPEN_PAGES
            or scope["method"] == "OPTIONS"
        ):
            await self.app(scope, receive, send)
            return
        refusal = await self._refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _refusal(self, scope: Scope) -> JSONResponse | None:
        """The error to answer instead of the app (401, 429), or None to let the request in."""
        client = scope.get("client")
        caller = client[0] if client else "unknown"
        if self.verify is not None:
            secret = presented_key(Headers(scope=scope))
            if not secret:
                return _error(
                    401, "unauthorized",
                    "a valid API key is required: send 'Authorization: Bearer <key>' (create one with `dsl2png keys create`)",
                    {"WWW-Authenticate": "Bearer"},
                )  # fmt: skip
            try:
                key_id = await asyncio.to_thread(self.verify, secret)
            except DATABASE_UNREACHABLE_ERRORS as exc:  # the keys live in Postgres
                return database_unreachable_response(exc)
            if key_id is None:
                return _error(
                    401, "unauthorized",
                    "this API key is unknown or was revoked: check the key you send, or create one with "
                    "`dsl2png keys create`",
                    {"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )  # fmt: skip
            scope.setdefault("state", {})["api_key_id"] = caller = key_id
        if self.limiter is not None:
            retry_after = self.limiter.check(caller)
            if retry_after:
                return _error(
                    429, "rate_limited", f"too many requests; retry in {retry_after}s",
                    {"Retry-After": str(retry_after)},
                )  # fmt: skip
        return None


def install_auth(app: FastAPI, verify: Verify | None, limiter: RateLimiter | None) -> None:
    """Authentication and rate limiting in front of every non-open route (see `Authenticate`)."""
    app.add_middleware(Authenticate, verify=verify, limiter=limiter)
