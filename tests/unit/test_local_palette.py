"""An element's own background: its colour read from the style, the palette class it gets (its
tone by the worst of its colours, and whether it is a mid-tone), the rules behind those classes
(derived from the theme's palettes, left out of pages that need none), and the phone frame's
status bar on a document background of the other tone."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.frames import frame_shell
from kernel.dsl.compiler.local_palette import (
    MID_TONE_CONTRAST,
    MID_TONE_MUTED,
    OWN_BACKGROUND,
    _channels,
    background_tone,
    ground_of,
    island_variables,
    own_palette,
    painted_colour,
    palette_css,
    shown_colours,
)
from kernel.dsl.compiler.theme import DARK, LIGHT
from kernel.dsl.frames import FrameChoice
from kernel.dsl.prepare import prepare_render
from tests.support.elements import classes_of, render_element


def rounded(colour: tuple[float, ...] | None) -> tuple[int, ...] | None:
    return None if colour is None else tuple(round(channel * 255) for channel in colour)


@pytest.mark.parametrize(
    ("decls", "expected"),
    [
        ({"background": "#3f0e40"}, (63, 14, 64, 255)),
        ({"background-color": "rgb(255 255 255)"}, (255, 255, 255, 255)),
        ({"background": "navy"}, (0, 0, 128, 255)),
        # The longhand after the shorthand wins, as in the cascade.
        ({"background": "#000", "background-color": "#fff"}, (255, 255, 255, 255)),
        # A gradient by the average of its stops, over the colour under it.
        ({"background": "linear-gradient(120deg, #000000, #ffffff)"}, (128, 128, 128, 255)),
        ({"background": "radial-gradient(circle at 10% 20%, red 0%, blue 100%)"}, (128, 0, 128, 255)),
        ({"background": "rgba(0, 0, 0, .5)"}, (0, 0, 0, 128)),
        # What cannot be told: an image, a variable, a mix the browser resolves, nothing painted.
        ({"background": "url(data:image/png;base64,AAAA)"}, None),
        ({"background": "var(--muted)"}, None),
        ({"background": "linear-gradient(var(--a), #fff)"}, None),
        (
            {"background-color": "color-mix(in srgb, red 50%, blue)"},
            (128, 0, 128, 255),
        ),  # css_colors mixes it
        ({"background-color": "color-mix(in srgb, var(--a) 50%, blue)"}, None),
        ({"background-color": "oklch(0.5 0.2 30)"}, (186, 13, 1, 255)),
        ({"background": "transparent"}, None),
        ({"color": "#fff"}, None),
    ],
)
def test_the_painted_colour_is_read_from_the_background_declarations(
    decls: dict[str, str], expected: tuple[int, ...] | None
) -> None:
    assert rounded(painted_colour(decls)) == expected


def test_a_remembered_background_reads_the_same_whatever_a_caller_did_with_its_colours() -> None:
    # A background value is read once per process and the answer shared: the validator asks of
    # every element, the compiler again. A caller's list is its own.
    gradient = {"background": "linear-gradient(135deg, #000000 0%, #ffffff 100%)"}
    first = shown_colours(gradient)
    assert first is not None and [rounded(colour) for colour in first] == [
        (0, 0, 0, 255),
        (255, 255, 255, 255),
    ]
    first.clear()
    again = shown_colours(gradient)
    assert again is not None and [rounded(colour) for colour in again] == [
        (0, 0, 0, 255),
        (255, 255, 255, 255),
    ]
    assert rounded(painted_colour(gradient)) == (128, 128, 128, 255)


@pytest.mark.parametrize(
    ("background", "classes", "own"),
    [
        ("#3f0e40", ("has-dark-bg", "has-muted-bg"), "#3f0e40"),  # Slack's sidebar; near the dark muted
        ("#0f172a", ("has-dark-bg",), "#0f172a"),
        ("#ffffff", ("has-light-bg",), "#ffffff"),
        ("#f7f7f5", ("has-light-bg", "has-muted-bg"), "#f7f7f5"),  # Notion's, next to #f4f4f5
        ("linear-gradient(135deg, #fde68a, #fca5a5)", ("has-light-bg",), "#fcc698"),
        # Mid-tones: even the text that suits them best reads under 7:1 (white on the brand's
        # indigo at 6:1, the dark text on the gradient's pink end at 3.9:1).
        ("#4f46e5", ("has-dark-bg", "has-mid-bg"), "#4f46e5"),
        ("linear-gradient(135deg, #f97316, #db2777)", ("has-light-bg", "has-mid-bg"), "#ea4d46"),
        # See-through: judged over the page each class is for.
        ("rgba(0, 0, 0, 0.6)", ("has-dark-bg",), "#666666"),
        ("rgba(255, 255, 255, 0.1)", (), None),  # a tint of whichever page it is on
        ("var(--muted)", (), None),
    ],
)
def test_a_background_gets_the_classes_of_its_tone(
    background: str, classes: tuple[str, ...], own: str | None
) -> None:
    palette = own_palette({"background": background})
    assert palette.classes == classes
    assert palette.variables.get(OWN_BACKGROUND) == own


def test_a_box_of_the_muted_fill_in_force_is_marked_near_muted() -> None:
    # On a #f1f5f9 page the fill is drawn a step off it (#e4e8ec): a column of `var(--muted)`
    # there is that fill, and a count's pill in it was the column's colour.
    page = {**LIGHT, "muted": "#e4e8ec"}
    palette = own_palette({"background": "var(--muted)"}, page)
    assert palette.classes == ("has-light-bg", "has-muted-bg")
    assert palette.variables[OWN_BACKGROUND] == "#e4e8ec"
    assert palette.backgrounds == {"background": "#e4e8ec"}  # drawn as judged, not its own step
    # Without the page's step, the same colour is no muted fill.
    assert own_palette({"background": "#e4e8ec"}, LIGHT).classes == ("has-light-bg",)


def test_an_elements_styled_background_marks_its_box_and_keeps_its_own_colour() -> None:
    html = render_element(
        type="sidebar", title="Acme", items=[{"label": "Threads"}],
        style={"background": "#3f0e40", "color": "#ffffff"},
    )  # fmt: skip
    assert {"has-dark-bg", "has-color"} <= set(classes_of(html))
    style = re.match(r'<aside[^>]* style="([^"]*)"', html)
    assert style is not None
    assert style.group(1).split(";") == ["background:#3f0e40", "color:#ffffff", "--own-background:#3f0e40"]


def test_a_background_from_the_renderer_not_the_style_marks_nothing() -> None:
    plain = render_element(type="card", title="Plain")
    assert not {"has-dark-bg", "has-light-bg", "has-muted-bg"} & set(classes_of(plain))
    assert "--own-background" not in plain


def test_a_gradient_is_judged_before_it_becomes_a_ramp_image() -> None:
    html = render_element(type="container", style={"background": "linear-gradient(180deg, #1e3a8a, #121212)"})
    # Dark by its stops' average; not "like the muted fill": no fill sits on an average.
    assert "has-dark-bg" in classes_of(html) and "has-muted-bg" not in classes_of(html)
    assert "--own-background:#18264e" in html


@pytest.mark.parametrize(
    ("stops", "tone", "worst"),
    [
        # Dark by the worst of its stops: white reads at 3.5:1 on the mid blue end, the dark text
        # at 1.7:1 on the navy one.
        (("#1e3a8a", "#3b82f6"), "dark", 3.52),
        # Light: the dark text reads at 3.9:1 on the pink end, white at 2.7:1 on the orange one.
        (("#f97316", "#db2777"), "light", 3.85),
        (("#1e3a8a",), "dark", 9.92),
        (("#ffffff",), "light", 17.72),
    ],
)
def test_a_ground_is_the_tone_whose_text_reads_best_on_its_worst_colour(
    stops: tuple[str, ...], tone: str, worst: float
) -> None:
    ground = ground_of([_channels(stop) for stop in stops])
    assert ground.tone == tone
    assert ground.contrast == pytest.approx(worst, abs=0.01)
    assert ground.mid == (worst < MID_TONE_CONTRAST)


def test_a_mid_tone_boxs_muted_text_and_paragraphs_are_its_text_colour_translucent() -> None:
    css = palette_css()
    layer, paragraphs = css.rsplit("}", 1)[0], css.rsplit("}", 2)[-2]
    # After the islands' rules in the layer, at their specificity: it wins over them on the box.
    mid = layer.index(".has-mid-bg:is(.has-dark-bg,.has-light-bg){")
    assert mid > layer.index(":is([data-theme=dark],.has-dark-bg) .has-light-bg{")
    assert f"--muted-foreground:{MID_TONE_MUTED};" in layer[mid:]
    assert "var(--foreground) 85%, transparent" in MID_TONE_MUTED
    # Paragraphs: outside the layer, at the design system's own specificity.
    assert paragraphs.startswith(":where(.has-mid-bg) .dsl-paragraph,.dsl-paragraph:where(.has-mid-bg){")
    assert "var(--foreground) 90%,transparent" in paragraphs


@pytest.mark.parametrize(("tone", "palette"), [("dark", DARK), ("light", LIGHT)])
def test_an_islands_variables_come_from_the_theme_palette_of_its_tone(
    tone: str, palette: dict[str, str]
) -> None:
    variables = island_variables(tone)  # type: ignore[arg-type]
    assert variables["foreground"] == palette["foreground"]
    for accent in ("success", "warning", "danger", "info"):
        assert variables[accent] == palette[accent]
    # The island's own colour is its background, every fill and hairline is mixed from it.
    assert variables["background"] == "var(--own-background)"
    assert "var(--surface)" in variables["border"] and "var(--surface)" in variables["primary-soft"]
    # Its surfaces (a card, a field) are the tone's: a step lighter than a dark ground, white on
    # a light one (as the light palette's on a page of any tint), never the ground's own colour.
    surface = (
        "color-mix(in srgb, var(--foreground) 5%, var(--own-background))" if tone == "dark" else "#ffffff"
    )
    assert variables["surface"] == surface
    # The brand stays the author's.
    assert "primary" not in variables and "primary-foreground" not in variables
    assert variables["primary-text"].startswith("color-mix(in srgb, var(--primary)")


def test_the_rules_sit_in_the_lowest_layer_and_islands_nest() -> None:
    css = palette_css()
    # What is directly inside a light island casts the light palette's shadows (the island its
    # page's); a dark island's keep the light page's, which past its edge fall on that page.
    assert f":is([data-theme=dark],.has-dark-bg) .has-light-bg>*{{--shadow-sm:{LIGHT['shadow-sm']};" in css
    assert ".has-dark-bg>*{" not in css
    assert css.startswith("@layer own-background{") and css.endswith("}")
    assert ":is([data-theme=light],.has-light-bg) .has-dark-bg{" in css
    assert ":is([data-theme=dark],.has-dark-bg) .has-light-bg{" in css
    assert (
        ".has-muted-bg{--muted:color-mix(in srgb,var(--foreground) 6%,var(--own-background));"
        "--muted-foreground:var(--muted-foreground-on-muted)}"  # its muted text reads as on any muted fill
    ) in css


def test_a_page_without_an_own_background_carries_none_of_the_rules() -> None:
    plain = prepare_render({"elements": [{"type": "card", "title": "Plain"}]}).html
    assert "own-background" not in plain
    dark = prepare_render(
        {"elements": [{"type": "card", "title": "Dark", "style": {"background": "#111827"}}]}
    ).html
    assert ".has-dark-bg{" in dark and ".has-light-bg{" not in dark


@pytest.mark.parametrize(
    ("background", "tone"),
    [("#0f172a", "dark"), ("#ffffff", "light"), ("linear-gradient(#1e3a8a, #121212)", "dark"),
     ("linear-gradient(180deg, #1e3a8a, #3b82f6)", "dark"),
     ("rgba(0,0,0,.5)", None), ("url(data:image/png;base64,AAAA)", None), (None, None)],
)  # fmt: skip
def test_a_document_backgrounds_tone(background: str | None, tone: str | None) -> None:
    assert background_tone(background) == tone


def test_a_phone_on_a_background_of_either_tone_marks_its_screen() -> None:
    phone = FrameChoice(type="phone")
    assert (
        'class="dsl-frame-device is-dark-screen"'
        in frame_shell(phone, title=None, background="#0f172a").before
    )
    assert (
        'class="dsl-frame-device is-light-screen"' in frame_shell(phone, title=None, background="#fff").before
    )
    assert 'class="dsl-frame-device"' in frame_shell(phone, title=None).before
    css = frame_shell(phone, title=None).css
    assert f"[data-theme=light] .is-dark-screen{{--frame-ink:{DARK['foreground']}}}" in css
    assert f"[data-theme=dark] .is-light-screen{{--frame-ink:{LIGHT['foreground']}}}" in css
