"""A brand's primary on either theme: one that fades into a dark page is drawn lighter (a black
one near-white, a navy a brighter blue) with its label picked again; its tinted fill stands out
from the page as the default theme's does, whatever the brand's lightness; text in it is darkened
or lightened in OKLCH just to 4.5:1 on the page, the surface and that fill, keeping its hue; a link
with no hue to tell it is underlined; a bright brand's tint is a pale one of a deeper shade, not
more of the raw brand; a switch's knob is dark on a track white does not stand out from. The
default themes' own colours stay as they were."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.colors import at_lightness, from_oklch, hex_of, max_chroma, to_oklch
from kernel.dsl.compiler.theme import ResolvedTheme, ThemeChoice, resolve_theme
from kernel.dsl.model import ThemeTokens
from tests.support.theme_colours import Channels, computed, contrast

_EITHER_TONE = re.compile(r"light-dark\(([^,]+), ([^)]+)\)")


def on_the_page(theme: ResolvedTheme) -> dict[str, str]:
    """The theme's variables as the page's own tone draws them: `light-dark(light, dark)` (a
    colour a box of the other tone draws as the author gave it) is its light or its dark side."""
    side = 2 if theme.dark else 1
    return {name: _EITHER_TONE.sub(lambda m: m.group(side), value) for name, value in theme.variables.items()}


def colour(theme: ResolvedTheme, value: str) -> Channels:
    return computed(value, on_the_page(theme))


def ratio(theme: ResolvedTheme, first: str, second: str) -> float:
    return contrast(colour(theme, first), colour(theme, second))


def hue_apart(first: Channels, second: Channels) -> float:
    """How far apart two colours' OKLCH hues are (degrees)."""
    distance = abs(to_oklch(first)[2] - to_oklch(second)[2]) % 360
    return min(distance, 360 - distance)


def srgb(hex_colour: str) -> Channels:
    return computed(hex_colour, {})


# -- OKLCH ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("hex_colour", ["#ffffff", "#000000", "#ff6f61", "#b9a6f2", "#0b1f4b", "#ffd400"])
def test_oklch_goes_there_and_back(hex_colour: str) -> None:
    assert hex_of(from_oklch(*to_oklch(srgb(hex_colour)))) == hex_colour


def test_a_colour_out_of_srgb_loses_chroma_only() -> None:
    """A lavender's chroma at a violet's lightness, and far more than sRGB has: the hue and the
    lightness stay, the chroma is what the screen can show."""
    lightness, hue = 0.55, to_oklch(srgb("#b9a6f2"))[2]
    drawn = to_oklch(from_oklch(lightness, 0.5, hue))
    assert drawn[0] == pytest.approx(lightness, abs=1e-3) and drawn[2] == pytest.approx(hue, abs=0.5)
    assert drawn[1] == pytest.approx(max_chroma(lightness, hue), abs=1e-3) and drawn[1] < 0.5


def test_a_pastel_darkened_keeps_its_vividness_and_a_vivid_colour_its_chroma() -> None:
    lavender = srgb("#b9a6f2")
    violet = to_oklch(at_lightness(lavender, 0.58))
    assert violet[1] > 1.5 * to_oklch(lavender)[1]  # not a grey-purple
    coral = srgb("#ff6f61")
    darker = to_oklch(at_lightness(coral, 0.58))
    assert darker[1] == pytest.approx(to_oklch(coral)[1], rel=0.15)  # a darker coral, not pure red
    assert darker[1] < max_chroma(0.58, darker[2]) - 0.02


# -- 1. a primary that fades into a dark page ----------------------------------------------------------


@pytest.mark.parametrize("primary", ["#000000", "#0B1F4B", "#111827", "#0f172a"])
def test_a_primary_that_fades_into_a_dark_page_is_drawn_to_stand_out(primary: str) -> None:
    theme = resolve_theme(ThemeTokens(base="dark", primary=primary))
    assert ratio(theme, primary, "var(--background)") < 1.5  # the case this is for
    for ground in ("var(--background)", "var(--surface)"):
        assert ratio(theme, "var(--primary)", ground) >= 3, ground
        assert ratio(theme, "var(--primary-solid)", ground) >= 3, ground
    assert ratio(theme, "var(--primary-foreground)", "var(--primary-solid)") >= 4.5


