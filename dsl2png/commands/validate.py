"""`dsl2png validate`: each document's errors and warnings, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dsl2png.commands.inputs import NoDocumentsError, check_stdin_once, decode, read_source
from dsl2png.commands.messages import (
    FAILED,
    OK,
    USAGE,
    UsageError,
    err,
    plain,
    print_issues,
    reason_of,
    summary,
)
from dsl2png.theme_option import ThemeName
from kernel.errors import Issue
from kernel.warning_kinds import Strictness

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from kernel.dsl.model import ThemeTokens


def validate_files(
    files: list[Path],
    *,
    strict: Strictness,
    as_json: bool,
    quiet: bool = False,
    theme: ThemeName | ThemeTokens | None = None,
) -> int:
    """Print each file's errors and warnings (or, with `as_json`, a JSON list with one entry per
    input, in order: `file`, `valid`, `errors`, `warnings`); 1 when any file has errors or cannot
    be read, 2 for `-` given twice. `theme`: `--theme`, checked as a render with it would be."""
    from kernel.dsl.options import RenderOptions
    from kernel.dsl.prepare import validate_for_render
    from kernel.dsl.validate import ValidationResult
    from kernel.errors import InvalidRenderOptionsError

    try:
        check_stdin_once(files)
    except UsageError as exc:
        err.print(f"[red]error[/red] {plain(exc)}")
        return USAGE
    report: list[dict[str, Any]] = []
    invalid = 0
    for path in files:
        try:
            source, name = read_source(path)
        except OSError as exc:
            code = "no_documents" if isinstance(exc, NoDocumentsError) else "unreadable_file"
            issue = Issue(path="", message=reason_of(exc), code=code)
            report.append({"file": str(path), "valid": False, "errors": [issue.as_dict()], "warnings": []})
            if not as_json:
                err.print(f"[red]error[/red] {plain(path)}: {plain(reason_of(exc))}")
            invalid += 1
            continue
        # as a render would: a frame around a screen no such device has is said here too
        try:
            result = validate_for_render(
                decode(source), RenderOptions(theme=theme), strict=strict, filename=name
            )
        except InvalidRenderOptionsError as exc:  # --strict on a --theme file's warnings
            result = ValidationResult(None, list(exc.issues), list(exc.warnings))
        invalid += 0 if result.ok else 1
        report.append(
            {
                "file": name,
                "valid": result.ok,
                "errors": [i.as_dict() for i in result.errors],
                "warnings": [i.as_dict() for i in result.warnings],
            }
        )
        if not as_json:
            print_issues(name, result.errors, [] if quiet else result.warnings, theme)
            if result.ok and not quiet:
                err.print(f"[green]ok[/green] {plain(name)}")
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        summary(len(files), invalid, "valid", quiet=quiet, failures="invalid")
    return FAILED if invalid else OK
