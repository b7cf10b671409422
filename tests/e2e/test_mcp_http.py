"""End to end: the SDK's client over Streamable HTTP against `dsl2png serve` (its /mcp endpoint)."""

from __future__ import annotations

import json

import httpx
import pytest
from mcp import Client

from tests.e2e.processes import ServiceProcesses
from tests.support.mcp_checks import (
    BROKEN,
    RED,
    RED_BUTTON,
    TOOL_NAMES,
    ProgressLog,
    decode_image,
    poll_until_done,
    render_facts,
)

pytestmark = pytest.mark.e2e


async def test_mcp_over_http_on_the_service(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    async with Client(f"{url}/mcp", read_timeout_seconds=120) as client:
        assert {tool.name for tool in (await client.list_tools()).tools} == TOOL_NAMES

        progress = ProgressLog()
        rendered = await client.call_tool(
            "render_ui_mockup",
            {"dsl_content": RED_BUTTON | {"title": "mcp http"}},
            progress_callback=progress,
        )
        assert not rendered.is_error
        image, _ = decode_image(rendered)
        assert image.size == (400, 300)
        assert image.convert("RGB").getpixel((160, 105)) == RED
        assert progress.seen and progress.seen[-1][0] == 3
        render_id = render_facts(rendered)["render_id"]

        invalid = await client.call_tool("validate_dsl", {"dsl_content": BROKEN})
        assert invalid.structured_content is not None and invalid.structured_content["valid"] is False
        too_large = await client.call_tool(
            "validate_dsl", {"dsl_content": {"width": 8000, "height": 8000, "elements": []}}
        )
        assert too_large.structured_content is not None
        assert [e["code"] for e in too_large.structured_content["errors"]] == ["limit_canvas_pixels"]
        listed = json.dumps([tool.model_dump(mode="json") for tool in (await client.list_tools()).tools])
        assert "earlier" not in listed and "basic (" not in listed

        started = await client.call_tool(
            "render_ui_mockup", {"dsl_content": RED_BUTTON | {"title": "mcp http async"}, "async_mode": True}
        )
        done = await poll_until_done(client, render_facts(started)["render_id"])
        assert render_facts(done)["status"] == "completed"

    # the tools went through the command side: the render is an ordinary job with its events
    events = httpx.get(f"{url}/v1/renders/{render_id}/events", timeout=30).json()["events"]
    assert [e["name"] for e in events] == ["RenderRequested", "RenderStarted", "RenderCompleted"]


def test_mcp_endpoint_refuses_foreign_origins(embedded: tuple[str, ServiceProcesses]) -> None:
    url, _ = embedded
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    response = httpx.post(
        f"{url}/mcp", json=body, timeout=30,
        headers={"Accept": "application/json, text/event-stream", "Origin": "https://evil.example"},
    )  # fmt: skip
    assert response.status_code == 403
