"""A text colour is held to WCAG AA: 4.5:1 for normal-size text, 3:1 for large text (24 px, or
18.66 px in bold), by the size the element is drawn at; the warning says the ratio, the threshold
and why, and the nearest shade of the colour that reads."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.base_css import BASE_CSS, TOUCH_CSS
from kernel.dsl.compiler.colors import hex_of, lightness_shift, rounded, to_oklch
from kernel.dsl.compiler.css_colors import css_channels
from kernel.dsl.compiler.heading_type import HEADING_PX, TOUCH_HEADING_PX, heading_weight
from kernel.dsl.compiler.readable_shift import SHIFT_STEP
from kernel.dsl.semantic.contrast import contrast_ratio
from kernel.dsl.semantic.readable_shades import nearest_readable_shade
from kernel.dsl.semantic.text_bands import (
    BODY_TEXT_CONTRAST,
    LARGE_BOLD_TEXT_PX,
    LARGE_TEXT_CONTRAST,
    LARGE_TEXT_PX,
    text_band,
)
from kernel.dsl.validate import validate_document
from kernel.errors import Issue

GREY_UNDER_BODY = "#777777"
"""4.48:1 on white: under body text's 4.5, over large text's 3."""
GREY_UNDER_LARGE = "#a0a0a0"
"""2.6:1 on white: under what WCAG asks of any text."""
GREY_FOR_LARGE_ONLY = "#8a8a8a"
"""3.4:1 on white: reads as large text, not as body text."""


def _contrast_warnings(*elements: dict[str, Any], **document: Any) -> list[Issue]:
    result = validate_document({**document, "elements": list(elements)})
    return [issue for issue in result.warnings if issue.code == "low_contrast"]


def test_the_greys_are_where_the_tests_need_them() -> None:
    assert LARGE_TEXT_CONTRAST < contrast_ratio(GREY_UNDER_BODY, "#ffffff") < BODY_TEXT_CONTRAST
    assert LARGE_TEXT_CONTRAST < contrast_ratio(GREY_FOR_LARGE_ONLY, "#ffffff") < BODY_TEXT_CONTRAST
    assert contrast_ratio(GREY_UNDER_LARGE, "#ffffff") < LARGE_TEXT_CONTRAST


@pytest.mark.parametrize(
    ("kind", "element", "style", "least"),
    [
        ("text", {}, {}, BODY_TEXT_CONTRAST),  # body text, 14 px
        ("paragraph", {"size": "2xl"}, {}, BODY_TEXT_CONTRAST),  # 22 px, regular
        ("text", {"size": "2xl"}, {"fontWeight": 700}, LARGE_TEXT_CONTRAST),  # 22 px bold
        ("text", {}, {"fontSize": LARGE_TEXT_PX}, LARGE_TEXT_CONTRAST),
        ("text", {}, {"fontSize": "1.5rem"}, LARGE_TEXT_CONTRAST),  # 24 px
        ("text", {}, {"fontSize": 23.5}, BODY_TEXT_CONTRAST),
        ("text", {}, {"fontSize": 19, "fontWeight": "bold"}, LARGE_TEXT_CONTRAST),
        ("text", {}, {"fontSize": 19, "fontWeight": 600}, BODY_TEXT_CONTRAST),
        ("text", {}, {"fontSize": 18, "fontWeight": 800}, BODY_TEXT_CONTRAST),  # under 18.66 px
        ("label", {}, {"fontSize": LARGE_BOLD_TEXT_PX, "fontWeight": "700"}, LARGE_TEXT_CONTRAST),
        ("heading", {}, {}, LARGE_TEXT_CONTRAST),  # level 2 by default: 24 px
        ("heading", {"level": 1}, {}, LARGE_TEXT_CONTRAST),
        ("heading", {"level": "h4"}, {}, BODY_TEXT_CONTRAST),
        ("heading", {"level": 3}, {"fontWeight": 700}, LARGE_TEXT_CONTRAST),  # 20 px bold
        ("heading", {"level": 1}, {"fontSize": 14}, BODY_TEXT_CONTRAST),  # its style's size wins
        ("button", {}, {}, BODY_TEXT_CONTRAST),
        ("text", {}, {"fontSize": "1.2em"}, LARGE_TEXT_CONTRAST),  # cannot be told: the least asked
        ("text", {}, {"font": "14px Inter"}, LARGE_TEXT_CONTRAST),
    ],
)  # fmt: skip
def test_the_threshold_follows_the_size_and_weight_drawn(
    kind: str, element: dict[str, Any], style: dict[str, Any], least: float
) -> None:
    assert text_band(kind, element, style, "").least == least


def test_a_heading_is_judged_at_the_sizes_the_base_sheet_draws() -> None:
    """Its levels' sizes come from one table, which the base sheet draws at either density."""
    for level, size in HEADING_PX.items():
        assert f"h{level}.dsl-heading{{font-size:{size:g}px;" in BASE_CSS
        assert f"h{level}.dsl-heading{{font-size:{TOUCH_HEADING_PX[level]:g}px;" in TOUCH_CSS
    assert f"font-weight:{heading_weight(1)}" in re.search(r"h1\.dsl-heading\{[^}]*\}", BASE_CSS).group()  # type: ignore[union-attr]
    bands = {level: text_band("heading", {"level": level}, {}, "").least for level in HEADING_PX}
    assert [level for level, least in bands.items() if least == LARGE_TEXT_CONTRAST] == [
        level for level in HEADING_PX if max(HEADING_PX[level], TOUCH_HEADING_PX[level]) >= LARGE_TEXT_PX
    ]


