"""API-key authentication and per-key rate limiting for every HTTP route (MCP included)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from dsl2png.ratelimit import RateLimiter

OPEN_PATHS = ("/healthz", "/readyz", "/metrics", "/docs", "/redoc", "/openapi.json")
Verify = Callable[[str], str | None]


def presented_key(request: Request) -> str | None:
    """`Authorization: Bearer <key>`, or `X-API-Key` as the earlier project's clients send it."""
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return request.headers.get("x-api-key") or None


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def install_auth(app: FastAPI, verify: Verify | None, limiter: RateLimiter | None) -> None:
    """With `verify`, every non-open route needs a valid key; the key id becomes the job owner.
    With `limiter`, each key is held to its request rate (quotas are per key, so limits apply
    when authentication is on)."""

    @app.middleware("http")
    async def authenticate(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.url.path.startswith(OPEN_PATHS) or request.method == "OPTIONS":
            return await call_next(request)
        caller = request.client.host if request.client else "unknown"
        if verify is not None:
            secret = presented_key(request)
            key_id = await asyncio.to_thread(verify, secret) if secret else None
            if key_id is None:
                return _error(
                    401, "unauthorized",
                    "a valid API key is required: send 'Authorization: Bearer <key>' (create one with `dsl2png keys create`)",
                    {"WWW-Authenticate": "Bearer"},
                )  # fmt: skip
            request.state.api_key_id = caller = key_id
        if limiter is not None:
            retry_after = limiter.check(caller)
            if retry_after:
                return _error(
                    429, "rate_limited", f"too many requests; retry in {retry_after}s",
                    {"Retry-After": str(retry_after)},
                )  # fmt: skip
        return await call_next(request)
