"""The theme's contrast tokens (solid fills, muted text on muted fills, placeholders, field edges,
link underlines, elevated surfaces in dark), the stylesheet rules that use them, a section's
spacing, tabs in a header, colour passed to paragraphs, and the page margin of rounded boxes."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.base_css import BASE_CSS, MUTED_FILLS
from kernel.dsl.compiler.page_padding import page_margins
from kernel.dsl.compiler.theme import ResolvedTheme, ThemeChoice, resolve_theme
from kernel.dsl.model import Document, Element, ThemeTokens
from kernel.dsl.options import RenderOptions, Viewport
from kernel.dsl.validate import validate_document
from tests.support.theme_colours import computed, contrast


def page(**document: Any) -> str:
    return compile_html(Document.model_validate(document), Viewport(width=640, height=480, scale=1.0))


def ratio(theme: ResolvedTheme, ink: str, ground: str) -> float:
    return contrast(computed(ink, theme.variables), computed(ground, theme.variables))


THEMES: dict[str, ThemeChoice] = {
    "light": "light",
    "dark": "dark",
    "high-contrast": ThemeTokens(primary="#000000", background="#ffffff"),
    "brand-on-dark": ThemeTokens(base="dark", primary="#2563eb"),
}


# -- solid fills ----------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_solid_fills_read_at_4_5_to_1_with_their_text(theme: ThemeChoice) -> None:
    resolved = resolve_theme(theme)
    assert ratio(resolved, "#ffffff", "var(--success-solid)") >= 4.5
    assert ratio(resolved, "#ffffff", "var(--danger-solid)") >= 4.5
    if resolved.dark:
        assert ratio(resolved, "var(--primary-foreground)", "var(--primary-solid)") >= 4.5


def test_a_tone_that_reads_already_is_its_own_solid_and_a_light_brand_is_kept() -> None:
    light = resolve_theme("light").variables
    assert light["danger-solid"] == "var(--danger)"  # white on #dc2626 reads at 4.8:1
    assert light["success-solid"].startswith("color-mix(in srgb, var(--success) ")
    orange = resolve_theme(ThemeTokens(primary="#ea580c")).variables
    assert orange["primary-solid"] == "var(--primary)"  # the author's brand, white at 3.6:1 kept
    yellow_on_dark = resolve_theme(ThemeTokens(base="dark", primary="#facc15")).variables
    assert yellow_on_dark["primary-solid"] == "var(--primary)"  # dark text on it reads already


def test_solid_fills_are_deepened_only_as_far_as_they_need() -> None:
    dark = resolve_theme("dark")
    share = int(dark.variables["success-solid"].split("var(--success) ")[1].split("%")[0])
    one_step_less = f"color-mix(in srgb, var(--success) {share + 5}%, #000000)"
    assert ratio(dark, "#ffffff", one_step_less) < 4.5


def test_solid_buttons_badges_and_counts_use_the_solid_fills_and_soft_ones_stay() -> None:
    assert "background:var(--primary-solid);color:var(--primary-foreground)" in BASE_CSS
    assert ".dsl-button--success{background:var(--success-solid);color:#fff}" in BASE_CSS
    assert ".dsl-button--danger{background:var(--danger-solid);color:#fff}" in BASE_CSS
    assert ".dsl-badge--solid{background:var(--primary-solid);" in BASE_CSS
    assert ".dsl-badge--success{background:var(--success-soft);color:var(--success-text)}" in BASE_CSS


# -- text in a tone, muted text, placeholders, field edges ---------------------------------------------


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_a_toned_cards_title_muted_text_on_muted_and_sidebar_headings_read(theme: ThemeChoice) -> None:
    resolved = resolve_theme(theme)
    for tone in ("success", "warning", "danger", "info"):
        assert ratio(resolved, f"var(--{tone}-text)", "var(--surface)") >= 4.5
    assert ratio(resolved, "var(--muted-foreground-on-muted)", "var(--muted)") >= 4.5
    assert ratio(resolved, "var(--muted-foreground)", "var(--surface)") >= 4.5  # sidebar headings


@pytest.mark.parametrize("theme", THEMES.values(), ids=THEMES.keys())
def test_placeholders_read_at_4_5_to_1_and_are_no_darker_than_muted_text(theme: ThemeChoice) -> None:
    resolved = resolve_theme(theme)
    for ground in ("var(--surface)", "var(--background)"):
        placeholder = ratio(resolved, "var(--placeholder)", ground)
        assert 4.5 <= placeholder <= ratio(resolved, "var(--muted-foreground)", ground)
        assert placeholder < ratio(resolved, "var(--foreground)", ground) - 2  # lighter than a value


@pytest.mark.parametrize("text", ["#333333", "#555555", "#18181b", "#e2e8f0"])
def test_a_placeholder_from_an_authors_text_colour_reads_at_4_5(text: str) -> None:
    background = "#0f172a" if text == "#e2e8f0" else "#ffffff"
    resolved = resolve_theme(ThemeTokens(text=text, background=background))
    assert ratio(resolved, "var(--placeholder)", "var(--surface)") >= 4.5
    assert ratio(resolved, "var(--placeholder)", "var(--background)") >= 4.5


EDGE_THEMES: dict[str, ThemeChoice] = {
    **THEMES,
    "grey-on-dark-grey": ThemeTokens(base="dark", background="#1e1e1e", surface="#262626", text="#8c8c8c"),
    "grey-text": ThemeTokens(base="dark", text="#9a9a9a"),
    "cream": ThemeTokens(background="#fdf6e3", surface="#fffaf0", text="#3b3b3b"),
}


@pytest.mark.parametrize("theme", EDGE_THEMES.values(), ids=EDGE_THEMES.keys())
def test_field_edges_stand_out_at_3_to_1_and_clearly_stronger_than_hairlines(theme: ThemeChoice) -> None:
    """An empty box to tick, a radio and a switch that is off are told by this edge alone (WCAG
    1.4.11): #a1a1aa read at 2.6:1 on white, #52525b at 2.3:1 on the dark surface."""
    resolved = resolve_theme(theme)
    edge = ratio(resolved, "var(--field-border)", "var(--surface)")
    assert edge >= 3.0 and ratio(resolved, "var(--field-border)", "var(--background)") >= 3.0
    assert edge > 1.3 * ratio(resolved, "var(--input)", "var(--surface)")


