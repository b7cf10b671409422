"""`dsl2png mcp`: the MCP server over stdio, on the embedded renderer unless configured for a service."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from importlib.resources.abc import Traversable

from mcp.server.stdio import stdio_server

from kernel.ports import RenderGateway
from mcp_adapter.server import build_server
from mcp_adapter.stdin_lines import StdinLines, claimed_stdin

GatewayFactory = Callable[[], AbstractAsyncContextManager[RenderGateway]]


async def run_stdio(gateway_factory: GatewayFactory, *, examples_dir: Traversable) -> None:
    """Open the gateway, serve MCP on stdin/stdout until the client closes it (or the task is
    cancelled: a signal), then close the gateway."""
    async with gateway_factory() as gateway:
        server = build_server(gateway, examples_dir=examples_dir)
        with claimed_stdin() as stdin:
            # stdin read by StdinLines, so that a cancellation does not wait for the client's next line
            async with stdio_server(stdin=StdinLines(stdin)) as (read_stream, write_stream):  # type: ignore[arg-type]
                lowlevel = server._lowlevel_server  # run_stdio_async's own steps, with our stdin
                await lowlevel.run(read_stream, write_stream, lowlevel.create_initialization_options())
