"""Theme tokens that clash with their base, CSS Color 4 primaries, muted text from a custom text and
primaries that are no opaque colour: what the theme draws for each, and what the validator says.

A navy `background` token on the light base drew black text on navy and validated clean; so did a
near-black `surface` (black card titles on it), a white `text` (white on white) and `{base: dark,
background: "#fff"}`. A primary written as oklch() or lab() skipped every contrast safeguard (a
yellow kept white labels), a translucent or gradient one was taken silently, and a #555555 text's
muted text read at 2.96:1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kernel.dsl.compiler.css_colors import css_rgba, css_srgb
from kernel.dsl.compiler.local_palette import background_tone, own_palette
from kernel.dsl.compiler.palettes import DARK
from kernel.dsl.compiler.theme import chosen_theme, is_dark, resolve_theme
from kernel.dsl.compiler.token_tones import drawn_tokens
from kernel.dsl.model import ThemeTokens
from kernel.dsl.options import RenderOptions
from kernel.dsl.validate import validate_document
from tests.support.theme_colours import Channels, computed, contrast


def variables_of(theme: dict[str, Any]) -> tuple[bool, dict[str, str]]:
    resolved = resolve_theme(ThemeTokens(**theme))
    return resolved.dark, resolved.variables


def ratio_of(variables: dict[str, str], text: str, ground: str, *, dark: bool) -> float:
    return contrast(
        computed(variables[text], variables, dark=dark), computed(variables[ground], variables, dark=dark)
    )


def warnings_of(theme: dict[str, Any], **document: Any) -> dict[str, tuple[str, str, str | None]]:
    result = validate_document({"theme": theme, "elements": [{"type": "heading", "text": "Hi"}], **document})
    return {issue.path: (issue.code, issue.message, issue.suggestion) for issue in result.warnings}


# -- 1. page tokens of the other tone ------------------------------------------------------------------

CLASHING = [
    ({"background": "#0b1120"}, True, "/theme/background"),
    ({"surface": "#111827"}, True, "/theme/surface"),
    ({"text": "#ffffff"}, True, "/theme/text"),
    ({"base": "dark", "background": "#ffffff"}, False, "/theme/background"),
]


@pytest.mark.parametrize(("theme", "dark", "path"), CLASHING)
def test_a_page_token_of_the_other_tone_draws_the_palette_that_reads_on_it(
    theme: dict[str, Any], dark: bool, path: str
) -> None:
    drawn_dark, variables = variables_of(theme)
    assert drawn_dark is dark
    for ground in ("background", "surface"):
        assert ratio_of(variables, "foreground", ground, dark=dark) >= 7  # it was 1.0-1.2:1
        assert ratio_of(variables, "muted-foreground", ground, dark=dark) >= 4.5
    code, message, suggestion = warnings_of(theme)[path]
    tone = "dark" if dark else "light"
    assert code == "background_tone"
    assert f"the page is drawn in the {tone} palette" in message
    assert suggestion is not None and f"write base: {tone}" in suggestion


def test_a_dark_background_token_keeps_the_authors_surface_and_text_and_lifts_its_cards() -> None:
    assert drawn_tokens(
        ThemeTokens(background="#0b1120", surface="#1e293b", text="#e5e7eb")
    ).tokens.model_dump(include={"base", "background", "surface", "text"}) == {
        "base": "dark",
        "background": "#0b1120",
        "surface": "#1e293b",
        "text": "#e5e7eb",
    }
    lifted = drawn_tokens(ThemeTokens(background="#0b1120")).tokens
    assert lifted.surface is not None and lifted.surface != "#0b1120"
    assert 1.05 < contrast(computed(lifted.surface, {}), computed("#0b1120", {})) < 1.3  # a step lighter


def test_tokens_of_the_bases_own_tone_and_the_default_themes_switch_nothing() -> None:
    for theme in ({"background": "#f8fafc"}, {"base": "dark", "background": "#0f172a"}, {"text": "#3b2f2f"}):
        tokens = ThemeTokens(**theme)
        drawn = drawn_tokens(tokens)
        assert (drawn.tokens.base, drawn.switch, drawn.dropped) == (tokens.base, None, {})
        assert not warnings_of(theme)
    for theme in (
        {"text": "#3b2f2f"},
        {"background": DARK["background"], "base": "dark"},
        {"background": "#ffffff"},
    ):
        assert drawn_tokens(ThemeTokens(**theme)).tokens == ThemeTokens(**theme)  # nothing derived
    assert not is_dark(ThemeTokens()) and is_dark(ThemeTokens(base="dark"))


@pytest.mark.parametrize(
    ("background", "bases"),
    [("#0b0b1a", ("dark", "light", None)), ("#0f172a", ("dark", None)), ("#fdf6e3", ("light", "dark", None))],
)
def test_a_background_token_draws_the_same_page_whatever_base_is_written(
    background: str, bases: tuple[str | None, ...]
) -> None:
    """`{base: dark, background: navy}` drew the dark palette's zinc cards (#18181b, grey on navy)
    while `{background: navy}`, which the validator told to write `base: dark` as it "draws the
    same", drew cards of the navy: the tokens are drawn alike whichever base is written, a dark
    page's cards a step above it, and the text, hairlines and muted fills mixed from the page."""
    drawn = [
        drawn_tokens(
            ThemeTokens(primary="#00f0ff", background=background, **({"base": base} if base else {}))
        )
        for base in bases
    ]
    assert len({note.tokens.model_dump_json(exclude={"base"}) for note in drawn}) == 1
    assert len({note.tokens.base for note in drawn}) == 1
    resolved = [resolve_theme(note.tokens) for note in drawn]
    assert all(theme == resolved[0] for theme in resolved)
    dark, variables = resolved[0].dark, resolved[0].variables
    surface, ground = computed(variables["surface"], variables), computed(background, {})
    if dark:
        assert variables["surface"] != DARK["surface"] and 1.05 < contrast(surface, ground) < 1.3
    else:
        assert variables["surface"] == "#ffffff"
    for name in ("foreground", "muted-foreground", "placeholder"):
        for under in ("background", "surface"):
            assert ratio_of(variables, name, under, dark=dark) >= 4.5, (name, under)
    for under in ("background", "surface"):
        assert ratio_of(variables, "field-border", under, dark=dark) >= 3, under


