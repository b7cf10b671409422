"""What an agent learns of the DSL from the MCP server alone, where one tripped: the render result's
text against its `_meta`, an avatar's name and a list entry's value, where a navbar's avatar
goes, the fields the examples write, an entry's unknown field, text beside a table cell's control,
and render options the image does not follow. Real SDK client, embedded runtime, real Chromium."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from mcp import Client
from mcp.server.mcpserver import MCPServer

from dsl2png.bundled import examples_folder
from dsl2png.runtime import open_runtime
from dsl2png.settings import ServeSettings
from kernel.dsl.parse import load_checked
from kernel.ports import RenderGateway
from mcp_adapter.server import build_server
from tests.support.mcp_checks import decode_image, render_facts, text

pytestmark = pytest.mark.integration

BUTTON = {"width": 300, "height": 120, "elements": [{"type": "button", "label": "Go"}]}


@pytest_asyncio.fixture(scope="module")
async def gateway(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RenderGateway]:
    settings = ServeSettings(
        database_url=None, nats_url=None, data_dir=tmp_path_factory.mktemp("mcp-reference")
    )
    async with open_runtime(settings) as runtime:
        yield runtime.gateway


@pytest.fixture(scope="module")
def server(gateway: RenderGateway) -> MCPServer[Any]:
    return build_server(gateway, examples_dir=examples_folder())


@pytest.fixture
def client(server: MCPServer[Any]) -> Client:
    """Entered by each test itself (anyio cancel scopes stay in the task that entered them)."""
    return Client(server)


async def test_the_render_tool_says_what_its_text_holds_and_what_only_meta_does(client: Client) -> None:
    async with client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        told = " ".join((tools["render_ui_mockup"].description or "").split())
        assert (
            "The result is the image and a text: the image's size, format and bytes, the render id and every warning"
            in told
        )
        assert (
            'The sha256, timings and warning codes are only in the result\'s `_meta` ("dsl2png/render")'
            in told
        )
        result = await client.call_tool("render_ui_mockup", {"dsl_content": BUTTON})
    assert not result.is_error, text(result)
    facts = render_facts(result)
    assert facts["sha256"] not in text(result) and "300x120 PNG" in text(result)


async def test_the_types_tell_avatar_names_list_values_navbar_avatars_and_cell_texts(client: Client) -> None:
    async with client:
        result = await client.call_tool("list_element_types", {"type": "avatar, list, navbar, table"})
    out = result.structured_content
    assert out is not None
    types = {entry["type"]: entry for entry in out["types"]}
    assert types["list"]["entry_fields"] == [
        "label", "description", "icon", "avatar", "iconPosition", "badge", "value", "shortcut", "variant", "active", "disabled", "indent", "href",
    ]  # fmt: skip
    assert "entry_fields" not in types["table"]
    words = text(result)
    assert "`description` (a role, an email) draws the name beside it" in words
    assert "names, as text or {label} ({name} reads the same)" in words
    assert "`value` is drawn at the row's right end" in words
    assert (
        "an entry of items: text (its label) or {label, description, icon, avatar, iconPosition, badge, value,"
        in words
    )
    assert "The user's avatar is an element, so it goes in `children`" in words
    assert "A user menu as a button ends the bar as the last action" in words
    assert (
        "[{type: avatar, name: Ada Lovelace}, Ada Lovelace] draws the face with the name beside it" in words
    )


async def test_the_document_fields_hold_every_field_an_example_writes(client: Client) -> None:
    async with client:
        listing = await client.call_tool("list_element_types", {"category": "document"})
        assert listing.structured_content is not None
        told = listing.structured_content["document"]
        assert "version" in told and "description" in told
        assert "- version: the DSL version (1); not drawn" in text(listing)
        names = (await client.call_tool("get_example", {})).structured_content
        assert names is not None
        for summary in names["available"]:
            example = await client.call_tool("get_example", {"name": summary["name"]})
            assert example.structured_content is not None
            written = load_checked(example.structured_content["source"]).data
            assert set(written) <= set(told), (summary["name"], set(written) - set(told))


async def test_the_document_height_is_told_as_a_number_or_auto(client: Client) -> None:
    """`height: auto - canvas height` read as if auto were its only value, beside width's 1-8000."""
    async with client:
        listing = await client.call_tool("list_element_types", {"category": "document"})
    assert listing.structured_content is not None
    height = listing.structured_content["document"]["height"]
    assert height.startswith("1-8000 or auto - canvas height in CSS px, or auto (as tall as the content)")
    assert "- height: 1-8000 or auto - canvas height in CSS px, or auto (as tall as the content)" in text(
        listing
    )


async def test_an_entrys_trailing_and_a_name_beside_its_avatar_in_a_cell(client: Client) -> None:
    document = {
        "elements": [
            {"type": "list", "items": [{"label": "Coffee", "trailing": "-$4.20"}]},
            {"type": "table", "columns": ["Name", "Role"],
             "rows": [[[{"type": "avatar", "name": "Ana Ruiz"}, "Ana Ruiz"], "Admin"]]},
        ]
    }  # fmt: skip
    async with client:
        result = await client.call_tool("validate_dsl", {"dsl_content": document})
    out = result.structured_content
    assert out is not None
    (error,) = out["errors"]
    assert error["path"] == "/elements/0/items/0/trailing"
    assert error["suggestion"].startswith("did you mean 'value'? It is drawn at the entry's right end")
    assert error["suggestion"].endswith("a list entry is text (its label), or {label, description, icon, "
                                        "avatar, iconPosition, badge, value, shortcut, variant, active, disabled, indent, href}")  # fmt: skip


@pytest.mark.parametrize(
    ("arguments", "said", "path"),
    [
        ({"options": {"quality": 10}}, "quality 10 is not used: it is for jpeg and webp, and a PNG is lossless",
         "/options/quality"),
        ({"options": {"format": "jpeg", "transparent_background": True}},
         "transparent is not used: a JPEG has no transparency, so the background is drawn white",
         "/options/transparent_background"),
        ({"device": "mobile", "width": 500},
         "the mobile's width 390 is not used (width 500 replaces it), while the device still sets the height and "
         "the scale: the canvas is 500x844 at 3x (1500x2532 px)", "/width"),
    ],
)  # fmt: skip
async def test_an_option_the_image_does_not_follow_is_a_warning(
    client: Client, arguments: dict[str, Any], said: str, path: str
) -> None:
    async with client:
        result = await client.call_tool("render_ui_mockup", {"dsl_content": BUTTON, **arguments})
    assert not result.is_error, text(result)
    assert [(w["code"], w["path"]) for w in render_facts(result)["warnings"]] == [("option_ignored", path)]
    assert f"\n- {path}: {said} (" in text(result)
    if "device" in arguments:
        assert (render_facts(result)["width"], render_facts(result)["height"]) == (1500, 2532)
        assert decode_image(result)[0].size[0] < 1500  # the attached image is scaled down, as told
