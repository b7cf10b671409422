"""The MCP tools through the SDK's real client: in-process and over Streamable HTTP, on the embedded
runtime (SQLite event store, in-process worker, real Chromium)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import socket
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import httpx2
import pytest
import pytest_asyncio
import uvicorn
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.server.mcpserver import MCPServer
from mcp.shared.exceptions import MCPError
from mcp_types import CallToolResult, ImageContent, TextContent
from starlette.applications import Starlette

from dsl2png.bundled import examples_folder
from dsl2png.runtime import open_runtime
from dsl2png.settings import ServeSettings
from kernel.dsl.compiler.page import CROP_MIN_WIDTH
from kernel.dsl.issue_caps import PATHS_KEPT, TOLD_PER_CODE
from kernel.errors import JobNotFoundError
from kernel.ports import RenderGateway
from mcp_adapter.http import install_mcp
from mcp_adapter.server import build_server
from tests.support.documents import TALL, TALL_CONTENT_HEIGHT, TALL_CUT_PX, WIDE, WIDE_CUT_PX
from tests.support.mcp_checks import (
    BROKEN,
    RED,
    RED_BUTTON,
    TOOL_NAMES,
    ProgressLog,
    decode_image,
    images,
    poll_until_done,
    refusal_facts,
    render_facts,
    text,
)

pytestmark = pytest.mark.integration


@pytest_asyncio.fixture(scope="module")
async def gateway(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RenderGateway]:
    settings = ServeSettings(database_url=None, nats_url=None, data_dir=tmp_path_factory.mktemp("mcp"))
    async with open_runtime(settings) as runtime:
        yield runtime.gateway


@pytest.fixture(scope="module")
def server(gateway: RenderGateway) -> MCPServer[Any]:
    return build_server(gateway, examples_dir=examples_folder())


@pytest.fixture
def client(server: MCPServer[Any]) -> Client:
    """An in-process session, entered by each test itself: anyio cancel scopes must be left in
    the task that entered them, and async fixtures tear down in another task."""
    return Client(server)


async def test_lists_tools_resources_and_prompt(client: Client) -> None:
    async with client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        assert set(tools) == TOOL_NAMES
        for tool in tools.values():
            assert tool.description and "Example" in tool.description, tool.name
        # the render tools send no structured content (Claude Code would drop their image for
        # it), so they declare no output schema; the others do
        for name in ("render_ui_mockup", "get_render_status"):
            assert tools[name].output_schema is None, name
        for name in ("validate_dsl", "list_element_types", "get_example"):
            assert tools[name].output_schema is not None, name
        render_args = tools["render_ui_mockup"].input_schema["properties"]
        assert {"dsl_content", "width", "height", "async_mode", "options", "device", "theme", "frame"} <= set(
            render_args
        )

        resources = {str(r.uri) for r in (await client.list_resources()).resources}
        assert {"dsl://schema", "dsl://docs/elements", "dsl://examples"} <= resources
        templates = [t.uri_template for t in (await client.list_resource_templates()).resource_templates]
        assert templates == ["dsl://examples/{name}"]
        prompts = [p.name for p in (await client.list_prompts()).prompts]
        assert prompts == ["design_screen"]


async def test_agents_are_told_of_annotations_and_an_annotated_screen_comes_back_with_its_notes(
    client: Client,
) -> None:
    document = {
        "width": 400,
        "height": 300,
        "elements": [{"type": "button", "id": "save", "label": "Save"}],
        "annotations": [{"target": "save", "text": "The only action on the screen"}],
    }
    async with client:
        assert client.instructions is not None and "annotations" in client.instructions
        example = await client.call_tool("get_example", {"name": "review-notes"})
        assert not example.is_error and "annotations:" in text(example)
        result = await client.call_tool("render_ui_mockup", {"dsl_content": document})
        assert not result.is_error, text(result)
        image, _ = decode_image(result)
        assert image.size == (400 + 320, 300)  # the screen, and the notes' panel beside it
        framed = await client.call_tool("render_ui_mockup", {"dsl_content": document, "frame": "browser"})
        assert not framed.is_error, text(framed)
        assert decode_image(framed)[0].size == (400 + 320, 300 + 44)  # and a browser bar above
        typo = await client.call_tool(
            "validate_dsl", {"dsl_content": {**document, "annotations": [{"target": "sav"}]}}
        )
        assert "/annotations/0/target" in text(typo) and "did you mean 'save'?" in text(typo)


async def test_render_returns_image_content_with_the_expected_pixels(client: Client) -> None:
    async with client:
        progress = ProgressLog()

        result = await client.call_tool(
            "render_ui_mockup", {"dsl_content": RED_BUTTON}, progress_callback=progress
        )
        assert not result.is_error, text(result)
        image, data = decode_image(result)
        assert images(result)[0].mime_type == "image/png"
        assert data.startswith(b"\x89PNG")
        assert image.size == (400, 300)
        rgb = image.convert("RGB")
        assert rgb.getpixel((160, 105)) == RED
        assert rgb.getpixel((20, 20)) != RED
        out = render_facts(result)
        assert out["status"] == "completed"
        assert (out["width"], out["height"]) == (400, 300)
        assert out["bytes"] == len(data)
        assert out["sha256"] == hashlib.sha256(data).hexdigest()
        assert out["downscaled"] is False
        assert progress.seen and progress.seen[-1] == (3, 3, "completed")


def _text_then_image(result: CallToolResult) -> dict[str, Any]:
    """A completed render of RED_BUTTON as a client shows it: no structured content, a summary
    naming the render id and size, then the image; returns the facts in `_meta`."""
    assert not result.is_error, text(result)
    assert result.structured_content is None
    assert [type(block) for block in result.content] == [TextContent, ImageContent]
    facts = render_facts(result)
    assert facts["status"] == "completed" and facts["image_attached"] is True
    assert (facts["width"], facts["height"], facts["format"]) == (400, 300, "png")
    summary = text(result)
    assert f"render id {facts['render_id']}" in summary and "400x300 PNG" in summary, summary
    image, data = decode_image(result)
    assert image.size == (400, 300) and image.convert("RGB").getpixel((160, 105)) == RED
    assert facts["sha256"] == hashlib.sha256(data).hexdigest()
    return facts


async def test_a_render_result_is_text_and_image_with_its_facts_in_meta(client: Client) -> None:
    """What an agent in Claude Code depends on: that client hands the model only a result's
    structured content when there is some, so a render sends none; the model reads the summary
    and sees the image, and programs read the facts in `_meta`. Asking the render's status
    answers the same way."""
    async with client:
        rendered = await client.call_tool(
            "render_ui_mockup", {"dsl_content": RED_BUTTON | {"title": "contract"}}
        )
        facts = _text_then_image(rendered)
        # (the read model follows the events a moment after the render answers: poll, as an agent does)
        polled = await poll_until_done(client, facts["render_id"])
        assert _text_then_image(polled)["render_id"] == facts["render_id"]


async def test_a_cropped_render_is_the_component_with_its_margin(client: Client) -> None:
    """`options.crop` gives an agent a picture of one component, not of an 800x600 page; a
    frame asked for with it is refused with the reason, and the document's own frame is left out
    with a warning."""
    button = {"elements": [{"type": "button", "label": "Save", "style": {"background": "#ff0000"}}]}
    async with client:
        result = await client.call_tool(
            "render_ui_mockup", {"dsl_content": button, "options": {"crop": True}}
        )
        assert not result.is_error, text(result)
        image, _ = decode_image(result)
        assert image.width < 200 and image.height < 100, image.size
        framed = await client.call_tool(
            "render_ui_mockup", {"dsl_content": button, "frame": "phone", "options": {"crop": True}}
        )
        assert framed.is_error and "invalid render options: crop cuts the image" in text(framed)
        own_frame = await client.call_tool(
            "render_ui_mockup", {"dsl_content": button | {"frame": "phone"}, "options": {"crop": True}}
        )
        assert not own_frame.is_error, text(own_frame)
        assert "/frame: frame phone is not drawn: crop cuts the image" in text(own_frame)
        assert decode_image(own_frame)[0].size == image.size
        stat = {"padding": 16, "elements": [{"type": "stat", "label": "Churn", "value": "1.9%"}]}
        alone = await client.call_tool("render_ui_mockup", {"dsl_content": stat, "options": {"crop": True}})
        assert not alone.is_error, text(alone)
        assert decode_image(alone)[0].width == CROP_MIN_WIDTH  # a component's width, not the canvas's 800


async def test_a_document_of_height_auto_comes_back_as_tall_as_its_content(client: Client) -> None:
    """The document's `height: auto` passes through the tool, the gateway and the worker alike."""
    async with client:
        result = await client.call_tool("render_ui_mockup", {"dsl_content": {**TALL, "height": "auto"}})
        assert not result.is_error, text(result)
        assert decode_image(result)[0].size == (400, TALL_CONTENT_HEIGHT)


