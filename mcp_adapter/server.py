"""Builds the dsl2png MCP server (tools, resources, prompt) around a render gateway."""

from __future__ import annotations

from importlib.resources.abc import Traversable
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp_types import ToolAnnotations

from kernel.ports import RenderGateway
from mcp_adapter.crashes import told_as_internal
from mcp_adapter.dsl_server import DslServer
from mcp_adapter.examples import ExampleLibrary
from mcp_adapter.images import DEFAULT_MAX_DIMENSION
from mcp_adapter.prompts import register_prompts
from mcp_adapter.resources import register_resources
from mcp_adapter.tools import DslTools

READ_ONLY = ToolAnnotations(read_only_hint=True, open_world_hint=False)


def build_server(
    gateway: RenderGateway,
    *,
    examples_dir: Traversable,
    name: str = "dsl2png",
    wait_timeout_s: float = 60.0,
    default_max_dimension: int | None = DEFAULT_MAX_DIMENSION,
) -> MCPServer[Any]:
    """An MCPServer whose tools reach renders only through `gateway` (embedded or deployed)."""
    server = DslServer(name)
    add_features(
        server,
        gateway,
        examples_dir=examples_dir,
        wait_timeout_s=wait_timeout_s,
        default_max_dimension=default_max_dimension,
    )
    return server


def add_features(
    server: MCPServer[Any],
    gateway: RenderGateway,
    *,
    examples_dir: Traversable,
    wait_timeout_s: float = 60.0,
    default_max_dimension: int | None = DEFAULT_MAX_DIMENSION,
) -> None:
    """Register dsl2png's tools, resources and prompt on `server` (`build_server`'s, or the one
    `dsl2png mcp` already serves the handshake with)."""
    examples = ExampleLibrary(examples_dir)
    tools = DslTools(
        gateway, examples, wait_timeout_s=wait_timeout_s, default_max_dimension=default_max_dimension
    )
    server.add_tool(
        told_as_internal(tools.render_ui_mockup),
        title="Render a UI mockup",
        annotations=ToolAnnotations(
            read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=False
        ),
    )
    server.add_tool(
        told_as_internal(tools.validate_dsl), title="Validate a mockup document", annotations=READ_ONLY
    )
    server.add_tool(
        told_as_internal(tools.get_render_status),
        title="Get a render's status and image",
        annotations=READ_ONLY,
    )
    server.add_tool(
        told_as_internal(tools.list_element_types),
        title="List the DSL's element types",
        annotations=READ_ONLY,
    )
    server.add_tool(
        told_as_internal(tools.get_example), title="Get an example document", annotations=READ_ONLY
    )
    register_resources(server, examples)
    register_prompts(server)
