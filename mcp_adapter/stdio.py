"""`dsl2png mcp`: the MCP server over stdio, on the embedded renderer unless configured for a service."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

from mcp.server.stdio import stdio_server

from mcp_adapter.dsl_server import DslServer
from mcp_adapter.starting_server import StartingServer
from mcp_adapter.stdin_lines import StdinLines, claimed_stdin

if TYPE_CHECKING:  # the port's annotations name the DSL's models, loaded after the handshake
    from kernel.ports import RenderGateway

GatewayFactory = Callable[[Callable[[], Awaitable[None]]], AbstractAsyncContextManager["RenderGateway"]]
"""Opens the gateway, given what its start in the background waits for: the tools' loading. Both
import the DSL's kernel, which two threads cannot do at once (a module of a package whose modules
import each other is then seen half initialised by one: an ImportError); the tools go first, as
a client lists them right after the handshake, and Chromium starts while it writes a document."""


async def run_stdio(gateway_factory: GatewayFactory, *, examples_dir: Traversable) -> None:
    """Serve MCP on stdin/stdout until the client closes it (or the task is cancelled: a signal),
    then close the gateway. `initialize` is answered before the tools are loaded
    (`StartingServer`): a client with a short timeout for the handshake is not left waiting for
    the DSL's imports, nor for the gateway's start (Chromium), which follows the tools'."""
    server = StartingServer()
    async with gateway_factory(server.features_loaded) as gateway:

        def load(server: DslServer) -> None:
            from mcp_adapter.server import add_features  # the DSL's kernel: seconds of imports

            add_features(server, gateway, examples_dir=examples_dir)

        async with server.loading_features(load):
            with claimed_stdin() as stdin:
                # stdin read by StdinLines, so that a cancellation does not wait for the client's next line
                async with stdio_server(stdin=StdinLines(stdin)) as (read_stream, write_stream):  # type: ignore[arg-type]
                    lowlevel = server._lowlevel_server  # run_stdio_async's own steps, with our stdin
                    await lowlevel.run(read_stream, write_stream, lowlevel.create_initialization_options())
