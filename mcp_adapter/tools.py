"""The MCP tools: render a mockup and look at it, validate, follow a render, learn the DSL."""

from __future__ import annotations

import asyncio
import base64
import json
import re
from typing import Annotated, Any, Literal, cast

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult, ContentBlock, ImageContent, TextContent
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError

from kernel.dsl.catalog import CATEGORIES, CONTAINER_TYPES, DESCRIPTIONS, DEVICES
from kernel.dsl.hints import device_hint
from kernel.dsl.options import RenderOptions
from kernel.dsl.suggest import did_you_mean
from kernel.dsl.validate import validate_document
from kernel.errors import (
    ImageExpiredError,
    ImageNotReadyError,
    InvalidDocumentError,
    Issue,
    JobNotFoundError,
    QueueFullError,
)
from kernel.ports import RenderGateway
from kernel.schemas import RenderPublic
from mcp_adapter.element_examples import EXAMPLES
from mcp_adapter.examples import ExampleLibrary
from mcp_adapter.images import DEFAULT_MAX_DIMENSION, fit_image
from mcp_adapter.results import (
    ElementTypeOut,
    ElementTypesOut,
    ExampleOut,
    ExampleSummary,
    IssueOut,
    RenderOut,
    ValidationOut,
)

DslContent = Annotated[
    str | dict[str, Any],
    Field(description="The mockup document: a JSON object, or JSON/YAML text."),
]
Device = Literal["desktop", "laptop", "tablet", "mobile"]
PROGRESS_STEPS = {"queued": 1, "rendering": 2}
PROGRESS_TOTAL = 3
WAIT_SLICE_S = 0.5
"""How often a synchronous render re-checks the job, so progress shows queued -> rendering."""
COMMON_FIELDS = ("id", "className", "style", "layout", "children")


class RenderToolOptions(BaseModel):
    """Render options in the earlier project's names, plus `format`, `quality` and `max_dimension`.
    The DSL's and the HTTP API's names (`scale`, `transparent`, `fullPage`) are read too: an agent
    that learnt one surface should not have its option dropped on another."""

    model_config = ConfigDict(extra="ignore")

    device_scale_factor: float | None = Field(
        default=None, ge=1, le=4, description="pixel density (1-4); `scale` is read too",
        validation_alias=AliasChoices("device_scale_factor", "scale", "deviceScaleFactor"),
    )  # fmt: skip
    full_page: bool = Field(
        default=False, description="capture the whole page, not only the viewport",
        validation_alias=AliasChoices("full_page", "fullPage"),
    )  # fmt: skip
    transparent_background: bool = Field(
        default=False, description="no page background (PNG/WebP alpha); `transparent` is read too",
        validation_alias=AliasChoices("transparent_background", "transparent", "transparentBackground"),
    )  # fmt: skip
    format: Literal["png", "jpeg", "webp"] = "png"
    quality: int | None = Field(default=None, ge=1, le=100, description="JPEG/WebP quality")
    max_dimension: int | None = Field(
        default=None, ge=64, le=8000,
        description=f"longest side of the returned image in px; larger images are scaled down (default {DEFAULT_MAX_DIMENSION})",
    )  # fmt: skip


def request_owner(ctx: Context) -> str | None:
    """The API key id the HTTP auth middleware stored on the request (None over stdio)."""
    request = ctx.request_context.request
    state = getattr(request, "state", None)
    owner = getattr(state, "api_key_id", None) if state is not None else None
    return owner if isinstance(owner, str) else None


def issues_text(errors: list[Issue], warnings: list[Issue]) -> str:
    lines = [f"- {issue}" for issue in errors]
    lines += [f"- warning: {issue}" for issue in warnings]
    return "\n".join(lines)


def validation_summary(errors: list[Issue], warnings: list[Issue]) -> str:
    """What a validation found, in words an agent acts on: fix and validate again, or render."""
    if errors:
        head = f"The document has {len(errors)} error(s); fix these and call validate_dsl again:"
    elif warnings:
        head = f"The document is valid, with {len(warnings)} warning(s) (it renders; these may not look as meant):"
    else:
        return "The document is valid: call render_ui_mockup to see it."
    return head + "\n" + issues_text(errors, warnings)


