"""`dsl2png html`: the self-contained HTML pages a render screenshots, without Chromium."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dsl2png.commands.inputs import check_stdin_once, is_stdio, once_each
from dsl2png.commands.jobs import prepare, unprepared
from dsl2png.commands.messages import (
    FAILED,
    OK,
    USAGE,
    UsageError,
    err,
    plain,
    print_lines,
    reason_of,
    summary,
)
from dsl2png.commands.outputs import Output, check_html_output, check_not_inputs, output_paths, write_output
from kernel.dsl.options import RenderOptions


def compile_files(
    files: list[Path], output: Output, option_values: dict[str, Any], *, quiet: bool = False
) -> int:
    """Validate and compile each file to the self-contained HTML page a render screenshots (no
    Chromium). One file without `-o` (or with `-o -`) goes to stdout; otherwise as `render`
    places images.

    The page keeps its Content-Security-Policy, so opened in a browser it runs no script and
    fetches nothing, like in the renderer."""
    files, repeats = once_each(files)
    print_lines(repeats)
    try:
        check_stdin_once(files)
        options = RenderOptions(**option_values)
        to_stdout = len(files) == 1 and output is None
        targets = [Path("-")] if to_stdout else output_paths(files, output, "html")
        check_not_inputs(files, targets)
        check_html_output(files, output)
    except UsageError as exc:
        err.print(f"[red]error[/red] {plain(exc)}")
        return USAGE
    except ValueError as exc:
        err.print(f"[red]error[/red] invalid options: {plain(exc)}")
        return USAGE
    prepared = prepare(files, targets, options, quiet=quiet)
    failed = unprepared(prepared)
    for file in prepared:
        print_lines(file.lines)
        job = file.job
        if job is None:
            continue
        try:
            write_output(job.target, job.prepared.html.encode("utf-8"))
        except OSError as exc:
            err.print(
                f"[red]error[/red] {plain(job.name)}: cannot write {plain(job.target)}: {plain(reason_of(exc))}"
            )
            failed += 1
            continue
        if not quiet and not is_stdio(job.target):
            err.print(f"{plain(job.name)} -> {plain(job.target)}", soft_wrap=True)
    summary(len(files), failed, "written", quiet=quiet)
    return FAILED if failed else OK