def test_a_black_brand_on_dark_turns_near_white_with_dark_text_and_a_navy_one_stays_blue() -> None:
    black = resolve_theme(ThemeTokens(base="dark", primary="#000000")).variables
    # A white card on the page (a box of the light tone) still draws the brand as given.
    assert black["primary"] == "light-dark(#000000, #fafafa)"
    assert black["primary-foreground"] == "light-dark(#ffffff, #111827)"
    navy = resolve_theme(ThemeTokens(base="dark", primary="#0B1F4B"))
    lifted = colour(navy, "var(--primary)")
    assert hue_apart(lifted, srgb("#0B1F4B")) < 5 and to_oklch(lifted)[1] > to_oklch(srgb("#0B1F4B"))[1]
    assert navy.variables["primary-foreground"] == "#ffffff"


@pytest.mark.parametrize(
    "theme",
    [ThemeTokens(base="dark", primary="#312e81"), ThemeTokens(base="dark", primary="#7f1d1d"),
     ThemeTokens(primary="#FFD400"), ThemeTokens(primary="#000000"), ThemeTokens(primary="#0B1F4B"),
     ThemeTokens(base="dark", primary="var(--brand)"), "dark", "light"],
    ids=["deep-indigo-dark", "deep-red-dark", "yellow", "black-light", "navy-light", "unjudged", "dark", "light"],
)  # fmt: skip
def test_a_primary_told_by_its_hue_or_standing_out_is_kept(theme: ThemeChoice) -> None:
    resolved = resolve_theme(theme)
    given = theme.primary if isinstance(theme, ThemeTokens) else None
    assert resolved.variables["primary"] == (given or resolved.variables["primary"])
    assert "light-dark" not in str(resolved.variables)
    if isinstance(theme, str):
        assert resolved.variables["primary"] in ("#4f46e5", "#6366f1")


def test_a_white_brand_on_a_light_page_turns_near_black_as_a_black_one_does_on_dark() -> None:
    white = resolve_theme(ThemeTokens(primary="#ffffff"))
    assert ratio(white, "var(--primary)", "var(--background)") > 15
    assert ratio(white, "var(--primary-foreground)", "var(--primary)") >= 4.5


def test_the_brands_that_worked_keep_their_label_colours() -> None:
    labels = {"#FFD400": "#111827", "#FF6F61": "#111827", "#84cc16": "#111827", "#0B1F4B": "#ffffff"}
    for primary, label in labels.items():
        theme = resolve_theme(ThemeTokens(primary=primary))
        assert theme.variables["primary-foreground"] == label, primary
        assert theme.variables["primary"] == primary
        assert ratio(theme, "var(--primary-foreground)", "var(--primary)") >= 4.5


# -- 2. the tinted fill of what is selected ------------------------------------------------------------

BRANDS: dict[str, ThemeChoice] = {
    "lavender-on-cream": ThemeTokens(primary="#B9A6F2", background="#FAF8F5"),
    "yellow": ThemeTokens(primary="#FFD400"),
    "lime": ThemeTokens(primary="#84cc16"),
    "coral": ThemeTokens(primary="#FF6F61"),
    "sky": ThemeTokens(primary="#0ea5e9"),
    "navy": ThemeTokens(primary="#0B1F4B"),
    "navy-dark": ThemeTokens(base="dark", primary="#0B1F4B"),
    "black-dark": ThemeTokens(base="dark", primary="#000000"),
    "violet-dark": ThemeTokens(base="dark", primary="#7c3aed"),
    "yellow-dark": ThemeTokens(base="dark", primary="#FFD400"),
    "custom-dark": ThemeTokens(base="dark", background="#0b1120", surface="#111827", primary="#0f766e"),
    "light": "light",
    "dark": "dark",
}


@pytest.mark.parametrize("theme", BRANDS.values(), ids=BRANDS.keys())
def test_the_tinted_fill_stands_out_from_the_page_and_the_surface_as_the_defaults_does(
    theme: ThemeChoice,
) -> None:
    resolved = resolve_theme(theme)
    least = 1.12 if resolved.dark else 1.18
    for ground in ("var(--background)", "var(--surface)"):
        assert ratio(resolved, "var(--primary-soft)", ground) >= least, ground


def test_the_default_themes_tints_are_as_they_were() -> None:
    for theme in ("light", "dark"):
        soft = resolve_theme(theme).variables["primary-soft"]
        assert soft == "color-mix(in srgb, var(--primary) 12%, var(--surface))"
    assert resolve_theme("light").variables["primary-text"] == "var(--primary)"


_TINT = re.compile(r"color-mix\(in srgb, (.+) (\d+)%, var\(--surface\)\)$")


def tint_of(theme: ResolvedTheme) -> tuple[str, int]:
    """What `--primary-soft` mixes into the surface, and its share."""
    mix = _TINT.match(theme.variables["primary-soft"])
    assert mix is not None, theme.variables["primary-soft"]
    return mix.group(1), int(mix.group(2))