async def test_render_an_example_at_a_device_size(client: Client) -> None:
    async with client:
        example = await client.call_tool("get_example", {"name": "login"})
        assert not example.is_error
        assert example.structured_content is not None
        source = example.structured_content["source"]
        result = await client.call_tool("render_ui_mockup", {"dsl_content": source, "device": "laptop"})
        assert not result.is_error, text(result)
        image, _ = decode_image(result)
        assert image.size == (1280, 800)


async def test_yaml_text_and_width_height_arguments(client: Client) -> None:
    async with client:
        yaml_doc = "elements:\n  - type: heading\n    text: Hello\n"
        result = await client.call_tool(
            "render_ui_mockup", {"dsl_content": yaml_doc, "width": 320, "height": 200}
        )
        assert not result.is_error, text(result)
        assert decode_image(result)[0].size == (320, 200)


async def test_invalid_document_is_a_readable_tool_error(client: Client) -> None:
    async with client:
        result = await client.call_tool("render_ui_mockup", {"dsl_content": BROKEN})
        assert result.is_error
        assert not images(result)
        out = refusal_facts(result)
        assert out["valid"] is False
        by_path = {e["path"]: e for e in out["errors"]}
        assert "button" in by_path["/elements/0/type"]["suggestion"]
        assert any("layout" in (e.get("suggestion") or "") for e in out["errors"])
        assert "/elements/0/type" in text(result)


async def test_validate_reports_paths_suggestions_and_strict_warnings(client: Client) -> None:
    async with client:
        broken = await client.call_tool(
            "validate_dsl", {"dsl_content": "elements:\n  - type: buton\n    label: Go\n"}
        )
        assert not broken.is_error
        out = broken.structured_content
        assert out is not None and out["valid"] is False
        (error,) = out["errors"]
        assert error["path"] == "/elements/0/type"
        assert "button" in error["suggestion"]
        assert error["line"] == 2

        drawn_otherwise = {"elements": [{"type": "button", "label": "Go", "size": "huge"}]}
        lenient = (
            await client.call_tool("validate_dsl", {"dsl_content": drawn_otherwise})
        ).structured_content
        assert lenient is not None and lenient["valid"] is True and lenient["warnings"]
        strict = await client.call_tool("validate_dsl", {"dsl_content": drawn_otherwise, "strict": True})
        assert strict.structured_content is not None and strict.structured_content["valid"] is False
        assert strict.structured_content["errors"][0]["kind"] == "drawn_wrong"

        photo = {"elements": [{"type": "image", "src": "https://example.com/a.jpg", "alt": "A"}]}
        noted = await client.call_tool("validate_dsl", {"dsl_content": photo, "strict": True})
        out = noted.structured_content
        assert out is not None and out["valid"] is True  # a note: no edit makes the URL fetched
        assert [(w["code"], w["kind"]) for w in out["warnings"]] == [("external_src", "note")]


