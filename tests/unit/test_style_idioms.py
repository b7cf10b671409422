"""Style idioms that drew otherwise than meant: a `fontSize` of a rem written without its unit
warns, a `lineHeight` number above 4 is px, `margin: "0 auto"` centres at full width, and
`boxShadow` takes the theme's shadow sizes (another word warns)."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.styles import CENTRED_CLASS, style_declarations
from kernel.dsl.validate import validate_document


def _warnings(style: dict[str, Any]) -> dict[str, str]:
    result = validate_document({"elements": [{"type": "card", "title": "Sign in", "style": style}]})
    assert result.ok
    return {w.path: f"{w.message} ({w.suggestion})" for w in result.warnings}


def test_a_font_size_of_a_few_px_warns_with_the_rem_meant() -> None:
    warnings = _warnings({"fontSize": 1.5})
    said = warnings["/elements/0/style/fontSize"]
    assert "1.5 px text" in said and "1.5rem, i.e. 24" in said


@pytest.mark.parametrize("size", [6, 12, "0.9rem", "small", 0])
def test_readable_font_sizes_do_not_warn(size: object) -> None:
    assert "/elements/0/style/fontSize" not in _warnings({"fontSize": size})


@pytest.mark.parametrize(
    ("value", "css"),
    [
        (1.5, "1.5"),
        (4, "4"),
        (24, "24px"),
        ("24", "24px"),
        ("1.4", "1.4"),
        ("3px", "3px"),
        ("normal", "normal"),
    ],
)
def test_a_line_height_number_above_4_is_px(value: object, css: str) -> None:
    assert style_declarations({"lineHeight": value})["line-height"] == css
    assert "/elements/0/style/lineHeight" not in _warnings({"lineHeight": value})


@pytest.mark.parametrize(
    ("token", "css"), [("sm", "var(--shadow-sm)"), ("md", "var(--shadow)"), ("lg", "var(--shadow-lg)"),
                       ("XL", "var(--shadow-lg)")],
)  # fmt: skip
def test_shadow_sizes_draw_the_themes_shadows(token: str, css: str) -> None:
    assert style_declarations({"boxShadow": token})["box-shadow"] == css
    assert "/elements/0/style/boxShadow" not in _warnings({"boxShadow": token})


def test_another_shadow_word_warns_with_the_size_meant() -> None:
    said = _warnings({"boxShadow": "lgg"})["/elements/0/style/boxShadow"]
    assert "not a shadow" in said and "did you mean 'lg'" in said
    assert "/elements/0/style/boxShadow" not in _warnings({"boxShadow": "0 1px 2px #0003"})


@pytest.mark.parametrize("margin", ["0 auto", "auto", "0px auto"])
def test_margin_0_auto_keeps_only_the_auto_sides(margin: str) -> None:
    decls = style_declarations({"maxWidth": 480, "margin": margin})
    assert decls == {"max-width": "480px", "margin-inline": "auto"}


def test_other_margins_stay_as_written() -> None:
    assert style_declarations({"margin": "8px auto"}) == {"margin": "8px auto"}
    assert CENTRED_CLASS == "is-centred"


def test_individual_transforms_are_taken_and_a_bare_rotate_number_is_degrees() -> None:
    result = validate_document(
        {
            "elements": [
                {
                    "type": "card",
                    "title": "Tilted",
                    "style": {"translate": "10px 0", "scale": 1.1, "rotate": -3},
                }
            ]
        }
    )
    assert result.ok and not result.warnings, result
    declared = style_declarations({"translate": "10px 0", "scale": 1.1, "rotate": -3})
    assert declared == {"translate": "10px 0", "scale": "1.1", "rotate": "-3deg"}
    assert style_declarations({"rotate": "12"}) == {"rotate": "12deg"}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "containerType",
            "'container-type' is CSS that a style does not take; the document's css can set it",
        ),
        ("maskImage", "'mask-image' is CSS that a style does not take"),
        (
            "--ring-color",
            'a custom property is set in the document\'s css (css: ":root { --ring-color: ... }")',
        ),
    ],
)
def test_css_a_style_does_not_take_points_at_the_documents_css_not_a_near_spelling(
    name: str, said: str
) -> None:
    result = validate_document({"elements": [{"type": "card", "title": "x", "style": {name: "none"}}]})
    (error,) = result.errors
    assert error.code == "unknown_style_property" and said in (error.suggestion or ""), error
    assert "did you mean" not in (error.suggestion or "")


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("WebkitTextFillColor", "color: transparent with backgroundClip: text"),
        ("-webkit-text-fill-color", "#the-id { -webkit-text-fill-color: ... }"),
        ("webkitTextFillColor", "#the-id { -webkit-text-fill-color: ... }"),
        ("WebkitBackgroundClip", "write the standard 'backgroundClip'"),
        ("WebkitFontSmoothing", "#the-id { -webkit-font-smoothing: ... }"),
        ("MozOsxFontSmoothing", "#the-id { -moz-osx-font-smoothing: ... }"),
        ("msOverflowStyle", "#the-id { -ms-overflow-style: ... }"),
    ],
)
def test_a_vendor_prefixed_property_is_told_its_standard_name_or_the_documents_css(
    name: str, said: str
) -> None:
    # WebkitTextFillColor had no suggestion at all, msOverflowStyle "did you mean 'overflowY'?".
    result = validate_document(
        {"elements": [{"type": "heading", "text": "x", "style": {name: "transparent"}}]}
    )
    (error,) = result.errors
    assert error.code == "unknown_style_property" and said in (error.suggestion or ""), error
    assert "did you mean" not in (error.suggestion or "")