def invalid_document_result(exc: InvalidDocumentError) -> CallToolResult:
    """An error result the model reads and fixes: every error with its path and suggestion."""
    out = ValidationOut(
        valid=False,
        errors=[IssueOut.of(i) for i in exc.issues],
        warnings=[IssueOut.of(i) for i in exc.warnings],
    )
    text = (
        f"The document is invalid ({len(exc.issues)} error(s)); nothing was rendered. "
        f"Fix these and call the tool again:\n{issues_text(exc.issues, exc.warnings)}"
    )
    return CallToolResult(
        content=[TextContent(text=text)],
        structured_content=out.model_dump(mode="json", exclude_none=True),
        is_error=True,
    )


def describe(out: RenderOut) -> str:
    """One readable paragraph about a render, for clients that show only text."""
    if out.status == "completed":
        size = f"{out.width}x{out.height} {out.format.upper()}" if out.width else out.format.upper()
        head = f"Rendered {size} ({out.bytes or 0:,} bytes), render id {out.render_id}"
        if out.cache_hit:
            head += " (identical render reused from cache)"
        if out.image_attached and out.downscaled:
            head += f"; the attached image is scaled down to {out.image_width}x{out.image_height}"
    elif out.status in ("failed", "cancelled"):
        reason = f": {out.error.message}" if out.error else ""
        head = f"Render {out.render_id} {out.status}{reason}"
    else:
        head = (
            f"Render {out.render_id} is {out.status}; call get_render_status with this id "
            "to get the image when it is done"
        )
    if out.warnings:
        head += "\nWarnings:\n" + "\n".join(
            f"- {w.path or '/'}: {w.message}" + (f" ({w.suggestion})" if w.suggestion else "")
            for w in out.warnings
        )
    return head


def unknown_device_message(device: str) -> str:
    """Why `device` is refused and what to write: the preset meant, and for a phone's look the
    frame (checked here rather than by the SDK, whose message is a raw pydantic dump)."""
    hint = device_hint(device) or "use desktop, laptop, tablet or mobile, or give width and height"
    frame = "; to draw a phone around the screen, add frame: phone" if "phone" in device.lower() else ""
    return f"unknown device {device!r}: {hint}{frame}"


def category_named(written: str) -> str:
    """The category an agent means: its exact name, or any word of it in any case ("basic",
    "Forms", "media"); raises ToolError listing the categories otherwise."""
    wanted = written.strip().lower()
    for name in CATEGORIES:
        if wanted == name.lower() or wanted in re.split(r"[^a-z]+", name.lower()):
            return name
    raise ToolError(f"unknown category {written!r}; categories: {', '.join(CATEGORIES)}")