async def test_async_render_then_poll_status(client: Client, gateway: RenderGateway) -> None:
    async with client:
        started = await client.call_tool(
            "render_ui_mockup", {"dsl_content": RED_BUTTON | {"title": "async"}, "async_mode": True}
        )
        assert not started.is_error, text(started)
        out = render_facts(started)
        assert out["status"] in ("queued", "rendering", "completed")
        assert bool(images(started)) == (out["status"] == "completed")
        render_id = out["render_id"]
        # the text begins with the status, as `_meta` has it: many hosts show the text alone
        assert text(started).startswith(f"{out['status']}: "), text(started)

        done = await poll_until_done(client, render_id, between=lambda: gateway.wait(render_id, 0.2))
        assert render_facts(done)["status"] == "completed"
        assert text(done).startswith("completed: rendered 400x300 PNG ("), text(done)
        image, _ = decode_image(done)
        assert image.convert("RGB").getpixel((160, 105)) == RED

        without = await client.call_tool(
            "get_render_status", {"render_id": render_id, "include_image": False}
        )
        assert not images(without)
        assert text(without).startswith("completed: rendered 400x300 PNG ("), text(without)
        assert text(without).endswith(
            "call get_render_status again with include_image: true to attach the image"
        )
        legacy = await client.call_tool("get_render_status", {"task_id": render_id, "include_image": False})
        assert render_facts(legacy)["render_id"] == render_id
        missing = await client.call_tool("get_render_status", {"render_id": "no-such-render"})
        assert missing.is_error and "no render" in text(missing)


async def test_max_dimension_downscales_the_returned_image_only(client: Client) -> None:
    async with client:
        wide = {"width": 1000, "height": 500, "background": "#00ff00", "elements": []}
        result = await client.call_tool(
            "render_ui_mockup", {"dsl_content": wide, "options": {"max_dimension": 200}}
        )
        assert not result.is_error, text(result)
        image, _ = decode_image(result)
        assert image.size == (200, 100)
        assert image.convert("RGB").getpixel((100, 50)) == (0, 255, 0)
        out = render_facts(result)
        assert (out["width"], out["height"]) == (1000, 500)
        assert (out["image_width"], out["image_height"], out["downscaled"]) == (200, 100, True)


async def test_scale_and_format_options(client: Client) -> None:
    async with client:
        options = {"device_scale_factor": 2, "format": "jpeg", "max_dimension": 4000}
        result = await client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON, "options": options})
        assert not result.is_error, text(result)
        assert images(result)[0].mime_type == "image/jpeg"
        image, _ = decode_image(result)
        assert image.size == (800, 600)


async def test_element_types_and_examples(client: Client) -> None:
    async with client:
        listing = (await client.call_tool("list_element_types", {})).structured_content
        assert listing is not None
        fields = {
            kind: told.split()
            for kinds in listing["fields_by_category"].values()
            for kind, told in kinds.items()
        }
        assert len(fields) >= 50
        assert "data" in fields["chart"] and "children" in fields["row"]
        chart = await client.call_tool("list_element_types", {"type": "chart"})
        assert chart.structured_content is not None
        (detail,) = chart.structured_content["types"]
        assert detail["example"]["type"] == "chart" and detail["choices"]["variant"][0] == "bar"
        names = (await client.call_tool("get_example", {})).structured_content
        assert names is not None and "login" in [e["name"] for e in names["available"]]
        unknown = await client.call_tool("get_example", {"name": "nope"})
        assert unknown.is_error and "login" in text(unknown)


async def test_the_overview_tells_every_field_a_type_draws_and_the_documents_own(client: Client) -> None:
    """An agent on the recommended path (list_element_types, no arguments) learns what a form
    with validation errors takes and that theme tokens set the colours, in a few kB."""
    async with client:
        result = await client.call_tool("list_element_types", {})
        assert not result.is_error
        out = result.structured_content
        assert out is not None
        fields = {
            kind: told.split() for kinds in out["fields_by_category"].values() for kind, told in kinds.items()
        }
        assert {"error", "hint", "required", "disabled"} <= set(fields["input"])
        assert "padding" in fields["column"] and "removable" in fields["chip"]
        assert "iconPosition" in fields["button"]
        assert all("direction" in fields[kind] for kind in ("radio", "divider", "flex"))
        assert list(out["fields_by_category"]) == [
            "basic", "layout", "text", "forms", "navigation", "data", "feedback and media",
        ]  # fmt: skip
        assert '{primary: "#7c3aed"}' in out["document"]["theme"]
        assert {"background", "padding", "frame", "annotations", "lang", "device", "width", "height"} <= set(
            out["document"]
        )
        words = text(result)
        assert '{primary: "#7c3aed"}' in words and "input(" in words and "error hint" in words
        assert '\n  "' not in words  # not indented JSON
        size = len(words) + len(json.dumps(out, separators=(",", ":")))
        # It was 45k: 28k of indented JSON text and 17k of structured content (11.5k now, with
        # image fit, navbar back and the tablet frame).
        assert size < 12_000, size

        detail = await client.call_tool("list_element_types", {"type": "tabs, progress, row"})
        assert detail.structured_content is not None
        choices = {t["type"]: t["choices"] for t in detail.structured_content["types"]}
        assert "bottom" in choices["tabs"]["variant"] and "circle" in choices["progress"]["variant"]
        assert choices["row"]["justify"] == ["start", "center", "end", "between", "around", "evenly"]
        assert "values: variant" in text(detail) and "example: {" in text(detail)
        document = await client.call_tool("list_element_types", {"category": "document"})
        assert document.structured_content is not None and "theme" in document.structured_content["document"]
        unknown = await client.call_tool("list_element_types", {"type": "dropdown"})
        assert unknown.is_error and "use type: select for a form's choice, or type: menu" in text(unknown)


