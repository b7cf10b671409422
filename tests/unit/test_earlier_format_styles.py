"""What an earlier-format `style` implies, as compiled HTML and validation: `display: flex` is a
row with no gap, a `url()` to fetch is dropped with a warning, finite animations are shown at their
end, and a borderless or filled input is flat (pure: no browser)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.sanitize import finished_animation_delay, sanitize_css
from kernel.dsl.compiler.styles import flows_by_style, styled_direction
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport
from kernel.dsl.style_rules import (
    fetched_url_warning,
    fetched_urls,
    style_problems,
    unsafe_css_reason,
)
from kernel.dsl.validate import validate_document
from tests.support.elements import classes_of
from tests.support.elements import render_element as render

FLEX = {"display": "flex"}


def declarations(html: str) -> dict[str, str]:
    """The outermost tag's inline style as a property -> value mapping (the last one wins)."""
    match = re.match(r'<\w+[^>]*?style="([^"]*)"', html)
    assert match, html
    pairs = (part.split(":", 1) for part in match.group(1).split(";") if ":" in part)
    return {name: value for name, value in pairs}


# -- display: flex ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["container", "flex", "card", "navbar", "sidebar", "modal", "grid"])
def test_a_box_styled_display_flex_is_a_row_with_no_gap(kind: str) -> None:
    html = render(type=kind, layout={"x": 0, "y": 0}, style=FLEX, children=[{"type": "text", "text": "A"}])
    decls = declarations(html)
    assert (decls["display"], decls["flex-direction"], decls["gap"]) == ("flex", "row", "0")


def test_a_flex_box_of_containers_says_its_children_run_in_a_row() -> None:
    assert "dsl-hflow" in classes_of(render(type="container", style=FLEX))
    assert "dsl-hflow" in classes_of(render(type="container", style={"display": "inline-flex"}))
    assert "dsl-vflow" in classes_of(render(type="container"))  # no style: the DSL's column
    assert "dsl-vflow" in classes_of(render(type="container", style={"display": "block"}))


@pytest.mark.parametrize(
    ("style", "direction"),
    [
        ({"flexDirection": "column"}, "column"),
        ({"flexDirection": "row-reverse"}, "row-reverse"),
        ({"flexFlow": "column wrap"}, None),  # the shorthand, after the row, sets it
    ],
)
def test_the_styles_own_direction_wins_over_the_row(style: dict[str, str], direction: str | None) -> None:
    html = render(type="container", style={**FLEX, **style})
    decls = declarations(html)
    assert decls.get("flex-direction") == (direction or "row")
    if "flexFlow" in style:  # written after the default, so Chromium reads the column from it
        assert list(decls).index("flex-flow") > list(decls).index("flex-direction")
    assert classes_of(html)[1] == ("dsl-vflow" if "column" in str(style) else "dsl-hflow")


def test_styled_direction_reads_the_flex_flow_shorthand_and_display() -> None:
    def direction(kind: str, style: dict[str, Any]) -> str | None:
        return styled_direction(Element.model_validate({"type": kind, "style": style}))

    assert direction("container", {"flexFlow": "column wrap"}) == "column"
    assert direction("container", {"flexFlow": "wrap row-reverse"}) == "row"
    assert direction("card", FLEX) == "row"
    assert direction("column", FLEX) is None  # the type names its direction
    assert direction("text", FLEX) is None  # a leaf draws its own inside


def test_the_dsls_own_direction_and_gap_win_over_the_styles_defaults() -> None:
    decls = declarations(render(type="container", direction="column", gap=10, style=FLEX))
    assert (decls["flex-direction"], decls["gap"]) == ("column", "10px")


def test_a_gap_in_the_style_wins_over_the_zero() -> None:
    assert declarations(render(type="flex", style={**FLEX, "gap": "24px"}))["gap"] == "24px"
    decls = declarations(render(type="flex", style={**FLEX, "columnGap": 8}))
    assert list(decls.items())[-2:] == [("display", "flex"), ("column-gap", "8px")]  # after gap:0
    assert decls["gap"] == "0"


def test_the_dsls_own_flows_and_parts_keep_the_themes_layout() -> None:
    row = declarations(render(type="row", style=FLEX, children=[]))
    assert "gap" not in row  # the theme's gap between the row's items
    assert declarations(render(type="column", style=FLEX))["flex-direction"] == "column"
    bar = Element.model_validate({"type": "navbar", "title": "Acme", "items": ["Home"], "style": FLEX})
    assert not flows_by_style(bar)  # brand, links and end keep the bar's spacing
    assert "gap" not in declarations(render(type="navbar", title="Acme", items=["Home"], style=FLEX))
    dialog = Element.model_validate({"type": "modal", "title": "Delete?", "style": FLEX})
    assert not flows_by_style(dialog)
    assert flows_by_style(Element.model_validate({"type": "modal", "style": FLEX}))
    titled = Element.model_validate({"type": "card", "title": "Plan", "style": FLEX})
    assert not flows_by_style(titled)  # its head stays above the children
    assert not flows_by_style(Element.model_validate({"type": "card", "badge": 0, "style": FLEX}))
    assert flows_by_style(Element.model_validate({"type": "card", "style": FLEX}))


# -- url() in a style ------------------------------------------------------------------------------

HERO = {"background": "url(hero.jpg) center / cover no-repeat", "backgroundColor": "#1e293b"}


def test_a_background_url_to_fetch_is_no_error() -> None:
    result = validate_document({"elements": [{"type": "container", "style": HERO}]})
    assert result.errors == []
    assert style_problems("background", "url('https://cdn.example/a.png') #333") == []


