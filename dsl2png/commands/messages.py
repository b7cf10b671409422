"""Exit codes and the stderr console on which the commands tell errors, warnings and summaries."""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console
from rich.markup import escape

from kernel.dsl.issue_caps import told_in_full
from kernel.errors import Issue

# A path or message is never cut into lines, and printed as written: `:1234:` in a Chromium log
# line (or a title's `:warning:`) is no emoji code.
err = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


OK, FAILED, USAGE, INTERRUPTED = 0, 1, 2, 130
"""Exit codes: done; an invalid document or a failed render (or file); a usage error; Ctrl+C."""


class UsageError(Exception):
    """A command line that cannot work as given: printed as an error, exit code USAGE (2)."""


def reason_of(exc: OSError) -> str:
    return exc.strerror or str(exc)


def plain(value: object) -> str:
    """`value` as text to print as it is inside rich markup: a message's `[start, end]` or a
    file named `[draft].yaml` would otherwise be read as a style tag and vanish."""
    return escape(str(value))


def print_issues(name: str, errors: list[Issue], warnings: list[Issue], theme: object = None) -> None:
    for line in issue_lines(name, errors, warnings, theme):
        err.print(line, soft_wrap=True)


def issue_lines(name: str, errors: list[Issue], warnings: list[Issue], theme: object = None) -> list[str]:
    """The lines (rich markup) that tell a document's errors, then its warnings, the first few
    of each code in full and the rest of it counted in one line (`told_in_full`); `theme`: the
    render's `--theme`, whose file an issue about its tokens is placed at."""
    errors, warnings = told_in_full(errors), told_in_full(warnings)
    return [f"[red]error[/red] {plain(name)}: {plain(issue)}" for issue in at_flags(errors, theme)] + [
        f"[yellow]warning[/yellow] {plain(name)}: {plain(issue)}" for issue in at_flags(warnings, theme)
    ]


def at_flags(issues: list[Issue], theme: object = None) -> list[Issue]:
    """`issues`, each at a render option (`/options/width`, as the kernel names it) at the flag
    that sets it (`--width`): on the command line, the options are flags; one about a token of a
    `--theme` file (`theme`) at that file and token (`theme_file.in_theme_file`)."""
    # imported here: they load the DSL's models, which `dsl2png mcp` must not wait for before
    # its handshake (it uses this module only for its console and exit codes)
    from dsl2png.theme_file import in_theme_file
    from kernel.dsl.options import OPTIONS_PATH, is_option_path

    issues = in_theme_file(issues, theme)
    return [
        replace(issue, path="--" + issue.path.removeprefix(OPTIONS_PATH + "/").replace("_", "-"))
        if is_option_path(issue.path)
        else issue
        for issue in issues
    ]


def print_lines(lines: list[str], console: Console = err) -> None:
    for line in lines:
        console.print(line, highlight=False, soft_wrap=True)


def summary(total: int, failed: int, done: str, *, quiet: bool, failures: str = "failed") -> None:
    if total > 1 and not quiet:
        err.print(f"{total - failed} {done}, {failed} {failures}")


def count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