async def test_example_listings_are_compact_text(client: Client) -> None:
    async with client:
        listing = await client.call_tool("get_example", {})
        assert text(listing).startswith("21 example documents") or "example documents" in text(listing)
        assert "- login: " in text(listing) and '"available"' not in text(listing)
        login = await client.call_tool("get_example", {"name": "login"})
        assert (examples_folder() / "login.yaml").read_text() in text(login)


async def test_resources_and_prompt(client: Client) -> None:
    async with client:
        schema = await client.read_resource("dsl://schema")
        assert "elements" in json.loads(schema.contents[0].text)["properties"]  # type: ignore[union-attr]
        docs = await client.read_resource("dsl://docs/elements")
        assert "## forms" in docs.contents[0].text  # type: ignore[union-attr]
        login = await client.read_resource("dsl://examples/login")
        assert login.contents[0].text == (examples_folder() / "login.yaml").read_text()  # type: ignore[union-attr]
        prompt = await client.get_prompt(
            "design_screen", {"description": "A todo list app", "device": "mobile"}
        )
        guide = prompt.messages[0].content.text  # type: ignore[union-attr]
        assert "A todo list app" in guide and "390x844" in guide and "render_ui_mockup" in guide


async def test_the_prompts_device_is_described_read_loosely_and_refused_when_unknown(client: Client) -> None:
    async with client:
        (prompt,) = (await client.list_prompts()).prompts
        arguments = {argument.name: argument for argument in prompt.arguments or []}
        assert arguments["device"].description and "mobile (390x844)" in arguments["device"].description
        assert arguments["description"].description
        phone = await client.get_prompt("design_screen", {"description": "A todo app", "device": "iPhone 15"})
        guide = phone.messages[0].content.text  # type: ignore[union-attr]
        assert "Target device: mobile (390x844 CSS px at 3x; 'iPhone 15' read as mobile)" in guide
        with pytest.raises(MCPError, match="unknown device 'fridge': use desktop, laptop, tablet or mobile"):
            await client.get_prompt("design_screen", {"description": "A todo app", "device": "fridge"})


# Streamable HTTP


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest_asyncio.fixture(scope="module")
async def http_url(gateway: RenderGateway) -> AsyncIterator[str]:
    """A Starlette app with only /mcp, API key 'secret-key' (id 'key-1'), served by uvicorn."""
    holder: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with holder["mcp"](gateway):
            yield

    app = Starlette(lifespan=lifespan)
    holder["mcp"] = install_mcp(
        app, examples_dir=examples_folder(), allowed_origins=["https://agents.example"],
        verify_key={"secret-key": "key-1"}.get,
    )  # fmt: skip
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    serving = asyncio.create_task(server.serve())
    with anyio.fail_after(30):
        while not server.started:
            await anyio.sleep(0.02)
    yield f"http://127.0.0.1:{port}/mcp"
    server.should_exit = True
    await serving


def _http_client(url: str, key: str = "secret-key") -> Client:
    http = httpx2.AsyncClient(
        headers={"Authorization": f"Bearer {key}"}, timeout=httpx2.Timeout(30, read=120)
    )
    return Client(streamable_http_client(url, http_client=http))


async def test_http_session_renders_and_records_the_key_as_owner(
    http_url: str, gateway: RenderGateway
) -> None:
    progress = ProgressLog()

    async with _http_client(http_url) as client:
        assert {t.name for t in (await client.list_tools()).tools} == TOOL_NAMES
        doc = RED_BUTTON | {"title": "over http"}
        result = await client.call_tool("render_ui_mockup", {"dsl_content": doc}, progress_callback=progress)
        assert not result.is_error, text(result)
        image, _ = decode_image(result)
        assert image.size == (400, 300)
        assert image.convert("RGB").getpixel((160, 105)) == RED
        assert progress.seen and progress.seen[-1][0] == 3
        render_id = render_facts(result)["render_id"]
        broken = await client.call_tool("validate_dsl", {"dsl_content": BROKEN})
        assert broken.structured_content is not None and broken.structured_content["valid"] is False
    # (the read model follows the events a moment after the render answers)
    assert (await gateway.wait(render_id, 10, owner="key-1")).status == "completed"
    with pytest.raises(JobNotFoundError):
        await gateway.status(render_id, owner="someone-else")


async def test_http_refuses_foreign_origins_and_missing_keys(http_url: str) -> None:
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    headers = {"Accept": "application/json, text/event-stream", "Authorization": "Bearer secret-key"}
    async with httpx.AsyncClient(timeout=30) as http:
        foreign = await http.post(http_url, json=body, headers=headers | {"Origin": "https://evil.example"})
        assert foreign.status_code == 403
        no_key = await http.post(http_url, json=body, headers={"Accept": headers["Accept"]})
        assert no_key.status_code == 401
        assert no_key.headers["www-authenticate"] == "Bearer"
        x_api_key = await http.post(
            http_url,
            json=body,
            headers={"Accept": headers["Accept"], "X-API-Key": "wrong", "Origin": "http://localhost:3000"},
        )
        assert x_api_key.status_code == 401
        allowed = await http.post(http_url, json=body, headers=headers | {"Origin": "https://agents.example"})
        assert allowed.status_code not in (401, 403), allowed.text


async def test_a_render_whose_content_runs_below_the_canvas_says_it_is_cut_even_from_the_cache(
    client: Client,
) -> None:
    async with client:
        assert client.instructions is not None and "content_cut" in client.instructions
        for attempt in ("rendered", "cached"):
            result = await client.call_tool("render_ui_mockup", {"dsl_content": TALL})
            assert not result.is_error, text(result)
            out = render_facts(result)
            assert out["cache_hit"] is (attempt == "cached"), out
            (warning,) = out["warnings"]
            assert warning["code"] == "content_cut" and f"{TALL_CUT_PX} px" in warning["message"], warning
            assert "cut off" in text(result) and "options.full_page: true" in text(result)
            assert "--full-page" not in text(result) and "options.full_page: true" in warning["suggestion"]
        fits = await client.call_tool(
            "render_ui_mockup", {"dsl_content": {**TALL, "height": TALL_CONTENT_HEIGHT}}
        )
        assert render_facts(fits)["warnings"] == []


