"""Session 13c's validation as an agent meets it through the SDK's real client: alike errors told
once, an element among actions told alone, an action's size rendered, and the sizes of an avatar
and the two ways of counting `current` in list_element_types."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from mcp import Client
from mcp.server.mcpserver import MCPServer

from dsl2png.commands import EXAMPLES_DIR
from dsl2png.runtime import open_runtime
from dsl2png.settings import ServeSettings
from kernel.ports import RenderGateway
from mcp_adapter.server import build_server
from tests.support.mcp_checks import text

pytestmark = pytest.mark.integration

ADMIN_TABLE = "elements:\n  - type: table\n    columns: [name, status]\n    rows:\n" + "".join(
    f"      - {{name: User {n}, status: {{type: badge, text: Active}}}}\n" for n in range(12)
)
ACTIONS = (
    "elements:\n  - type: navbar\n    title: Acme\n    actions:\n"
    "      - {type: avatar, name: Priya Shah, size: sm}\n"
    "  - type: header\n    title: Users\n    actions:\n      - {type: button, label: Export, size: sm}\n"
)


@pytest_asyncio.fixture(scope="module")
async def gateway(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RenderGateway]:
    settings = ServeSettings(database_url=None, nats_url=None, data_dir=tmp_path_factory.mktemp("mcp13c"))
    async with open_runtime(settings) as runtime:
        yield runtime.gateway


@pytest.fixture(scope="module")
def server(gateway: RenderGateway) -> MCPServer[Any]:
    return build_server(gateway, examples_dir=EXAMPLES_DIR)


@pytest.fixture
def client(server: MCPServer[Any]) -> Client:
    return Client(server)


async def test_an_error_in_every_row_comes_back_once(client: Client) -> None:
    async with client:
        result = await client.call_tool("validate_dsl", {"dsl_content": ADMIN_TABLE})
    out = result.structured_content
    assert out is not None and out["valid"] is False
    (error,) = out["errors"]
    assert (error["path"], error["line"]) == ("/elements/0/rows/0/status", 5)
    assert error["message"].endswith("; and 11 more like it at /elements/0/rows/1..11/status")
    assert text(result).count("a table cell holds") == 1


async def test_an_element_among_actions_is_the_one_error_and_an_actions_size_is_valid(client: Client) -> None:
    async with client:
        result = await client.call_tool("validate_dsl", {"dsl_content": ACTIONS})
    out = result.structured_content
    assert out is not None
    assert [(error["path"], error["code"]) for error in out["errors"]] == [
        ("/elements/0/actions/0/type", "invalid_value")
    ]
    assert "children: [{type: avatar" in out["errors"][0]["suggestion"]


async def test_a_document_with_sized_actions_renders(client: Client) -> None:
    document = ACTIONS.replace("{type: avatar, name: Priya Shah, size: sm}", "{label: Sign in, size: sm}")
    async with client:
        result = await client.call_tool("render_ui_mockup", {"dsl_content": document})
    assert not result.is_error, text(result)
    assert result.structured_content is not None and result.structured_content["status"] == "completed"


async def test_element_types_tell_avatar_sizes_and_where_current_counts_from(client: Client) -> None:
    async with client:
        result = await client.call_tool("list_element_types", {"type": "avatar, stepper, pagination"})
    out = result.structured_content
    assert out is not None
    types = {entry["type"]: entry for entry in out["types"]}
    assert types["avatar"]["choices"]["size"] == ["xs", "sm", "md", "lg", "xl", "2xl"]
    assert "0-based" in types["stepper"]["description"] and "1-based" in types["pagination"]["description"]
