"""What the MCP tools answer an agent where agents tripped: the image size an async render asked
for, JSON text that is no object, the command line's words, and what an unknown type or a detail
call costs. Real SDK client, embedded runtime, real Chromium."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from mcp import Client
from mcp.server.mcpserver import MCPServer

from dsl2png.bundled import examples_folder
from dsl2png.runtime import open_runtime
from dsl2png.settings import ServeSettings
from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.ports import RenderGateway
from mcp_adapter.server import build_server
from tests.support.mcp_checks import decode_image, images, poll_until_done, refusal_facts, render_facts, text

pytestmark = pytest.mark.integration

GREEN = (0, 255, 0)


@pytest_asyncio.fixture(scope="module")
async def gateway(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RenderGateway]:
    settings = ServeSettings(
        database_url=None, nats_url=None, data_dir=tmp_path_factory.mktemp("mcp-answers")
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


async def _render_async(client: Client, gateway: RenderGateway, arguments: dict[str, Any]) -> str:
    started = await client.call_tool("render_ui_mockup", arguments | {"async_mode": True})
    assert not started.is_error, text(started)
    assert bool(images(started)) == (render_facts(started)["status"] == "completed")
    return str(render_facts(started)["render_id"])


async def test_an_async_render_attaches_its_image_at_the_size_it_asked_for(
    client: Client, gateway: RenderGateway
) -> None:
    wide = {"title": "async size", "width": 1000, "height": 500, "background": "#00ff00", "elements": []}
    async with client:
        render_id = await _render_async(
            client, gateway, {"dsl_content": wide, "options": {"max_dimension": 200}}
        )
        done = await poll_until_done(client, render_id, between=lambda: gateway.wait(render_id, 0.2))
        image, _ = decode_image(done)
        assert image.size == (200, 100) and image.convert("RGB").getpixel((100, 50)) == GREEN
        out = render_facts(done)
        assert (out["width"], out["height"]) == (1000, 500)
        assert (out["image_width"], out["image_height"], out["downscaled"]) == (200, 100, True)
        assert "the attached image is scaled down to 200x100" in text(done)
        assert "too small to read its text" in text(done)  # a fifth of its width: says how to see it

        small = await client.call_tool("get_render_status", {"render_id": render_id, "max_dimension": 200})
        assert "ask for a larger max_dimension," in text(
            small
        )  # this tool's argument, not options.max_dimension
        assert "options.max_dimension" not in text(small)

        larger = await client.call_tool("get_render_status", {"render_id": render_id, "max_dimension": 500})
        assert decode_image(larger)[0].size == (500, 250)  # an explicit size beats the remembered one
        assert "scaled down to 500x250" in text(larger) and "too small" not in text(larger)


async def test_json_text_that_is_no_object_is_an_invalid_document_not_a_refused_argument(
    client: Client,
) -> None:
    """The SDK parses `"[1,2]"` into a list before the tool sees it; the agent sent JSON text."""
    async with client:
        for written, message in (
            ("[1,2]", "document must be an object with 'elements', got a list"),
            ("true", "document must be an object with 'elements', got a boolean"),
            ("null", "document is empty"),
        ):
            validated = await client.call_tool("validate_dsl", {"dsl_content": written})
            assert not validated.is_error, text(validated)
            out = validated.structured_content
            assert out is not None and out["valid"] is False, written
            assert [(e["path"], e["message"]) for e in out["errors"]] == [("", message)], written
            assert text(validated).startswith("The document has 1 error(s)")

        rendered = await client.call_tool("render_ui_mockup", {"dsl_content": "[1, 2]"})
        assert rendered.is_error and not images(rendered)
        (error,) = refusal_facts(rendered)["errors"]
        assert error["message"] == "document must be an object with 'elements', got a list"
        assert "not a string" not in text(rendered)

        elements = await client.call_tool("validate_dsl", {"dsl_content": '[{"type": "text", "text": "Hi"}]'})
        assert elements.structured_content is not None
        assert 'wrap it: {"elements": [...]}' in elements.structured_content["errors"][0]["suggestion"]


async def test_hints_name_the_tools_not_the_command_line(client: Client) -> None:
    async with client:
        listed = await client.call_tool("list_element_types", {"type": "hero"})
        assert listed.is_error
        assert 'see get_example {"name": "landing"}' in text(listed) and "dsl2png" not in text(listed)
        validated = await client.call_tool(
            "validate_dsl", {"dsl_content": {"elements": [{"type": "kanban"}]}}
        )
        assert validated.structured_content is not None
        (error,) = validated.structured_content["errors"]
        assert 'see get_example {"name": "kanban"}' in error["suggestion"]
        assert "dsl2png examples" not in text(validated)
        for name in ("landing", "kanban"):  # the examples named exist
            example = await client.call_tool("get_example", {"name": name})
            assert not example.is_error, text(example)


async def test_cut_content_names_the_height_argument_that_set_the_canvas(
    client: Client, gateway: RenderGateway
) -> None:
    document = {"title": "cut by argument", "height": 900, "elements": [{"type": "spacer", "size": 400}]}
    arguments = {"dsl_content": document, "width": 300, "height": 200}
    told = re.compile(
        r"^the height comes from the height argument, not the document: ask for \d+ px more with the height "
        r"argument, shorten the content, or render with options\.full_page: true$"
    )
    async with client:
        rendered = await client.call_tool("render_ui_mockup", arguments)
        assert not rendered.is_error, text(rendered)
        assert decode_image(rendered)[0].size == (300, 200)
        (warning,) = render_facts(rendered)["warnings"]
        assert warning["code"] == "content_cut" and told.match(warning["suggestion"]), warning

        render_id = await _render_async(
            client, gateway, arguments | {"dsl_content": document | {"title": "again"}}
        )
        done = await poll_until_done(client, render_id, between=lambda: gateway.wait(render_id, 0.2))
        (polled,) = render_facts(done)["warnings"]
        assert told.match(polled["suggestion"]), polled


async def test_an_unknown_type_costs_a_few_names_not_the_whole_list(client: Client) -> None:
    async with client:
        alone = await client.call_tool("list_element_types", {"type": "qwertyzz"})
        assert alone.is_error
        words = text(alone)
        assert words.endswith(f"list_element_types() lists all {len(ELEMENT_TYPES)})"), words
        nearest = re.search(r"\(nearest: ([a-z, ]+); ", words)
        assert nearest is not None and len(nearest.group(1).split(", ")) <= 3, words
        assert len(words) < 200, words  # not every type's name

        mixed = await client.call_tool("list_element_types", {"type": "stat, qwertyzz"})
        assert not mixed.is_error and mixed.structured_content is not None
        (slip,) = mixed.structured_content["not_types"]
        assert slip.startswith("unknown element type 'qwertyzz'") and len(slip) < 120, slip

        validated = await client.call_tool(
            "validate_dsl", {"dsl_content": {"elements": [{"type": "qwertyzz"}]}}
        )
        assert validated.structured_content is not None
        (error,) = validated.structured_content["errors"]
        assert error["suggestion"].endswith("list_element_types() lists all " + str(len(ELEMENT_TYPES)))


async def test_a_detail_call_leaves_out_what_the_overview_told(client: Client) -> None:
    async with client:
        overview = await client.call_tool("list_element_types", {})
        detail = await client.call_tool("list_element_types", {"type": "stat"})
    assert overview.structured_content is not None and detail.structured_content is not None
    assert overview.structured_content["devices"]["mobile"] == "390x844@3x"
    assert "devices" not in detail.structured_content
    stat = overview.structured_content["fields_by_category"]["data"]["stat"]
    assert isinstance(stat, str) and {"value", "change", "variant"} <= set(stat.split())
    compact = json.dumps(overview.structured_content, separators=(",", ":"))
    # 6.4k with the fields as JSON lists; 6.0k with stacked bars and the quiz's tones
    assert len(compact) < 6_200, len(compact)


async def test_content_one_level_off_is_told_where_it_goes(client: Client) -> None:
    """A document wrapped as a request body, a reference snippet (a bare YAML list of elements)
    and an element's fields under `props`: each hint says where the content belongs."""
    async with client:
        wrapped = await client.call_tool(
            "validate_dsl",
            {"dsl_content": {"document": {"width": 400, "elements": [{"type": "button", "label": "Go"}]}}},
        )
        out = wrapped.structured_content
        assert out is not None and out["warnings"] == []
        (error,) = out["errors"]
        assert error["path"] == "/document"
        assert error["suggestion"].startswith("the document is one level too deep")

        snippet = await client.call_tool("validate_dsl", {"dsl_content": "- type: button\n  label: Go\n"})
        assert (
            "put the list under 'elements:', indented below it: elements: [{type: button, label: Go}]"
            in text(snippet)
        )

        props = await client.call_tool(
            "validate_dsl",
            {
                "dsl_content": {
                    "elements": [{"type": "button", "props": {"label": "Go", "variant": "primary"}}]
                }
            },
        )
        assert "the fields go on the element itself, not under 'props'" in text(props)


async def test_a_render_already_done_comes_back_with_its_image_even_async(
    client: Client, gateway: RenderGateway
) -> None:
    """An identical render is reused from the cache: completed at once, so the async answer
    attaches the image rather than asking for one more call; without the image, the summary
    says how to get it."""
    document = {
        "title": "async cache hit",
        "width": 200,
        "height": 100,
        "background": "#00ff00",
        "elements": [],
    }
    async with client:
        render_id = await _render_async(client, gateway, {"dsl_content": document})
        await poll_until_done(client, render_id, between=lambda: gateway.wait(render_id, 0.2))

        again = await client.call_tool("render_ui_mockup", {"dsl_content": document, "async_mode": True})
        assert render_facts(again)["status"] == "completed", text(again)
        image, _ = decode_image(again)
        assert image.convert("RGB").getpixel((100, 50)) == GREEN

        without = await client.call_tool(
            "get_render_status", {"render_id": render_id, "include_image": False}
        )
        assert not images(without)
        assert "call get_render_status again with include_image: true to attach the image" in text(without)
