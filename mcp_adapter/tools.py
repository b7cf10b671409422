"""The MCP tools: render a mockup and look at it, validate, follow a render, learn the DSL."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Annotated, Any, Literal, cast

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult, ContentBlock, ImageContent, TextContent
from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    WithJsonSchema,
)

from kernel.dsl.catalog import CATEGORIES, CONTAINER_TYPES, DESCRIPTIONS, DEVICES, ELEMENT_TYPES, ENTRY_FIELDS
from kernel.dsl.frames import FRAME_MISMATCH, frame_fit_warning
from kernel.dsl.hints.document import device_hint
from kernel.dsl.hints.nesting import looks_like_elements
from kernel.dsl.hints.suggest import did_you_mean
from kernel.dsl.limits import (
    CANVAS_LIMIT_CODES,
    MAX_PIXELS,
    MAX_SIDE,
    MAX_WEBP_SIDE,
    WEBP_LIMIT,
    check_document_canvas,
    only_options_to_blame,
)
from kernel.dsl.options import OPTIONS_PATH, RenderOptions, is_option_path, resolve_viewport
from kernel.dsl.prepare import plan_render
from kernel.dsl.validate import validate_data, validate_document
from kernel.errors import (
    ImageExpiredError,
    ImageNotReadyError,
    InvalidDocumentError,
    Issue,
    JobNotFoundError,
    QueueFullError,
    issue_order,
)
from kernel.ports import RenderGateway
from kernel.schemas import RenderPublic
from kernel.warning_kinds import fails_strict, warning_kind
from mcp_adapter.element_examples import EXAMPLES
from mcp_adapter.examples import ExampleLibrary
from mcp_adapter.images import DEFAULT_MAX_DIMENSION, fit_image
from mcp_adapter.reference import common_fields_line, document_fields, element_choices, element_fields
from mcp_adapter.results import (
    RENDER_META,
    VALIDATION_META,
    ElementTypeOut,
    ElementTypesOut,
    ExampleOut,
    ExampleSummary,
    IssueOut,
    RenderOut,
    ValidationOut,
)
from mcp_adapter.theme_argument import ThemeArgument
from mcp_adapter.wording import type_hint, worded

DslContent = Annotated[
    str | dict[str, Any] | list[Any] | float | bool | None,
    WithJsonSchema({"anyOf": [{"type": "string"}, {"additionalProperties": True, "type": "object"}]}),
    Field(description="The mockup document: a JSON object, or JSON/YAML text."),
]
"""Text or an object, as the schema says; but the SDK parses JSON text before the tool sees it
(`"[1, 2]"` arrives as a list, `"null"` as None), so any JSON value is taken and `as_source`
tells why it is no document."""
DocumentSource = str | Mapping[str, Any]
WRAP_ELEMENTS = (
    'a document is an object holding the list as its elements: wrap it: {"elements": [...]} '
    "(in YAML, a line `elements:` above the list, indented)"
)
Device = Literal["desktop", "laptop", "tablet", "mobile"]
PROGRESS_STEPS = {"queued": 1, "rendering": 2}
PROGRESS_TOTAL = 3
WAIT_SLICE_S = 0.5
"""How often a synchronous render re-checks the job, so progress shows queued -> rendering."""
LEGIBLE_SHARE = 0.4
"""An image scaled to less than this share of its width (a tall full-page phone screen sent at
1568 px high) shows 14 px text a few px tall: the summary says how to see it."""
DEVICE_NAMES = "'desktop', 'laptop', 'tablet' or 'mobile'"
FORMAT_NAMES = {"jpg": "jpeg"}


def _lower(value: Any) -> Any:
    """A word as the schema spells it, whatever its case (`Dark`, `PNG`, `jpg`)."""
    if not isinstance(value, str):
        return value
    word = value.strip().lower()
    return FORMAT_NAMES.get(word, word)


Lowered = BeforeValidator(_lower)


class RenderToolOptions(BaseModel):
    """How the image is taken and sent: pixel density, whole page, transparency, format and the
    attached image's size. `scale`, `fullPage` and `transparent` are accepted as aliases; the
    canvas arguments (width, height, device, theme, frame) may be given here too."""

    # The earlier project's clients send `options: {width, height}` and its `wait_for_load` and
    # `optimize_png`, which always hold here. Any other option is refused by name: dropped
    # without a word, a caller could not tell why its option did nothing.
    model_config = ConfigDict(extra="forbid")

    width: int | None = Field(
        default=None, ge=1, le=MAX_SIDE, description="viewport width in CSS px (as the width argument)"
    )
    height: int | None = Field(
        default=None, ge=1, le=MAX_SIDE, description="viewport height in CSS px (as the height argument)"
    )
    device: str | None = Field(
        default=None,
        description="size preset, as the device argument",
        json_schema_extra={"enum": [*DEVICES, None]},
    )
    theme: ThemeArgument = Field(default=None, description="as the theme argument: a name or design tokens")
    frame: Annotated[Literal["none", "browser", "window", "phone", "tablet"] | None, Lowered] = Field(
        default=None, description="as the frame argument"
    )

    device_scale_factor: float | None = Field(
        default=None, ge=1, le=4, description="pixel density (1-4); `scale` is read too",
        validation_alias=AliasChoices("device_scale_factor", "scale", "deviceScaleFactor"),
    )  # fmt: skip
    full_page: bool = Field(
        default=False, description="capture the whole page (content below the canvas too), not only the viewport",
        validation_alias=AliasChoices("full_page", "fullPage"),
    )  # fmt: skip
    transparent_background: bool = Field(
        default=False, description="no page background (PNG/WebP alpha); `transparent` is read too",
        validation_alias=AliasChoices("transparent_background", "transparent", "transparentBackground"),
    )  # fmt: skip
    crop: bool = Field(
        default=False,
        description=(
            "cut the image to the drawn content and its page margin: one component without guessing "
            "the canvas's size (the document's padding sets the margin; no frame)"
        ),
    )
    format: Annotated[Literal["png", "jpeg", "webp"], Lowered] = "png"
    quality: int | None = Field(default=None, ge=1, le=100, description="JPEG/WebP quality")
    max_dimension: int | None = Field(
        default=None, ge=64, le=8000,
        description=(
            "longest side of the attached image in px; larger images are scaled down (default "
            f"{DEFAULT_MAX_DIMENSION}; by default an image barely over it is sent as it is)"
        ),
    )  # fmt: skip
    wait_for_load: bool = Field(
        default=True, description="always true: a render waits until the page is drawn"
    )
    optimize_png: bool = Field(default=True, description="always true: PNGs are written compact")

    def not_honoured(self) -> list[IssueOut]:
        """Warnings for `wait_for_load` or `optimize_png` set to false, which never happens here."""
        told = {
            "wait_for_load": "a render always waits until the page is drawn (it loads nothing)",
            "optimize_png": "PNGs are always written compact",
        }
        return [
            IssueOut(path="", code="option_ignored", message=f"options.{name}: false is not honoured: {why}",
                     suggestion=f"leave out options.{name}")
            for name, why in told.items()
            if getattr(self, name) is False
        ]  # fmt: skip


CANVAS_OPTIONS = ("width", "height", "device", "theme", "frame")
"""render_ui_mockup's arguments that `options` may hold too."""