def test_the_stylesheet_uses_the_contrast_tokens_where_they_belong() -> None:
    assert ">.dsl-card-head .dsl-card-title{color:var(--tone-text)}" in BASE_CSS
    assert ".dsl-card--warning{--tone:var(--warning);--tone-text:var(--warning-text)}" in BASE_CSS
    assert re.search(r"\.dsl-sidebar-group\{[^}]*color:var\(--muted-foreground\)\}", BASE_CSS)
    # Boxes to tick are drawn stronger; text fields keep the hairline their neighbours (outline
    # buttons, chips) share, as design systems draw them.
    assert re.search(r"\.dsl-control\{[^}]*border:1px solid var\(--input\)", BASE_CSS)
    assert re.search(r"\.dsl-checkmark\{[^}]*border:1px solid var\(--field-border\)", BASE_CSS)
    assert re.search(r"\.dsl-radiomark\{[^}]*border:1px solid var\(--field-border\)", BASE_CSS)
    assert re.search(r"\.dsl-switch\{[^}]*background:var\(--field-border\)", BASE_CSS)  # off: its track
    assert re.search(r"\.dsl-button--outline\{[^}]*border-color:var\(--input\)\}", BASE_CSS)  # unchanged
    for box in MUTED_FILLS:
        assert f"{box}{{--muted-foreground:var(--muted-foreground-on-muted)}}" in BASE_CSS


def test_the_stronger_muted_text_is_sent_only_with_the_fills_a_page_uses() -> None:
    plain = page(elements=[{"type": "button", "label": "Go"}])
    assert "--muted-foreground:var(--muted-foreground-on-muted)" not in plain
    with_table = page(elements=[{"type": "table", "columns": ["a"], "rows": [[1]]}])
    assert ".dsl-table th{--muted-foreground:var(--muted-foreground-on-muted)}" in with_table
    assert ".dsl-tabs--segmented>.dsl-tabs-list{" not in with_table


# -- links --------------------------------------------------------------------------------------

UNJUDGEABLE = ThemeTokens(primary="var(--brand)")


@pytest.mark.parametrize(
    ("theme", "decoration"),
    [(ThemeTokens(primary="#000000", background="#ffffff"), "underline"), ("light", "underline"),
     ("dark", "none"), (ThemeTokens(primary="#2563eb"), "none"), (UNJUDGEABLE, "none")],
    ids=["black-brand", "default-indigo", "dark", "blue", "unjudgeable"],
)  # fmt: skip
def test_links_are_underlined_when_their_colour_is_within_3_to_1_of_the_text(
    theme: ThemeChoice, decoration: str
) -> None:
    resolved = resolve_theme(theme)
    assert resolved.variables["link-decoration"] == decoration
    if decoration == "underline":
        assert ratio(resolved, "var(--primary-text)", "var(--foreground)") < 3
    else:
        assert theme == UNJUDGEABLE or ratio(resolved, "var(--primary-text)", "var(--foreground)") >= 3
    assert "text-decoration:var(--link-decoration)" in BASE_CSS
    assert re.search(r"\.dsl-link--muted\{[^}]*text-decoration:underline\}", BASE_CSS)


