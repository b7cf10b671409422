"""`--theme` (and the Python API's `theme=`): a built-in theme's name, or a file holding a theme object."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from kernel.errors import InvalidDocumentError, Issue

if TYPE_CHECKING:  # imported where used: `dsl2png --help` should not load Playwright
    from kernel.dsl.model import ThemeTokens


class ThemeFileError(Exception):
    """A `--theme` file that cannot be read or is not a theme: printed as an error naming the file
    and the JSON path of each problem, exit code FAILED (1), nothing rendered."""


ThemeName = Literal["light", "dark", "wireframe"]
THEME_NAMES: dict[str, ThemeName] = {"light": "light", "dark": "dark", "wireframe": "wireframe"}
"""The built-in themes `--theme` names (kernel.dsl.model.theme.THEME_NAMES); anything else is a file."""


def load_theme(value: str | None) -> ThemeName | ThemeTokens | None:
    """The theme `--theme` gives: `light` or `dark`, or the theme object in the YAML or JSON file
    it names (what a document's `theme:` takes: tokens, or `light`/`dark`). Raises ThemeFileError
    for a file that cannot be read, parsed or is not a theme, naming the file and each problem's
    token and line and column in it, as a document's issues are placed (`with_positions`)."""
    from pydantic import ValidationError

    from dsl2png.theme_file import read_theme_file
    from kernel.dsl.parse import load_source
    from kernel.dsl.schema_errors import issues_from_pydantic
    from kernel.dsl.validate import with_positions

    if value is None:
        return None
    if value in THEME_NAMES:
        return THEME_NAMES[value]
    path = Path(value)
    try:
        source = path.read_bytes()
        data = load_source(source, filename=path.name)
    except OSError as exc:
        hint = "" if path.suffix else " (a theme is light, dark, or a .yaml or .json file of theme tokens)"
        raise ThemeFileError(f"--theme {value}: cannot read it: {exc.strerror or exc}{hint}") from None
    except InvalidDocumentError as exc:
        raise ThemeFileError(f"--theme {value}: {'; '.join(_located(exc.issues))}") from None
    if isinstance(data, str) and data in THEME_NAMES:
        return THEME_NAMES[data]
    if not isinstance(data, Mapping):
        raise ThemeFileError(
            f"--theme {value}: a theme file holds one theme object (primary, background, surface, text, font, "
            f"radius, density, base) or light or dark, not {type(data).__name__}"
        )
    text = source.decode("utf-8", "replace")
    try:
        theme, errors = read_theme_file(dict(data), value, text)
    except ValidationError as exc:  # an unknown token, a value of the wrong type: where the file writes it
        issues = with_positions(text, issues_from_pydantic(exc.errors(include_url=False), data))
        raise ThemeFileError(f"--theme {value}: {'; '.join(_located(issues))}") from None
    if errors:  # checked as a document's theme is: an unsafe value refuses every render
        raise ThemeFileError(f"--theme {value}: {'; '.join(_located(errors))}")
    return theme


def _located(issues: Sequence[Issue]) -> list[str]:
    """Each issue as `/path (line L, column C): message (suggestion)`, for a one-line error."""
    lines = []
    for issue in issues:
        where = issue.path or "/"
        if issue.line is not None:
            where += f" (line {issue.line}, column {issue.column})"
        hint = f" ({issue.suggestion})" if issue.suggestion else ""
        lines.append(f"{where}: {issue.message}{hint}")
    return lines
