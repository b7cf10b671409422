"""A `--theme` file's tokens, checked as a document's theme is, each issue placed in that file.

The kernel checks a render's own theme at `/options/theme/<token>` (`semantic.theme`); on the
command line that theme is a file, so an issue about one of its tokens is told at the file, its
token and where the file writes it: `--theme brand.yaml /font (line 2, column 7)`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from pydantic import PrivateAttr

from kernel.dsl.model import ThemeTokens
from kernel.dsl.options import is_option_path
from kernel.errors import Issue

CALLER_THEME_PATH = "/options/theme"
"""Where the kernel puts an issue about a render's own theme (`semantic.theme.CALLER_THEME`)."""


class FileTheme(ThemeTokens):
    """Theme tokens read from a `--theme` file that remember the file: its name as given and
    where it writes each token, so that what is said of a token is said at the file."""

    _name: str = PrivateAttr(default="")
    _positions: dict[str, tuple[int, int]] = PrivateAttr(default_factory=dict)

    def placed(self, issue: Issue) -> Issue:
        """`issue` at the file and its token when it is about one (`/options/theme/font`), with
        the line and column the file writes it at; any other issue as it is."""
        if not issue.path.startswith(CALLER_THEME_PATH + "/"):
            return issue
        token = issue.path.removeprefix(CALLER_THEME_PATH)
        line, column = self._positions.get(token, (None, None))
        return replace(issue, path=f"--theme {self._name} {token}", line=line, column=column)


def read_theme_file(data: Mapping[str, Any], name: str, text: str) -> tuple[FileTheme, list[Issue]]:
    """The tokens of the file `name`, which holds `text` read as `data`, as a FileTheme (raises
    pydantic's ValidationError for what is no theme); and the errors the checks of a theme find in
    it (an unsafe value: nothing renders with it), each at its token in the file (`/primary (line
    1, column 1)`). Its warnings are told with each document rendered with it, as the kernel
    finds them (see `FileTheme.placed`)."""
    from kernel.dsl.semantic.findings import Findings
    from kernel.dsl.semantic.theme import check_caller_theme
    from kernel.dsl.source_positions import locate_paths

    theme = FileTheme.model_validate(data)
    theme._name = name
    theme._positions = locate_paths(text, {f"/{token}" for token in theme.model_fields_set})
    findings = Findings()
    check_caller_theme(theme, findings)
    return theme, [_in_file(theme, error) for error in findings.errors]


def _in_file(theme: FileTheme, issue: Issue) -> Issue:
    """`issue` at its token's path in the file itself (`/primary`), for the file's own error."""
    token = issue.path.removeprefix(CALLER_THEME_PATH)
    line, column = theme._positions.get(token, (None, None))
    return replace(issue, path=token, line=line, column=column)


def in_theme_file(issues: Sequence[Issue], theme: object) -> list[Issue]:
    """`issues`, those about the tokens of a `--theme` file (`theme`) placed at that file."""
    if not isinstance(theme, FileTheme):
        return list(issues)
    return [theme.placed(issue) for issue in issues]


def flags_to_blame(issues: Sequence[Issue]) -> bool:
    """Whether `issues` are the flags' alone (`--width 4000 --height 4000 --scale 2`: a usage
    error, exit 2), not a `--theme` file's tokens, whose errors (its warnings with `--strict`)
    fail as a document's theme's do (exit 1)."""
    return bool(issues) and all(
        is_option_path(issue.path) and not issue.path.startswith(CALLER_THEME_PATH + "/") for issue in issues
    )