def test_a_background_url_to_fetch_warns_at_its_style_property() -> None:
    style = {**HERO, "background-image": "url(a.png), url(b.png)"}
    result = validate_document({"elements": [{"type": "container", "style": style}]})
    warnings = {issue.path: issue for issue in result.warnings}
    assert list(warnings) == ["/elements/0/style/background", "/elements/0/style/background-image"]
    warning = warnings["/elements/0/style/background"]
    assert warning.code == "external_src"
    assert warning.message == (
        "background: url(hero.jpg) is not a data: image, so its picture is left out (nothing is "
        "ever fetched) and the rest of the value is drawn"
    )
    assert warning.suggestion is not None and "url(data:image/png;base64," in warning.suggestion
    assert "url(a.png) (and 1 more)" in warnings["/elements/0/style/background-image"].message


def test_what_is_no_fetch_or_is_unsafe_anyway_does_not_warn() -> None:
    assert fetched_url_warning("background", "url(data:image/png;base64,AAAA) center") is None
    assert fetched_url_warning("background", "#fff") is None
    assert fetched_url_warning("background", 12) is None
    # unsafe values stay errors: the warning would only repeat them
    assert fetched_url_warning("background", "url(javascript:alert(1))") is None
    assert style_problems("background", "url(javascript:alert(1))")[0].code == "unsafe_css"
    assert style_problems("backgroundImage", "image-set('a.png' 1x)")[0].code == "unsafe_css"


def test_escaped_url_calls_are_read_as_chromium_reads_them() -> None:
    assert fetched_urls("u\\72 l(Hero.JPG) /* url(x.png) */") == ["Hero.JPG"]
    assert fetched_urls("url( 'data:image/png;base64,AA' ), url(\"b.png\")") == ["b.png"]


def test_the_document_css_still_refuses_urls_to_fetch() -> None:
    assert unsafe_css_reason(".a{background:url(hero.jpg)}") is not None
    assert unsafe_css_reason("url(hero.jpg)", urls_dropped=True) is None


def test_the_compiled_background_draws_no_url_and_keeps_the_rest() -> None:
    decls = declarations(render(type="container", style=HERO))
    assert (decls["background"], decls["background-color"]) == ("none center / cover no-repeat", "#1e293b")
    document = validate_document({"elements": [{"type": "container", "style": HERO}]}).document
    assert document is not None
    assert "hero.jpg" not in compile_html(document, Viewport(800, 600, 1.0))


# -- animations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "delay"),
    [
        ({"animation": "fadeIn 1s ease-in-out"}, "-2s"),
        ({"animation": "fadeIn 400ms 2s 3 both"}, "-2.2s"),  # 3 x 0.4 s, whatever its own delay
        ({"animation": "pulse 2s infinite"}, None),  # its first frame
        ({"animation": "none"}, None),
        ({"animation": "a 1s cubic-bezier(.2, 0, 0, 1), spin 1s 250ms linear infinite"}, "-2s, 250ms"),
        ({"animation-name": "a, b", "animation-duration": "2s", "animation-iteration-count": "2, infinite"},
         "-5s, 0s"),
        ({"animation": "a 1s", "animation-duration": "3s"}, "-4s"),  # the longhand after it wins
        ({"animation-duration": "3s", "animation": "a 1s"}, "-2s"),  # the shorthand after it resets it
        ({"animation-duration": "3s"}, None),  # no animation named
    ],
)  # fmt: skip
def test_a_finite_animation_is_delayed_past_its_end(declared: dict[str, str], delay: str | None) -> None:
    assert finished_animation_delay(declared) == delay


def test_an_inline_animation_gets_the_delay_after_it() -> None:
    decls = declarations(render(type="container", style={"animation": "fadeIn 1s ease-in-out"}))
    assert list(decls.items())[-2:] == [("animation", "fadeIn 1s ease-in-out"), ("animation-delay", "-2s")]
    assert "animation-delay" not in declarations(
        render(type="container", style={"animation": "x 1s infinite"})
    )


def test_a_stylesheets_animating_rules_get_the_delay_last() -> None:
    css = (
        "@keyframes fadeIn { from { opacity: 0; } to { opacity: 1; } }"
        ".hero { animation: fadeIn 1s ease-out; color: red }"
        ".spin { animation: spin 1s linear infinite; }"
        "@media (min-width: 1px) { .late { animation-name: slide; animation-duration: .5s; } }"
    )
    assert sanitize_css(css) == (
        "@keyframes fadeIn { from { opacity: 0; } to { opacity: 1; } }"
        ".hero { animation: fadeIn 1s ease-out; color: red ;animation-delay:-2s}"
        ".spin { animation: spin 1s linear infinite; }"
        "@media (min-width: 1px) { .late { animation-name: slide; animation-duration: .5s; "
        "animation-delay:-1.5s} }"
    )


# -- flat inputs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "style",
    [{"border": "none"}, {"border": 0}, {"border": "0 solid #ccc"}, {"borderStyle": "none"},
     {"borderWidth": 0}, {"background": "#f3f4f6"}, {"backgroundColor": "transparent"}],
)  # fmt: skip
def test_an_input_without_a_border_or_with_its_own_fill_is_flat(style: dict[str, Any]) -> None:
    assert declarations(render(type="input", placeholder="Search", style=style))["box-shadow"] == "none"


def test_the_inputs_shadow_stays_unless_the_style_makes_it_flat() -> None:
    assert "box-shadow" not in declarations(render(type="input", style={"borderRadius": 14, "color": "red"}))
    own = declarations(render(type="input", style={"border": "none", "boxShadow": "0 1px 2px red"}))
    assert own["box-shadow"] == "0 1px 2px red"  # the author's shadow wins
    assert "box-shadow" not in declarations(render(type="card", style={"border": "none"}))
