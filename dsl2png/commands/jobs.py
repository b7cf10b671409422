"""Each file a command renders, validated and compiled in order, with the lines that tell its problems
(render, html, watch); the render itself is dsl2png.render_jobs, shared with the Python API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dsl2png.commands.inputs import decode, read_source
from dsl2png.commands.messages import issue_lines, plain, reason_of
from dsl2png.commands.outputs import unwritable
from dsl2png.render_jobs import prepare_job, render_prepared
from dsl2png.theme_file import flags_to_blame
from kernel.dsl.options import RenderOptions
from kernel.errors import CompileError, InvalidDocumentError, Issue
from kernel.warning_kinds import Strictness

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from kernel.dsl.prepare import PreparedRender
    from render_worker.consumer import RenderPool
    from render_worker.image import RenderedImage


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