def given_once(name: str, argument: Any, option: Any) -> Any:
    """The value of a canvas setting given as an argument, in `options`, or (the same) in both;
    ToolError when the two differ, since either could be meant."""
    if argument is None or option is None or argument == option:
        return option if argument is None else argument
    raise ToolError(
        f"{name} is given twice, {_as_json(argument)} as an argument and {_as_json(option)} in options: "
        "give it once"
    )


def _as_json(value: Any) -> str:
    """A setting as the caller wrote it (theme tokens as their object)."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json", exclude_unset=True)
    return json.dumps(value, ensure_ascii=False)


def request_owner(ctx: Context) -> str | None:
    """The API key id the HTTP auth middleware stored on the request (None over stdio)."""
    request = ctx.request_context.request
    state = getattr(request, "state", None)
    owner = getattr(state, "api_key_id", None) if state is not None else None
    return owner if isinstance(owner, str) else None


def as_source(dsl_content: DslContent) -> DocumentSource:
    """The document as text or an object; raises InvalidDocumentError for any other JSON value
    (a list, a number, null: what the SDK parsed out of the text an agent sent), saying that a
    document is an object with `elements`, and how to wrap a bare list of elements."""
    if isinstance(dsl_content, str | Mapping):
        return dsl_content
    issues = list(validate_data(dsl_content).errors)
    if isinstance(dsl_content, list) and looks_like_elements(dsl_content):  # in JSON, as it was sent
        issues = [replace(issue, suggestion=WRAP_ELEMENTS) for issue in issues]
    raise InvalidDocumentError(issues)


def issue_outs(issues: list[Issue], *, height_from: str | None = None) -> list[IssueOut]:
    """Issues as the tools report them, in this surface's words (see `worded`)."""
    return [worded(IssueOut.of(issue), height_from=height_from) for issue in issues]


