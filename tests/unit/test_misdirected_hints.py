"""Suggestions that pointed the wrong way: a React icon's name (`HomeIcon`), render options
written inside the document, a Tailwind shade (`indigo-600`) offered as the CSS keyword of its hue."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.icons import resolve_icon_name
from kernel.dsl.validate import validate_document


@pytest.mark.parametrize(
    ("name", "drawn"),
    [("HomeIcon", "house"), ("home-icon", "house"), ("IconHome", "house"), ("ArrowLeftIcon", "arrow-left")],
)
def test_an_icon_named_with_the_word_icon_draws_the_icon(name: str, drawn: str) -> None:
    assert resolve_icon_name(name) == drawn
    assert validate_document({"elements": [{"type": "icon", "name": name}]}).warnings == []


def test_a_misspelt_icon_named_with_the_word_icon_is_suggested_without_it() -> None:
    (warning,) = validate_document({"elements": [{"type": "icon", "name": "SettngsIcon"}]}).warnings
    assert warning.code == "unknown_icon"
    assert warning.suggestion == "did you mean 'settings'?"


def test_render_options_in_the_document_are_told_to_go_beside_it() -> None:
    document = {"elements": [{"type": "button", "label": "Go"}], "options": {"full_page": True}}
    (error,) = validate_document(document).errors
    assert (error.path, error.code) == ("/options", "unknown_field")
    assert error.suggestion is not None
    assert error.suggestion.startswith("render options (full_page, crop, format, scale, ...) are not part of")
    assert "render_ui_mockup's options argument" in error.suggestion
    assert "annotations" not in error.suggestion


@pytest.mark.parametrize("shade", ["indigo-600", "bg-indigo-600", "gray.50", "slate-950"])
def test_a_palette_shade_is_no_colour_and_its_hues_keyword_is_not_offered(shade: str) -> None:
    (warning,) = validate_document(
        {"theme": {"primary": shade}, "elements": [{"type": "button", "label": "Go"}]}
    ).warnings
    assert (warning.path, warning.code) == ("/theme/primary", "invalid_color")
    assert warning.suggestion == (
        f"'{shade}' names a shade of a design system's palette (as Tailwind does), not a colour here: "
        'write the shade\'s own hex colour, "#rrggbb", as the palette gives it'
    )


def test_a_colour_word_with_a_dash_still_gets_its_keyword() -> None:
    (warning,) = validate_document(
        {"elements": [{"type": "text", "text": "a", "style": {"color": "dark-blue"}}]}
    ).warnings
    assert warning.suggestion == "did you mean 'darkblue'?"
