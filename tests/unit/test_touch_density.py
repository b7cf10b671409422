"""The touch density: a phone's canvas (`device: mobile`, the document's or the options') gets it
unless the theme names a density; `theme: {density: touch}` asks for it anywhere; its variables
and its sheet reach the page. And `--primary-indicator`: the primary as a mark with no words,
drawn to stand out at 3:1 where the primary itself fades into the ground."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.base_css import TOUCH_CSS
from kernel.dsl.compiler.theme import DENSITY, ThemeChoice, chosen_theme, resolve_theme
from kernel.dsl.model import Document, ThemeTokens
from kernel.dsl.options import RenderOptions, resolve_viewport
from tests.support.theme_colours import computed, contrast


def page(document: dict[str, Any], **options: Any) -> str:
    """The HTML a render of `document` compiles, with the viewport and theme a render resolves."""
    parsed = Document.model_validate({"elements": [{"type": "button", "label": "Go"}], **document})
    render_options = RenderOptions(**options)
    theme = render_options.theme if render_options.theme is not None else parsed.theme
    return compile_html(parsed, resolve_viewport(parsed, render_options), theme=theme)


def root_variables(html: str) -> dict[str, str]:
    """The `:root` custom properties the page's theme sheet sets."""
    block = re.search(r":root\{([^}]*)\}", html)
    assert block, "no :root rule"
    return dict(re.findall(r"--([\w-]+):([^;]*);", block.group(1)))


# -- when a page is a touch screen's (a phone's or a tablet's) -------------------------------------


@pytest.mark.parametrize(
    ("document", "options", "touch"),
    [
        ({"device": "mobile"}, {}, True),
        ({"device": "mobile", "width": 360, "height": 700}, {}, True),  # a smaller phone is one still
        ({}, {"device": "mobile"}, True),
        ({"device": "desktop"}, {"device": "mobile"}, True),
        ({"device": "mobile"}, {"device": "laptop"}, False),  # the caller's device wins
        ({"width": 390, "height": 844}, {}, False),  # a size alone says nothing of the pointer
        ({"device": "tablet"}, {}, True),  # an iPad is touched too: 44 pt targets
        ({"device": "tablet", "width": 1024, "height": 768}, {}, True),  # held in landscape
        ({}, {}, False),
    ],
)
def test_the_canvas_is_touched_when_the_device_is_a_phone_or_a_tablet(
    document: dict[str, Any], options: dict[str, Any], touch: bool
) -> None:
    parsed = Document.model_validate({"elements": [], **document})
    assert resolve_viewport(parsed, RenderOptions(**options)).touch is touch


@pytest.mark.parametrize(
    ("document", "options", "control_h"),
    [
        ({"device": "mobile"}, {}, "44px"),
        ({}, {"device": "mobile"}, "44px"),
        ({"device": "mobile", "theme": "dark"}, {}, "44px"),
        ({"device": "mobile", "theme": {"primary": "#e11d48"}}, {}, "44px"),
        ({"device": "mobile", "theme": {"density": "comfortable"}}, {}, "36px"),  # named: it wins
        ({"device": "mobile", "theme": {"density": "compact"}}, {"theme": "dark"}, "32px"),
        ({"device": "mobile"}, {"theme": {"density": "spacious"}}, "40px"),
        ({"device": "mobile"}, {"device": "laptop"}, "36px"),
        ({"device": "tablet"}, {}, "44px"),
        ({}, {"device": "tablet"}, "44px"),
        ({"theme": {"density": "touch"}}, {}, "44px"),  # asked for on any canvas
        ({}, {}, "36px"),
    ],
)
def test_a_phone_gets_the_touch_density_unless_the_theme_names_one(
    document: dict[str, Any], options: dict[str, Any], control_h: str
) -> None:
    html = page(document, **options)
    assert root_variables(html)["control-h"] == control_h
    assert (".dsl-button{font-size:16px}" in html) is (control_h == "44px")  # the touch sheet


def test_the_touch_density_sizes_what_a_finger_taps() -> None:
    """44 px controls (sm 36, lg 52), a 52 x 32 switch and 22 px boxes to tick; the spacing of
    the default density."""
    variables = root_variables(page({"device": "mobile"}))
    sizes = {name: variables[name] for name in DENSITY["touch"]}
    assert sizes == {"control-h": "44px", "control-h-sm": "36px", "control-h-lg": "52px",
                     "pad": "20px", "gap": "12px", "check-size": "22px", "toggle-w": "52px",
                     "toggle-h": "32px"}  # fmt: skip
    assert (variables["pad"], variables["gap"]) == (
        DENSITY["comfortable"]["pad"],
        DENSITY["comfortable"]["gap"],
    )


