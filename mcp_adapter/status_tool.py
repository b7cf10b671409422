"""The get_render_status tool: a render's status, and its image once it is done."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult
from pydantic import Field

from kernel.errors import JobNotFoundError
from kernel.ports import RenderGateway
from mcp_adapter.render_jobs import JobResults, RenderCalls
from mcp_adapter.request_owner import request_owner


class StatusTool:
    """get_render_status, reading jobs through `gateway`; a render's call, if kept in `calls`,
    says how to tell it; `jobs` tells the job."""

    def __init__(self, gateway: RenderGateway, calls: RenderCalls, jobs: JobResults) -> None:
        self.gateway = gateway
        self.calls = calls
        self.jobs = jobs

    async def get_render_status(
        self,
        ctx: Context,
        render_id: Annotated[str | None, Field(description="the id render_ui_mockup returned")] = None,
        include_image: Annotated[bool, Field(description="attach the image when completed")] = True,
        max_dimension: Annotated[
            int | None,
            Field(
                ge=64,
                le=8000,
                description=(
                    "longest side of the attached image (default: the render's options.max_dimension, "
                    "else 1568)"
                ),
            ),
        ] = None,
        task_id: Annotated[str | None, Field(description="alias of render_id")] = None,
    ) -> CallToolResult:
        """Get a render's status (queued, rendering, completed, failed, cancelled), its times and
        error, and the image once it is completed.

        Use it after render_ui_mockup with `async_mode: true`, or when a synchronous render
        was still running when the tool returned. Poll until the status is completed or failed.
        While queued or rendering it says only the status and how many warnings there are so far
        (render_ui_mockup's answer listed them); completed or failed, it lists every warning.

        Example: {"render_id": "0b6c2a4e-..."}
        """
        render_id = render_id or task_id
        if not render_id:
            raise ToolError("give render_id: the id render_ui_mockup returned")
        owner = request_owner(ctx)
        try:
            job = await self.gateway.status(render_id, owner=owner)
        except JobNotFoundError:
            raise ToolError(
                f"no render with id {render_id!r}; use the id render_ui_mockup returned"
            ) from None
        call = self.calls.of(job.id)
        if max_dimension is not None:
            call = replace(call, max_dimension=max_dimension)
        return await self.jobs.result(
            job, owner, include_image=include_image, call=call, tool="get_render_status"
        )
