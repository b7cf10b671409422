"""The danger red as text reads on the theme's grounds: kept as it is where it does (the built-in
themes), drawn lighter (or darker) just enough where an author's ground dims it."""

from __future__ import annotations

from kernel.dsl.compiler.theme import DARK, LIGHT, resolve_theme
from kernel.dsl.model import ThemeTokens
from tests.support.theme_colours import computed, contrast


def test_the_built_in_themes_keep_their_red() -> None:
    assert resolve_theme("light").variables["danger"] == LIGHT["danger"]
    assert resolve_theme("dark").variables["danger"] == DARK["danger"]


def test_a_red_an_authors_dark_surface_dims_is_drawn_lighter_to_read() -> None:
    """#ef4444 on #2a1b4d was 4.10:1 (a field's error under its input)."""
    tokens = ThemeTokens(base="dark", background="#1a1033", surface="#2a1b4d")
    variables = resolve_theme(tokens).variables
    red = computed(variables["danger"], variables, dark=True)
    assert variables["danger"] != DARK["danger"]
    for ground in ("#1a1033", "#2a1b4d"):
        assert contrast(red, computed(ground, variables)) >= 4.5
    assert contrast(red, computed("#2a1b4d", variables)) < 4.8  # just enough: still the red
    assert red[0] > 0.9 and red[1] < 0.4


def test_a_red_an_authors_light_surface_dims_is_drawn_darker_to_read() -> None:
    variables = resolve_theme(ThemeTokens(surface="#ffe4e6", background="#fff1f2")).variables
    red = computed(variables["danger"], variables)
    assert contrast(red, computed("#ffe4e6", variables)) >= 4.5