@pytest.mark.parametrize("density", ["compact", "comfortable", "spacious"])
def test_other_densities_keep_the_pointers_choice_sizes(density: str) -> None:
    variables = resolve_theme(ThemeTokens(density=density)).variables  # type: ignore[arg-type]
    assert (variables["check-size"], variables["toggle-w"], variables["toggle-h"]) == ("18px", "38px", "22px")


def test_the_touch_sheet_comes_after_every_types_own() -> None:
    """At equal specificity the later rule wins: the touch sheet follows the tabs' own sheet."""
    html = page(
        {"device": "mobile", "elements": [{"type": "tabs", "variant": "bottom", "items": ["A", "B"]}]}
    )
    own = html.index(".dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab{flex:1 1 0")
    touch = html.index(".dsl-tabs--bottom>.dsl-tabs-list>.dsl-tab{min-height:49px")
    assert own < touch
    assert "body{font-size:16px}" in TOUCH_CSS and "body{font-size:16px}" in html


def test_a_callers_light_or_dark_keeps_the_documents_density() -> None:
    own = ThemeTokens(primary="#e11d48", density="touch")
    chosen = chosen_theme(own, "dark")
    assert isinstance(chosen, ThemeTokens) and chosen.density == "touch"
    assert resolve_theme(chosen).touch


# -- the primary as an indicator -------------------------------------------------------------------


FADING = {
    # A primary fainter still (a navy, a black, under 1.5:1) is itself drawn lighter on a dark
    # theme: see tests/unit/test_theme_brand_colours.py.
    "deep indigo on dark": ThemeTokens(base="dark", primary="#312e81"),
    "deep purple on dark": ThemeTokens(base="dark", primary="#581c87"),
    "yellow on light": ThemeTokens(primary="#facc15"),
    "sky on light": ThemeTokens(primary="#38bdf8"),
}


@pytest.mark.parametrize("theme", FADING.values(), ids=FADING.keys())
def test_an_indicator_stands_out_at_3_to_1_where_the_primary_fades(theme: ThemeChoice) -> None:
    variables = resolve_theme(theme).variables
    indicator = computed(variables["primary-indicator"], variables)
    for ground in ("background", "surface"):
        primary_alone = contrast(
            computed(variables["primary"], variables), computed(variables[ground], variables)
        )
        assert primary_alone < 3, (ground, primary_alone)  # the case this is for
        assert contrast(indicator, computed(variables[ground], variables)) >= 3, ground
    assert variables["primary-edge"] == "var(--primary-indicator)"
    # What is drawn on a filled indicator (a checked box's tick) still reads on it.
    assert contrast(computed(variables["primary-foreground"], variables), indicator) >= 4.5


def test_on_a_dark_theme_the_primarys_tint_is_mixed_from_the_indicator() -> None:
    """An active chip's or sidebar item's fill, 12% of a deep indigo over the dark surface, was
    the surface's own colour; a tint of the indicator shows."""
    variables = resolve_theme(FADING["deep indigo on dark"]).variables
    assert variables["primary-soft"].startswith("color-mix(in srgb, var(--primary-indicator) ")
    surface = computed(variables["surface"], variables)
    assert contrast(computed(variables["primary-soft"], variables), surface) > 1.1


@pytest.mark.parametrize(
    "theme", ["light", "dark", ThemeTokens(primary="#e11d48"), ThemeTokens(base="dark", primary="#7c3aed")]
)
def test_a_primary_that_stands_out_is_its_own_indicator(theme: ThemeChoice) -> None:
    """Themes whose primary already stands out are marked in it, and tinted with it (a violet on
    dark at more than 12%, for its tint to show: see test_theme_brand_colours)."""
    variables = resolve_theme(theme).variables
    assert variables["primary-indicator"] == "var(--primary)"
    assert variables["primary-edge"] == "color-mix(in srgb, var(--primary) 30%, transparent)"
    assert variables["primary-soft"].startswith("color-mix(in srgb, var(--primary) ")
    if isinstance(theme, str):
        assert variables["primary-soft"] == "color-mix(in srgb, var(--primary) 12%, var(--surface))"
