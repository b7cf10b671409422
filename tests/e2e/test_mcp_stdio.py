"""End to end: `python -m mcp_adapter` (what `dsl2png mcp` runs) as a subprocess, driven over stdio by
the SDK's client; embedded renderer, so no servers are involved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from render_worker.pool_settings import PoolSettings
from tests.e2e.chromium_gate import ChromiumGate
from tests.e2e.processes import ROOT, base_env
from tests.support.mcp_checks import (
    BROKEN,
    RED,
    RED_BUTTON,
    TOOL_NAMES,
    ProgressLog,
    decode_image,
    poll_until_done,
    refusal_facts,
    render_facts,
    text,
)
from tests.support.polling import wait_until

pytestmark = pytest.mark.e2e


def stdio_client(data_dir: Path, mode: str = "auto", **extra_env: str) -> Client:
    # Only the variables given here (plus PATH, HOME, ...) reach the child: no DATABASE_URL, so embedded.
    env = {"DSL2PNG_DATA_DIR": str(data_dir), "DSL2PNG_LOG_LEVEL": "warning", **extra_env}
    params = StdioServerParameters(command=sys.executable, args=["-m", "mcp_adapter"], env=env, cwd=str(ROOT))
    return Client(params, read_timeout_seconds=120, mode=mode)


async def test_stdio_session_lists_renders_validates_and_polls(tmp_path: Path) -> None:
    async with stdio_client(tmp_path) as client:
        assert client.server_info is not None and client.server_info.name == "dsl2png"
        assert {tool.name for tool in (await client.list_tools()).tools} == TOOL_NAMES
        resources = {str(r.uri) for r in (await client.list_resources()).resources}
        assert "dsl://schema" in resources

        progress = ProgressLog()

        rendered = await client.call_tool(
            "render_ui_mockup", {"dsl_content": RED_BUTTON}, progress_callback=progress
        )
        assert not rendered.is_error, text(rendered)
        image, _ = decode_image(rendered)
        assert image.format == "PNG" and image.size == (400, 300)
        assert image.convert("RGB").getpixel((160, 105)) == RED
        assert progress.seen and progress.seen[-1][0] == 3

        example = await client.call_tool("get_example", {"name": "dashboard"})
        source = example.structured_content["source"]  # type: ignore[index]
        dashboard = await client.call_tool("render_ui_mockup", {"dsl_content": source, "device": "laptop"})
        assert not dashboard.is_error, text(dashboard)
        assert decode_image(dashboard)[0].size == (1280, 800)

        invalid = await client.call_tool("validate_dsl", {"dsl_content": BROKEN})
        out = invalid.structured_content
        assert out is not None and out["valid"] is False
        assert any(e["path"] == "/elements/0/type" and "button" in e["suggestion"] for e in out["errors"])
        refused = await client.call_tool("render_ui_mockup", {"dsl_content": BROKEN})
        assert refused.is_error and "/elements/0/type" in text(refused)
        assert any(e["path"] == "/elements/0/type" for e in refusal_facts(refused)["errors"])

        started = await client.call_tool(
            "render_ui_mockup", {"dsl_content": RED_BUTTON | {"title": "later"}, "async_mode": True}
        )
        render_id = render_facts(started)["render_id"]
        done = await poll_until_done(client, render_id)
        assert render_facts(done)["status"] == "completed"
        assert decode_image(done)[0].convert("RGB").getpixel((160, 105)) == RED


async def test_stdio_renders_when_asked_right_after_the_handshake(tmp_path: Path) -> None:
    """The handshake is answered before the tools and the renderer are loaded; a render, a
    resource and the prompt asked at once, before tools/list, wait for them and answer."""
    async with stdio_client(tmp_path, mode="legacy") as client:
        assert client.server_info is not None and client.server_info.name == "dsl2png"
        capabilities = client.server_capabilities
        assert capabilities is not None
        assert capabilities.tools is not None and capabilities.resources is not None
        assert capabilities.prompts is not None
        assert client.instructions is not None and "render_ui_mockup" in client.instructions
        rendered = await client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON})
        assert not rendered.is_error, text(rendered)
        image, _ = decode_image(rendered)
        assert image.size == (400, 300) and image.convert("RGB").getpixel((160, 105)) == RED
        schema = await client.read_resource("dsl://schema")
        assert '"elements"' in schema.contents[0].text  # type: ignore[union-attr]
        prompt = await client.get_prompt("design_screen", {"description": "a login screen"})
        assert prompt.messages


async def test_stdio_with_the_initialize_handshake_of_current_desktop_clients(tmp_path: Path) -> None:
    async with stdio_client(tmp_path, mode="legacy") as client:
        assert client.protocol_version < "2026"
        rendered = await client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON})
        assert not rendered.is_error, text(rendered)
        assert render_facts(rendered)["width"] == 400
        image, _ = decode_image(rendered)
        assert image.convert("RGB").getpixel((160, 105)) == RED


async def test_stdio_tells_bad_arguments_in_a_line_and_lists_the_language_compactly(tmp_path: Path) -> None:
    async with stdio_client(tmp_path) as client:
        listed = await client.call_tool("list_element_types", {})
        assert not listed.is_error and listed.structured_content is not None
        assert '{primary: "#7c3aed"}' in text(listed) and len(text(listed)) < 7000
        assert "error" in listed.structured_content["fields_by_category"]["basic"]["input"]
        wrong = await client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON, "width": 10000})
        assert wrong.is_error and "width 10000 is more than 8000" in text(wrong)
        assert "errors.pydantic.dev" not in text(wrong)


async def test_stdio_starts_chromium_at_once_and_queues_an_async_render_before_it_is_up(
    tmp_path: Path,
) -> None:
    """The pool starts warming with the server, not on the first render; meanwhile tools/list and
    validate_dsl answer, and an async render is queued (answered before it starts) and drawn once
    Chromium is up."""
    gate = ChromiumGate(tmp_path, f'exec "{PoolSettings().resolve_chromium()}" "$@"')
    async with stdio_client(tmp_path / "data", **gate.env()) as client:
        assert {tool.name for tool in (await client.list_tools()).tools} == TOOL_NAMES
        await wait_until(gate.waited_at, 120)  # launching, with no render asked for
        valid = await client.call_tool("validate_dsl", {"dsl_content": RED_BUTTON})
        assert valid.structured_content is not None and valid.structured_content["valid"] is True

        warned = RED_BUTTON | {
            "elements": [*RED_BUTTON["elements"], {"type": "button", "label": "Go", "size": "huge"}]
        }
        queued = await client.call_tool("render_ui_mockup", {"dsl_content": warned, "async_mode": True})
        assert not queued.is_error, text(queued)
        facts = render_facts(queued)
        assert facts["status"] == "queued" and "started_at" not in facts
        assert "image" not in {block.type for block in queued.content}
        assert text(queued).startswith(f"queued: render {facts['render_id']} is not done yet"), text(queued)
        warning = facts["warnings"][0]["message"]
        assert warning in text(queued)  # the call's answer lists the warnings
        still = await client.call_tool("get_render_status", {"render_id": facts["render_id"]})
        assert render_facts(still)["status"] == "queued"  # nothing takes it while Chromium is not up
        assert text(still).startswith("queued: "), text(still)
        # a poll while queued gives their count, not the list again (noise in an agent's context)
        assert warning not in text(still) and not render_facts(still)["warnings"], text(still)
        assert render_facts(still)["warning_count"] == len(facts["warnings"])
        assert f"{len(facts['warnings'])} warning(s) so far" in text(still), text(still)

        gate.open()
        done = await poll_until_done(client, facts["render_id"], timeout_s=120)
        assert render_facts(done)["status"] == "completed", text(done)
        assert text(done).startswith("completed: rendered 400x300 PNG ("), text(done)
        assert render_facts(done)["started_at"] > render_facts(done)["created_at"]
        assert warning in text(done) and "warning_count" not in render_facts(done)  # done: all of them
        assert decode_image(done)[0].convert("RGB").getpixel((160, 105)) == RED


async def test_stdio_without_a_working_chromium_keeps_the_session_and_fails_the_renders(
    tmp_path: Path,
) -> None:
    """A Chromium that cannot start fails the render queued while it was launching, with its
    reason, and refuses later renders; the session goes on (validate_dsl still answers)."""
    gate = ChromiumGate(tmp_path, "exit 1")
    async with stdio_client(tmp_path / "data", **gate.env()) as client:
        queued = await client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON, "async_mode": True})
        assert render_facts(queued)["status"] == "queued", text(queued)
        await wait_until(gate.waited_at, 120)
        gate.open()
        failed = await poll_until_done(client, render_facts(queued)["render_id"], timeout_s=120)
        assert failed.is_error and render_facts(failed)["status"] == "failed"
        assert text(failed).startswith(f"failed: render {render_facts(queued)['render_id']}: "), text(failed)
        assert "Chromium did not start" in text(failed)

        refused = await client.call_tool("render_ui_mockup", {"dsl_content": RED_BUTTON | {"title": "again"}})
        assert refused.is_error and "RenderError" in text(refused), text(refused)
        valid = await client.call_tool("validate_dsl", {"dsl_content": RED_BUTTON})
        assert valid.structured_content is not None and valid.structured_content["valid"] is True


@pytest.mark.parametrize(
    ("setting", "value", "told"),
    [
        ("DSL2PNG_DATA_DIR", "/proc/nope", "dsl2png mcp: DSL2PNG_DATA_DIR /proc/nope cannot be used: "),
        ("DSL2PNG_CHROMIUM_PATH", "/nonexistent/chrome", "dsl2png mcp: DSL2PNG_CHROMIUM_PATH is /nonexistent/chrome, which does not exist"),
        ("DSL2PNG_BROWSRS", "2", "dsl2png: invalid configuration (ServeSettings):\n  DSL2PNG_BROWSRS is not a dsl2png setting: did you mean DSL2PNG_BROWSERS?"),
    ],
    ids=["data dir", "chromium path", "misspelt"],
)  # fmt: skip
@pytest.mark.parametrize(
    "entry", [["-m", "mcp_adapter"], ["-m", "dsl2png", "mcp"]], ids=["python -m", "dsl2png mcp"]
)
def test_a_server_that_cannot_start_exits_1_with_its_reason_while_the_client_waits(
    tmp_path: Path, entry: list[str], setting: str, value: str, told: str
) -> None:
    """Its stdin stays open, as a client's does: the server ends on its own, with the reason on
    stderr and nothing on stdout (the protocol's), instead of answering `initialize` and failing
    every render, or a traceback."""
    env = base_env(**{"DSL2PNG_DATA_DIR": str(tmp_path / "data"), setting: value})
    server = subprocess.Popen(
        [sys.executable, *entry], cwd=ROOT, env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert server.wait(timeout=120) == 1
        assert server.stdout is not None and server.stderr is not None
        errors = server.stderr.read()
        assert errors.startswith(told) and len(errors.splitlines()) == len(told.splitlines()), errors
        assert server.stdout.read() == ""
    finally:
        if server.poll() is None:
            server.kill()
        server.communicate()
