"""The Python API without Chromium: `import dsl2png` stays cheap, and validate() reports as the CLI."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import dsl2png

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_package_loads_neither_the_api_nor_its_heavy_dependencies() -> None:
    check = (
        "import sys, dsl2png\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "{'pydantic', 'playwright', 'yaml', 'rich', 'kernel'} or m == 'dsl2png.api']\n"
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_package_has_a_version() -> None:
    assert dsl2png.__version__.count(".") >= 1


def test_validate_reports_errors_with_paths_lines_and_suggestions() -> None:
    result = dsl2png.validate("elements:\n  - type: headin\n    text: Hi\n")
    assert not result.ok
    [error] = result.errors
    assert (error.path, error.code, error.line) == ("/elements/0/type", "unknown_type", 2)
    assert "heading" in (error.suggestion or "")


def test_validate_gives_each_warning_its_kind_and_strict_fails_on_it() -> None:
    document = {"elements": [{"type": "image", "src": "https://example.com/a.png"}]}
    result = dsl2png.validate(document)
    assert result.ok and [w.kind for w in result.warnings] == ["note"]
    assert not dsl2png.validate(document, strict="all").ok
    assert dsl2png.validate(document, strict=True).ok  # a note is no error under --strict


def test_validate_reads_a_path(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('{"elements": [{"type": "heading", "text": "Hi"}]}')
    assert dsl2png.validate(path).ok


def test_the_errors_the_api_raises_are_importable_from_the_package() -> None:
    from kernel.errors import InvalidDocumentError, RenderError, RenderTimeoutError

    assert dsl2png.RenderTimeoutError is RenderTimeoutError and issubclass(
        RenderTimeoutError, dsl2png.RenderError
    )
    assert dsl2png.RenderError is RenderError and dsl2png.InvalidDocumentError is InvalidDocumentError
    assert issubclass(dsl2png.InvalidRenderOptionsError, dsl2png.InvalidDocumentError)
    assert {"RenderError", "RenderTimeoutError", "RenderResult", "Issue", "Dsl2PngError"} <= set(
        dsl2png.__all__
    )


def test_a_render_result_is_its_bytes_and_keeps_its_warnings_when_pickled() -> None:
    warning = dsl2png.Issue(path="/height", message="cut", code="content_cut", kind="drawn_wrong")
    result = dsl2png.RenderResult(b"\x89PNG", warnings=(warning,), width=4, height=2, format="png")
    assert result == b"\x89PNG" and bytes(result) == b"\x89PNG"
    again = pickle.loads(pickle.dumps(result))
    assert (again.warnings, again.width, again.height, again.format) == ((warning,), 4, 2, "png")
    assert "content_cut" in repr(result)


def test_an_options_error_names_the_option_and_what_to_write() -> None:
    document = {"elements": [{"type": "text", "text": "x"}]}
    with pytest.raises(dsl2png.RenderOptionsError) as raised:
        dsl2png.render(document, width="1280px")  # type: ignore[arg-type]
    error = raised.value
    assert (error.option, error.code) == ("width", "invalid_option")
    assert error.suggestion is not None and "width=1280" in error.suggestion and "width" in str(error)
    with pytest.raises(dsl2png.RenderOptionsError) as raised:
        dsl2png.render(document, transparent=True, format="jpeg")
    assert (raised.value.option, raised.value.code) == (None, "options_conflict")
    # the argument's name, not the command line's flag
    assert str(raised.value).startswith("transparent=True needs png or webp") and "--" not in str(
        raised.value
    )
    with pytest.raises(dsl2png.RenderOptionsError) as raised:
        dsl2png.render(document, crop=True, format="pdf")
    assert str(raised.value).startswith("crop=True is for images") and "--" not in str(raised.value)


def test_a_misspelt_setting_is_a_render_error_that_says_what_was_meant(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not pydantic's ValidationError: every error the API raises on purpose is a Dsl2PngError."""
    monkeypatch.setenv("DSL2PNG_CHROMIUM_PAHT", "/usr/bin/chromium")
    with pytest.raises(dsl2png.RenderError) as raised:
        dsl2png.render({"elements": []})
    assert (raised.value.code, raised.value.retryable) == ("invalid_settings", False)
    assert "DSL2PNG_CHROMIUM_PAHT is not a dsl2png setting: did you mean DSL2PNG_CHROMIUM_PATH?" in str(
        raised.value
    )


def test_the_api_validates_and_refuses_options_without_loading_the_command_line(tmp_path: Path) -> None:
    """The API shares a render's options, a document's checks and a `--theme` file's reading with
    the CLI (dsl2png.render_jobs, dsl2png.theme_option), not the CLI's own modules."""
    theme = tmp_path / "brand.yaml"
    theme.write_text('primary: "#336699"\n')
    check = (
        "import sys, dsl2png\n"
        f"assert dsl2png.validate({{'elements': [{{'type': 'heading', 'text': 'Hi'}}]}}, theme={str(theme)!r}).ok\n"
        "try:\n"
        "    dsl2png.render({'elements': []}, transparent=True, format='jpeg')\n"
        "except dsl2png.RenderOptionsError as exc:\n"
        "    print(exc.code)\n"
        "print(sorted(m for m in sys.modules if m == 'dsl2png.cli' or m.startswith('dsl2png.commands')))"
    )
    done = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["options_conflict", "[]"]


def test_validate_with_an_unsafe_theme_object_is_an_invalid_result_and_render_refuses_it() -> None:
    """validate(theme=...) raised InvalidRenderOptionsError for an unsafe token: a validation
    answers with what is wrong, as for a bad document, told as the document's theme is told."""
    document = {"elements": [{"type": "button", "label": "Save", "variant": "primary"}]}
    unsafe = {"primary": "url(https://evil.example/x.png)", "font": "Inter"}
    own = dsl2png.validate({**document, "theme": unsafe})
    result = dsl2png.validate(document, theme=unsafe)
    assert not result.ok
    assert [(e.path, e.code) for e in result.errors] == [("/options/theme/primary", "unsafe_css")]
    assert [(w.path, w.code) for w in result.warnings] == [("/options/theme/font", "font_unavailable")]
    assert [e.message for e in result.errors] == [e.message for e in own.errors if e.path == "/theme/primary"]
    misspelt = dsl2png.validate(document, theme={"primay": "#7c3aed", "radius": 100})
    assert sorted((e.path, e.code, e.suggestion) for e in misspelt.errors) == [
        ("/options/theme/primay", "unknown_field", "did you mean 'primary'?"),
        ("/options/theme/radius", "out_of_range", None),
    ]
    assert dsl2png.validate(document, theme={"primary": "#7c3aed"}).ok
    with pytest.raises(dsl2png.InvalidRenderOptionsError) as refused:  # refused before Chromium starts
        dsl2png.render(document, theme=unsafe)
    assert [(e.path, e.code) for e in refused.value.issues] == [("/options/theme/primary", "unsafe_css")]