def test_css_that_sets_font_sizes_holds_a_text_to_the_least_asked() -> None:
    assert text_band("text", {}, {}, ".hero{font-size:40px}").least == LARGE_TEXT_CONTRAST
    assert text_band("text", {}, {}, "body{font-family:Inter}").least == BODY_TEXT_CONTRAST
    # its own style's size is drawn over the css's
    assert text_band("text", {}, {"fontSize": 14}, ".hero{font-size:40px}").least == BODY_TEXT_CONTRAST


def test_body_text_under_four_and_a_half_is_warned_with_the_threshold_and_why() -> None:
    (issue,) = _contrast_warnings({"type": "text", "text": "Updated", "style": {"color": GREY_UNDER_BODY}})
    assert issue.path == "/elements/0/style/color"
    ratio = contrast_ratio(GREY_UNDER_BODY, "#ffffff")
    # 4.48 is told as such, not rounded up to the 4.5 it falls short of
    assert f"has a contrast of {ratio:.2f}:1 on the light theme's background #ffffff" in issue.message
    assert "under the 4.5:1 WCAG AA asks of normal-size text" in issue.message


def test_a_passing_pair_is_not_warned() -> None:
    assert _contrast_warnings({"type": "text", "text": "Updated", "style": {"color": "#6b7280"}}) == []
    assert (
        _contrast_warnings(
            {"type": "paragraph", "text": "x", "style": {"color": "#fff", "background": "#4f46e5"}}
        )
        == []
    )


def test_large_text_is_held_to_three_to_one() -> None:
    large = {"type": "heading", "level": 1, "text": "Pricing", "style": {"color": GREY_FOR_LARGE_ONLY}}
    assert _contrast_warnings(large) == []
    small = {"type": "heading", "level": 4, "text": "Pricing", "style": {"color": GREY_FOR_LARGE_ONLY}}
    (issue,) = _contrast_warnings(small)
    assert "under the 4.5:1 WCAG AA asks of normal-size text (17 px, 19 on a phone" in issue.message
    (issue,) = _contrast_warnings({**large, "style": {"color": GREY_UNDER_LARGE}})
    assert "under the 3:1 WCAG AA asks of large text (30 px, 32 on a phone)" in issue.message


def test_bold_text_from_eighteen_point_six_six_px_is_large() -> None:
    bold = {
        "type": "text",
        "text": "$24",
        "style": {"color": GREY_FOR_LARGE_ONLY, "fontSize": 20, "fontWeight": 700},
    }
    assert _contrast_warnings(bold) == []
    regular = {**bold, "style": {"color": GREY_FOR_LARGE_ONLY, "fontSize": 20}}
    (issue,) = _contrast_warnings(regular)
    assert "normal-size text (20 px" in issue.message
    (issue,) = _contrast_warnings({**bold, "style": {**bold["style"], "color": GREY_UNDER_LARGE}})
    assert "large text (20 px, bold)" in issue.message


