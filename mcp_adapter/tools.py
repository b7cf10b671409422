"""The MCP tools: render a mockup and look at it, validate, follow a render, learn the DSL."""

from __future__ import annotations

from kernel.ports import RenderGateway
from mcp_adapter.element_types_tool import ElementTypesTool
from mcp_adapter.example_tool import ExampleTool
from mcp_adapter.examples import ExampleLibrary
from mcp_adapter.images import DEFAULT_MAX_DIMENSION
from mcp_adapter.render_jobs import JobResults, RenderCalls
from mcp_adapter.render_tool import RenderTool
from mcp_adapter.status_tool import StatusTool
from mcp_adapter.validate_tool import ValidateTool


class DslTools:
    """The tool functions, bound to one gateway and example library; `build_server` registers them.
    The render tools share what each render call knew of its render (`RenderCalls`)."""

    def __init__(
        self,
        gateway: RenderGateway,
        examples: ExampleLibrary,
        *,
        wait_timeout_s: float = 60.0,
        default_max_dimension: int | None = DEFAULT_MAX_DIMENSION,
    ) -> None:
        calls = RenderCalls()
        jobs = JobResults(gateway, default_max_dimension)
        self.render_ui_mockup = RenderTool(
            gateway, calls, jobs, wait_timeout_s=wait_timeout_s
        ).render_ui_mockup
        self.validate_dsl = ValidateTool().validate_dsl
        self.get_render_status = StatusTool(gateway, calls, jobs).get_render_status
        self.list_element_types = ElementTypesTool().list_element_types
        self.get_example = ExampleTool(examples).get_example
