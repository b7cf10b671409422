"""Reading MCP tool results in tests: the attached image, the text, a render tool's facts (in
`_meta`, not structured content) and waiting for a render."""

from __future__ import annotations

import base64
import io
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from mcp import Client
from mcp_types import CallToolResult, ImageContent, TextContent
from PIL import Image

from mcp_adapter.results import RENDER_META, VALIDATION_META

RED = (255, 0, 0)
RED_BUTTON: dict[str, Any] = {
    "width": 400,
    "height": 300,
    "elements": [
        {
            "type": "button",
            "label": "Go",
            "layout": {"x": 100, "y": 80, "width": 120, "height": 50},
            # its label is drawn transparent (no ink), not red on red: a label in its
            # background's colour is a WCAG failure the validator warns of (low_contrast)
            "style": {"background": "#ff0000", "color": "transparent", "border": "none", "borderRadius": 0},
        }
    ],
}
"""A red button at (100, 80) sized 120x50 on a 400x300 canvas: pixel (160, 105) is red."""
BROKEN = {"width": 400, "height": 300, "elements": [{"type": "buton", "label": "Go", "layot": {"x": 1}}]}
"""Two errors: an unknown type (suggest 'button') and an unknown field (suggest 'layout')."""
TOOL_NAMES = {"render_ui_mockup", "validate_dsl", "get_render_status", "list_element_types", "get_example"}


def images(result: CallToolResult) -> list[ImageContent]:
    return [block for block in result.content if isinstance(block, ImageContent)]


def text(result: CallToolResult) -> str:
    return "\n".join(block.text for block in result.content if isinstance(block, TextContent))


def render_facts(result: CallToolResult) -> dict[str, Any]:
    """A render tool's facts (RenderOut as JSON): in `_meta`, never structured content, since a
    client such as Claude Code hands the model only structured content when there is some and
    the image would be lost."""
    assert result.structured_content is None, result.structured_content
    assert result.meta is not None and RENDER_META in result.meta, text(result)
    facts: dict[str, Any] = result.meta[RENDER_META]
    return facts


def refusal_facts(result: CallToolResult) -> dict[str, Any]:
    """The issues (ValidationOut as JSON) of a render tool's refusal of an invalid document: an
    error result, text only, with the issues in `_meta`."""
    assert result.is_error, text(result)
    assert result.structured_content is None, result.structured_content
    assert result.meta is not None and VALIDATION_META in result.meta, text(result)
    facts: dict[str, Any] = result.meta[VALIDATION_META]
    return facts


def decode_image(result: CallToolResult) -> tuple[Image.Image, bytes]:
    """The one image of a result, decoded, and its raw bytes."""
    (block,) = images(result)
    data = base64.b64decode(block.data)
    image = Image.open(io.BytesIO(data))
    image.load()
    return image, data


async def poll_until_done(
    client: Client,
    render_id: str,
    *,
    timeout_s: float = 60.0,
    between: Callable[[], Awaitable[Any]] | None = None,
) -> CallToolResult:
    """Call get_render_status until the render is terminal (the agent's polling loop)."""
    with anyio.fail_after(timeout_s):
        while True:
            result = await client.call_tool("get_render_status", {"render_id": render_id})
            if render_facts(result)["status"] in ("completed", "failed", "cancelled"):
                return result
            await (between() if between is not None else anyio.sleep(0.05))


class ProgressLog:
    """A progress callback for `call_tool` that records every notification."""

    def __init__(self) -> None:
        self.seen: list[tuple[float, float | None, str | None]] = []

    async def __call__(self, progress: float, total: float | None, message: str | None) -> None:
        self.seen.append((progress, total, message))