def _hue(colour: str) -> float:
    channels = css_channels(colour)
    assert channels is not None
    return to_oklch(channels)[2]


def test_the_suggestion_is_the_nearest_shade_of_the_same_hue_that_reads() -> None:
    green = "#10b981"  # Tailwind's emerald: 2.5:1 on white
    (issue,) = _contrast_warnings({"type": "text", "text": "+12%", "style": {"color": green}})
    assert issue.suggestion is not None
    shade = re.search(r"use (#[0-9a-f]{6}) \(a darker shade of the same hue\)", issue.suggestion)
    assert shade is not None
    suggested = shade.group(1)
    assert suggested == nearest_readable_shade(green, ("#ffffff",), BODY_TEXT_CONTRAST)
    assert contrast_ratio(suggested, "#ffffff") >= BODY_TEXT_CONTRAST
    assert abs(_hue(suggested) - _hue(green)) < 10
    # one step less dark no longer reads: it is the nearest
    channels = css_channels(suggested)
    assert channels is not None
    lighter = rounded(lightness_shift(channels)(to_oklch(channels)[0] + SHIFT_STEP))
    assert contrast_ratio(hex_of(lighter), "#ffffff") < BODY_TEXT_CONTRAST


def test_light_text_on_a_dark_ground_is_told_a_lighter_shade() -> None:
    element = {"type": "text", "text": "x", "style": {"color": "#6366f1", "background": "#1e1b4b"}}
    (issue,) = _contrast_warnings(element)
    assert issue.suggestion is not None and "a lighter shade of the same hue" in issue.suggestion


def test_no_shade_reading_on_every_stop_is_said() -> None:
    band = {"type": "row", "style": {"background": "linear-gradient(90deg, #000000, #ffffff)"},
            "children": [{"type": "text", "text": "x", "style": {"color": "#ffffff"}}]}  # fmt: skip
    (issue,) = _contrast_warnings(band)
    assert "where it is #ffffff, under the 3:1 WCAG AA asks of any text" in issue.message
    # no colour reads at 4.5:1 on both black and white (their 21:1 is under 4.5 squared)
    assert issue.suggestion is not None
    assert issue.suggestion.startswith("no darker or lighter shade of #ffffff")


def test_on_a_gradient_only_a_text_under_its_threshold_on_every_stop_is_told_so() -> None:
    """White centred on a blue-to-purple button reads where it is drawn: it is told only under
    3:1 on the stop it reads worst on."""

    def button(colour: str) -> dict[str, Any]:
        style = {"color": colour, "background": "linear-gradient(135deg, #667eea, #764ba2)"}
        return {"type": "button", "label": "Sign in", "style": style}

    assert LARGE_TEXT_CONTRAST < contrast_ratio("#ffffff", "#667eea") < BODY_TEXT_CONTRAST
    assert _contrast_warnings(button("#ffffff")) == []
    (issue,) = _contrast_warnings(button("#c7d2fe"))  # under 4.5 on both stops
    assert "under the 4.5:1 WCAG AA asks of normal-size text" in issue.message


def test_a_button_badge_or_chip_is_judged_on_the_background_its_style_paints() -> None:
    bootstrap = {"type": "button", "label": "Save", "style": {"color": "white", "background": "#007bff"}}
    (issue,) = _contrast_warnings(bootstrap)
    assert "on its own background #007bff" in issue.message and "4.5:1" in issue.message
    assert issue.suggestion is not None
    painted = re.search(r"paint the background (#[0-9a-f]{6}) \(a darker shade", issue.suggestion)
    assert painted is not None and contrast_ratio("#ffffff", painted.group(1)) >= BODY_TEXT_CONTRAST
    for kind in ("badge", "chip"):
        assert (
            len(
                _contrast_warnings(
                    {"type": kind, "text": "New", "style": {"color": "#fde047", "background": "#fef9c3"}}
                )
            )
            == 1
        )
    # on its variant's fill (the theme makes its text read), or disabled (WCAG exempts it): not judged
    assert _contrast_warnings({"type": "button", "label": "Save", "style": {"color": "#e5e7eb"}}) == []
    assert _contrast_warnings({**bootstrap, "disabled": True}) == []
    assert _contrast_warnings({**bootstrap, "style": {"color": "white", "background": "#0062cc"}}) == []