async def test_a_render_whose_content_runs_past_the_canvas_side_says_it_is_cut_even_from_the_cache(
    client: Client,
) -> None:
    async with client:
        for attempt in ("rendered", "cached"):
            result = await client.call_tool("render_ui_mockup", {"dsl_content": WIDE})
            out = render_facts(result)
            assert out["cache_hit"] is (attempt == "cached"), out
            (warning,) = out["warnings"]
            assert warning["code"] == "content_cut" and warning["path"] == "/elements/0/children/1", warning
            assert f"runs {WIDE_CUT_PX} px past the side" in warning["message"], warning


async def test_render_options_are_read_under_the_dsls_names_too(client: Client) -> None:
    """`scale` (the DSL's and the HTTP API's name) works as `device_scale_factor` does."""
    async with client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        options_schema = json.dumps(tools["render_ui_mockup"].input_schema)
        assert "device_scale_factor" in options_schema  # the documented name; scale is its alias
        for options in ({"scale": 2}, {"device_scale_factor": 2}):
            result = await client.call_tool(
                "render_ui_mockup", {"dsl_content": RED_BUTTON, "options": options}
            )
            assert not result.is_error, text(result)
            assert decode_image(result)[0].size == (800, 600), options


async def test_validation_says_what_to_do_next_and_categories_are_read_loosely(client: Client) -> None:
    async with client:
        broken = await client.call_tool("validate_dsl", {"dsl_content": BROKEN})
        assert text(broken).startswith("The document has 2 error(s); fix these and call validate_dsl again:")
        assert "did you mean 'button'?" in text(broken)
        fine = await client.call_tool("validate_dsl", {"dsl_content": RED_BUTTON})
        assert text(fine).startswith("The document is valid: call render_ui_mockup")
        assert fine.structured_content is not None and fine.structured_content["valid"] is True
        for written, meant in (
            ("basic", "basic"),
            ("Forms", "forms"),
            ("media", "feedback and media"),
        ):
            listed = await client.call_tool("list_element_types", {"category": written})
            assert not listed.is_error, text(listed)
            assert listed.structured_content is not None
            assert {t["category"] for t in listed.structured_content["types"]} == {meant}


async def test_an_example_name_slightly_off_is_told_the_one_meant(client: Client) -> None:
    async with client:
        result = await client.call_tool("get_example", {"name": "logn"})
        assert result.is_error and "no example named 'logn'; did you mean 'login'? available: " in text(
            result
        )


async def test_an_unknown_device_is_told_the_preset_and_the_frame_meant(client: Client) -> None:
    async with client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        device = tools["render_ui_mockup"].input_schema["properties"]["device"]
        assert {"desktop", "laptop", "tablet", "mobile"} <= set(json.dumps(device).replace('"', " ").split())
        result = await client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON, "device": "phone"})
        assert result.is_error
        assert "use 'mobile'" in text(result) and "frame: phone" in text(result)
        assert "pydantic" not in text(result)
        assert "is not one of 'desktop', 'laptop', 'tablet' or 'mobile'" in text(result)  # as the document's


async def test_bad_arguments_are_told_in_a_line_each_and_case_does_not_matter(client: Client) -> None:
    async with client:
        refused: dict[str, dict[str, Any]] = {
            "theme": {"dsl_content": RED_BUTTON, "theme": "blue"},
            "width": {"dsl_content": RED_BUTTON, "width": 10000},
            "list": {"dsl_content": [{"type": "button", "label": "Go"}]},
        }
        told = {}
        for name, arguments in refused.items():
            result = await client.call_tool("render_ui_mockup", arguments)
            assert result.is_error, name
            told[name] = text(result)
            assert "pydantic" not in told[name] and "Input should" not in told[name], told[name]
        assert "theme \"blue\" is not one of 'light', 'dark' or 'wireframe'" in told["theme"]
        assert '{"theme": {"primary": "#7c3aed"}}' in told["theme"]
        assert "width 10000 is more than 8000, the largest allowed" in told["width"]
        assert 'wrap it: {"elements": [...]}' in told["list"]
        validated = await client.call_tool("validate_dsl", {"dsl_content": [{"type": "text"}]})
        assert not validated.is_error and validated.structured_content is not None
        assert validated.structured_content["valid"] is False and "wrap it" in text(validated)

        loose = await client.call_tool(
            "render_ui_mockup",
            {"dsl_content": {"elements": []}, "device": "Mobile", "theme": "Dark",
             "options": {"format": "JPG", "max_dimension": 500}},
        )  # fmt: skip
        assert not loose.is_error, text(loose)
        loose_out = render_facts(loose)
        assert (loose_out["width"], loose_out["format"]) == (390 * 3, "jpeg")