def test_a_text_or_surface_that_reads_on_neither_side_is_not_drawn_and_said() -> None:
    """A black text on a black background: the background decides (dark), the text would read at
    1:1 on it, so the dark palette's text is drawn; a near-black surface under a white page's text."""
    drawn = drawn_tokens(ThemeTokens(background="#000000", text="#000000"))
    assert (
        drawn.tokens.base == "dark"
        and drawn.tokens.text == "#fafafa"
        and drawn.dropped == {"text": "#000000"}
    )
    code, message, _ = warnings_of({"background": "#000000", "text": "#000000"})["/theme/text"]
    assert code == "low_contrast" and "1.0:1" in message and "#fafafa is drawn instead" in message
    white_page = drawn_tokens(ThemeTokens(background="#ffffff", surface="#111827"))
    assert white_page.tokens.base == "light" and white_page.tokens.surface is None
    code, message, suggestion = warnings_of({"background": "#ffffff", "surface": "#111827"})["/theme/surface"]
    assert code == "background_tone" and "surface is drawn" in message
    assert suggestion is not None and 'style: {background: "#111827"}' in suggestion


def test_a_text_that_reads_poorly_on_its_own_page_is_kept_and_warned_with_the_ratio() -> None:
    _, variables = variables_of({"text": "#999999"})
    assert variables["foreground"] == "#999999"
    code, message, suggestion = warnings_of({"text": "#999999"})["/theme/text"]
    assert code == "low_contrast" and "2.8:1 on the theme's background #ffffff" in message
    # The same grey, dark enough to read on the page (#757575, 4.6:1) and on the theme's fills too
    # (a table's header, the primary's tint): what is suggested is drawn as written.
    assert suggestion is not None and "'#696969'" in suggestion
    assert variables_of({"text": "#696969"})[1]["foreground"] == "#696969"


def test_a_callers_theme_of_the_other_tone_drops_the_page_tokens_by_the_tone_they_draw() -> None:
    """`{background: navy}` draws dark: a caller's `dark` keeps it, a caller's `light` drops it."""
    tokens = ThemeTokens(background="#0b1120", primary="#0f766e")
    assert chosen_theme(tokens, "dark") is tokens
    light = chosen_theme(tokens, "light")
    assert isinstance(light, ThemeTokens) and (light.background, light.primary, light.base) == (
        None,
        "#0f766e",
        "light",
    )
    document = {"theme": {"background": "#0b1120"}, "elements": [{"type": "heading", "text": "Hi"}]}
    light = validate_document(document, options=RenderOptions(theme="light"))
    dark = validate_document(document, options=RenderOptions(theme="dark"))
    assert [issue.code for issue in light.warnings] == []  # the caller's light drops the navy
    assert [issue.code for issue in dark.warnings] == ["background_tone"]


