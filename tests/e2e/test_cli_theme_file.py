"""The real `dsl2png` command line with a `--theme` file: its tokens are checked as a document's
theme is, each issue told at the file, its token and where the file writes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli_support import PNG_MAGIC, dsl2png

pytestmark = pytest.mark.e2e

BUTTON = "elements:\n  - {type: button, label: Save, variant: primary}\n"


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "screen.yaml"
    path.write_text(BUTTON)
    return path


def test_a_theme_files_tokens_drawn_otherwise_are_warned_of_at_the_file(
    document: Path, tmp_path: Path
) -> None:
    theme = tmp_path / "brand.yaml"
    theme.write_text("# the brand\nprimary: purple-ish\nfont: Inter\n")
    validated = dsl2png("validate", document, "--theme", theme)
    assert validated.returncode == 0, validated.stderr
    assert f"warning {document}: --theme {theme} /primary (line 2, column 1): 'purple-ish' is not a CSS" in (
        validated.stderr
    )
    assert f"warning {document}: --theme {theme} /font (line 3, column 1): 'Inter' is not installed" in (
        validated.stderr
    )
    as_json = json.loads(dsl2png("validate", document, "--theme", theme, "--json").stdout)
    assert {(w["path"], w["code"]) for w in as_json[0]["warnings"]} == {
        ("/options/theme/primary", "invalid_color"),
        ("/options/theme/font", "font_unavailable"),
    }
    out = tmp_path / "screen.png"
    rendered = dsl2png("render", document, "--theme", theme, "-o", out)
    assert rendered.returncode == 0, rendered.stderr
    assert f"--theme {theme} /primary (line 2, column 1)" in rendered.stderr
    assert out.read_bytes().startswith(PNG_MAGIC)
    for command in (["validate", document], ["render", document, "-o", tmp_path / "strict.png"]):
        strict = dsl2png(*command, "--theme", theme, "--strict")  # failed as the document's theme would
        assert strict.returncode == 1, strict.stderr
        assert f"error {document}: --theme {theme} /primary" in strict.stderr
    assert not (tmp_path / "strict.png").exists()


def test_a_theme_files_unsafe_value_refuses_every_render(document: Path, tmp_path: Path) -> None:
    theme = tmp_path / "unsafe.yaml"
    theme.write_text('background: "#0b1120"\nprimary: "url(https://evil.example/x.png)"\n')
    out = tmp_path / "out"
    for command in (["validate", document], ["render", document, "-o", f"{out}/"]):
        result = dsl2png(*command, "--theme", theme)
        assert result.returncode == 1, result.stderr
        assert (
            f"error --theme {theme}: /primary (line 2, column 1): url(https://evil.example/x.png) is not allowed"
            in (result.stderr)
        )
        assert "Traceback" not in result.stderr
    assert not out.exists()  # nothing rendered