def issues_text(errors: list[IssueOut], warnings: list[IssueOut]) -> str:
    lines = [f"- {issue}" for issue in errors]
    lines += [f"- warning: {issue}" for issue in warnings]
    return "\n".join(lines)


def validation_summary(errors: list[IssueOut], warnings: list[IssueOut]) -> str:
    """What a validation found, in words an agent acts on: fix and validate again, or render."""
    if errors:
        head = f"The document has {len(errors)} error(s); fix these and call validate_dsl again:"
    elif warnings:
        head = f"The document is valid, with {len(warnings)} warning(s) (it renders; these may not look as meant):"
    else:
        return "The document is valid: call render_ui_mockup to see it."
    return head + "\n" + issues_text(errors, warnings)


def validation_result(
    errors: list[Issue], warnings: list[Issue], *, valid: bool, strict: bool
) -> CallToolResult:
    """validate_dsl's answer: a summary to act on, and every issue (when `strict`, the warnings
    that change the picture as errors; notes stay warnings: see `kernel.warning_kinds`)."""
    out = ValidationOut(valid=valid, errors=issue_outs(errors), warnings=issue_outs(warnings))
    failing = [warning for warning in out.warnings if fails_strict(warning.code, strict)]
    if failing:
        kept = [warning for warning in out.warnings if not fails_strict(warning.code, strict)]
        out = ValidationOut(
            valid=False, errors=sorted([*out.errors, *failing], key=issue_order), warnings=kept
        )
    return CallToolResult(
        content=[TextContent(text=validation_summary(out.errors, out.warnings))],
        structured_content=out.model_dump(mode="json"),
    )


OPTION_ARGUMENTS = {"scale": "device_scale_factor"}
"""The render options this surface names otherwise (`options.device_scale_factor`)."""


def at_arguments(exc: InvalidDocumentError) -> InvalidDocumentError:
    """`exc` with each issue at a render option (`/options/scale`, as the kernel names it) at
    the argument that sets it here (`/options/device_scale_factor`)."""
    prefix = OPTIONS_PATH + "/"
    issues = [
        replace(issue, path=prefix + OPTION_ARGUMENTS.get(name, name))
        if is_option_path(issue.path) and (name := issue.path.removeprefix(prefix))
        else issue
        for issue in exc.issues
    ]
    return type(exc)(issues, exc.warnings)


def invalid_document_result(exc: InvalidDocumentError) -> CallToolResult:
    """A render tool's error result the model reads and fixes: every error with its path and
    suggestion, as text only (see `DslTools._result`); the same issues as data in `_meta`."""
    out = ValidationOut(valid=False, errors=issue_outs(exc.issues), warnings=issue_outs(exc.warnings))
    invalid = "The render's options are" if only_options_to_blame(exc.issues) else "The document is"
    text = (
        f"{invalid} invalid ({len(exc.issues)} error(s)); nothing was rendered. "
        f"Fix these and call the tool again:\n{issues_text(out.errors, out.warnings)}"
    )
    return CallToolResult(
        content=[TextContent(text=text)],
        _meta={VALIDATION_META: out.model_dump(mode="json", exclude_none=True)},
        is_error=True,
    )


MAX_DIMENSION_ARGUMENTS = {"render_ui_mockup": "options.max_dimension", "get_render_status": "max_dimension"}
"""Where each tool takes the attached image's longest side."""


