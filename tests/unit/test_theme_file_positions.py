"""A `--theme` file's problems are told as a document's are: the file, the token's path, and the
line and column the file writes it at, in a YAML file and in a JSON one alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dsl2png.theme_file import FileTheme, in_theme_file
from dsl2png.theme_option import ThemeFileError, load_theme
from kernel.dsl.options import RenderOptions
from kernel.dsl.validate import validate_document

BUTTON: dict[str, Any] = {"elements": [{"type": "button", "label": "Save", "variant": "primary"}]}


def _written(tmp_path: Path, tokens: dict[str, Any], suffix: str) -> tuple[Path, int, int]:
    """A theme file of `tokens`, one a line, in YAML (after a comment) or in indented JSON; and
    the line and column at which it writes its last token."""
    path = tmp_path / f"brand{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(tokens, indent=2) + "\n")
        return path, len(tokens) + 1, 3  # after the "{" line, indented two spaces
    lines = ["# the brand", *(f"{token}: {json.dumps(value)}" for token, value in tokens.items())]
    path.write_text("\n".join(lines) + "\n")
    return path, len(lines), 1


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize(
    ("token", "value", "said"),
    [
        ("bakground", "#ffffff", "unknown field 'bakground' (did you mean 'background'?)"),
        ("radius", [4, 8], "expected a number, got a list"),
        ("density", 3, "3 is not one of 'compact', 'comfortable', 'spacious' or 'touch'"),
    ],
)
def test_a_theme_file_that_is_no_theme_names_the_file_token_line_and_column(
    tmp_path: Path, suffix: str, token: str, value: Any, said: str
) -> None:
    """An unknown token or a value of the wrong type was told as `--theme brand.yaml: /radius:
    expected a number`, with no line: in a long file, the reader searched for it."""
    path, line, column = _written(tmp_path, {"primary": "#2563eb", token: value}, suffix)
    with pytest.raises(ThemeFileError) as raised:
        load_theme(str(path))
    told = str(raised.value)
    assert told.startswith(f"--theme {path}: /{token} (line {line}, column {column}): "), told
    assert said in told


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_theme_files_unsafe_colour_is_an_error_at_its_line(tmp_path: Path, suffix: str) -> None:
    path, line, column = _written(
        tmp_path, {"background": "#0b1120", "primary": "url(https://evil.example/x.png)"}, suffix
    )
    with pytest.raises(ThemeFileError) as raised:
        load_theme(str(path))
    told = str(raised.value)
    assert told.startswith(f"--theme {path}: /primary (line {line}, column {column}): url("), told


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_a_theme_files_colour_that_is_no_colour_is_warned_of_at_its_line(tmp_path: Path, suffix: str) -> None:
    path, line, column = _written(tmp_path, {"font": "serif", "primary": "#12345"}, suffix)
    theme = load_theme(str(path))
    assert isinstance(theme, FileTheme)
    warnings = in_theme_file(validate_document(BUTTON, options=RenderOptions(theme=theme)).warnings, theme)
    assert [(issue.path, issue.line, issue.column, issue.code) for issue in warnings] == [
        (f"--theme {path} /primary", line, column, "invalid_color")
    ]
