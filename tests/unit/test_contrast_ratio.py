"""The validator's contrast ratio of written colours is the compiler's (`css_colors.contrast`):
one WCAG formula in the kernel, which an independent computation (`tests.support`) agrees with."""

from __future__ import annotations

import pytest

from kernel.dsl.compiler.css_colors import contrast, css_channels, css_rgba
from kernel.dsl.semantic.contrast import contrast_ratio
from tests.support.theme_colours import Channels, computed
from tests.support.theme_colours import contrast as independent_contrast

WRITTEN = ["#111827", "#fff", "navy", "rgb(10 20 30)", "rgb(300 -5 20)", "hsl(220 10% 20%)", "hwb(120 10% 10%)"]  # fmt: skip


@pytest.mark.parametrize("first", WRITTEN)
@pytest.mark.parametrize("second", ["#0f172a", "#ffffff", "hsl(45 90% 60%)"])
def test_the_validators_ratio_is_the_compilers_and_the_wcag_formulas(first: str, second: str) -> None:
    first_channels, second_channels = css_channels(first), css_channels(second)
    assert first_channels is not None and second_channels is not None
    ratio = contrast_ratio(first, second)
    assert ratio == contrast(first_channels, second_channels) == contrast_ratio(second, first)
    assert ratio == pytest.approx(independent_contrast(_on_screen(first), _on_screen(second)))


def _on_screen(colour: str) -> Channels:
    """A colour as an sRGB screen draws it: each channel clipped to 0-1."""
    red, green, blue = (min(max(channel, 0.0), 1.0) for channel in computed(colour, {}))
    return red, green, blue


def test_black_and_white_stand_21_to_1_apart_and_a_colour_1_to_1_from_itself() -> None:
    assert contrast_ratio("black", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("hsl(200 50% 40%)", "hsl(200 50% 40%)") == 1.0


def test_a_translucent_colour_is_judged_by_its_colour_its_alpha_left_out() -> None:
    assert css_channels("rgb(0 0 0 / 50%)") == (0.0, 0.0, 0.0)
    assert contrast_ratio("rgb(0 0 0 / 50%)", "#fff") == contrast_ratio("#000", "#fff")
    rgba = css_rgba("color-mix(in srgb, red 20%, blue 20%)")
    assert rgba is not None and css_channels("color-mix(in srgb, red 20%, blue 20%)") == rgba[:3]


@pytest.mark.parametrize(
    "unknown", ["var(--primary)", "currentColor", "light-dark(#fff, #000)", "not a colour"]
)
def test_what_only_the_browser_resolves_has_no_channels(unknown: str) -> None:
    assert css_channels(unknown) is None