async def test_validate_reports_the_canvas_limits_a_render_refuses(client: Client) -> None:
    async with client:
        huge = {"width": 8000, "height": 8000, "elements": [{"type": "text", "text": "x"}]}
        validated = await client.call_tool("validate_dsl", {"dsl_content": huge})
        out = validated.structured_content
        assert out is not None and out["valid"] is False
        (error,) = out["errors"]
        assert (error["path"], error["code"]) == ("/width", "limit_canvas_pixels")
        assert "40 megapixels" in error["message"] and "at most 5,000 px" in error["suggestion"]
        rendered = await client.call_tool("render_ui_mockup", {"dsl_content": huge})
        (refusal,) = refusal_facts(rendered)["errors"]
        assert {k: refusal[k] for k in ("path", "message", "code")} == {
            k: error[k] for k in ("path", "message", "code")
        }

        small = {"elements": [{"type": "text", "text": "x"}]}
        assert (await client.call_tool("validate_dsl", {"dsl_content": small})).structured_content["valid"]  # type: ignore[index]
        by_arguments = await client.call_tool(
            "render_ui_mockup", {"dsl_content": small, "width": 8000, "height": 8000}
        )
        assert by_arguments.is_error
        words = text(by_arguments)
        assert "the canvas these arguments ask for is over the limits (width=8000, height=8000)" in words
        assert "The document is invalid" not in words and "/width" not in words
        framed = await client.call_tool(
            "render_ui_mockup", {"dsl_content": small, "width": 8000, "frame": "phone"}
        )
        assert framed.is_error and "frame=phone" in text(framed) and "at most 7,896" in text(framed)
        scaled = await client.call_tool(
            "render_ui_mockup",
            {"dsl_content": {**small, "width": 4000, "height": 4000}, "options": {"device_scale_factor": 2}},
        )
        assert scaled.is_error and "options.device_scale_factor=2" in text(scaled)
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        description = tools["render_ui_mockup"].description or ""
        assert "8000 px" in description and "40 megapixels" in description


async def test_a_phone_frame_on_a_laptop_screen_warns_to_use_the_mobile_device(client: Client) -> None:
    async with client:
        laptop = {"device": "laptop", "frame": "phone", "elements": [{"type": "text", "text": "x"}]}
        validated = (await client.call_tool("validate_dsl", {"dsl_content": laptop})).structured_content
        assert validated is not None and validated["valid"] is True
        (warning,) = validated["warnings"]
        assert (warning["code"], warning["path"]) == ("frame_mismatch", "/frame")
        assert "1280x800" in warning["message"] and "device: mobile" in warning["suggestion"]
        strict = (
            await client.call_tool("validate_dsl", {"dsl_content": laptop, "strict": True})
        ).structured_content
        assert strict is not None and strict["valid"] is False
        rendered = await client.call_tool(
            "render_ui_mockup",
            {
                "dsl_content": {"width": 600, "height": 400, "elements": [{"type": "text", "text": "x"}]},
                "frame": "phone",
            },
        )
        assert not rendered.is_error, text(rendered)
        assert [w["code"] for w in render_facts(rendered)["warnings"]] == ["frame_mismatch"]
        assert "device: mobile" in text(rendered)
        fits = await client.call_tool(
            "render_ui_mockup",
            {
                "dsl_content": {"device": "mobile", "elements": [{"type": "text", "text": "x"}]},
                "frame": "phone",
            },
        )
        assert render_facts(fits)["warnings"] == []


async def test_an_image_barely_over_the_default_size_is_attached_as_it_is(client: Client) -> None:
    """A 1600 px screen scaled to 1568 px was a larger file than the original, and blurrier."""
    async with client:
        wide = {
            "width": 1600,
            "height": 300,
            "background": "#2563eb",
            "elements": [{"type": "text", "text": "x"}],
        }
        result = await client.call_tool("render_ui_mockup", {"dsl_content": wide})
        assert not result.is_error, text(result)
        image, data = decode_image(result)
        out = render_facts(result)
        assert image.size == (1600, 300) and out["downscaled"] is False
        assert len(data) == out["bytes"]
        asked = await client.call_tool(
            "render_ui_mockup", {"dsl_content": wide, "options": {"max_dimension": 1568}}
        )
        assert decode_image(asked)[0].size == (1568, 294)


async def test_agents_read_what_things_are_not_where_they_came_from(client: Client) -> None:
    async with client:
        tools = (await client.list_tools()).tools
        listed = json.dumps([tool.model_dump(mode="json") for tool in tools])
        schema = (await client.read_resource("dsl://schema")).contents[0].text  # type: ignore[union-attr]
        docs = (await client.read_resource("dsl://docs/elements")).contents[0].text  # type: ignore[union-attr]
        for words in ("earlier", "DSL v1", "DSL to PNG", "learnt one surface"):
            assert words not in listed and words not in schema and words not in docs, words
        status = {tool.name: tool for tool in tools}["get_render_status"]
        assert status.input_schema["properties"]["task_id"]["description"] == "alias of render_id"