# -- elevated surfaces ---------------------------------------------------------------------------


def test_an_elevated_surface_is_a_step_lighter_on_dark_only() -> None:
    dark = resolve_theme("dark")
    lifted = computed("var(--surface-elevated)", dark.variables)
    surface = computed("var(--surface)", dark.variables)
    assert 1.1 < contrast(lifted, surface) < 1.4 and sum(lifted) > sum(surface)
    light = resolve_theme("light")
    assert computed("var(--surface-elevated)", light.variables) == computed("var(--surface)", light.variables)
    assert re.search(r"\.dsl-card--elevated\{background:var\(--surface-elevated\);", BASE_CSS)


# -- layout rules ---------------------------------------------------------------------------------


def test_a_section_follows_the_density_and_starts_further_from_what_is_above_it() -> None:
    assert re.search(r"\.dsl-section\{[^}]*gap:calc\(var\(--gap\) \+ 4px\)", BASE_CSS)
    rule = re.search(r"([^}\n]*\+\.dsl-section[^{]*)\{margin-top:var\(--gap\)\}", BASE_CSS)
    assert rule is not None and '.dsl-vflow:not([style*="gap:"])>*' in rule.group(1)


def test_tabs_in_a_header_keep_their_width_and_paragraphs_follow_an_author_colour() -> None:
    assert ".dsl-header-actions>.dsl-tabs{flex:none}" in BASE_CSS
    assert ".has-color .dsl-paragraph{color:color-mix(in srgb,currentcolor 90%,transparent)}" in BASE_CSS
    muted_list = re.search(r"\.has-color :is\(([^)]*)\)\{color:color-mix\(in srgb,currentcolor 78%", BASE_CSS)
    assert muted_list is not None
    assert {".dsl-form-desc", ".dsl-empty-text", ".dsl-step-desc"} <= set(muted_list.group(1).split(","))


# -- page margins of rounded boxes ------------------------------------------------------------------


def inset(*elements: dict[str, Any], screen: tuple[int, int] = (800, 600)) -> tuple[bool, ...]:
    return page_margins([Element.model_validate(e) for e in elements], screen, None).inset


ROUNDED = {"background": "var(--muted)", "borderRadius": 12}


@pytest.mark.parametrize(
    "box",
    [{"type": "container", "layout": {"width": 752, "height": 80}, "style": ROUNDED},
     {"type": "container", "style": {**ROUNDED, "height": 80}},
     {"type": "container", "style": {**ROUNDED, "borderRadius": "12px", "padding": 16},
      "children": [{"type": "text", "text": "Promo"}]}],
    ids=["sized-narrower", "unsized", "padded-promo"],
)  # fmt: skip
def test_a_rounded_coloured_box_at_the_top_level_is_content_and_keeps_the_margin(box: dict[str, Any]) -> None:
    assert inset({"type": "heading", "text": "Org chart"}, box) == (True, True)


def test_a_rounded_box_sized_to_the_screen_or_a_square_band_still_runs_edge_to_edge() -> None:
    spanning = {"type": "container", "layout": {"width": 800, "height": 80}, "style": ROUNDED}
    square = {"type": "container", "style": {"background": "var(--muted)", "height": 80}}
    assert inset(spanning, square) == (False, False)


@pytest.mark.parametrize(
    ("document", "colour", "theme", "warned"),
    [
        ({"background": "#ffffff"}, "#f8fafc", None, True),  # near-white words on the white page
        ({"background": "#ffffff"}, "#f8fafc", "dark", False),  # a caller's dark theme drops that page
        ({"background": "#ffffff"}, "#f8fafc", "light", True),  # the same tone keeps it
        ({"theme": "dark", "background": "#020617"}, "#0f172a", None, True),  # dark words, navy page
        ({"theme": "dark", "background": "#020617"}, "#0f172a", "light", False),
    ],
)
def test_contrast_is_judged_on_the_page_a_callers_theme_draws(
    document: dict[str, Any], colour: str, theme: str | None, warned: bool
) -> None:
    text = {"type": "text", "text": "Due today", "style": {"color": colour}}
    options = RenderOptions(theme=theme) if theme else None
    result = validate_document({**document, "elements": [text]}, options=options)
    assert ("low_contrast" in [w.code for w in result.warnings]) is warned