def describe(out: RenderOut, *, tool: str = "render_ui_mockup") -> str:
    """One readable paragraph about a render, for clients that show only text; what to ask for
    is worded as `tool`, the tool that answers, takes it."""
    if out.status == "completed":
        size = f"{out.width}x{out.height} {out.format.upper()}" if out.width else out.format.upper()
        head = f"Rendered {size} ({out.bytes or 0:,} bytes), render id {out.render_id}"
        if out.cache_hit:
            head += " (identical render reused from cache)"
        if out.image_attached and out.downscaled:
            head += f"; the attached image is scaled down to {out.image_width}x{out.image_height}"
            if out.width and out.image_width and out.image_width / out.width < LEGIBLE_SHARE:
                head += (
                    f" (too small to read its text: ask for a larger {MAX_DIMENSION_ARGUMENTS[tool]}, or render "
                    "a part of the screen: a shorter height, or options.crop of one section)"
                )
        elif not out.image_attached:
            head += "; call get_render_status again with include_image: true to attach the image"
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
            f"- {w.path + ': ' if w.path else ''}{w.message}" + (f" ({w.suggestion})" if w.suggestion else "")
            for w in out.warnings
        )
    return head


def unknown_device_message(device: str) -> str:
    """Why `device` is refused and what to write, worded as the validator words the document's
    `device`; for a phone's look, the frame too."""
    hint = did_you_mean(device.strip().lower(), DEVICES) or device_hint(device)
    hint = hint or f"use {DEVICE_NAMES}, or give width and height"
    if "phone" in device.lower():
        hint += "; to draw a phone around the screen, add frame: phone"
    return f"device {device!r} is not one of {DEVICE_NAMES} ({hint})"


def device_preset(device: str | None) -> Device | None:
    """The preset `device` names, in any case (`Mobile`); ToolError for anything else."""
    if device is None:
        return None
    preset = device.strip().lower()
    if preset not in DEVICES:
        raise ToolError(unknown_device_message(device))
    return cast(Device, preset)


def category_named(written: str) -> str:
    """The category an agent means: its exact name, or any word of it in any case ("basic",
    "Forms", "media"); raises ToolError listing the categories otherwise."""
    wanted = written.strip().lower()
    for name in CATEGORIES:
        if wanted == name.lower() or wanted in re.split(r"[^a-z]+", name.lower()):
            return name
    raise ToolError(f"unknown category {written!r}; categories: document, {', '.join(CATEGORIES)}")


def types_named(written: str | list[str]) -> tuple[list[str], list[str]]:
    """The element types asked for (one, a list, or names separated by commas or spaces, in any
    case), and for each name that is none, what it says about the type meant; raises ToolError
    when no name is a type, so one slip does not cost the agent the types it named right."""
    names = written if isinstance(written, list) else re.split(r"[\s,]+", written)
    wanted: list[str] = []
    unknown: list[str] = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        if name.lower() in ELEMENT_TYPES:
            wanted.append(name.lower())
            continue
        unknown.append(f"unknown element type {name!r} ({type_hint(name)})")
    if not wanted:
        raise ToolError(
            "; ".join(unknown) or 'give an element type, e.g. type: "input", or leave it out to list them all'
        )
    return list(dict.fromkeys(wanted)), unknown


TYPE_CATEGORY = {kind: name for name, members in CATEGORIES.items() for kind in members}
DEVICE_SIZES = {name: f"{w}x{h}@{s:g}x" for name, (w, h, s) in DEVICES.items()}
MORE = (
    'list_element_types with type (e.g. "input,select") or category gives each type\'s description, '
    "the values of its fields and an example; get_example gives whole screens"
)


def element_type_out(kind: str) -> ElementTypeOut:
    """Everything told about one element type."""
    return ElementTypeOut(
        type=kind,
        category=TYPE_CATEGORY[kind],
        container=kind in CONTAINER_TYPES,
        fields=element_fields(kind),
        description=DESCRIPTIONS[kind],
        choices=element_choices(kind) or None,
        entry_fields=list(ENTRY_FIELDS[kind]) if kind in ENTRY_FIELDS else None,
        example=EXAMPLES[kind],
    )


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def element_types_text(out: ElementTypesOut) -> str:
    """list_element_types' result as compact text: the document's fields, what every element
    takes, each type with its fields (and in detail its description, values and example)."""
    lines: list[str] = []
    if out.document:
        lines.append(
            'A document (JSON or YAML) is {"device": "laptop", "theme": {...}, "elements": [...]}; its fields:'
        )
        lines += [f"- {name}: {what}" for name, what in out.document.items()]
    if out.every_element:
        lines.append(out.every_element)
    if out.fields_by_category:
        lines.append("Element types by category (* draws children) and the fields each draws:")
        for category, kinds in out.fields_by_category.items():
            entries = [
                f"{kind}{'*' if 'children' in fields.split() else ''}"
                f"({' '.join(f for f in fields.split() if f != 'children')})"
                for kind, fields in kinds.items()
            ]
            lines.append(f"{category}: " + " ".join(entries))
    for t in out.types:
        lines.append(f"{t.type} ({t.category}{', container' if t.container else ''}): {t.description}")
        lines.append("  fields: " + ", ".join(t.fields))
        if t.choices:
            lines.append("  values: " + "; ".join(f"{k} {'|'.join(v)}" for k, v in t.choices.items()))
        if t.entry_fields:
            lines.append(f"  an entry of items: text (its label) or {{{', '.join(t.entry_fields)}}}")
        lines.append(f"  example: {_compact(t.example)}")
    if out.more:
        lines.append(f"More: {out.more}.")
    lines += [f"Not listed: {note}." for note in out.not_types]
    return "\n".join(lines)


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