# -- 2. CSS Color 4 colours ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("colour", "srgb"),
    [
        ("oklch(0.85 0.17 95)", (0.944, 0.797, 0.109)),
        ("oklch(85% 0.17 95)", (0.944, 0.797, 0.109)),
        ("oklab(0.5 0.1 0.1)", (0.633, 0.257, 0.012)),  # tinycss2's own XYZ, through sRGB's matrix
        ("lab(50% 40 30)", (0.734, 0.344, 0.276)),
        ("lch(50% 40 30)", (0.699, 0.366, 0.341)),
        ("hwb(120 10% 20%)", (0.1, 0.8, 0.1)),
        ("color(display-p3 1 0 0)", (1.0, 0.0, 0.0)),  # outside sRGB: clipped, as drawn
        ("color-mix(in srgb, red, blue)", (0.5, 0.0, 0.5)),
        ("color-mix(in srgb, #facc15 80%, white)", (0.984, 0.84, 0.266)),
        ("color-mix(in oklab, oklch(0.5 0.2 30) 30%, white)", (0.951, 0.752, 0.717)),
    ],
)
def test_css_color_4_forms_are_read_as_the_srgb_drawn(colour: str, srgb: Channels) -> None:
    channels = css_srgb(colour)
    assert channels is not None
    assert all(abs(a - b) < 0.002 for a, b in zip(channels, srgb, strict=True)), channels


@pytest.mark.parametrize(
    "colour",
    ["var(--x)", "color-mix(in srgb, var(--x), red)", "light-dark(#fff, #000)", "currentColor", "nope"],
)
def test_what_only_the_browser_resolves_is_not_judged(colour: str) -> None:
    assert css_rgba(colour) is None


def test_a_mix_whose_shares_add_under_100_is_translucent() -> None:
    assert css_rgba("color-mix(in srgb, red 20%, blue 20%)") == (0.5, 0.0, 0.5, 0.4)


@pytest.mark.parametrize(
    "written", ["oklch(0.85 0.17 95)", "lab(84% 4 80)", "color-mix(in srgb, #facc15 80%, white)"]
)
def test_a_css_color_4_primary_gets_the_same_safeguards_as_hex(written: str) -> None:
    """The yellow written as oklch() kept white labels (1.6:1) and a link in the raw yellow: its
    derived colours are now those of the same yellow written in hex."""
    same = css_srgb(written)
    assert same is not None
    hex_written = "#" + "".join(f"{round(c * 255):02x}" for c in same)
    _, variables = variables_of({"primary": written})
    _, as_hex = variables_of({"primary": hex_written})
    variables = {name: value.replace(written, hex_written) for name, value in variables.items()}
    assert variables["primary-foreground"] == as_hex["primary-foreground"] == "#111827"
    for name in ("primary-text", "primary-indicator", "primary-soft"):
        assert computed(variables[name], variables) == pytest.approx(computed(as_hex[name], as_hex), abs=0.01)
    assert ratio_of(variables, "primary-text", "background", dark=False) >= 4.5
    assert ratio_of(variables, "primary-indicator", "background", dark=False) >= 3
    assert not warnings_of({"primary": written})


def test_a_navy_oklch_primary_on_dark_is_drawn_lighter_as_a_hex_navy_is() -> None:
    _, variables = variables_of({"base": "dark", "primary": "oklch(0.3 0.1 265)"})
    variables = {name: value.replace("oklch(0.3 0.1 265)", "#14295f") for name, value in variables.items()}
    page = computed(variables["background"], variables, dark=True)
    assert contrast(computed(variables["primary-text"], variables, dark=True), page) >= 4.5  # was 1.4:1
    assert contrast(computed(variables["primary-indicator"], variables, dark=True), page) >= 3


def test_a_background_in_oklch_gets_the_palette_that_reads_on_it_as_a_hex_one_does() -> None:
    """A box or a page painted in oklch() kept the page's palette (its colour was not read)."""
    assert own_palette({"background": "oklch(0.25 0.1 300)"}).classes == ("has-dark-bg",)
    assert background_tone("oklch(0.2 0.05 260)") == "dark"
    assert background_tone("linear-gradient(lab(95% 0 5), oklch(0.97 0.01 90))") == "light"
    assert own_palette({"background": "color-mix(in srgb, var(--x), red)"}).classes == ()


