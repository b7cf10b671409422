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
