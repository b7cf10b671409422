"""A long validation runs off the event loop: /healthz answers over real HTTP meanwhile."""

from __future__ import annotations

import asyncio
import json

import anyio
import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from command_api.app import include_command_routes
from dsl2png.http_deps import Limits
from query_api.health import router as health_router
from tests.e2e.processes import free_port

pytestmark = pytest.mark.integration

ICONS = [{"type": "icon", "name": f"notanicon{i}"} for i in range(1500)]
TABLE = {"type": "table", "columns": [f"C{c}" for c in range(8)],
         "rows": [[f"cell {r}.{c}" for c in range(8)] for r in range(500)]}  # fmt: skip
SLOW = json.dumps({"elements": [*ICONS, *[TABLE] * 12]})
"""1,500 unknown icons and 12 tables of 4,000 cells: about a second of checking, which faster
suggestions (a budget of close-spelling searches) no longer give the icons alone."""


async def test_healthz_answers_while_a_large_document_is_validated() -> None:
    app = FastAPI()
    app.state.limits = Limits()
    include_command_routes(app)
    app.include_router(health_router)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    with anyio.fail_after(30):
        while not server.started:
            await anyio.sleep(0.02)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            validating = asyncio.create_task(
                client.post("/v1/validate", content=SLOW, headers={"Content-Type": "application/json"})
            )
            answered_meanwhile = 0
            while not validating.done():
                health = await client.get("/healthz")
                assert health.status_code == 200
                answered_meanwhile += not validating.done()
            result = (await validating).json()
    finally:
        server.should_exit = True
        await serving
    assert result["valid"] is True
    # alike warnings are grouped: their paths still name every icon
    icons = [w for w in result["warnings"] if w["code"] == "unknown_icon"]
    assert sum(len(w.get("paths") or [w["path"]]) for w in icons) == 1500
    # On the loop, /healthz waited behind the whole validation: one answer at most got in first.
    assert answered_meanwhile >= 3
