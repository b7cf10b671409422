"""The dsl2png MCP server's own class and what its handshake tells (name, version, instructions),
importing no tool: `dsl2png mcp` answers `initialize` with it before the tools are loaded."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp_types import CallToolResult, InputRequiredResult
from pydantic import ValidationError

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


class DslServer(MCPServer[Any]):
    """The SDK's server, with tool arguments that fail the input schema told in a line each
    (`width 10000 is more than 8000`) instead of pydantic's dump and documentation links, and
    arguments a tool does not have refused by name (the SDK would drop them)."""

    def __init__(self, name: str = "dsl2png") -> None:
        super().__init__(name, title="dsl2png", instructions=INSTRUCTIONS, version=package_version())

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        # imported here: the wording pulls in the DSL's kernel, which the handshake does not need
        from mcp_adapter.arguments import arguments_message, unknown_arguments_message

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