def height_argument(height: int | None, device: str | None) -> str | None:
    """The render_ui_mockup argument that sets the canvas's height over the document's, if any
    (an explicit height beats the device's, which beats the document's: see resolve_viewport)."""
    if height is not None:
        return "the height argument"
    return f"device {device}" if device is not None else None


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
        self._calls: OrderedDict[str, RenderCall] = OrderedDict()

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
        render is done already); poll get_render_status.

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
        self._remember(job.id, call)
        if async_mode:  # already completed (an identical render reused): the image comes at once
            return await self._job_result(job, owner, include_image=job.status == "completed", call=call)
        job = await self._wait_with_progress(ctx, job, owner)
        return await self._job_result(job, owner, include_image=True, call=call)

    async def validate_dsl(
        self,
        dsl_content: DslContent,
        strict: Annotated[
            bool, Field(description="treat the warnings that change the picture (kind drawn_wrong) as errors")
        ] = False,
        theme: ThemeArgument = None,
    ) -> Annotated[CallToolResult, ValidationOut]:
        """Check a mockup document without rendering it: every error and warning, each with its
        JSON path (like /elements/2/children/0/type), a message and, where one exists, a suggestion.

        Use it before rendering a large document, or to understand why a render was refused: it
        reports what render_ui_mockup would refuse, the canvas limits included (each side at most
        8000 px, the image at most 40 megapixels). `strict: true` turns the warnings of kind
        drawn_wrong (elements off the canvas, a value dropped, ...) into errors; notes (an https
        image never fetched, a font not installed) stay warnings. Invalid input is a normal result with
        `valid: false`, not a failure. What only a render can measure (content cut below or beside
        the canvas, text running out of its box) is not checked here: render_ui_mockup reports it.
        `theme`, as render_ui_mockup's, is checked as it would be drawn: its tokens' issues are at
        /options/theme/<token>.

        Example: {"dsl_content": "elements:\\n  - type: buton\\n    label: Go"} ->
        valid false, /elements/0/type: unknown type 'buton' (did you mean 'button'?)
        """
        options = RenderOptions(theme=theme)
        try:
            result = await asyncio.to_thread(validate_document, as_source(dsl_content), options=options)
        except InvalidDocumentError as exc:
            return validation_result(exc.issues, [], valid=False, strict=strict)
        errors, warnings = list(result.errors), list(result.warnings)
        if result.document is not None and not errors:
            errors += check_document_canvas(result.document, options)
            viewport = resolve_viewport(result.document, options)
            mismatch = frame_fit_warning(viewport.frame.type, viewport.screen_width, viewport.screen_height)
            if mismatch is not None and all(w.code != FRAME_MISMATCH for w in warnings):
                warnings.append(dataclasses.replace(mismatch, kind=warning_kind(mismatch.code)))
        return validation_result(
            errors, warnings, valid=result.document is not None and not errors, strict=strict
        )

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
        call = self._calls.get(job.id, RenderCall())
        if max_dimension is not None:
            call = replace(call, max_dimension=max_dimension)
        return await self._job_result(
            job, owner, include_image=include_image, call=call, tool="get_render_status"
        )

    def list_element_types(
        self,
        category: Annotated[
            str | None,
            Field(description=f"only this category: document, {', '.join(CATEGORIES)}"),
        ] = None,
        type: Annotated[
            str | list[str] | None,
            Field(description='only these element types, e.g. "input" or "input,select,checkbox"'),
        ] = None,
    ) -> Annotated[CallToolResult, ElementTypesOut]:
        """Learn the mockup DSL: the document's fields (size, device, theme tokens, frame,
        annotations, ...) and every element type with the fields it draws.

        Without arguments: the document's fields, what every element takes and each type's fields,
        in a few kB. With `type` (one or several, comma-separated) or `category`: those types'
        descriptions, the values of their fields (variants, sizes, align, ...) and an example
        element you can paste into `elements`. Layout flows by default: put elements in `row`,
        `column`, `grid` or `stack` instead of giving coordinates.

        Example: {"type": "input,select"}
        """
        if category is None and type is None:
            out = ElementTypesOut(
                document=document_fields(),
                every_element=common_fields_line(),
                fields_by_category={
                    name: {kind: " ".join(element_fields(kind)) for kind in members}
                    for name, members in CATEGORIES.items()
                },
                devices=DEVICE_SIZES,
                more=MORE,
            )
        else:
            document = category is not None and category.strip().lower() == "document"
            kinds = (
                list(CATEGORIES[category_named(category)]) if category is not None and not document else []
            )
            named, not_types = types_named(type) if type is not None else ([], [])
            out = ElementTypesOut(
                document=document_fields() if document else None,
                every_element=common_fields_line() if document else None,
                types=[element_type_out(kind) for kind in dict.fromkeys(kinds + named)],
                devices=DEVICE_SIZES if document else None,
                not_types=not_types,
            )
        return CallToolResult(
            content=[TextContent(text=element_types_text(out))],
            structured_content=out.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
        )

    def get_example(
        self,
        name: Annotated[str | None, Field(description="example name; leave out to list them")] = None,
    ) -> Annotated[CallToolResult, ExampleOut]:
        """Get a complete, realistic example document by name (login, dashboard, pricing, ...), as
        YAML you can render directly or adapt. Without a name, lists the available examples.

        Use it to start from a working screen instead of a blank page, or to see how the element
        types combine. The same documents are resources at dsl://examples/{name}.

        Example: {"name": "login"}
        """
        examples = self.examples.all()
        if name is None:
            out = ExampleOut(
                available=[
                    ExampleSummary(name=e.name, title=e.title, description=e.description) for e in examples
                ]
            )
            lines = [f"{len(examples)} example documents; get one with get_example name=...:"]
            lines += [
                f"- {e.name}: {e.title or ''}" + (f" - {e.description}" if e.description else "")
                for e in examples
            ]
            text = "\n".join(lines)
        else:
            example = self.examples.get(name.strip())
            if example is None:
                names = [e.name for e in examples]
                meant = did_you_mean(name.strip().lower(), names)
                hint = f"{meant} " if meant else ""
                raise ToolError(
                    f"no example named {name!r}; {hint}available: {', '.join(names) or '(none installed)'}"
                )
            out = ExampleOut(
                name=example.name, title=example.title, description=example.description, source=example.source
            )
            text = f"Example {example.name!r} (YAML, render it as it is or adapt it):\n{example.source}"
        return CallToolResult(
            content=[TextContent(text=text)],
            structured_content=out.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
        )

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
            viewport.frame.type, viewport.screen_width, viewport.screen_height,
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

    def _remember(self, render_id: str, call: RenderCall) -> None:
        """Keep what the call knew of `render_id` for get_render_status (in this process only: a
        poll that reaches another replica attaches the default size)."""
        if call == RenderCall():
            return
        self._calls[render_id] = call
        while len(self._calls) > RENDER_CALLS_KEPT:
            self._calls.popitem(last=False)

    async def _job_result(
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
        max_dimension = call.max_dimension or self.default_max_dimension
        lenient = call.max_dimension is None
        blocks: list[ContentBlock] = []
        if job.status == "completed" and include_image:
            try:
                data = await self.gateway.image(job.id, owner=owner)
            except (ImageExpiredError, ImageNotReadyError, JobNotFoundError) as exc:
                return self._result(out, [TextContent(text=f"The image is not available: {exc}")], tool=tool)
            fitted = await asyncio.to_thread(fit_image, data, job.format, max_dimension, lenient=lenient)
            blocks.append(
                ImageContent(data=base64.b64encode(fitted.data).decode("ascii"), mime_type=fitted.mime_type)
            )
            out.image_attached = True
            out.image_width, out.image_height, out.downscaled = fitted.width, fitted.height, fitted.downscaled
        return self._result(out, blocks, is_error=job.status == "failed", tool=tool)

    @staticmethod
    def _result(
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
