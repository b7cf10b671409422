"""What a render is given: its options, each file validated and compiled (render, html, watch, the API)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from dsl2png.commands.inputs import decode, read_source
from dsl2png.commands.messages import UsageError, issue_lines, plain, reason_of
from dsl2png.commands.outputs import unwritable
from dsl2png.commands.theme_file import flags_to_blame
from kernel.dsl.options import RenderOptions
from kernel.errors import CompileError, InvalidDocumentError, Issue
from kernel.warning_kinds import Strictness

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from kernel.dsl.prepare import PreparedRender
    from render_worker.consumer import RenderPool
    from render_worker.image import RenderedImage
    from render_worker.pool_settings import PoolSettings


@dataclass(frozen=True)
class FileRender:
    """One file ready to render: its compiled page, where its image goes, its name in messages."""

    prepared: PreparedRender
    target: Path
    name: str
    source: str | bytes = ""
    """The document as read, to point the render's own warnings at their line and column."""
    strict: Strictness = False
    """`--strict`/`--strict-all`: the measured warnings of that kind fail the file too (no image)."""

    def located(self, issues: Sequence[Issue]) -> list[Issue]:
        """`issues` with the line and column of their path in the source (those that have one)."""
        from kernel.dsl.validate import with_positions

        found = list(issues)
        if not found or not isinstance(self.source, str):
            return found
        return with_positions(self.source, found)

    async def render(self, pool: RenderPool, options: RenderOptions) -> RenderedImage:
        return await render_prepared(pool, self.prepared, options)


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
        """A warm ChromiumPool for images, a PdfPrinter for PDF; enter it with `async with`."""
        if self.output_format == "pdf":
            from render_worker.pdf import PdfPrinter

            return PdfPrinter()
        from render_worker.pool import ChromiumPool

        return ChromiumPool(_pool_settings(jobs))


def render_command(option_values: dict[str, Any], output_format: str) -> RenderCommand:
    """The options of a render to `output_format` (png, jpeg, webp or pdf), as the flags give
    them (`format` among them is the format asked for; unused here); raises UsageError when they
    cannot work together. Shared by `render` and the Python API (dsl2png.api)."""
    if option_values.get("transparent") and output_format not in ("png", "webp"):
        if output_format == "pdf":
            raise UsageError("--transparent is for images; a PDF always has its page background")
        raise UsageError(f"--transparent needs png or webp: {output_format} has no transparency")
    if option_values.get("crop") and output_format == "pdf":
        raise UsageError("--crop is for images (png, jpeg, webp); a PDF is printed at the canvas's size")
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
        raise UsageError(f"invalid options: {reasons}") from None
    return RenderCommand(options, output_format, notes)


@dataclass(frozen=True)
class PreparedFile:
    """One input after validation and compiling: its render (None when it has none: unreadable,
    invalid, or its output cannot be written) and the lines that tell its problems, printed at
    its place among the inputs."""

    job: FileRender | None
    lines: list[str]
    usage: bool = False
    """Whether what stops it is the options alone (an image too large for `--width 4000 --height
    4000 --scale 2`): a usage error, exit 2, as `--width 8001` is from the parser."""


def prepare(
    files: list[Path],
    targets: list[Path],
    options: RenderOptions,
    *,
    quiet: bool = False,
    strict: Strictness = False,
) -> list[PreparedFile]:
    """Validate and compile each file and make sure its output can be written, in order;
    nothing is printed yet, so each file's lines can be told in the order the files were given."""
    return [
        _prepare_one(path, target, options, quiet=quiet, strict=strict)
        for path, target in zip(files, targets, strict=True)
    ]


def _prepare_one(
    path: Path, target: Path, options: RenderOptions, *, quiet: bool, strict: Strictness = False
) -> PreparedFile:
    """One file of `prepare`: read, validated and compiled (`strict`: its warnings of that kind
    are errors, as for `validate --strict`), its output checked."""
    try:
        source, name = read_source(path)
        text = decode(source)
        prepared = prepare_job(text, options, strict=strict)
    except OSError as exc:
        return PreparedFile(None, [f"[red]error[/red] {plain(path)}: {plain(reason_of(exc))}"])
    except InvalidDocumentError as exc:
        from_options = flags_to_blame(exc.issues)
        told = issue_lines(name, exc.issues, [] if quiet else exc.warnings, options.theme)
        return PreparedFile(None, told, from_options)
    except CompileError as exc:  # a bug of dsl2png: told, and the other documents still render
        return PreparedFile(None, [f"[red]error[/red] {plain(name)}: {plain(exc)}"])
    job = FileRender(prepared, target, name, text, strict)
    lines = [] if quiet else issue_lines(name, [], job.located(prepared.warnings), options.theme)
    reason = unwritable(target)
    if reason is not None:
        return PreparedFile(
            None,
            [*lines, f"[red]error[/red] {plain(name)}: cannot write {plain(target)}: {plain(reason)}"],
        )
    return PreparedFile(job, lines)


def unprepared(files: list[PreparedFile]) -> int:
    """How many of `files` cannot render."""
    return sum(1 for file in files if file.job is None)


def _pool_settings(jobs: int) -> PoolSettings:
    from render_worker.pool_settings import PoolSettings

    settings = PoolSettings()
    if jobs == 1:
        settings = settings.model_copy(update={"browsers": 1, "pages_per_browser": 1})
    return settings