class DslTools:
    """The tool functions, bound to one gateway and example library; `build_server` registers them."""

    def __init__(
        self,
        gateway: RenderGateway,
        examples: ExampleLibrary,
        *,
        wait_timeout_s: float = 60.0,
        default_max_dimension: int | None = DEFAULT_MAX_DIMENSION,
    ) -> None:
        self.gateway = gateway
        self.examples = examples
        self.wait_timeout_s = wait_timeout_s
        self.default_max_dimension = default_max_dimension

    async def render_ui_mockup(
        self,
        ctx: Context,
        dsl_content: DslContent,
        width: Annotated[int | None, Field(ge=1, le=8000, description="viewport width in CSS px")] = None,
        height: Annotated[int | None, Field(ge=1, le=8000, description="viewport height in CSS px")] = None,
        async_mode: Annotated[bool, Field(description="return the render id at once, don't wait")] = False,
        options: RenderToolOptions | None = None,
        device: Annotated[
            str | None,
            Field(
                description="size preset: desktop, laptop, tablet, mobile",
                json_schema_extra={"enum": [*DEVICES, None]},
            ),
        ] = None,
        theme: Annotated[
            Literal["light", "dark"] | None, Field(description="override the document's theme")
        ] = None,
        frame: Annotated[
            Literal["none", "browser", "phone"] | None,
            Field(description="draw a browser window or a phone around the screen (the image grows)"),
        ] = None,
    ) -> Annotated[CallToolResult, RenderOut]:
        """Render a UI mockup document to an image and return the image so you can look at it.

        Use this to see a screen you designed: write the document, render, look at the picture,
        fix what looks wrong, render again. The result holds the image plus the render id, size,
        sha256 and warnings. Invalid documents come back as an error listing every problem with
        its JSON path and a suggestion; nothing is rendered then. Call validate_dsl first if unsure,
        list_element_types to learn the element types, get_example for complete documents.

        `width`/`height` (CSS px) or `device` (desktop 1440x900, laptop 1280x800, tablet 768x1024@2x,
        mobile 390x844@3x) set the canvas; otherwise the document's own size (default 800x600).
        `frame` (browser or phone) draws the device around the screen, to present it.
        `options.max_dimension` limits the longest side of the returned image (default 1568).
        With `async_mode: true` it returns the render id at once; poll get_render_status.

        Example: {"dsl_content": {"width": 400, "height": 200, "elements": [
          {"type": "button", "label": "Sign in", "variant": "primary"}]}}
        """
        opts = options or RenderToolOptions()
        if device is not None and device not in DEVICES:
            raise ToolError(unknown_device_message(device))
        try:
            render_options = RenderOptions(
                width=width, height=height, device=cast(Device | None, device), theme=theme, frame=frame, scale=opts.device_scale_factor,
                format=opts.format, full_page=opts.full_page, transparent=opts.transparent_background,
                quality=opts.quality,
            )  # fmt: skip
        except ValidationError as exc:
            raise ToolError(f"invalid render options: {exc}") from None
        owner = request_owner(ctx)
        try:
            job = await self.gateway.submit(dsl_content, render_options, owner=owner)
        except InvalidDocumentError as exc:
            return invalid_document_result(exc)
        except QueueFullError as exc:
            raise ToolError(f"the renderer is busy, try again shortly: {exc}") from None
        if async_mode:
            return self._result(RenderOut.of(job), [])
        job = await self._wait_with_progress(ctx, job, owner)
        max_dimension = opts.max_dimension or self.default_max_dimension
        return await self._job_result(job, owner, include_image=True, max_dimension=max_dimension)

    async def validate_dsl(
        self,
        dsl_content: DslContent,
        strict: Annotated[bool, Field(description="treat warnings as errors")] = False,
    ) -> Annotated[CallToolResult, ValidationOut]:
        """Check a mockup document without rendering it: every error and warning, each with its
        JSON path (like /elements/2/children/0/type), a message and, where one exists, a suggestion.

        Use it before rendering a large document, or to understand why a render was refused.
        `strict: true` turns warnings (ignored event handlers, elements off the canvas, ...) into
        errors. Invalid input is a normal result with `valid: false`, not a failure.

        Example: {"dsl_content": "elements:\\n  - type: buton\\n    label: Go"} ->
        valid false, /elements/0/type: unknown type 'buton' (did you mean 'button'?)
        """
        result = await asyncio.to_thread(validate_document, dsl_content, strict=strict)
        out = ValidationOut(
            valid=result.document is not None and not result.errors,
            errors=[IssueOut.of(i) for i in result.errors],
            warnings=[IssueOut.of(i) for i in result.warnings],
        )
        structured = out.model_dump(mode="json")
        summary = validation_summary(result.errors, result.warnings)
        return CallToolResult(
            content=[TextContent(text=summary + "\n" + json.dumps(structured, separators=(",", ":")))],
            structured_content=structured,
        )

    async def get_render_status(
        self,
        ctx: Context,
        render_id: Annotated[str | None, Field(description="the id render_ui_mockup returned")] = None,
        include_image: Annotated[bool, Field(description="attach the image when completed")] = True,
        max_dimension: Annotated[
            int | None, Field(ge=64, le=8000, description="longest side of the attached image (default 1568)")
        ] = None,
        task_id: Annotated[str | None, Field(description="the earlier project's name for render_id")] = None,
    ) -> Annotated[CallToolResult, RenderOut]:
        """Get a render's status (queued, rendering, completed, failed, cancelled), its times and
        error, and the image once it is completed.

        Use it after render_ui_mockup with `async_mode: true`, or when a synchronous render
        was still running when the tool returned. Poll until the status is completed or failed.

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
        return await self._job_result(
            job, owner, include_image=include_image, max_dimension=max_dimension or self.default_max_dimension
        )

    def list_element_types(
        self,
        category: Annotated[
            str | None, Field(description=f"only this category: {', '.join(CATEGORIES)}")
        ] = None,
    ) -> ElementTypesOut:
        """List every element type of the mockup DSL with what it is for, its fields and a small
        example element you can paste into `elements`.

        Use it to learn the DSL before writing a document. Every element takes `type` plus
        optional `id`, `className`, `style` (CSS properties, camelCase or kebab-case; numbers are px), `layout` (x, y,
        width, height: px numbers or lengths like "50%"; x/y place it absolutely) and, for containers, `children`. Layout flows by
        default: put elements in `row`, `column`, `grid` or `stack` instead of giving coordinates.

        Example: {"category": "forms"}
        """
        category = category_named(category) if category is not None else None
        types = []
        for name, members in CATEGORIES.items():
            if category is not None and name != category:
                continue
            for element_type in members:
                description = DESCRIPTIONS[element_type]
                fields = list(dict.fromkeys(re.findall(r"`([A-Za-z]+)`", description)))
                types.append(
                    ElementTypeOut(
                        type=element_type,
                        category=name,
                        description=description,
                        container=element_type in CONTAINER_TYPES,
                        fields=[f for f in fields if f not in COMMON_FIELDS or f == "children"],
                        example=EXAMPLES[element_type],
                    )
                )
        devices = {name: f"{w}x{h}@{s:g}x" for name, (w, h, s) in DEVICES.items()}
        return ElementTypesOut(types=types, devices=devices)

    def get_example(
        self,
        name: Annotated[str | None, Field(description="example name; leave out to list them")] = None,
    ) -> ExampleOut:
        """Get a complete, realistic example document by name (login, dashboard, pricing, ...), as
        YAML you can render directly or adapt. Without a name, lists the available examples.

        Use it to start from a working screen instead of a blank page, or to see how the element
        types combine. The same documents are resources at dsl://examples/{name}.

        Example: {"name": "login"}
        """
        available = [
            ExampleSummary(name=e.name, title=e.title, description=e.description) for e in self.examples.all()
        ]
        if name is None:
            return ExampleOut(available=available)
        example = self.examples.get(name)
        if example is None:
            names = [e.name for e in available]
            meant = did_you_mean(name, names)
            hint = f"did you mean {meant!r}? " if meant else ""
            raise ToolError(
                f"no example named {name!r}; {hint}available: {', '.join(names) or '(none installed)'}"
            )
        return ExampleOut(
            name=example.name, title=example.title, description=example.description, source=example.source
        )

    # helpers

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

    async def _job_result(
        self, job: RenderPublic, owner: str | None, *, include_image: bool, max_dimension: int | None
    ) -> CallToolResult:
        out = RenderOut.of(job)
        blocks: list[ContentBlock] = []
        if job.status == "completed" and include_image:
            try:
                data = await self.gateway.image(job.id, owner=owner)
            except (ImageExpiredError, ImageNotReadyError, JobNotFoundError) as exc:
                return self._result(out, [TextContent(text=f"The image is not available: {exc}")])
            fitted = await asyncio.to_thread(fit_image, data, job.format, max_dimension)
            blocks.append(
                ImageContent(data=base64.b64encode(fitted.data).decode("ascii"), mime_type=fitted.mime_type)
            )
            out.image_attached = True
            out.image_width, out.image_height, out.downscaled = fitted.width, fitted.height, fitted.downscaled
        return self._result(out, blocks, is_error=job.status == "failed")

    @staticmethod
    def _result(out: RenderOut, blocks: list[ContentBlock], *, is_error: bool = False) -> CallToolResult:
        structured = out.model_dump(mode="json")
        summary = describe(out) + "\n" + json.dumps(structured, separators=(",", ":"))
        return CallToolResult(
            content=[TextContent(text=summary), *blocks], structured_content=structured, is_error=is_error
        )
