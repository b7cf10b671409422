"""An MCP server that answers the handshake at once and registers its tools meanwhile."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from mcp.server.lowlevel.helper_types import ReadResourceContents
from mcp.server.mcpserver import Context
from mcp.shared.exceptions import MCPError
from mcp_types import INTERNAL_ERROR, CallToolResult, GetPromptResult, InputRequiredResult
from mcp_types import Prompt as MCPPrompt
from mcp_types import Resource as MCPResource
from mcp_types import ResourceTemplate as MCPResourceTemplate
from mcp_types import Tool as MCPTool
from pydantic import AnyUrl

from mcp_adapter.dsl_server import DslServer

log = logging.getLogger(__name__)

FeatureLoader = Callable[[DslServer], None]
"""Registers the tools, resources and prompt on the server; run in a thread (it imports the DSL)."""


class StartingServer(DslServer):
    """A `DslServer` that serves before its tools, resources and prompt are registered.

    The handshake needs only the server's name, version, instructions and capabilities, which the
    SDK takes from the class; the tools need the DSL's kernel, seconds of imports on a loaded
    machine. So `initialize` is answered at once while `loading_features` registers them in a
    thread, and each request for a tool, a resource or the prompt waits until they are there
    (or fails with why they could not be)."""

    def __init__(self) -> None:
        super().__init__()
        self._loaded = asyncio.Event()
        self._failure: Exception | None = None

    async def features_loaded(self) -> None:
        """Wait until the features are registered or could not be (never, if their loading was
        stopped: the client left)."""
        await self._loaded.wait()

    @contextlib.asynccontextmanager
    async def loading_features(self, load: FeatureLoader) -> AsyncIterator[None]:
        """Run `load` in a thread while the body serves; a body that ends first (the client left)
        stops waiting for it."""
        task = asyncio.create_task(self._load(load), name="mcp features")
        try:
            yield
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _load(self, load: FeatureLoader) -> None:
        try:
            await asyncio.to_thread(load, self)
        except Exception as exc:
            log.exception("the MCP tools did not load")
            self._failure = exc
        self._loaded.set()

    async def _features(self) -> None:
        await self._loaded.wait()
        if self._failure is not None:
            raise MCPError(code=INTERNAL_ERROR, message=f"dsl2png's tools did not load: {self._failure}")

    async def list_tools(self) -> list[MCPTool]:
        await self._features()
        return await super().list_tools()

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        await self._features()
        return await super().call_tool(name, arguments, context)

    async def list_resources(self) -> list[MCPResource]:
        await self._features()
        return await super().list_resources()

    async def list_resource_templates(self) -> list[MCPResourceTemplate]:
        await self._features()
        return await super().list_resource_templates()

    async def read_resource(
        self, uri: AnyUrl | str, context: Context[Any, Any] | None = None
    ) -> Iterable[ReadResourceContents] | InputRequiredResult:
        await self._features()
        return await super().read_resource(uri, context)

    async def list_prompts(self) -> list[MCPPrompt]:
        await self._features()
        return await super().list_prompts()

    async def get_prompt(
        self, name: str, arguments: dict[str, Any] | None = None, context: Context[Any, Any] | None = None
    ) -> GetPromptResult | InputRequiredResult:
        await self._features()
        return await super().get_prompt(name, arguments, context)
