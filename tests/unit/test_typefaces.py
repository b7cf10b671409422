"""Text widths estimated in the theme's face: which installed face a theme's `font` draws in, and
each estimate (a label, a stat's figure, a stepper's widest word) in it."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.charts.x_axis import text_px, wrapped_width
from kernel.dsl.compiler.elements.navigation import widest_unbroken_em
from kernel.dsl.compiler.text_metrics import MONO_EM, in_typeface, label_em
from kernel.dsl.compiler.typefaces import theme_typeface, typeface_of
from kernel.dsl.model import Document, ThemeTokens
from kernel.dsl.options import Viewport


@pytest.mark.parametrize(
    ("font", "typeface"),
    [
        ("monospace", "mono"),
        ('"monospace"', "mono"),
        ("Menlo, monospace", "mono"),
        ("JetBrains Mono", "mono"),
        ("Noto Sans Mono", "mono"),
        ("serif", "serif"),
        ("Georgia, serif", "serif"),
        ("'Noto Serif'", "serif"),
        ("Inter", "sans"),
        ("sans-serif", "sans"),
        ("Some Brand Font, monospace", "mono"),  # not installed: the next family is drawn
        ("ui-monospace, Georgia", "serif"),  # ui-monospace is not drawn on Linux
        ("Some Brand Font", "sans"),  # nothing drawn: the theme's Noto Sans
        (None, "sans"),
    ],
)
def test_a_fonts_typeface_is_that_of_its_first_family_drawn(font: str | None, typeface: str) -> None:
    assert typeface_of(font) == typeface


def test_a_themes_typeface_comes_from_its_font_token_as_the_page_sets_it() -> None:
    assert theme_typeface(ThemeTokens(font="monospace")) == "mono"
    assert theme_typeface(ThemeTokens(primary="#0f766e")) == "sans"
    assert theme_typeface("dark") == theme_typeface(None) == "sans"
    assert theme_typeface(ThemeTokens(font="monospace; color: red")) == "sans"  # dropped as unsafe


def test_monospaced_text_is_six_tenths_of_an_em_a_character_but_what_it_does_not_draw() -> None:
    assert label_em("Shipping", "mono") == pytest.approx(8 * MONO_EM)
    assert label_em("Shipping", "mono") > label_em("Shipping") * 1.1  # 4.8 em, the sans 4.16
    assert in_typeface("日", 1.0, "mono") == 1.0  # han, drawn by its own face
    assert in_typeface("ש", 0.55, "mono") == 0.55  # Hebrew, likewise


def test_serif_letters_are_a_little_wider_and_its_figures_as_wide() -> None:
    assert label_em("Shipping") < label_em("Shipping", "serif") < label_em("Shipping") * 1.08
    assert in_typeface("7", 0.572, "serif") == 0.572


def test_the_stepper_and_the_chart_axis_estimate_in_the_typeface() -> None:
    assert widest_unbroken_em("Cart Shipping", "mono") == pytest.approx(4.8)
    assert text_px("Organic", 10, "mono") == pytest.approx(42)
    assert wrapped_width("Organic search", "mono") > wrapped_width("Organic search")


def _compiled(font: str | None, element: dict[str, object]) -> str:
    theme = {"theme": {"font": font}} if font else {}
    return compile_html(Document.model_validate({**theme, "elements": [element]}), Viewport(420, 200, 1.0))


def test_a_monospaced_themes_stat_asks_for_the_width_of_its_figure_in_that_face() -> None:
    stat = {"type": "stat", "label": "MRR", "value": "$1,284,120"}
    sans = re.search(r"--ems:([\d.]+)", _compiled(None, stat))
    mono = re.search(r"--ems:([\d.]+)", _compiled("monospace", stat))
    assert sans and mono
    assert float(mono.group(1)) == pytest.approx(10 * (MONO_EM - 0.02) * 1.03, abs=0.01)
    assert float(mono.group(1)) > float(sans.group(1)) * 1.1
