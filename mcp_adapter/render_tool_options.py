"""render_ui_mockup's `options`: how the image is taken and sent; the canvas settings it may hold."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from mcp.server.mcpserver.exceptions import ToolError
from pydantic import AliasChoices, BaseModel, BeforeValidator, ConfigDict, Field

from kernel.dsl.catalog import DEVICES
from kernel.dsl.limits import MAX_SIDE
from kernel.dsl.options import OPTION_IGNORED
from kernel.warning_kinds import warning_kind
from mcp_adapter.images import DEFAULT_MAX_DIMENSION
from mcp_adapter.results import IssueOut
from mcp_adapter.theme_argument import ThemeArgument

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
            IssueOut(path="", code=OPTION_IGNORED, message=f"options.{name}: false is not honoured: {why}",
                     suggestion=f"leave out options.{name}", kind=warning_kind(OPTION_IGNORED))
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