class _StatusCrashes:
    """The real gateway, except that asking a render's status crashes (a bug's stand-in)."""

    def __init__(self, gateway: RenderGateway) -> None:
        self._gateway = gateway

    def __getattr__(self, name: str) -> Any:
        return getattr(self._gateway, name)

    async def status(self, *_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a bug in the server")


async def test_a_tool_that_crashes_says_it_is_the_servers_fault_not_the_documents(
    gateway: RenderGateway,
) -> None:
    crashing = build_server(_StatusCrashes(gateway), examples_dir=examples_folder())  # type: ignore[arg-type]
    async with Client(crashing) as client:
        result = await client.call_tool(
            "get_render_status", {"render_id": "00000000-0000-0000-0000-000000000000"}
        )
        assert result.is_error
        message = text(result)
        assert "RuntimeError" in message and "not your document" in message, message
        assert "a bug in the server" not in message  # nothing of the exception's text leaks
        fine = await client.call_tool("validate_dsl", {"dsl_content": RED_BUTTON})
        assert not fine.is_error


@pytest.mark.parametrize(
    ("dsl", "code", "path"),
    [
        ('{"elements":[{"type":"heading","text":"\\ud800"}]}', "invalid_text", "/elements/0/text"),
        ({"elements": [{"type": "heading", "text": "\ud800"}]}, "invalid_text", "/elements/0/text"),
        ('{"width":' + "9" * 5000 + ',"elements":[]}', "limit_number_length", "/width"),
        ('{"elements":' + "[" * 1000 + "]" * 1000 + "}", "limit_depth", "/elements" + "/0" * 64),
    ],
    ids=[
        "lone surrogate in text",
        "lone surrogate in an object",
        "integer of 5000 digits",
        "nested 1000 deep",
    ],
)
async def test_values_no_document_holds_are_the_documents_to_fix_not_the_servers(
    client: Client, dsl: str | dict[str, Any], code: str, path: str
) -> None:
    """They crashed the tool, told as the server's fault ("do not change the document")."""
    async with client:
        rendered = await client.call_tool("render_ui_mockup", {"dsl_content": dsl})
        (refusal,) = refusal_facts(rendered)["errors"]
        assert (refusal["code"], refusal["path"]) == (code, path)
        assert "server's fault" not in text(rendered) and "The document is invalid" in text(rendered)
        validated = await client.call_tool("validate_dsl", {"dsl_content": dsl})
        assert validated.structured_content is not None and validated.structured_content["valid"] is False
        (error,) = validated.structured_content["errors"]
        assert error == refusal


async def test_a_webp_wider_than_the_format_holds_names_the_arguments_and_the_limit(client: Client) -> None:
    async with client:
        small = {"elements": [{"type": "text", "text": "x"}]}
        arguments = {"width": 4100, "height": 600, "options": {"format": "webp", "device_scale_factor": 4}}
        rendered = await client.call_tool("render_ui_mockup", {"dsl_content": small, **arguments})
        assert rendered.is_error
        words = text(rendered)
        assert "(width=4100, height=600, options.device_scale_factor=4.0, options.format=webp)" in words
        assert "a WebP image at most 16,383 px a side" in words and "16,400 px wide" in words


# -- validation as an agent meets it: alike errors told once, an element among actions alone --

ADMIN_TABLE = "elements:\n  - type: table\n    columns: [name, status]\n    rows:\n" + "".join(
    f"      - {{name: User {n}, status: {{type: alert, text: Active}}}}\n" for n in range(12)
)
ACTIONS = (
    "elements:\n  - type: navbar\n    title: Acme\n    actions:\n"
    "      - {type: avatar, name: Priya Shah, size: sm}\n"
    "  - type: header\n    title: Users\n    actions:\n      - {type: button, label: Export, size: sm}\n"
)


async def test_an_error_in_every_row_comes_back_once(client: Client) -> None:
    async with client:
        result = await client.call_tool("validate_dsl", {"dsl_content": ADMIN_TABLE})
    out = result.structured_content
    assert out is not None and out["valid"] is False
    (error,) = out["errors"]
    assert (error["path"], error["line"]) == ("/elements/0/rows/0/status/type", 5)
    assert error["message"].endswith("; and 11 more like it at /elements/0/rows/1..11/status/type")
    assert text(result).count("a table cell draws") == 1


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
    assert render_facts(result)["status"] == "completed"


async def test_element_types_tell_avatar_sizes_and_where_current_counts_from(client: Client) -> None:
    async with client:
        result = await client.call_tool("list_element_types", {"type": "avatar, stepper, pagination"})
    out = result.structured_content
    assert out is not None
    types = {entry["type"]: entry for entry in out["types"]}
    assert types["avatar"]["choices"]["size"] == ["xs", "sm", "md", "lg", "xl", "2xl"]
    assert "0-based" in types["stepper"]["description"] and "1-based" in types["pagination"]["description"]


async def test_the_earlier_clients_options_set_the_canvas_and_an_unknown_one_is_refused(
    client: Client,
) -> None:
    """The earlier project's client sent `options: {width, height}`; they were dropped without a
    word (the document's 400x300 was drawn). Now they set the canvas as the arguments do, its
    `wait_for_load` and `optimize_png` are read (one that cannot hold is a warning), and an
    option or argument the tool has not is refused by name instead of dropped."""
    async with client:
        sized = await client.call_tool(
            "render_ui_mockup",
            {"dsl_content": RED_BUTTON,
             "options": {"width": 800, "height": 300, "device_scale_factor": 1.0, "wait_for_load": True,
                         "optimize_png": False, "transparent_background": False}},
        )  # fmt: skip
        assert not sized.is_error, text(sized)
        assert decode_image(sized)[0].size == (800, 300)
        assert [w["code"] for w in render_facts(sized)["warnings"]] == ["option_ignored"]
        assert "options.optimize_png: false is not honoured" in text(sized)
        phone = await client.call_tool(
            "render_ui_mockup", {"dsl_content": RED_BUTTON, "options": {"device": "Mobile"}}
        )
        assert not phone.is_error and render_facts(phone)["width"] == 390 * 3

        refused = {
            "options.fromat is not an option (did you mean 'format'?)": {"options": {"fromat": "jpeg"}},
            "options.timeout is not an option": {"options": {"timeout": 30}},
            "unknown argument 'wdith' (did you mean 'width'?)": {"wdith": 500},
            'format is a render option: write it in options: {"options": {"format": "jpeg"}}': {"format": "jpeg"},
            "unknown argument 'dsl' (did you mean 'dsl_content'?)": {"dsl": RED_BUTTON},
            'scale is a render option: write it in options: {"options": {"device_scale_factor": 2}}': {"scale": 2},
            'transparent is a render option: write it in options: {"options": {"transparent_background": true}}': {
                "transparent": True,
            },
            "width is given twice, 500 as an argument and 800 in options: give it once": {
                "width": 500, "options": {"width": 800},
            },
        }  # fmt: skip
        for said, arguments in refused.items():
            result = await client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON, **arguments})
            assert result.is_error and not images(result), said
            assert said in text(result), text(result)
            assert "pydantic" not in text(result)
        same = await client.call_tool(
            "render_ui_mockup", {"dsl_content": RED_BUTTON, "width": 320, "options": {"width": 320}}
        )
        assert not same.is_error and decode_image(same)[0].size == (320, 300)


