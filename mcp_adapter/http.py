"""Streamable HTTP for the MCP server, mounted at /mcp on the service: Origin check, optional API key."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mcp.server.mcpserver import MCPServer
from mcp.server.streamable_http_manager import StreamableHTTPASGIApp
from mcp.server.transport_security import TransportSecuritySettings
from starlette.datastructures import Headers
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from dsl2png.auth import presented_key
from kernel.ports import RenderGateway

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
VerifyKey = Callable[[str], str | None]
"""Returns the key's id (the owner of the jobs it submits), or None for an unknown key."""


def origin_allowed(origin: str | None, allowed: Iterable[str]) -> bool:
    """No Origin (not a browser) passes; so do localhost origins and the configured ones ('*': any).
    A page on another site (or a DNS-rebound name) cannot drive the tools from a browser."""
    if origin is None:
        return True
    allowed = [a.rstrip("/") for a in allowed]
    if "*" in allowed or origin.rstrip("/") in allowed:
        return True
    try:
        parts = urlsplit(origin)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and host in LOCAL_HOSTS


async def _reply(
    send: Send, status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


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
        if not origin_allowed(headers.get("origin"), self.allowed_origins):
            await _reply(send, 403, "origin_not_allowed", "this Origin may not use the MCP endpoint")
            return
        if self.verify_key is not None:
            secret = presented_key(headers)
            key_id = await asyncio.to_thread(self.verify_key, secret) if secret else None
            if key_id is None:
                await _reply(
                    send, 401, "unauthorized", "a valid API key is required: send 'Authorization: Bearer <key>'",
                    {"WWW-Authenticate": "Bearer"},
                )  # fmt: skip
                return
            scope.setdefault("state", {})["api_key_id"] = key_id
        if self._handler is None:
            await _reply(send, 503, "not_ready", "the MCP endpoint is starting or stopping")
            return
        await self._handler(scope, receive, send)

    @contextlib.asynccontextmanager
    async def serving(self, server: MCPServer[Any], *, stateless: bool = True) -> AsyncIterator[None]:
        """Run `server`'s Streamable HTTP session manager and route requests to it until exit.
        Stateless by default, so any API replica behind a load balancer can answer any request."""
        # Origin is checked above; the SDK's Host allow-list would refuse a service bound to a public name.
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
    examples_dir: Path,
    path: str = "/mcp",
    allowed_origins: Iterable[str] = (),
    verify_key: VerifyKey | None = None,
) -> McpLifespan:
    """Add the MCP endpoint to a Starlette/FastAPI `app` at `path` (with and without a trailing
    slash) and return the lifespan part to enter once the gateway is open:

        mcp_lifespan = install_mcp(app, examples_dir=EXAMPLES_DIR, allowed_origins=settings.mcp_allowed_origins)
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
