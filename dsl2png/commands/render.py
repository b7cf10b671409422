"""`dsl2png render`: every file through one warm Chromium pool, lines told in the order given."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dsl2png.commands.inputs import check_stdin_once, is_stdio, once_each
from dsl2png.commands.interrupts import run_interruptible
from dsl2png.commands.jobs import FileRender, PreparedFile, prepare, unprepared
from dsl2png.commands.messages import (
    FAILED,
    INTERRUPTED,
    OK,
    USAGE,
    UsageError,
    err,
    plain,
    print_lines,
    reason_of,
    summary,
)
from dsl2png.commands.outputs import (
    Output,
    check_not_inputs,
    check_stdout,
    image_format_for,
    output_file,
    output_paths,
    renamed_outputs,
    write_output,
)
from dsl2png.render_jobs import OptionsConflictError, RenderCommand, render_command
from kernel.dsl.measured.canvas_cut import content_cut_warning, cut_path, cut_told_by
from kernel.dsl.options import FORMAT_ALIASES, RenderOptions
from kernel.errors import Dsl2PngError, Issue, RenderError, first_line
from kernel.warning_kinds import Strictness

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from render_worker.consumer import RenderPool
    from render_worker.image import RenderedImage


@dataclass
class Tally:
    """How many documents a batch has rendered and written so far: told when it is interrupted."""

    rendered: int = 0


@dataclass(frozen=True)
class _Outcome:
    ok: bool
    lines: list[str]


def _cut_off(image: RenderedImage, job: FileRender, options: RenderOptions) -> list[Issue]:
    """`content_cut` for what runs below the canvas (a full page's capture limit is a measured
    warning of its own), pointing at the option that set the height."""
    height_option = _height_option(options)
    if not image.cut_px or cut_told_by(job.prepared.warnings, height_option=height_option is not None):
        return []
    return [
        content_cut_warning(
            image.cut_px,
            height_option=height_option,
            height=job.prepared.viewport.height,
            pdf=image.format == "pdf",
            image=(image.width, image.height),
            path=cut_path(job.prepared.document, height_option=height_option is not None),
        )
    ]


async def render_jobs(
    pool: RenderPool,
    files: list[PreparedFile],
    options: RenderOptions,
    *,
    quiet: bool,
    tally: Tally | None = None,
) -> int:
    """Render every file that can through `pool` and write its image; print each file's lines,
    its problems then what its render did, in the files' order (renders finish in any order);
    returns how many renders failed. `tally` counts the images written."""
    from kernel.dsl.validate import strict_split

    tally = tally if tally is not None else Tally()
    jobs = [file.job for file in files if file.job is not None]
    with _progress(len(jobs)) as progress:
        task = progress.add_task("rendering", total=len(jobs))

        async def one(job: FileRender) -> _Outcome:
            try:
                image = await job.render(pool, options)
            except Exception as exc:  # a Dsl2PngError, or Playwright's from the PDF printer
                progress.advance(task)
                reason = str(exc) if isinstance(exc, Dsl2PngError) else first_line(exc)
                return _Outcome(
                    False, [f"[red]error[/red] {plain(job.name)}: render failed: {plain(reason)}"]
                )
            progress.advance(task)
            measured = job.located([*_cut_off(image, job, options), *image.measured_warnings])
            failing, measured = strict_split(measured, job.strict)
            if failing:  # as the validator's warnings do under --strict: an error, no image
                return _Outcome(
                    False,
                    [f"[red]error[/red] {plain(job.name)}: {plain(issue)}" for issue in failing]
                    + [f"[yellow]warning[/yellow] {plain(job.name)}: {plain(issue)}" for issue in measured],
                )

            def write() -> None:
                write_output(job.target, image.data)
                tally.rendered += 1  # here: an image whose writing a Ctrl+C did not stop counts too

            try:
                await asyncio.to_thread(write)
            except OSError as exc:
                return _Outcome(
                    False,
                    [
                        f"[red]error[/red] {plain(job.name)}: cannot write {plain(job.target)}: {plain(reason_of(exc))}"
                    ],
                )
            if quiet:
                return _Outcome(True, [])
            where = "stdout" if is_stdio(job.target) else str(job.target)
            lines = [f"{plain(job.name)} -> {plain(where)} ({image.width}x{image.height})"]
            lines += [f"[yellow]warning[/yellow] {plain(job.name)}: {plain(warning)}" for warning in measured]
            return _Outcome(True, lines)

        running = [None if file.job is None else asyncio.ensure_future(one(file.job)) for file in files]
        failed = shown = 0
        try:
            for file, finished in zip(files, running, strict=True):
                outcome = None if finished is None else await finished
                print_lines([*file.lines, *(outcome.lines if outcome else [])], progress.console)
                failed += 0 if outcome is None or outcome.ok else 1
                shown += 1
        finally:  # interrupted: stop the others, but still tell what was written and what is wrong
            started = [render for render in running if render is not None]
            for pending in started:
                pending.cancel()
            await asyncio.gather(*started, return_exceptions=True)
            for file, done in zip(files[shown:], running[shown:], strict=True):
                if done is None:
                    print_lines(file.lines, progress.console)
                elif not done.cancelled() and done.exception() is None:
                    print_lines([*file.lines, *done.result().lines], progress.console)
    return failed


def _height_option(options: RenderOptions) -> str | None:
    """The option that set the canvas's height over the document's, if any (see resolve_viewport)."""
    if options.height is not None:
        return "--height"
    return f"--device {options.device}" if options.device is not None else None


async def _render_batch(
    command: RenderCommand, files: list[PreparedFile], *, quiet: bool, tally: Tally
) -> int:
    """Start Chromium and render the `files` that can; returns how many renders failed (all, if
    Chromium cannot start: then each file's own problems are still told)."""
    renders = len(files) - unprepared(files)
    async with contextlib.AsyncExitStack() as stack:
        pool = await open_renderer(stack, command, renders)
        if pool is None:
            for file in files:
                print_lines(file.lines)
            return renders
        return await render_jobs(pool, files, command.options, quiet=quiet, tally=tally)
    raise AssertionError("unreachable")  # pragma: no cover


async def open_renderer(
    stack: contextlib.AsyncExitStack, command: RenderCommand, jobs: int
) -> RenderPool | None:
    """The command's renderer, entered on `stack`; None after printing why Chromium did not start."""
    try:
        return await stack.enter_async_context(command.renderer(jobs))
    except Exception as exc:  # RenderError from the pool, Playwright's from the PDF printer
        reason = str(exc) if isinstance(exc, RenderError) else f"Chromium did not start: {first_line(exc)}"
        err.print(f"[red]error[/red] {plain(reason)}")
        return None


def plan_render(
    files: list[Path], output: Output, option_values: dict[str, Any]
) -> tuple[RenderCommand, list[Path]]:
    """The command and each file's output; raises UsageError."""
    check_stdin_once(files)
    named = output_file(files, output)
    check_not_inputs(files, [named] if named is not None else [])  # before saying it is no image
    try:
        command = render_command(option_values, image_format_for(files, output, option_values.get("format")))
    except OptionsConflictError as exc:
        raise UsageError(str(exc)) from None
    # `--format jpg` names its files .jpg, `--format jpeg` .jpeg: the spelling asked for
    asked = str(option_values.get("format") or "").lower()
    targets = output_paths(
        files, output, asked if FORMAT_ALIASES.get(asked) == command.output_format else command.output_format
    )
    check_not_inputs(files, targets)
    check_stdout(targets)
    if named is None:
        print_lines(renamed_outputs(files, targets))
    return command, targets


def render_files(
    files: list[Path],
    output: Output,
    option_values: dict[str, Any],
    *,
    quiet: bool = False,
    strict: Strictness = False,
) -> int:
    """Validate and compile every file (each once), then render them all through one warm pool;
    `strict` (`--strict`, `--strict-all`) refuses a document for its warnings as validate does."""
    files, repeats = once_each(files)
    print_lines(repeats)
    try:
        command, targets = plan_render(files, output, option_values)
    except UsageError as exc:
        err.print(f"[red]error[/red] {plain(exc)}")
        return USAGE
    if not quiet:
        for note in command.notes:
            err.print(f"[yellow]warning[/yellow] {plain(note)}")
    prepared = prepare(files, targets, command.options, quiet=quiet, strict=strict)
    failed = unprepared(prepared)
    if failed < len(prepared):
        tally = Tally()
        interrupted, render_failures = run_interruptible(
            lambda: _render_batch(command, prepared, quiet=quiet, tally=tally)
        )
        if interrupted:
            err.print(f"interrupted: {tally.rendered} of {len(files)} rendered")
            return INTERRUPTED
        failed += render_failures
    else:  # nothing to render: no Chromium to start
        for file in prepared:
            print_lines(file.lines)
    summary(len(files), failed, "rendered", quiet=quiet)
    if any(file.usage for file in prepared):
        return USAGE
    return FAILED if failed else OK


def _progress(total: int) -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=total < 2 or not err.is_terminal, transient=True,
    )  # fmt: skip
