"""The data the MCP tools answer with.

validate_dsl, list_element_types and get_example send it as structured content (the models'
JSON Schemas are their output schemas). The render tools send theirs in the result's `_meta`
under `RENDER_META` (an invalid document's issues under `VALIDATION_META`): see
`render_jobs.render_result` for why they send no structured content.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, model_serializer

from kernel.errors import Issue
from kernel.schemas import RenderPublic
from kernel.times import utc_iso

RENDER_META = "dsl2png/render"
VALIDATION_META = "dsl2png/validation"


class IssueOut(BaseModel):
    """One problem in a document: where (JSON path), what, and how to fix it."""

    path: str = Field(description="JSON path of the offending value, e.g. /elements/0/type")
    message: str
    code: str
    suggestion: str | None = None
    line: int | None = None
    column: int | None = None
    paths: list[str] | None = Field(
        default=None,
        description="Every path the issue stands for, `path` first, when its message tells of alike "
        "issues at other paths too ('; and 2 more like it at /elements/1..2/children')",
    )
    path_count: int | None = Field(
        default=None,
        description="How many paths the issue stands for, when `paths` lists only the first 20 of them",
    )
    kind: str | None = Field(
        default=None,
        description="a warning's kind: drawn_wrong (content left out or drawn otherwise than written; "
        "strict fails on it), note (harmless information) or option_ignored (a render option the "
        "image does not follow, the document drawn as written)",
    )

    @classmethod
    def of(cls, issue: Issue | dict[str, Any]) -> IssueOut:
        return cls.model_validate(issue.as_dict() if isinstance(issue, Issue) else issue)

    @model_serializer(mode="wrap")
    def _without_unknowns(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """No `suggestion`, `line` or `column` when there is none (a measured warning has no
        line; a document sent as an object has no lines at all), rather than nulls."""
        return {name: value for name, value in handler(self).items() if value is not None}

    def __str__(self) -> str:
        """`/elements/0/type (line 2, column 11): message (suggestion)`, as the kernel's Issue reads."""
        return str(Issue(self.path, self.message, self.code, self.suggestion, self.line, self.column))


TOOL_OPTION_PATHS = {
    "/options/transparent": "/options/transparent_background",
    "/options/scale": "/options/device_scale_factor",
    "/options/width": "/width",
    "/options/height": "/height",
}
"""A render option's path as the service names it, and as render_ui_mockup's arguments do (its
canvas's width and height are arguments of their own, first)."""


def in_tool_terms(warning: dict[str, Any]) -> IssueOut:
    """A job's warning, a render option's path (`/options/transparent`) named as the tool's
    arguments name it (`/options/transparent_background`)."""
    issue = IssueOut.of(warning)
    issue.path = TOOL_OPTION_PATHS.get(issue.path, issue.path)
    return issue


class ValidationOut(BaseModel):
    """Result of validate_dsl."""

    valid: bool
    errors: list[IssueOut] = Field(default_factory=list)
    warnings: list[IssueOut] = Field(default_factory=list)


class RenderErrorOut(BaseModel):
    code: str
    message: str
    retryable: bool = False


class RenderOut(BaseModel):
    """A render job as the tools report it; `image_*` describe the image attached to this result."""

    render_id: str
    status: str = Field(description="queued, rendering, completed, failed or cancelled")
    format: str = "png"
    width: int | None = Field(default=None, description="rendered image width in pixels")
    height: int | None = Field(default=None, description="rendered image height in pixels")
    bytes: int | None = Field(default=None, description="size of the stored image")
    sha256: str | None = None
    render_ms: float | None = None
    cache_hit: bool = False
    created_at: str | None = None
    started_at: str | None = None
    first_started_at: str | None = None
    finished_at: str | None = None
    image_expired_at: str | None = None
    warnings: list[IssueOut] = Field(default_factory=list)
    warning_count: int | None = Field(
        default=None,
        description=(
            "how many warnings a render not done yet has so far, told by get_render_status instead of "
            "`warnings` (render_ui_mockup's answer lists them; the completed status lists them all)"
        ),
    )
    error: RenderErrorOut | None = None
    image_attached: bool = False
    image_width: int | None = Field(
        default=None, description="width of the attached (maybe downscaled) image"
    )
    image_height: int | None = None
    downscaled: bool = False

    @classmethod
    def of(cls, job: RenderPublic) -> RenderOut:
        def stamp(value: Any) -> str | None:
            return utc_iso(value) if value is not None else None

        return cls(
            render_id=job.id,
            status=job.status,
            format=job.format,
            width=job.width,
            height=job.height,
            bytes=job.bytes,
            sha256=job.sha256,
            render_ms=job.render_ms,
            cache_hit=job.cache_hit,
            created_at=stamp(job.created_at),
            started_at=stamp(job.started_at),
            first_started_at=stamp(job.first_started_at),
            finished_at=stamp(job.finished_at),
            image_expired_at=stamp(job.image_expired_at),
            warnings=[in_tool_terms(w) for w in job.warnings],
            error=RenderErrorOut.model_validate(job.error.model_dump()) if job.error else None,
        )


class ElementTypeOut(BaseModel):
    """One element type: the fields it draws and, in detail, what it is for, the values of its
    fields and an example element."""

    type: str
    category: str
    container: bool = Field(default=False, description="whether it draws `children`")
    fields: list[str] = Field(
        description="the fields this type draws; every element also takes type, id, className, style, layout"
    )
    description: str | None = None
    choices: dict[str, list[str]] | None = Field(
        default=None, description="the values of the fields that take one of a few words"
    )
    entry_fields: list[str] | None = Field(
        default=None,
        description="the fields an entry of its `items` draws (an entry may be text alone, its label)",
    )
    example: dict[str, Any] | None = None


class ElementTypesOut(BaseModel):
    """Result of list_element_types: without arguments the document's fields and every type's
    fields (`fields_by_category`); for a category or types, those types in detail (`types`)."""

    document: dict[str, str] | None = Field(
        default=None, description="the document's own fields: their shape and what they are for"
    )
    every_element: str | None = Field(default=None, description="what every element takes")
    fields_by_category: dict[str, dict[str, str]] | None = Field(
        default=None,
        description=(
            "category -> element type -> the fields it draws, separated by spaces (`children`: a container)"
        ),
    )
    types: list[ElementTypeOut] = Field(default_factory=list, description="the types asked for, in detail")
    devices: dict[str, str] | None = Field(
        default=None, description="device presets: name -> WxH@scale (with the document's fields)"
    )
    more: str | None = Field(default=None, description="where the details are")
    not_types: list[str] = Field(
        default_factory=list,
        description="names asked for that are not element types, each with the type meant or the closest few",
    )


class ExampleSummary(BaseModel):
    name: str
    title: str | None = None
    description: str | None = None


class ExampleOut(BaseModel):
    """Result of get_example: a whole document (YAML source) or, without a name, the list."""

    name: str | None = None
    title: str | None = None
    description: str | None = None
    source: str | None = Field(
        default=None, description="the document's YAML source, ready to edit and render"
    )
    available: list[ExampleSummary] = Field(default_factory=list)
