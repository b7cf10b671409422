"""A render in-process, shared by the CLI (dsl2png.commands) and the Python API (dsl2png.api): its
options, a document validated and compiled for it, and the prepared document drawn.

No console and no exit codes here: the CLI tells what goes wrong (commands.jobs, commands.render),
the API raises its own errors (api.RenderOptionsError)."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from kernel.dsl.options import RenderOptions
from kernel.errors import InvalidDocumentError, RenderError
from kernel.warning_kinds import Strictness

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from kernel.dsl.prepare import PreparedRender
    from render_worker.consumer import RenderPool
    from render_worker.image import RenderedImage
    from render_worker.pool_settings import PoolSettings


class OptionsConflictError(ValueError):
    """Render options that cannot work together (`--transparent` for a JPEG, `--crop` for a PDF),
    or a value the options refuse: the CLI's usage error (exit 2), the API's RenderOptionsError.
    The message names the flag (`--transparent`); `api_message` says the same with the Python
    API's argument (`transparent=True`), for it to tell."""

    def __init__(self, message: str, *, api_message: str | None = None) -> None:
        super().__init__(message)
        self.api_message = api_message or message


class InvalidSettingsError(RenderError):
    """A DSL2PNG_* setting the renderer cannot start with (a misspelt variable's "did you mean",
    a value out of range), each named as the variable: the CLI's error line, the API's
    RenderError; trying again cannot help."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            f"invalid configuration: {'; '.join(problems)}", retryable=False, code="invalid_settings"
        )


def prepare_job(
    source: str | bytes | Mapping[str, Any], options: RenderOptions, *, strict: Strictness = False
) -> PreparedRender:
    """`source` validated and compiled for a render with `options`, as `render` and the Python
    API (dsl2png.api) do it. Raises InvalidDocumentError, also for the warnings `strict` fails on
    (`--strict`: those that change the picture; `"all"`: notes too), which are then its errors."""
    from kernel.dsl.prepare import prepare_render
    from kernel.dsl.validate import strict_split

    prepared = prepare_render(source, options)
    failing, kept = strict_split(prepared.warnings, strict)
    if failing:
        raise InvalidDocumentError(failing, kept)
    return prepared


async def render_prepared(
    pool: RenderPool, prepared: PreparedRender, options: RenderOptions
) -> RenderedImage:
    """`prepared` drawn by `pool` (a ChromiumPool, or a PdfPrinter for a PDF) with the command's
    `options`: the one call the CLI and the Python API render through."""
    return await pool.render(
        # The document's own `height: auto` makes a full-page capture: prepared.options says so.
        prepared.html, prepared.viewport, format=options.format,
        full_page=prepared.options.full_page,
        transparent=options.transparent, quality=options.quality, crop=options.crop,
    )  # fmt: skip


@dataclass(frozen=True)
class RenderCommand:
    """A render command's options and what it writes: an image format, or `pdf` (printed by
    `PdfPrinter`; the options' image format is then unused). `notes`: options it ignores."""

    options: RenderOptions
    output_format: str
    notes: list[str] = field(default_factory=list)

    def renderer(self, jobs: int) -> AbstractAsyncContextManager[RenderPool]:
        """A warm ChromiumPool for images, a PdfPrinter for PDF; enter it with `async with`.
        Raises InvalidSettingsError for DSL2PNG_* settings the pool cannot take."""
        settings = _pool_settings(jobs)
        if self.output_format == "pdf":
            from render_worker.pdf import PdfPrinter

            return PdfPrinter(settings)
        from render_worker.pool import ChromiumPool

        return ChromiumPool(settings)


def render_command(option_values: dict[str, Any], output_format: str) -> RenderCommand:
    """The options of a render to `output_format` (png, jpeg, webp or pdf), as the flags give
    them (`format` among them is the format asked for; unused here); raises OptionsConflictError
    when they cannot work together. Shared by `render` and the Python API (dsl2png.api)."""
    if option_values.get("transparent") and output_format not in ("png", "webp"):
        if output_format == "pdf":
            why = "is for images; a PDF always has its page background"
        else:
            why = f"needs png or webp: {output_format} has no transparency"
        raise OptionsConflictError(f"--transparent {why}", api_message=f"transparent=True {why}")
    if option_values.get("crop") and output_format == "pdf":
        why = "is for images (png, jpeg, webp); a PDF is printed at the canvas's size"
        raise OptionsConflictError(f"--crop {why}", api_message=f"crop=True {why}")
    notes = []
    if option_values.get("scale") not in (None, 1) and output_format == "pdf":
        notes.append("--scale is for images (png, jpeg, webp); a PDF is vector and ignores it")
        option_values = {**option_values, "scale": None}
    if option_values.get("quality") is not None and output_format not in ("jpeg", "webp"):
        notes.append(f"--quality is for jpeg and webp; {output_format} ignores it")
        # told once here, not again for each file by the planning's option_ignored warning
        option_values = {**option_values, "quality": None}
    image_format = "png" if output_format == "pdf" else output_format
    try:
        options = RenderOptions(**{**option_values, "format": image_format})
    except ValidationError as exc:
        reasons = "; ".join(error["msg"] for error in exc.errors(include_url=False))
        raise OptionsConflictError(f"invalid options: {reasons}") from None
    return RenderCommand(options, output_format, notes)


def _pool_settings(jobs: int) -> PoolSettings:
    from dsl2png.settings_messages import settings_problems
    from render_worker.pool_settings import PoolSettings

    try:
        settings = PoolSettings()
    except ValidationError as exc:
        raise InvalidSettingsError(settings_problems(exc)) from None
    if jobs == 1:
        settings = settings.model_copy(update={"browsers": 1, "pages_per_browser": 1})
    return settings
