"""Streamable HTTP for the MCP server, mounted at /mcp on the service: Origin check, optional API key."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AbstractAsyncContextManager
from importlib.resources.abc import Traversable
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.server.streamable_http_manager import StreamableHTTPASGIApp
from mcp.server.transport_security import TransportSecuritySettings
from starlette.datastructures import Headers
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from dsl2png.auth import presented_key
from dsl2png.caller_checks import origin_allowed, refuse
from kernel.ports import RenderGateway

VerifyKey = Callable[[str], str | None]
"""Returns the key's id (the owner of the jobs it submits), or None for an unknown key."""


class McpHttpEndpoint:
    """The ASGI app behind /mcp. It refuses foreign Origins (403) and, with `verify_key`, requests
    without a valid key (401); the MCP server is attached by `serving()` once the gateway exists."""

    def __init__(self, *, allowed_origins: Iterable[str] = (), verify_key: VerifyKey | None = None) -> None:
        self.allowed_origins = list(allowed_origins)
        self.verify_key = verify_key
        self._handler: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        headers = Headers(scope=scope)
        if not origin_allowed(headers.get("origin"), self.allowed_origins, own_host=headers.get("host")):
            await refuse(send, 403, "origin_not_allowed", "this Origin may not use the MCP endpoint")
            return
        if self.verify_key is not None:
            secret = presented_key(headers)
            key_id = await asyncio.to_thread(self.verify_key, secret) if secret else None
            if key_id is None:
                await refuse(
                    send, 401, "unauthorized", "a valid API key is required: send 'Authorization: Bearer <key>'",
                    {"WWW-Authenticate": "Bearer"},
                )  # fmt: skip
                return
            scope.setdefault("state", {})["api_key_id"] = key_id
        if self._handler is None:
            await refuse(send, 503, "not_ready", "the MCP endpoint is starting or stopping")
            return
        await self._handler(scope, receive, send)

    @contextlib.asynccontextmanager
    async def serving(self, server: MCPServer[Any], *, stateless: bool = True) -> AsyncIterator[None]:
        """Run `server`'s Streamable HTTP session manager and route requests to it until exit.
        Stateless by default, so any API replica behind a load balancer can answer any request."""
        # Origin is checked above, Host by the service's own check (dsl2png.caller_checks, configured
        # with DSL2PNG_ALLOWED_HOSTS); the SDK's fixed Host allow-list would refuse a public name.
        server.streamable_http_app(
            stateless_http=stateless,
            transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
        )
        manager = server.session_manager
        async with manager.run():
            self._handler = StreamableHTTPASGIApp(manager)
            try:
                yield
            finally:
                self._handler = None


McpLifespan = Callable[[RenderGateway], AbstractAsyncContextManager[None]]


def install_mcp(
    app: Any,
    *,
    examples_dir: Traversable,
    path: str = "/mcp",
    allowed_origins: Iterable[str] = (),
    verify_key: VerifyKey | None = None,
) -> McpLifespan:
    """Add the MCP endpoint to a Starlette/FastAPI `app` at `path` (with and without a trailing
    slash) and return the lifespan part to enter once the gateway is open:

        mcp_lifespan = install_mcp(app, examples_dir=examples_folder(), allowed_origins=settings.mcp_allowed_origins)
        ... in the app's lifespan: async with mcp_lifespan(runtime.gateway): yield

    Leave `verify_key` None when the app's own middleware already checks keys (it must then set
    `request.state.api_key_id`, which the tools use as the job owner)."""
    from mcp_adapter.server import build_server

    endpoint = McpHttpEndpoint(allowed_origins=allowed_origins, verify_key=verify_key)
    base = path.rstrip("/")
    app.router.routes.append(Route(base, endpoint=endpoint, include_in_schema=False))
    app.router.routes.append(Route(base + "/", endpoint=endpoint, include_in_schema=False))

    @contextlib.asynccontextmanager
    async def lifespan(gateway: RenderGateway) -> AsyncIterator[None]:
        async with endpoint.serving(build_server(gateway, examples_dir=examples_dir)):
            yield

    return lifespan
