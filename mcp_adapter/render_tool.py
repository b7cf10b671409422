"""The render_ui_mockup tool: render a document and answer with its image."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult
from pydantic import Field, ValidationError

from kernel.dsl.catalog import DEVICES
from kernel.dsl.frames import FRAME_MISMATCH, frame_fit_warning
from kernel.dsl.limits import CANVAS_LIMIT_CODES, MAX_PIXELS, MAX_SIDE, MAX_WEBP_SIDE, WEBP_LIMIT
from kernel.dsl.options import RenderOptions, known_screen_height
from kernel.dsl.prepare import plan_render
from kernel.errors import InvalidDocumentError, QueueFullError
from kernel.ports import RenderGateway
from kernel.schemas import RenderPublic
from mcp_adapter.device_argument import device_preset
from mcp_adapter.document_argument import DocumentSource, DslContent, as_source
from mcp_adapter.issue_answers import at_arguments, invalid_document_result
from mcp_adapter.render_jobs import JobResults, RenderCall, RenderCalls
from mcp_adapter.render_tool_options import CANVAS_OPTIONS, Lowered, RenderToolOptions, given_once
from mcp_adapter.request_owner import request_owner
from mcp_adapter.results import IssueOut
from mcp_adapter.theme_argument import ThemeArgument

PROGRESS_STEPS = {"queued": 1, "rendering": 2}
PROGRESS_TOTAL = 3
WAIT_SLICE_S = 0.5
"""How often a synchronous render re-checks the job, so progress shows queued -> rendering."""


def height_argument(height: int | None, device: str | None) -> str | None:
    """The render_ui_mockup argument that sets the canvas's height over the document's, if any
    (an explicit height beats the device's, which beats the document's: see resolve_viewport)."""
    if height is not None:
        return "the height argument"
    return f"device {device}" if device is not None else None


class RenderTool:
    """render_ui_mockup, submitting through `gateway` and waiting up to `wait_timeout_s`; what
    each call knew of its render is kept in `calls` for get_render_status; `jobs` tells the job."""

    def __init__(
        self, gateway: RenderGateway, calls: RenderCalls, jobs: JobResults, *, wait_timeout_s: float
    ) -> None:
        self.gateway = gateway
        self.calls = calls
        self.jobs = jobs
        self.wait_timeout_s = wait_timeout_s

    async def render_ui_mockup(
        self,
        ctx: Context,
        dsl_content: DslContent,
        width: Annotated[int | None, Field(ge=1, le=MAX_SIDE, description="viewport width in CSS px")] = None,
        height: Annotated[
            int | None, Field(ge=1, le=MAX_SIDE, description="viewport height in CSS px")
        ] = None,
        async_mode: Annotated[bool, Field(description="return the render id at once, don't wait")] = False,
        options: RenderToolOptions | None = None,
        device: Annotated[
            str | None,
            Field(
                description="size preset: desktop, laptop, tablet, mobile",
                json_schema_extra={"enum": [*DEVICES, None]},
            ),
        ] = None,
        theme: ThemeArgument = None,
        frame: Annotated[
            Literal["none", "browser", "window", "phone", "tablet"] | None,
            Lowered,
            Field(
                description="draw a browser window, a desktop app's window, a phone or a tablet around the "
                "screen (the image grows)"
            ),
        ] = None,
    ) -> CallToolResult:
        """Render a UI mockup document to an image and return the image so you can look at it.

        Use this to see a screen you designed: write the document, render, look at the picture,
        fix what looks wrong, render again. The result is the image and a text: the image's size,
        format and bytes, the render id and every warning with its path and suggestion (read
        them). The sha256, timings and warning codes are only in the result's `_meta`
        ("dsl2png/render"), which many hosts do not show you. Invalid documents come back as an
        error listing every problem with its JSON path and a suggestion; nothing is rendered
        then. Call validate_dsl first if unsure, list_element_types to learn the element types,
        get_example for complete documents.

        `width`/`height` (CSS px) or `device` (desktop 1440x900, laptop 1280x800, tablet 768x1024@2x,
        mobile 390x844@3x) set the canvas; otherwise the document's own size (default 800x600).
        A width with a device replaces only the device's width (its height and scale stay: a
        warning says what was drawn).
        Limits: each side at most 8000 px, the image at most 40 megapixels (width x height x scale²).
        `frame` (browser, window, phone or tablet) draws the device around the screen, to present it.
        `theme` is a theme's name (light, dark, wireframe) or design tokens over the document's
        theme (primary, background, surface, text, font, radius, density, base), checked as the
        document's are: an unsafe value is refused at /options/theme/<token>.
        `options.max_dimension` limits the longest side of the returned image (default 1568), now
        or when get_render_status attaches it. `options` may hold width, height, device, theme and
        frame too; an option it does not have is refused by name.
        With `async_mode: true` it returns the render id at once (with the image when an identical
        render is done already) and the warnings found so far; poll get_render_status, which
        gives only their count until the render is done, then every warning (the measured ones too).

        Example: {"dsl_content": {"width": 400, "height": 200, "elements": [
          {"type": "button", "label": "Sign in", "variant": "primary"}]}}
        """
        opts = options or RenderToolOptions()
        width, height, device, theme, frame = (
            given_once(name, argument, getattr(opts, name))
            for name, argument in zip(CANVAS_OPTIONS, (width, height, device, theme, frame), strict=True)
        )
        preset = device_preset(device)
        try:
            render_options = RenderOptions(
                width=width, height=height, device=preset, theme=theme, frame=frame, scale=opts.device_scale_factor,
                format=opts.format, full_page=opts.full_page, transparent=opts.transparent_background,
                quality=opts.quality, crop=opts.crop,
            )  # fmt: skip
        except ValidationError as exc:
            reasons = "; ".join(error["msg"] for error in exc.errors(include_url=False))
            raise ToolError(f"invalid render options: {reasons}") from None
        canvas_arguments = {
            "width": width, "height": height, "device": preset, "frame": frame,
            "options.device_scale_factor": opts.device_scale_factor,
            "options.format": opts.format if opts.format == "webp" else None,
        }  # fmt: skip
        owner = request_owner(ctx)
        try:
            source = as_source(dsl_content)
        except InvalidDocumentError as exc:
            return invalid_document_result(exc)
        try:
            job = await self.gateway.submit(source, render_options, owner=owner)
        except InvalidDocumentError as exc:
            blamed = await self._arguments_to_blame(exc, source, canvas_arguments)
            if blamed is not None:
                raise ToolError(blamed) from None
            return invalid_document_result(at_arguments(exc))
        except QueueFullError as exc:
            raise ToolError(f"the renderer is busy, try again shortly: {exc}") from None
        extra = [*opts.not_honoured(), *await self._frame_warnings(source, render_options, job)]
        call = RenderCall(opts.max_dimension, height_argument(height, preset), tuple(extra))
        self.calls.remember(job.id, call)
        if async_mode:  # already completed (an identical render reused): the image comes at once
            return await self.jobs.result(job, owner, include_image=job.status == "completed", call=call)
        job = await self._wait_with_progress(ctx, job, owner)
        return await self.jobs.result(job, owner, include_image=True, call=call)

    # helpers

    async def _arguments_to_blame(
        self, exc: InvalidDocumentError, source: DocumentSource, arguments: dict[str, Any]
    ) -> str | None:
        """When a render is refused only for its canvas, and the document alone would pass, the
        arguments made the canvas too large: say so, naming them, instead of blaming the
        document's fields. None otherwise."""
        given = {name: value for name, value in arguments.items() if value is not None}
        if not given or not exc.issues or any(i.code not in CANVAS_LIMIT_CODES for i in exc.issues):
            return None
        try:
            await asyncio.to_thread(plan_render, source, RenderOptions())
        except InvalidDocumentError:
            return None
        written = ", ".join(f"{name}={value}" for name, value in given.items())
        lines = "\n".join(
            f"- {i.message}" + (f" ({i.suggestion})" if i.suggestion else "") for i in exc.issues
        )
        webp = (
            f", a WebP image at most {MAX_WEBP_SIDE:,} px a side"
            if any(i.code == WEBP_LIMIT for i in exc.issues)
            else ""
        )
        return (
            f"the canvas these arguments ask for is over the limits ({written}); nothing was rendered. "
            f"Each side is at most {MAX_SIDE} px, the image at most {MAX_PIXELS // 1_000_000} megapixels "
            f"(width x height x scale²){webp}:\n{lines}"
        )

    async def _frame_warnings(
        self, source: DocumentSource, options: RenderOptions, job: RenderPublic
    ) -> list[IssueOut]:
        """A phone or tablet frame around a screen that device does not have (the warning the
        render itself does not give yet). Only looked into when such a frame may be asked for, as
        it reads the canvas again."""
        if any(w.get("code") == FRAME_MISMATCH for w in job.warnings):
            return []
        devices = ("phone", "tablet")
        if options.frame is not None:
            maybe = options.frame in devices
        elif isinstance(source, Mapping):
            written = source.get("frame")
            maybe = written in devices or (isinstance(written, Mapping) and written.get("type") in devices)
        else:
            maybe = any(device in source for device in devices)
        if not maybe:
            return []
        try:
            plan = await asyncio.to_thread(plan_render, source, options)
        except InvalidDocumentError:
            return []
        viewport = plan.viewport
        warning = frame_fit_warning(
            viewport.frame.type, viewport.screen_width, known_screen_height(plan.document, plan.options, viewport),
            path="" if options.frame is not None else "/frame",
        )  # fmt: skip
        return [IssueOut.of(warning)] if warning is not None else []

    async def _wait_with_progress(self, ctx: Context, job: RenderPublic, owner: str | None) -> RenderPublic:
        """Wait for the job to finish (up to `wait_timeout_s`), reporting queued -> rendering as
        progress (a no-op unless the client sent a progress token)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait_timeout_s
        reported: str | None = None
        while True:
            if job.status != reported and job.status in PROGRESS_STEPS:
                await ctx.report_progress(PROGRESS_STEPS[job.status], PROGRESS_TOTAL, job.status)
                reported = job.status
            remaining = deadline - loop.time()
            if job.terminal or remaining <= 0:
                break
            job = await self.gateway.wait(job.id, min(remaining, WAIT_SLICE_S), owner=owner)
        if job.terminal:
            await ctx.report_progress(PROGRESS_TOTAL, PROGRESS_TOTAL, job.status)
        return job