async def test_validate_gives_a_grouped_errors_every_path(client: Client) -> None:
    """`; and 2 more like it at /elements/1..2/delta` was in the message only: `paths` lists them."""
    stats = [{"type": "stat", "label": name, "value": 1, "delta": "+5%"} for name in ("A", "B", "C")]
    async with client:
        out = (
            await client.call_tool("validate_dsl", {"dsl_content": {"elements": stats}})
        ).structured_content
    assert out is not None
    (error,) = out["errors"]
    assert error["paths"] == ["/elements/0/delta", "/elements/1/delta", "/elements/2/delta"]


async def test_hundreds_of_problems_are_told_in_a_few_kilobytes_with_every_suggestion(client: Client) -> None:
    """300 distinct unknown fields were 54 KB of text (some 13,000 tokens) and as much again as
    data; 400 misspelt `colour`s were two groups split at the 151st, the second without "did you
    mean 'color'?", each listing every path (19 KB). Now: the first few of each code, one line
    for the rest, `paths` cut to 20 with `path_count`, and the suggestion in every group."""
    distinct = {"elements": [{"type": "button", "text": f"b{i}", f"foo{i}": 1} for i in range(300)]}
    repeated = {"elements": [{"type": "buton", "text": f"b{i}", "colour": "red"} for i in range(400)]}
    async with client:
        many = await client.call_tool("validate_dsl", {"dsl_content": distinct})
        alike = await client.call_tool("validate_dsl", {"dsl_content": repeated})
        refused = await client.call_tool("render_ui_mockup", {"dsl_content": distinct})
    text = many.content[0].text  # type: ignore[union-attr]
    assert text.startswith("The document has 300 error(s)") and len(text) < 4_000
    assert len(json.dumps(many.structured_content)) < 6_000
    assert "and 290 more 'unknown_field' problems like the 10 above" in text
    out = many.structured_content
    assert out is not None and len(out["errors"]) == TOLD_PER_CODE + 1
    assert out["errors"][-1]["path_count"] == 290 and len(out["errors"][-1]["paths"]) == PATHS_KEPT
    assert refused.is_error and len(refused.content[0].text) < 4_000  # type: ignore[union-attr]

    grouped = alike.structured_content
    assert grouped is not None and len(json.dumps(grouped)) < 3_000
    assert [(error["path"], error["suggestion"], error["path_count"]) for error in grouped["errors"]] == [
        ("/elements/0/colour", "did you mean 'color'?", 400),
        ("/elements/0/type", "did you mean 'button'?", 400),
    ]
    assert all(len(error["paths"]) == PATHS_KEPT for error in grouped["errors"])


async def test_theme_tokens_are_taken_by_the_tools_and_checked_as_the_documents_are(client: Client) -> None:
    """The tools took a theme's name only and refused tokens by name; the HTTP API's
    `options.theme` and `--theme` took them. Now the argument (and `options.theme`) takes tokens:
    its input schema lists them, an unsafe one is refused at /options/theme/<token> with the
    document's message, a font not installed is warned of, and the tokens are drawn."""
    unsafe = {"primary": "url(https://evil.example/x.png)", "font": "Inter"}
    button = {
        "width": 300,
        "height": 120,
        "elements": [{"type": "button", "label": "Save", "variant": "primary"}],
    }
    async with client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        for name in ("render_ui_mockup", "validate_dsl"):
            schema = tools[name].input_schema
            theme = json.dumps(schema["properties"]["theme"])
            assert "wireframe" in theme and "/options/theme/" in theme, name
            tokens = schema["$defs"]["ThemeTokens"]["properties"]
            assert {"primary", "background", "surface", "text", "font", "radius", "density"} <= set(tokens)
        in_document = (
            await client.call_tool("validate_dsl", {"dsl_content": {**button, "theme": unsafe}})
        ).structured_content
        assert in_document is not None and in_document["valid"] is False
        told = {e["path"].removeprefix("/theme/"): e["message"] for e in in_document["errors"]}
        told |= {w["path"].removeprefix("/theme/"): w["message"] for w in in_document["warnings"]}

        validated = await client.call_tool("validate_dsl", {"dsl_content": button, "theme": unsafe})
        out = validated.structured_content
        assert not validated.is_error and out is not None and out["valid"] is False
        assert [(e["path"], e["code"]) for e in out["errors"]] == [("/options/theme/primary", "unsafe_css")]
        assert [(w["path"], w["code"]) for w in out["warnings"]] == [
            ("/options/theme/font", "font_unavailable")
        ]
        assert [out["errors"][0]["message"], out["warnings"][0]["message"]] == [told["primary"], told["font"]]
        for arguments in ({"options": {"theme": unsafe}}, {"theme": unsafe}):
            refused = await client.call_tool("render_ui_mockup", {"dsl_content": button, **arguments})
            facts = refusal_facts(refused)
            assert not images(refused) and "The render's options are invalid" in text(refused)
            assert [(e["path"], e["code"], e["message"]) for e in facts["errors"]] == [
                ("/options/theme/primary", "unsafe_css", told["primary"])
            ]

        typo = await client.call_tool(
            "render_ui_mockup", {"dsl_content": button, "theme": {"primay": "#7c3aed"}}
        )
        assert typo.is_error and "theme.primay is not a theme token (did you mean 'primary'?)" in text(typo)

        drawn = await client.call_tool(
            "render_ui_mockup", {"dsl_content": button, "theme": {"background": "#fde68a", "font": "Inter"}}
        )
        assert not drawn.is_error, text(drawn)
        image, _ = decode_image(drawn)
        assert image.convert("RGB").getpixel((2, 2)) == (0xFD, 0xE6, 0x8A)
        warned = [(w["path"], w["code"]) for w in render_facts(drawn)["warnings"]]
        assert ("/options/theme/font", "font_unavailable") in warned
        named = await client.call_tool("validate_dsl", {"dsl_content": button, "theme": "Dark"})
        assert named.structured_content is not None and named.structured_content["valid"] is True
