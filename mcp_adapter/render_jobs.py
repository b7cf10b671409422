"""A render job told as a tool's result: its summary, its image at the size asked for, its facts."""

from __future__ import annotations

import asyncio
import base64
from collections import OrderedDict
from dataclasses import dataclass

from mcp_types import CallToolResult, ContentBlock, ImageContent, TextContent

from kernel.errors import ImageExpiredError, ImageNotReadyError, JobNotFoundError
from kernel.ports import RenderGateway
from kernel.schemas import RenderPublic
from mcp_adapter.images import fit_image
from mcp_adapter.render_summary import describe
from mcp_adapter.results import RENDER_META, IssueOut, RenderOut
from mcp_adapter.wording import worded


@dataclass(frozen=True, slots=True)
class RenderCall:
    """What a render_ui_mockup call knew of its render that the render job does not record, for
    get_render_status to tell as the call would have: the attached image's longest side asked
    for, the argument that set the canvas's height (it, not the document's height, is what to
    raise when content is cut), and the warnings the call added (a phone frame on no phone)."""

    max_dimension: int | None = None
    height_from: str | None = None
    warnings: tuple[IssueOut, ...] = ()


RENDER_CALLS_KEPT = 4096
"""Renders whose `RenderCall` a server process remembers, the oldest forgotten first."""


class RenderCalls:
    """The `RenderCall` of each recent render, kept for get_render_status."""

    def __init__(self) -> None:
        self._calls: OrderedDict[str, RenderCall] = OrderedDict()

    def of(self, render_id: str) -> RenderCall:
        """What the call knew of `render_id`; the defaults when nothing of it is kept."""
        return self._calls.get(render_id, RenderCall())

    def remember(self, render_id: str, call: RenderCall) -> None:
        """Keep what the call knew of `render_id` for get_render_status (in this process only: a
        poll that reaches another replica attaches the default size)."""
        if call == RenderCall():
            return
        self._calls[render_id] = call
        while len(self._calls) > RENDER_CALLS_KEPT:
            self._calls.popitem(last=False)


class JobResults:
    """Render jobs told as a tool's result, their images read through `gateway` and attached at
    the size asked for, else at `default_max_dimension`."""

    def __init__(self, gateway: RenderGateway, default_max_dimension: int | None) -> None:
        self.gateway = gateway
        self.default_max_dimension = default_max_dimension

    async def result(
        self,
        job: RenderPublic,
        owner: str | None,
        *,
        include_image: bool,
        call: RenderCall,
        tool: str = "render_ui_mockup",
    ) -> CallToolResult:
        """The job's facts, told as its `call` asks, and, once completed and when
        `include_image`, its image at the size asked for (else the default, sent as it is when
        barely over it). `tool`: the tool that answers, whose arguments the summary names."""
        out = RenderOut.of(job)
        out.warnings = [worded(w, height_from=call.height_from) for w in out.warnings] + list(call.warnings)
        if not lists_warnings(job.status, tool):
            out.warning_count, out.warnings = len(out.warnings), []
        max_dimension = call.max_dimension or self.default_max_dimension
        lenient = call.max_dimension is None
        blocks: list[ContentBlock] = []
        if job.status == "completed" and include_image:
            try:
                data = await self.gateway.image(job.id, owner=owner)
            except (ImageExpiredError, ImageNotReadyError, JobNotFoundError) as exc:
                return render_result(out, [TextContent(text=f"The image is not available: {exc}")], tool=tool)
            fitted = await asyncio.to_thread(fit_image, data, job.format, max_dimension, lenient=lenient)
            blocks.append(
                ImageContent(data=base64.b64encode(fitted.data).decode("ascii"), mime_type=fitted.mime_type)
            )
            out.image_attached = True
            out.image_width, out.image_height, out.downscaled = fitted.width, fitted.height, fitted.downscaled
        return render_result(out, blocks, is_error=job.status == "failed", tool=tool)


PENDING_STATUSES = frozenset({"queued", "rendering"})
"""A render not done yet: its warnings may still grow (the measured ones come at completion)."""


def lists_warnings(status: str, tool: str) -> bool:
    """Whether `tool`'s answer about a render in `status` lists its warnings: render_ui_mockup's
    always (the agent reads them once), get_render_status's once the render is done (every
    warning, the measured ones too). A poll while queued or rendering gives only their count:
    each poll repeated the whole list, noise in an agent's context."""
    return tool != "get_render_status" or status not in PENDING_STATUSES


def render_result(
    out: RenderOut, blocks: list[ContentBlock], *, is_error: bool = False, tool: str = "render_ui_mockup"
) -> CallToolResult:
    """The render's summary as text, then the image; every fact as data in `_meta`.

    No structured content: some clients (Claude Code, as its public issue threads report)
    hand the model only a result's `structuredContent` when there is one, so the image, the
    point of a render, would never reach the model. Text and image are what every client
    shows; programs read `_meta["dsl2png/render"]`."""
    return CallToolResult(
        content=[TextContent(text=describe(out, tool=tool)), *blocks],
        _meta={RENDER_META: out.model_dump(mode="json", exclude_none=True)},
        is_error=is_error,
    )
