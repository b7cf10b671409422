"""The palette of a page whose document `background` shows under its content: of the other tone
than the theme's, the page is drawn in that tone's palette derived from its colour (a navy page
on the light theme drew its heading near-black, 1.7:1); a mid-tone page keeps its tone's palette
with translucent muted text; any other page keeps its theme. What a render leaves out (a
background dropped with its theme, a transparent page) decides nothing."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.local_palette import MID_TONE_MUTED, MID_TONE_PAGE_CSS, PagePalette, page_palette
from kernel.dsl.compiler.theme import DARK, LIGHT, ThemeChoice, resolve_theme
from kernel.dsl.model import ThemeTokens
from kernel.dsl.options import RenderOptions
from kernel.dsl.prepare import prepare_render
from kernel.dsl.validate import validate_document
from tests.support.theme_colours import computed, contrast

NAVY = "#1e3a8a"
SKY_GRADIENT = "linear-gradient(180deg, #1e3a8a, #3b82f6)"


def palette_of(theme: ThemeChoice, background: str | None) -> PagePalette:
    """The palette of a page of `theme` drawing `background`, at the default density."""
    return page_palette(theme, resolve_theme(theme), background, default_density="comfortable")


def test_a_navy_page_on_the_light_theme_is_drawn_in_the_dark_palette_of_its_colour() -> None:
    page = palette_of("light", NAVY)
    variables = page.theme.variables
    assert page.theme.dark and page.css == ""
    assert variables["background"] == NAVY
    assert variables["foreground"] == DARK["foreground"]
    ground, surface = computed("var(--background)", variables), computed("var(--surface)", variables)
    # Cards a step lighter than the page, not the dark palette's near-black.
    assert 1.1 < contrast(surface, ground) < 1.5
    # Muted text reads on the page and on its cards (the theme's own mix read 4.2:1 on a card).
    muted = computed(variables["muted-foreground"], variables)
    assert contrast(muted, ground) >= 4.5 and contrast(muted, surface) >= 4.5
    # A status fill is the tone over the dark palette's surface, not over the page's blue.
    assert variables["info-soft"] == f"color-mix(in srgb, var(--info) 16%, {DARK['surface']})"


def test_a_light_page_on_the_dark_theme_is_drawn_in_the_light_palette() -> None:
    page = palette_of("dark", "#f1f5f9")
    variables = page.theme.variables
    assert not page.theme.dark
    assert variables["background"] == "#f1f5f9" and variables["surface"] == LIGHT["surface"]
    assert variables["foreground"] == LIGHT["foreground"]
    assert contrast(computed(variables["muted-foreground"], variables), computed("#f1f5f9", {})) >= 4.5


def test_the_brand_font_radius_and_density_stay_when_the_page_flips_the_tone() -> None:
    tokens = ThemeTokens(primary="#0f766e", font="Inter", radius=12, density="compact", text="#111827")
    page = palette_of(tokens, NAVY)
    variables = page.theme.variables
    assert page.theme.dark and page.theme.density == "compact"
    assert variables["primary"] == "#0f766e" and variables["radius"] == "12px"
    assert variables["font"].startswith('"dsl-emoji", "dsl-math", "Inter", ')
    assert variables["foreground"] == DARK["foreground"]  # the author's dark text would not read


@pytest.mark.parametrize(
    ("theme", "background"),
    [("light", "#ffffff"), ("dark", DARK["background"]), ("light", None), ("light", "rgba(0, 0, 0, 0.6)"),
     ("light", "url(data:image/png;base64,AAAA)"), ("dark", "var(--muted)")],
)  # fmt: skip
def test_a_page_of_its_themes_tone_or_one_that_cannot_be_judged_keeps_its_theme(
    theme: ThemeChoice, background: str | None
) -> None:
    page = palette_of(theme, background)
    assert page.theme == resolve_theme(theme) and page.css == ""


@pytest.mark.parametrize("background", ["#0b1120", DARK["muted"]])
def test_a_dark_page_of_its_own_colour_on_the_dark_theme_derives_its_cards_and_fills_from_it(
    background: str,
) -> None:
    """A navy page under `base: dark` drew the dark palette's zinc cards (#18181b, grey on navy):
    its cards are a step above the page, its hairlines and muted fill mixed from them, as on a
    navy page that switches the light theme and under a `background` token of that colour. A
    page of the dark palette's muted colour has its muted fills off it so (no step of its own)."""
    page = palette_of(ThemeTokens(base="dark", primary="#00f0ff"), background)
    variables = page.theme.variables
    token = resolve_theme(ThemeTokens(base="dark", primary="#00f0ff", background=background)).variables
    assert page.theme.dark and variables["background"] == background
    for name in ("surface", "border", "input", "muted", "muted-foreground", "placeholder", "field-border"):
        assert variables[name] == token[name], name
    ground, surface = computed(background, {}), computed("var(--surface)", variables)
    assert variables["surface"] != DARK["surface"] and 1.1 < contrast(surface, ground) < 1.5
    muted = computed(variables["muted"], variables)
    assert contrast(muted, ground) >= 1.08 and page.css == ""
    ink = computed(variables["muted-foreground"], variables)
    assert contrast(ink, ground) >= 4.5 and contrast(ink, surface) >= 4.5


