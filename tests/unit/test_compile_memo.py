"""What the compiler remembers between renders (themes, palettes, pruned sheets, class lists,
text widths) gives what it would compute afresh, and no caller can change what is remembered."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.charts.x_axis import text_px
from kernel.dsl.compiler.css_pruning import prune_css, used_classes
from kernel.dsl.compiler.local_palette import OWN_BACKGROUND, own_palette, page_ground
from kernel.dsl.compiler.theme import is_dark, resolve_theme, theme_css
from kernel.dsl.model import ThemeTokens

BRAND = ThemeTokens(primary="#facc15", radius=12, density="compact")


def test_a_theme_resolved_again_is_the_same() -> None:
    first, again = resolve_theme(BRAND), resolve_theme(BRAND.model_copy())
    assert first == again
    assert theme_css(first) == theme_css(again)


def test_changing_a_resolved_theme_changes_no_later_one() -> None:
    resolve_theme(BRAND).variables["primary"] = "red"
    resolve_theme(BRAND).variables.clear()
    assert resolve_theme(BRAND).variables["primary"] == "#facc15"


def test_themes_that_differ_only_in_density_or_radius_sign_stay_apart() -> None:
    assert resolve_theme("light", default_density="touch").touch
    assert not resolve_theme("light").touch
    # -0.0 and 0.0 are equal floats, but the sheet writes them differently.
    negative = resolve_theme(ThemeTokens(radius=-0.0)).variables["radius"]
    zero = resolve_theme(ThemeTokens(radius=0.0)).variables["radius"]
    assert (negative, zero) == ("-0px", "0px")


@pytest.mark.parametrize(
    ("theme", "dark"),
    [(None, False), ("light", False), ("dark", True), (ThemeTokens(base="dark"), True), (BRAND, False)],
)
def test_is_dark_says_what_resolving_does(theme: ThemeTokens | str | None, dark: bool) -> None:
    assert is_dark(theme) is dark is resolve_theme(theme).dark  # type: ignore[arg-type]


def test_an_own_palette_depends_on_the_background_declarations_alone() -> None:
    alone = own_palette({"background": "#3f0e40"})
    beside = own_palette({"padding": "8px", "background": "#3f0e40", "color": "white"})
    assert alone == beside
    assert "has-dark-bg" in alone.classes and alone.variables[OWN_BACKGROUND] == "#3f0e40"


def test_a_remembered_own_palette_cannot_be_changed() -> None:
    palette = own_palette({"background": "#3f0e40"})
    with pytest.raises(TypeError):
        palette.variables[OWN_BACKGROUND] = "#ffffff"  # type: ignore[index]
    with pytest.raises(TypeError):
        own_palette({"color": "red"}).variables["x"] = "y"  # type: ignore[index]
    assert own_palette({"background": "#3f0e40"}).variables[OWN_BACKGROUND] == "#3f0e40"


def test_the_cascade_order_of_background_declarations_still_counts() -> None:
    dark_last = own_palette({"background": "#ffffff", "background-color": "#111111"})
    light_last = own_palette({"background-color": "#111111", "background": "#ffffff"})
    assert "has-dark-bg" in dark_last.classes
    assert "has-dark-bg" not in light_last.classes


def test_a_page_ground_is_the_same_when_asked_again() -> None:
    navy = page_ground("#0b1f4d")
    assert navy is not None and navy.tone == "dark"
    assert page_ground("#0b1f4d") == navy
    assert page_ground("") is None and page_ground(None) is None


SHEET = ".card{padding:8px}.card .title{font-weight:600}.table{border:0}@media print{.table{color:red}}"


def test_pruning_ignores_classes_the_sheet_never_names() -> None:
    assert prune_css(SHEET, {"card"}) == prune_css(SHEET, {"card", "hero", "dsl-button"})
    assert prune_css(SHEET, {"card"}) == ".card{padding:8px}"
    assert prune_css(SHEET, {"table"}) == ".table{border:0}@media print{.table{color:red}}"
    assert prune_css(SHEET, {"card", "title"}) == ".card{padding:8px}.card .title{font-weight:600}"


SLOW_WAY = re.compile(r'\sclass="([^"]*)"')


@pytest.mark.parametrize(
    "html",
    [
        '<div class="a b"><span class="c">x</span></div>',
        '<div data-class="x" class="a">',  # an attribute whose name ends in `class`
        '<i\nclass="tab">',  # another whitespace than a space
        'class="first" <b class="b">',  # at the very start
        '<p class="a"class="b">',  # no space between two attributes
        '<p class="x class=" y">',
        "<p>no classes</p>",
    ],
)
def test_class_names_are_read_as_the_attribute_pattern_reads_them(html: str) -> None:
    expected = frozenset(name for value in SLOW_WAY.findall(html) for name in value.split())
    assert used_classes(html) == expected
    assert used_classes(html, '<a class="z">') == expected | {"z"}


def test_a_text_width_is_the_sum_of_its_characters_short_or_long() -> None:
    assert text_px("Jan", 10) == pytest.approx((0.65 + 0.55 + 0.55) * 10)  # J, a, n
    assert text_px("Jan", 10) == text_px("Jan", 10)
    assert text_px("x" * 200, 11.5) == pytest.approx(200 * text_px("x", 11.5))  # past what is remembered