def test_a_pale_brands_tint_grows_only_as_far_as_it_needs() -> None:
    lavender = resolve_theme(BRANDS["lavender-on-cream"])
    source, share = tint_of(lavender)
    assert share > 12
    weaker = f"color-mix(in srgb, {source} {share - 2}%, var(--surface))"
    assert ratio(lavender, weaker, "var(--background)") < 1.18


def saturation(colour: Channels) -> float:
    """A colour's OKLCH chroma as a share of the most sRGB has at its lightness and hue."""
    lightness, chroma, hue = to_oklch(colour)
    return chroma / max(max_chroma(lightness, hue), 1e-6)


@pytest.mark.parametrize("primary", ["#B6FF3B", "#FFD400", "#fde047", "#00ffff"])
def test_a_bright_brands_tint_is_a_calm_one_of_its_hue(primary: str) -> None:
    """A lime's selected row was #d3ff89 (60% of the lime) beside its #b6ff3b button, a yellow's
    badge #ffed94: the loudest things on the screen. The tint is now mixed from a deeper shade of
    the brand: it stands out from the page as required, far less vivid than the brand, its hue kept."""
    theme = resolve_theme(ThemeTokens(primary=primary))
    source, share = tint_of(theme)
    assert source.startswith("#") and share <= 24
    tint, brand = colour(theme, "var(--primary-soft)"), srgb(primary)
    assert 1.18 <= ratio(theme, "var(--primary-soft)", "var(--background)") < 1.25
    assert to_oklch(tint)[1] <= 0.045 and saturation(tint) < 0.35 * saturation(brand)
    assert hue_apart(tint, brand) < 12


@pytest.mark.parametrize(
    ("theme", "before"),
    [(BRANDS["lavender-on-cream"], "#e9e3fb"), (BRANDS["coral"], "#ffe5e3")],
    ids=["lavender", "coral"],
)
def test_a_pale_or_warm_brands_tint_stays_as_visibly_its_colour(theme: ThemeChoice, before: str) -> None:
    """Their tints were calm already: mixed from a shade of the brand they are all but the same."""
    resolved = resolve_theme(theme)
    tint = colour(resolved, "var(--primary-soft)")
    assert max(abs(a - b) for a, b in zip(tint, srgb(before), strict=True)) <= 3 / 255
    assert to_oklch(tint)[1] >= 0.85 * to_oklch(srgb(before))[1]


# -- 3 and 4. text in the primary -------------------------------------------------------------------------


@pytest.mark.parametrize("theme", BRANDS.values(), ids=BRANDS.keys())
def test_text_in_the_primary_reads_on_the_page_the_surface_and_its_tint(theme: ThemeChoice) -> None:
    resolved = resolve_theme(theme)
    for ground in ("var(--background)", "var(--surface)", "var(--primary-soft)"):
        assert ratio(resolved, "var(--primary-text)", ground) >= 4.5, ground


@pytest.mark.parametrize(
    ("theme", "given"),
    [(BRANDS["lavender-on-cream"], "#B9A6F2"), (BRANDS["coral"], "#FF6F61"), (BRANDS["sky"], "#0ea5e9"),
     (BRANDS["lime"], "#84cc16"), (ThemeTokens(base="dark", primary="#1e40af"), "#1e40af"),
     ("dark", "#6366f1")],
    ids=["lavender", "coral", "sky", "lime", "deep-blue-dark", "default-dark"],
)  # fmt: skip
def test_text_in_the_primary_keeps_its_hue_and_chroma_and_is_moved_just_to_4_5_to_1(
    theme: ThemeChoice, given: str
) -> None:
    """A coral link was a maroon-brown #7c3f41 at 7.9:1, a lavender one a grey #5d5882: the text
    is the brand at another lightness, only as far from it as 4.5:1 asks."""
    resolved = resolve_theme(theme)
    text, brand = colour(resolved, "var(--primary-text)"), srgb(given)
    assert hue_apart(text, brand) < 8
    lightness, chroma, hue = to_oklch(text)
    assert chroma >= 0.9 * min(to_oklch(brand)[1], max_chroma(lightness, hue))  # as much as sRGB has
    tightest = min(
        ratio(resolved, "var(--primary-text)", ground)
        for ground in ("var(--background)", "var(--surface)", "var(--primary-soft)")
    )
    assert tightest < 4.8


def test_a_lavender_link_reads_as_a_violet_not_as_grey_text() -> None:
    text = colour(resolve_theme(BRANDS["lavender-on-cream"]), "var(--primary-text)")
    red, green, blue = text
    assert blue - green > 0.35 and red - green > 0.1  # a violet (the mix with the text colour: #5d5882)


