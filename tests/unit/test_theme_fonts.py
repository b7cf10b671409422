"""A serif brand font that is not installed (Georgia, Times New Roman, EB Garamond...) is drawn in
Noto Serif, not the sans default, and the validator names the face drawn."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.fonts import cjk_font_css, drawn_instead, font_alias_css
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_data

SERIFS = ["Georgia", "Times New Roman", "EB Garamond", "Merriweather", "Playfair Display", "'Lora', Georgia"]


@pytest.mark.parametrize("font", SERIFS)
def test_a_serif_font_that_is_not_installed_warns_that_noto_serif_is_drawn(font: str) -> None:
    result = validate_data({"theme": {"font": font}, "elements": [{"type": "text", "text": "Hi"}]})
    assert result.ok, result.errors
    (warning,) = [issue for issue in result.warnings if issue.path == "/theme/font"]
    assert warning.code == "font_unavailable"
    assert warning.message.endswith("so Noto Serif is drawn instead"), warning.message
    assert drawn_instead(font) == "Noto Serif"


@pytest.mark.parametrize(
    ("font", "instead"),
    [("Menlo", "Noto Sans Mono"), ("Inter", "Noto Sans"), ("Comic Neue", "Noto Sans"),
     ("Comic Neue, Georgia", "Noto Serif"), ("Inter, Georgia", "Noto Sans")],
)  # fmt: skip
def test_the_first_known_family_of_a_stack_decides_the_face(font: str, instead: str) -> None:
    assert drawn_instead(font) == instead


def test_a_stack_with_a_generic_serif_or_noto_serif_does_not_warn() -> None:
    assert drawn_instead("Georgia, serif") is None and drawn_instead("Noto Serif") is None


def test_a_theme_in_georgia_aliases_it_to_the_installed_noto_serif_faces() -> None:
    document = Document.model_validate(
        {"theme": {"font": "Georgia"}, "elements": [{"type": "text", "text": "Hi"}]}
    )
    html = compile_html(document, Viewport(width=400, height=200, scale=1.0))
    assert '@font-face{font-family:"Georgia";src:local("Noto Serif"),local("NotoSerif-Regular");' in html
    assert 'local("Noto Serif Bold"),local("NotoSerif-Bold");font-weight:551 1000' in html
    assert '"Noto Sans"' in html  # the default stack still follows, for what Noto Serif lacks


def test_a_serif_alias_draws_cjk_text_in_noto_serif_cjk() -> None:
    defined = font_alias_css("Georgia")
    rules = cjk_font_css("ja", defined)
    assert '@font-face{font-family:"Georgia";src:local("Noto Serif CJK JP")' in rules
    assert 'font-family:"Georgia";src:local("Noto Sans CJK' not in rules


MONOSPACE = ["Courier New", "Courier", "Monaco", "Lucida Console", "SF Mono", "Roboto Mono", "JetBrains Mono",
             "Source Code Pro", "IBM Plex Mono", "'Courier New', Courier"]  # fmt: skip


@pytest.mark.parametrize("font", MONOSPACE)
def test_a_monospace_font_that_is_not_installed_is_drawn_in_noto_sans_mono(font: str) -> None:
    """Courier New and Courier were drawn in the proportional Noto Sans (and said so)."""
    assert drawn_instead(font) == "Noto Sans Mono"
    family = font.split(",")[0].strip("'\" ")
    assert f'@font-face{{font-family:"{family}";src:local("Noto Sans Mono")' in font_alias_css(font)


def test_the_generic_monospace_family_is_drawn_as_written() -> None:
    """fontconfig draws `monospace` in Noto Sans Mono itself: nothing to alias, nothing to say."""
    assert drawn_instead("monospace") is None and drawn_instead("'Courier New', monospace") is None


@pytest.mark.parametrize(
    ("style", "path", "instead"),
    [({"fontFamily": "cursive"}, "/elements/0/style/fontFamily", "Noto Sans"),
     ({"fontFamily": "fantasy"}, "/elements/0/style/fontFamily", "Noto Sans"),
     ({"fontFamily": "'Dancing Script', cursive"}, "/elements/0/style/fontFamily", "Noto Sans"),
     ({"fontFamily": "Georgia"}, "/elements/0/style/fontFamily", "Noto Serif"),
     ("font-family: fantasy", "/elements/0/style", "Noto Sans")],
)  # fmt: skip
def test_a_style_font_family_no_installed_face_draws_warns_as_the_themes_font_does(
    style: object, path: str, instead: str
) -> None:
    """A certificate's signature in `cursive` came out in the sans around it, unwarned."""
    result = validate_data({"elements": [{"type": "text", "text": "Anneliese", "style": style}]})
    assert result.ok, result.errors
    (warning,) = result.warnings
    assert (warning.path, warning.code) == (path, "font_unavailable")
    assert warning.message.endswith(f"so {instead} is drawn instead"), warning.message


@pytest.mark.parametrize(
    "family", ["serif", "monospace", "Noto Serif", "'Dancing Script', serif", "inherit", "var(--font)"]
)
def test_a_style_font_family_that_is_drawn_as_written_does_not_warn(family: str) -> None:
    result = validate_data({"elements": [{"type": "text", "text": "Hi", "style": {"fontFamily": family}}]})
    assert result.ok and not result.warnings, result.warnings


def test_a_theme_font_in_cursive_warns_too() -> None:
    result = validate_data({"theme": {"font": "cursive"}, "elements": [{"type": "text", "text": "Hi"}]})
    assert [(w.path, w.code) for w in result.warnings] == [("/theme/font", "font_unavailable")]
    assert drawn_instead("cursive") == drawn_instead("fantasy") == "Noto Sans"