@pytest.mark.parametrize(
    ("theme", "background", "surface_muted"),
    [("light", "#f4f4f5", LIGHT["muted"]), ("light", "#f8fafc", LIGHT["muted"]),
     ("dark", "#f1f5f9", LIGHT["muted"])],
)  # fmt: skip
def test_a_page_of_the_muted_colour_draws_its_muted_fills_a_step_off_it(
    theme: ThemeChoice, background: str, surface_muted: str
) -> None:
    """A muted card on a #f4f4f5 page was the page's colour exactly, with no border."""
    page = palette_of(theme, background)
    muted = computed(page.theme.variables["muted"], page.theme.variables)
    assert contrast(muted, computed(background, {})) >= 1.08
    # On a surface (a white card, a table) the palette's own is drawn again, not in an island.
    assert page.css.endswith(
        f":not(:where(.has-dark-bg,.has-light-bg,.has-muted-bg) *){{--muted:{surface_muted}}}}}"
    )
    assert ".dsl-card:not(.dsl-card--muted,.dsl-card--outline)" in page.css


@pytest.mark.parametrize(
    ("theme", "background", "dark"), [("light", "#f97316", False), ("light", SKY_GRADIENT, True)]
)
def test_a_mid_tone_page_has_translucent_muted_text_and_paragraphs(
    theme: ThemeChoice, background: str, dark: bool
) -> None:
    page = palette_of(theme, background)
    assert page.theme.dark == dark
    assert page.theme.variables["muted-foreground"] == MID_TONE_MUTED
    assert page.css == MID_TONE_PAGE_CSS


def _html(document: dict[str, Any], **options: Any) -> str:
    elements = [{"type": "heading", "text": "Forecast"}]
    return prepare_render({"elements": elements, **document}, RenderOptions(**options)).html


def test_a_compiled_page_takes_the_tone_of_the_background_it_draws() -> None:
    assert 'data-theme="dark"' in _html({"background": NAVY})
    assert 'data-theme="light"' in _html({"theme": "dark", "background": "#ffffff"})
    assert 'data-theme="light"' in _html({"background": "#ffffff"})
    # A caller's other theme drops the document's background, which then decides nothing.
    dropped = _html({"background": NAVY}, theme="dark")
    assert 'data-theme="dark"' in dropped and NAVY not in dropped
    assert 'data-theme="light"' in _html({"theme": "dark", "background": NAVY}, theme="light")


def test_a_transparent_page_keeps_its_theme_unless_a_frame_keeps_its_background() -> None:
    # Without its background the page is whatever the image is laid on: the theme's text stays.
    assert 'data-theme="light"' in _html({"background": NAVY}, transparent=True)
    # A phone's screen keeps the background on a transparent render: it still decides.
    assert 'data-theme="dark"' in _html({"background": NAVY, "frame": "phone"}, transparent=True)


def test_the_validator_judges_a_cards_text_on_the_surface_a_dark_page_gives_it() -> None:
    """A card on a navy page is drawn a step lighter than the page, not white: white words in it
    read well (they were called unreadable on white); navy words in it are the ones warned."""

    def contrast_warnings(colour: str) -> list[str]:
        card = {
            "type": "card",
            "children": [{"type": "paragraph", "text": "Words", "style": {"color": colour}}],
        }
        result = validate_document({"background": "#1e3a8a", "elements": [card]})
        return [w.path for w in result.warnings if w.code == "low_contrast"]

    assert contrast_warnings("#ffffff") == []
    assert contrast_warnings("#1e3a8a") == ["/elements/0/children/0/style/color"]


@pytest.mark.parametrize("background", ["#f1f5f9", "#f4f4f5", "#e2e8f0", "#1e293b"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_muted_text_on_a_grey_page_and_on_its_muted_fills_reads_at_4_5(theme: str, background: str) -> None:
    """The light theme's #71717a read at 4.41:1 on a #f1f5f9 page, and muted text in a `var(--muted)`
    box there (an all-caps label) at 3.92:1: both are drawn towards the text colour to 4.5:1."""
    variables = palette_of(theme, background).theme.variables
    page = computed(background, variables)
    assert contrast(computed("var(--muted-foreground)", variables), page) >= 4.5
    muted = computed("var(--muted)", variables)
    assert contrast(computed("var(--muted-foreground-on-muted)", variables), muted) >= 4.5


def test_muted_text_that_reads_on_its_page_is_left_as_the_theme_has_it() -> None:
    assert palette_of("light", "#ffffff").theme.variables["muted-foreground"] == LIGHT["muted-foreground"]
    assert palette_of("light", "#fafafa").theme.variables["muted-foreground"] == LIGHT["muted-foreground"]
