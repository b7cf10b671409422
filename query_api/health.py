"""Liveness and readiness: /readyz really checks the database, the queue and the Chromium pool."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

import dsl2png
from kernel.dsl.options import RENDERER_VERSION
from query_api.schemas import Readiness

router = APIRouter(tags=["health"])
Check = Callable[[], Awaitable[bool]]


# HEAD too (a load balancer's probe often sends it), left out of the OpenAPI document as every HEAD is.
@router.get("/healthz", operation_id="getHealth")
@router.head("/healthz", include_in_schema=False)
async def healthz() -> dict[str, str]:
    """The process answers, with the dsl2png and renderer versions it runs (each render's own
    are in its RenderCompleted or RenderFailed event and its job view)."""
    return {"status": "ok", "dsl2png_version": str(dsl2png.__version__), "renderer_version": RENDERER_VERSION}


@router.get(
    "/readyz",
    operation_id="getReadiness",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "A dependency does not answer: it is `failing`"}},
)
@router.head("/readyz", include_in_schema=False)
async def readyz(request: Request) -> JSONResponse:
    """Every dependency answers within a second; 503 names the ones that do not."""
    checks: dict[str, Check] = request.app.state.readiness

    async def run(check: Check) -> bool:
        try:
            return await asyncio.wait_for(check(), timeout=1.0)
        except Exception:
            return False

    names = list(checks)
    results = await asyncio.gather(*(run(checks[name]) for name in names))
    report = {name: "ok" if ok else "failing" for name, ok in zip(names, results, strict=True)}
    ready = all(results)
    return JSONResponse(
        {"status": "ready" if ready else "not ready", "checks": report}, status_code=200 if ready else 503
    )
