"""Builds the dsl2png MCP server (tools, resources, prompt) around a render gateway."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from importlib.resources.abc import Traversable
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp_types import CallToolResult, InputRequiredResult, ToolAnnotations
from pydantic import ValidationError

from kernel.ports import RenderGateway
from mcp_adapter.arguments import arguments_message, unknown_arguments_message
from mcp_adapter.crashes import told_as_internal
from mcp_adapter.examples import ExampleLibrary
from mcp_adapter.images import DEFAULT_MAX_DIMENSION
from mcp_adapter.prompts import register_prompts
from mcp_adapter.resources import register_resources
from mcp_adapter.tools import DslTools

INSTRUCTIONS = """dsl2png renders UI mockups described in a small JSON/YAML language to images.
Loop: write a document -> validate_dsl -> render_ui_mockup -> look at the image -> fix -> render again.
Learn the language with list_element_types (the document's fields and each type's; then type=... for
the values and an example of the types you use) and get_example (or the dsl:// resources).
To explain a screen, give elements an id and add annotations: [{target: id, text: note}]: numbered
pins on those elements, the notes listed beside the screen (see get_example review-notes).
To see one component alone (a button, a card, a form row), render with options.crop: true: the
image is cut to what it draws, with its margin.
Read the render's warnings: content_cut means content is missing from the image: below the canvas
(path /height: raise the document's height or render with options.full_page), past its side (the
path names the element: narrower boxes, wrap: true on a row, fewer grid columns, or a larger width)
or a table's columns cut at its box's edge (the path names the table). text_truncated means a
label is drawn shortened ('Request money' as 'Re…'): fewer columns, a wider box or a shorter label."""


def package_version() -> str:
    try:
        return version("dsl2png")
    except PackageNotFoundError:
        return "0"


READ_ONLY = ToolAnnotations(read_only_hint=True, open_world_hint=False)


class DslServer(MCPServer[Any]):
    """The SDK's server, with tool arguments that fail the input schema told in a line each
    (`width 10000 is more than 8000`) instead of pydantic's dump and documentation links, and
    arguments a tool does not have refused by name (the SDK would drop them)."""

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        schema = self._tool_input_schema(name)
        if schema is not None:
            # the SDK drops unknown arguments: a caller's `wdith` or `format` would do nothing without a word
            refused = unknown_arguments_message(name, arguments, list(schema.get("properties", {})))
            if refused:
                raise ToolError(f"Error executing tool {name}: {refused}")
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(exc, UnexpectedToolError) or not isinstance(cause, ValidationError):
                raise
            raise ToolError(f"Error executing tool {name}: {arguments_message(arguments, cause)}") from cause


def build_server(
    gateway: RenderGateway,
    *,
    examples_dir: Traversable,
    name: str = "dsl2png",
    wait_timeout_s: float = 60.0,
    default_max_dimension: int | None = DEFAULT_MAX_DIMENSION,
) -> MCPServer[Any]:
    """An MCPServer whose tools reach renders only through `gateway` (embedded or deployed)."""
    server: MCPServer[Any] = DslServer(
        name, title="dsl2png", instructions=INSTRUCTIONS, version=package_version()
    )
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
    return server
