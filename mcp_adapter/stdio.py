"""`dsl2png mcp`: the MCP server over stdio, on the embedded renderer unless configured for a service."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

from kernel.ports import RenderGateway
from mcp_adapter.server import build_server

GatewayFactory = Callable[[], AbstractAsyncContextManager[RenderGateway]]


async def run_stdio(gateway_factory: GatewayFactory, *, examples_dir: Path) -> None:
    """Open the gateway, serve MCP on stdin/stdout until the client closes it, then close the gateway."""
    async with gateway_factory() as gateway:
        server = build_server(gateway, examples_dir=examples_dir)
        await server.run_stdio_async()


def main() -> None:
    """Entry point of `dsl2png mcp` and `python -m mcp_adapter`: settings from the environment
    (no DATABASE_URL/NATS_URL: SQLite + an in-process worker under DSL2PNG_DATA_DIR), logs to stderr
    because stdout carries the protocol."""
    from dsl2png.commands import EXAMPLES_DIR
    from dsl2png.logs import configure_logging
    from dsl2png.runtime import open_runtime
    from dsl2png.settings import ServeSettings

    settings = ServeSettings()
    configure_logging(settings.log_level, json_lines=settings.log_json)

    @contextlib.asynccontextmanager
    async def gateway() -> AsyncIterator[RenderGateway]:
        async with open_runtime(settings) as runtime:
            yield runtime.gateway

    asyncio.run(run_stdio(gateway, examples_dir=EXAMPLES_DIR))
