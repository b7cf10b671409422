"""`dsl2png mcp`'s server answers the handshake before its tools are loaded (`StartingServer`):
what it tells in `initialize` is the full server's, and every request for a tool, a resource or
the prompt waits for them (or says why they did not load)."""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from mcp import Client
from mcp.shared.exceptions import MCPError

from dsl2png.bundled import examples_folder
from dsl2png.runtime import open_runtime
from dsl2png.settings import ServeSettings
from kernel.ports import RenderGateway
from mcp_adapter.dsl_server import DslServer
from mcp_adapter.server import add_features, build_server
from mcp_adapter.starting_server import StartingServer
from tests.support.mcp_checks import RED, RED_BUTTON, TOOL_NAMES, decode_image, text

pytestmark = pytest.mark.integration


@contextlib.asynccontextmanager
async def _released(release: threading.Event) -> AsyncIterator[None]:
    """Releases the held loading however the body ends: a failed assertion must not leave its
    thread waiting, and the test run with it."""
    try:
        yield
    finally:
        release.set()


@pytest_asyncio.fixture(scope="module")
async def gateway(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RenderGateway]:
    settings = ServeSettings(database_url=None, nats_url=None, data_dir=tmp_path_factory.mktemp("starting"))
    async with open_runtime(settings) as runtime:
        yield runtime.gateway


async def test_the_handshake_is_answered_while_the_tools_load_and_a_render_asked_at_once_waits_for_them(
    gateway: RenderGateway,
) -> None:
    """The loading is held until the client has its handshake: `initialize` cannot have waited for
    it. What the handshake tells is what the full server tells; a render asked before the tools
    are there is drawn once they are, as are tools/list, a resource and the prompt."""
    release = threading.Event()

    def load(server: DslServer) -> None:
        release.wait()
        add_features(server, gateway, examples_dir=examples_folder())

    full = build_server(gateway, examples_dir=examples_folder())
    server = StartingServer()
    async with server.loading_features(load), Client(server) as client, _released(release):
        assert client.server_info is not None and client.server_info.name == "dsl2png"
        async with Client(full) as reference:
            assert client.server_capabilities == reference.server_capabilities
            assert client.instructions == reference.instructions
            assert client.server_info.version == reference.server_info.version  # type: ignore[union-attr]

        render = asyncio.create_task(client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON}))
        listing = asyncio.create_task(client.list_tools())
        release.set()
        rendered = await render
        assert not rendered.is_error, text(rendered)
        assert decode_image(rendered)[0].convert("RGB").getpixel((160, 105)) == RED
        assert {tool.name for tool in (await listing).tools} == TOOL_NAMES
        assert "dsl://schema" in {str(r.uri) for r in (await client.list_resources()).resources}
        assert [p.name for p in (await client.list_prompts()).prompts] == ["design_screen"]
        await server.features_loaded()  # done: what waits on it (the renderer's start) goes on


async def test_tools_that_did_not_load_are_told_on_each_request_with_the_reason(
    gateway: RenderGateway,
) -> None:
    def load(server: DslServer) -> None:
        raise ImportError("no module named 'kernel.dsl.broken'")

    server = StartingServer()
    async with server.loading_features(load), Client(server) as client:
        assert client.server_info is not None and client.server_info.name == "dsl2png"
        told = re.escape("dsl2png's tools did not load: no module named 'kernel.dsl.broken'")
        with pytest.raises(MCPError, match=told):
            await client.list_tools()
        with pytest.raises(MCPError, match=told):
            await client.call_tool("validate_dsl", {"dsl_content": RED_BUTTON})
        await server.features_loaded()  # a failed loading is over too: the renderer still starts