def test_a_primary_only_the_browser_works_out_warns_that_contrast_is_not_checked() -> None:
    code, message, _ = warnings_of({"primary": "color-mix(in srgb, var(--brand), white)"})["/theme/primary"]
    assert code == "unchecked_contrast" and "cannot be checked" in message


# -- 3. muted text from a custom text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "theme",
    [
        {"text": "#555555"},
        {"text": "#3b2f2f", "background": "#fdf6e3", "surface": "#fffbf0"},
        {"text": "#6b7280"},
    ],
)
def test_muted_text_from_a_custom_text_reads_at_4_5_on_the_page_and_the_cards(theme: dict[str, Any]) -> None:
    dark, variables = variables_of(theme)
    for ground in ("background", "surface"):
        assert ratio_of(variables, "muted-foreground", ground, dark=dark) >= 4.5  # #555's was 2.96:1
    # lighter than the text where the text leaves room (#6b7280 reads at 4.8:1: muted is the text)
    assert ratio_of(variables, "muted-foreground", "background", dark=dark) <= ratio_of(
        variables, "foreground", "background", dark=dark
    )


# -- 4. primaries that are no opaque colour ------------------------------------------------------------


def test_a_translucent_primary_is_drawn_as_it_shows_over_the_page_and_judged_so() -> None:
    _, variables = variables_of({"primary": "rgba(37, 99, 235, 0.25)"})
    assert variables["primary"] == "#c8d8fa"
    assert variables["primary-foreground"] == "#111827"  # white on the pale blue read at 1.4:1
    code, message, suggestion = warnings_of({"primary": "rgba(37, 99, 235, 0.25)"})["/theme/primary"]
    assert code == "primary_not_opaque" and "#c8d8fa" in message
    assert suggestion is not None and "'#2563eb'" in suggestion


def test_a_translucent_primary_on_dark_shows_over_the_dark_page() -> None:
    _, variables = variables_of({"base": "dark", "primary": "rgba(37, 99, 235, 0.5)"})
    assert variables["primary"] == "#17367b"  # half the blue over #09090b


def test_a_gradient_primary_is_drawn_as_its_first_colour() -> None:
    theme = {"primary": "linear-gradient(90deg, #7c3aed, #db2777)"}
    _, variables = variables_of(theme)
    assert variables["primary"] == "#7c3aed"  # it was the default indigo, silently
    code, message, suggestion = warnings_of(theme)["/theme/primary"]
    assert code == "primary_not_opaque" and "first colour #7c3aed" in message
    assert suggestion is not None and "style: {background:" in suggestion


def test_a_transparent_primary_draws_the_themes_own_and_says_so() -> None:
    _, variables = variables_of({"primary": "transparent"})
    assert variables["primary"] == "#4f46e5"
    code, message, _ = warnings_of({"primary": "transparent"})["/theme/primary"]
    assert code == "primary_not_opaque" and "theme's own primary #4f46e5" in message


# -- 7. pills follow a small radius ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("theme", "pill"),
    [
        ({}, "9999px"),
        ({"radius": 0}, "0px"),
        ({"radius": 4}, "4px"),
        ({"radius": 8}, "9999px"),
        ({"radius": 12}, "9999px"),
    ],
)
def test_pills_take_a_radius_under_the_default_and_stay_round_otherwise(
    theme: dict[str, Any], pill: str
) -> None:
    _, variables = variables_of(theme)
    assert variables["radius-pill"] == pill and variables["radius-full"] == "9999px"


def test_colouraide_is_imported_only_for_a_colour_that_needs_it() -> None:
    """It takes a fifth of a second to import: a document of hex colours (and the theme's own
    srgb mixes) never loads it; an oklch() primary does."""
    script = (
        "import sys; from kernel.dsl.prepare import prepare_render; from kernel.dsl.options import RenderOptions\n"
        "doc = {'theme': {'primary': '#0f766e', 'text': '#3b2f2f'}, 'elements': [{'type': 'avatar', 'name': 'A B'}]}\n"
        "prepare_render(doc, RenderOptions()); print('coloraide' in sys.modules)\n"
        "prepare_render({**doc, 'theme': {'primary': 'oklch(0.6 0.1 180)'}}, RenderOptions())\n"
        "print('coloraide' in sys.modules)\n"
    )
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    ran = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env, cwd=root
    )
    assert ran.stdout.split() == ["False", "True"], ran.stderr