def test_the_default_dark_themes_primary_text_reads_on_its_tint() -> None:
    """rgb(115,117,242) on rgb(33,33,53) read at 4.17:1 in an active chip, a pill tab, a badge."""
    dark = resolve_theme("dark")
    assert ratio(dark, "var(--primary-text)", "var(--primary-soft)") >= 4.5


# -- 5. links ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("theme", "decoration"),
    [(ThemeTokens(base="dark", primary="#000000"), "underline"), (ThemeTokens(primary="#71717a"), "underline"),
     (ThemeTokens(primary="#000000"), "underline"), (BRANDS["coral"], "none"), ("dark", "none"),
     ("light", "underline")],
    ids=["black-dark", "grey", "black-light", "coral", "dark", "light"],
)  # fmt: skip
def test_a_link_with_no_hue_to_tell_it_is_underlined(theme: ThemeChoice, decoration: str) -> None:
    assert resolve_theme(theme).variables["link-decoration"] == decoration


def test_a_black_brands_link_on_dark_is_brighter_than_muted_text() -> None:
    """It was #808080 beside muted text of #a1a1aa: it read as secondary copy."""
    theme = resolve_theme(ThemeTokens(base="dark", primary="#000000"))
    link, muted = colour(theme, "var(--primary-text)"), colour(theme, "var(--muted-foreground)")
    assert sum(link) > sum(muted) and contrast(link, muted) >= 2


# -- 6. what is drawn on the indicator: a switch's knob ------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark", ThemeTokens(primary="#FFD400"), BRANDS["navy-dark"]],
                         ids=["light", "dark", "yellow", "navy-dark"])  # fmt: skip
def test_the_knob_on_a_track_white_reads_on_stays_white(theme: ThemeChoice) -> None:
    """The default themes' knob is drawn as it was; a yellow's darkened track holds white at 3:1."""
    resolved = resolve_theme(theme)
    assert resolved.variables["primary-indicator-foreground"] == "#ffffff"
    assert ratio(resolved, "#ffffff", "var(--primary-indicator)") >= 3


@pytest.mark.parametrize("primary", ["#000000", "#B6FF3B", "#FF6F61", "#ffffff"])
def test_the_knob_on_a_light_track_of_a_dark_theme_is_dark(primary: str) -> None:
    """A black brand's track on dark is its near-white (#fafafa): the white knob on it was 1.04:1,
    a lime's 1.2:1. The knob is then dark, and stands out from the track."""
    theme = resolve_theme(ThemeTokens(base="dark", primary=primary))
    assert ratio(theme, "#ffffff", "var(--primary-indicator)") < 3  # the case this is for
    assert colour(theme, "var(--primary-indicator-foreground)") == srgb("#111827")
    assert ratio(theme, "var(--primary-indicator-foreground)", "var(--primary-indicator)") >= 4.5


def test_the_knob_in_a_box_of_the_other_tone_reads_on_the_brand_as_given() -> None:
    """In a white card on the black brand's dark page the track is the author's black: the knob
    there is white (a dark one on the black track would vanish)."""
    variables = resolve_theme(ThemeTokens(base="dark", primary="#000000")).variables
    assert variables["primary-indicator-foreground"] == "light-dark(#ffffff, #111827)"
    light_side = computed("var(--primary-indicator)", variables, dark=False)
    knob = computed("var(--primary-indicator-foreground)", variables, dark=False)
    assert contrast(knob, light_side) >= 15


def test_max_chroma_answers_as_the_plain_bisection_over_oklch_to_srgb() -> None:
    """`max_chroma` tries each chroma with the hue's axes worked out once (and remembers its
    answers): the very same float, to the last bit, as bisecting with `_oklch_to_srgb` itself,
    so every theme's colours (and pixels) stay as they were."""
    from kernel.dsl.compiler.colors import _oklch_to_srgb

    def plain(lightness: float, hue: float) -> float:
        low, high = 0.0, 0.4
        while high - low > 1e-5:
            middle = (low + high) / 2
            low, high = (
                (middle, high) if _oklch_to_srgb(lightness, middle, hue) is not None else (low, middle)
            )
        return low

    pairs = [(step / 40, hue / 3) for step in range(41) for hue in range(0, 1080, 23)]
    pairs += [
        (to_oklch(c)[0], to_oklch(c)[2]) for c in ((1.0, 0.435, 0.38), (0.1, 0.2, 0.6), (0.5, 0.5, 0.5))
    ]
    assert [max_chroma(*pair) for pair in pairs] == [plain(*pair) for pair in pairs]
