"""A render's own theme (`--theme`, `options.theme`) is checked as the document's `theme` is, by the
same checks, each issue at `/options/theme/<token>`; an unsafe value refuses the render."""

from __future__ import annotations

from typing import Any

import pytest

from dsl2png.theme_file import FileTheme, in_theme_file, read_theme_file
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import plan_render, validate_for_render
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidRenderOptionsError, Issue

BUTTON: dict[str, Any] = {"elements": [{"type": "button", "label": "Save", "variant": "primary"}]}


def _said(issues: list[Issue], prefix: str) -> list[tuple[str, str, str]]:
    """(token, code, message) of each issue under `prefix`: what the theme's checks said."""
    return sorted(
        (issue.path.removeprefix(prefix), issue.code, issue.message)
        for issue in issues
        if issue.path.startswith(prefix)
    )


@pytest.mark.parametrize(
    "tokens",
    [
        {"primary": "purple-ish", "font": "Inter"},
        {"primary": "#7c3aed80"},  # translucent: drawn opaque
        {"base": "midnight", "primary": "#2563eb"},  # no such palette: drawn light
        {"background": "#0b1120"},  # a dark page on the light base: the dark palette is drawn
        {"text": "#cbd5e1"},  # hardly read on the light page
        {"primary": "var(--brand)"},  # only the browser knows its colour
    ],
)
def test_a_callers_tokens_are_told_what_the_same_tokens_in_the_document_are(tokens: dict[str, str]) -> None:
    as_document = validate_document({**BUTTON, "theme": tokens})
    as_caller = validate_document(BUTTON, options=RenderOptions.model_validate({"theme": tokens}))
    expected = _said(as_document.warnings, "/theme/")
    assert expected, "the document's theme is warned of"
    assert _said(as_caller.warnings, "/options/theme/") == expected
    assert as_caller.ok and not _said(as_caller.warnings, "/theme/")


@pytest.mark.parametrize(
    "tokens",
    [
        {"primary": "url(https://evil.example/x.png)", "background": "#0b1120"},
        {"font": "x; } @import url(https://evil.example/a.css)"},
    ],
)
def test_an_unsafe_caller_token_refuses_the_render_as_the_documents_would(tokens: dict[str, str]) -> None:
    (token,) = [name for name in tokens if name != "background"]
    document_errors = validate_document({**BUTTON, "theme": tokens}).errors
    options = RenderOptions.model_validate({"theme": tokens})
    with pytest.raises(InvalidRenderOptionsError) as planned:
        plan_render(BUTTON, options)
    with pytest.raises(InvalidRenderOptionsError) as validated:
        validate_for_render(BUTTON, options)
    for refused in (planned.value, validated.value):
        assert [(issue.path, issue.code) for issue in refused.issues] == [
            (f"/options/theme/{token}", "unsafe_css")
        ]
        assert [issue.message for issue in refused.issues] == [
            issue.message for issue in document_errors if issue.path == f"/theme/{token}"
        ]


def test_a_callers_token_over_the_documents_is_told_at_the_caller_the_others_at_the_document() -> None:
    document = {**BUTTON, "theme": {"primary": "#7c3aed80", "text": "#cbd5e1"}}
    result = validate_document(
        document, options=RenderOptions.model_validate({"theme": {"primary": "#ff000080"}})
    )
    told = {(issue.path, issue.code) for issue in result.warnings}
    assert ("/options/theme/primary", "primary_not_opaque") in told
    assert ("/theme/text", "background_tone") in told  # a light text on the light base: still the document's
    assert ("/theme/primary", "primary_not_opaque") not in told  # not drawn: the caller's is


@pytest.mark.parametrize(
    "theme", ["light", "dark", "wireframe", {"primary": "#2563eb", "font": "Noto Serif"}]
)
def test_a_theme_name_or_sound_tokens_say_nothing(theme: object) -> None:
    result = validate_document(BUTTON, options=RenderOptions.model_validate({"theme": theme}))
    assert result.ok and not [issue for issue in result.warnings if "theme" in issue.path]


BRAND = "# the brand\nprimary: purple-ish\nfont: Inter\n"


def test_a_theme_files_warnings_are_placed_at_its_tokens_in_the_file() -> None:
    theme, errors = read_theme_file({"primary": "purple-ish", "font": "Inter"}, "brand.yaml", BRAND)
    assert errors == []
    warnings = validate_document(BUTTON, options=RenderOptions(theme=theme)).warnings
    assert isinstance(RenderOptions(theme=theme).theme, FileTheme)  # the options keep the file
    placed = {(issue.path, issue.line, issue.column, issue.code) for issue in in_theme_file(warnings, theme)}
    assert placed == {
        ("--theme brand.yaml /primary", 2, 1, "invalid_color"),
        ("--theme brand.yaml /font", 3, 1, "font_unavailable"),
    }


def test_a_theme_files_unsafe_value_is_its_own_error_at_the_token() -> None:
    text = 'background: "#0b1120"\nprimary: "url(https://evil.example/x.png)"\n'
    data = {"background": "#0b1120", "primary": "url(https://evil.example/x.png)"}
    _, errors = read_theme_file(data, "unsafe.yaml", text)
    assert [(issue.path, issue.line, issue.column, issue.code) for issue in errors] == [
        ("/primary", 2, 1, "unsafe_css")
    ]
