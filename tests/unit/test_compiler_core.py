"""The compiler core: page shell, themes, sanitizing, styles, coordinates and the registry."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from kernel.dsl.catalog import COLOR_TYPES, ELEMENT_TYPES, ICON_POSITION_TYPES, UNDRAWN_FIELDS
from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.base_css import BASE_CSS
from kernel.dsl.compiler.chart_palette import chart_palette
from kernel.dsl.compiler.registry import RENDERERS, STYLESHEETS, element_stylesheets, register_css
from kernel.dsl.compiler.sanitize import (
    sanitize_css,
    sanitize_font_family,
    sanitize_value,
)
from kernel.dsl.compiler.styles import css_property, element_style, flow_style
from kernel.dsl.compiler.theme import DARK, LIGHT, chosen_theme, resolve_theme
from kernel.dsl.data_uris import is_image_data_uri
from kernel.dsl.model import Document, Element, ThemeTokens
from kernel.dsl.options import Viewport
from kernel.dsl.semantic.variants import KNOWN_VARIANTS
from kernel.dsl.sizes import SIZED_TYPES

COMPAT = Path(__file__).resolve().parents[1] / "data" / "compat"
VIEWPORT = Viewport(width=640, height=480, scale=1.0)


def page(option_theme: Any = None, transparent: bool = False, **document: Any) -> str:
    """Compile a document given as keyword fields; `option_theme` is the caller's override."""
    return compile_html(
        Document.model_validate(document), VIEWPORT, theme=option_theme, transparent=transparent
    )


def style_blocks(html: str) -> list[str]:
    return re.findall(r"<style>(.*?)</style>", html, re.S)


# --- page shell ---------------------------------------------------------------------------------


def test_page_is_a_self_contained_document_without_script() -> None:
    html = page(title="Hi", elements=[{"type": "text", "text": "Hello"}])
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html.lower()
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "<title>Hi</title>" in html
    assert ">Hello</div>" in html


def test_body_is_sized_to_the_viewport_and_may_grow() -> None:
    html = page(elements=[])
    assert "body{margin:0;width:640px;min-height:480px;overflow-x:clip}" in html
    assert "scrollbar-width:none" in html


def test_every_text_is_escaped() -> None:
    attack = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    html = page(
        title=attack, elements=[{"type": "text", "text": attack}, {"type": "button", "label": attack}]
    )
    assert "<script" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_event_handlers_of_the_old_format_are_never_emitted() -> None:
    html = page(
        elements=[{"type": "button", "label": "Go", "onClick": "steal()", "customAttributes": {"a": 1}}]
    )
    assert "steal" not in html and "onclick" not in html.lower()


def test_fonts_are_local_system_fonts() -> None:
    html = page(elements=[])
    assert '"Noto Sans"' in html and '"Noto Color Emoji"' in html and '"Noto Sans Mono"' in html
    assert "@font-face" not in html and "http" not in html.split("</style>")[0].replace("http-equiv", "")


# --- themes -------------------------------------------------------------------------------------


def test_light_is_the_default_and_dark_switches_the_palette() -> None:
    light, dark = page(elements=[]), page(option_theme="dark", elements=[])
    assert 'data-theme="light"' in light and f"--background:{LIGHT['background']}" in light
    assert 'data-theme="dark"' in dark and f"--background:{DARK['background']}" in dark
    assert 'data-theme="dark"' in page(theme="dark", elements=[])


def test_theme_tokens_override_the_base_palette() -> None:
    tokens = ThemeTokens(base="dark", primary="#e11d48", radius=12, density="compact", font="Inter, Roboto")
    resolved = resolve_theme(tokens)
    assert resolved.dark
    assert resolved.variables["primary"] == "#e11d48"
    assert resolved.variables["radius"] == "12px"
    assert resolved.variables["control-h"] == "32px"
    assert resolved.variables["font"].startswith('"dsl-emoji", "dsl-math", "Inter", "Roboto", "Noto Sans"')
    assert resolved.variables["background"] == DARK["background"]


def test_a_light_or_dark_override_switches_the_base_and_keeps_the_brand() -> None:
    own = ThemeTokens(primary="#7c3aed", background="#ffffff", text="#111111", radius=4, font="Inter")
    switched = chosen_theme(own, "dark")
    assert isinstance(switched, ThemeTokens)
    assert (switched.base, switched.primary, switched.radius, switched.font) == (
        "dark",
        "#7c3aed",
        4,
        "Inter",
    )
    assert (switched.background, switched.text) == (None, None)  # the light palette's own colours
    assert resolve_theme(switched).variables["background"] == DARK["background"]
    assert chosen_theme(own, "light") is own
    tokens = ThemeTokens(primary="#e11d48")  # a caller's tokens win token by token
    assert chosen_theme(own, tokens) == own.model_copy(update={"primary": "#e11d48"})
    assert chosen_theme(None, tokens) is tokens and chosen_theme("light", "dark") == "dark"
    assert chosen_theme(own, None) is own


def test_unsafe_theme_tokens_are_dropped() -> None:
    resolved = resolve_theme(ThemeTokens(primary="url(http://evil/x)", font="x; } body { color: red"))
    assert resolved.variables["primary"] == LIGHT["primary"]
    assert "evil" not in str(resolved.variables) and "red" not in resolved.variables["font"]


def test_document_background_is_kept_unless_the_theme_flips() -> None:
    assert "body{background:#f8fafc}" in page(background="#f8fafc", elements=[])
    assert "body{background:#f8fafc}" not in page(option_theme="dark", background="#f8fafc", elements=[])
    assert "body{background:#111}" in page(option_theme="dark", theme="dark", background="#111")


def test_transparent_removes_every_page_background_even_the_author_css_one() -> None:
    # An !important rule in a layer beats every unlayered one, the author's !important too.
    html = page(transparent=True, background="#fff", css="body{background:red!important}", elements=[])
    blocks = style_blocks(html)
    assert blocks[-1] == "body{background:red!important}"
    assert blocks[-2].startswith("@layer dsl{")
    assert blocks[-2].endswith("html,body{background:transparent!important}}")


def test_the_built_in_sheets_sit_in_a_layer_and_the_author_css_after_them_unlayered() -> None:
    html = page(css=".big{font-size:56px}", elements=[{"type": "heading", "text": "A", "className": "big"}])
    blocks = style_blocks(html)
    assert blocks[-1] == ".big{font-size:56px}"
    assert [block.startswith("@layer dsl{") for block in blocks[-2:]] == [True, False]
    assert ".dsl-heading" in blocks[-2]


# --- author css and sanitizing ------------------------------------------------------------------


def test_document_css_comes_after_the_base_sheet_and_is_sanitized() -> None:
    css = "@import url(http://x/a.css); .dsl-card{background:url(http://x/i.png)} </style><script>alert(1)</script>"
    blocks = style_blocks(page(css=css, elements=[]))
    author = blocks[-1]
    assert ".dsl-card{background:none}" in author
    assert "@import" not in author and "http" not in author
    assert "</style" not in author and "<script" not in author
    assert any(".dsl-root{" in block for block in blocks[:-1])  # the design system, before the author's


@pytest.mark.parametrize(
    "css",
    [
        "a{background:url(//evil.example/x)}",
        "a{background:URL( 'https://evil.example/x' )}",
        "a{background:\\75 rl(https://evil.example/x)}",
        "a{background:u\\72l(https://evil.example/x)}",
        "a{background:image-set('https://evil.example/x' 1x)}",
        "a{background:-webkit-image-set(url(https://evil.example/x) 1x)}",
        "@font-face{font-family:x;src:url(https://evil.example/f.woff)}",
        "@IMPORT 'https://evil.example/a.css';",
        "a{background:url(data:image/png;base64,AA) , url(https://evil.example/x)}",
    ],
)
def test_no_css_can_fetch_anything(css: str) -> None:
    assert "evil" not in sanitize_css(css)


@pytest.mark.parametrize(
    "css",
    [
        "a{width:expression(alert(1))}",
        "a{behavior:url(x.htc)}",
        "a{-moz-binding:url(x)}",
        "a{b:javascript:alert(1)}",
    ],
)
def test_script_hooks_in_css_are_neutralized(css: str) -> None:
    out = sanitize_css(css).lower()
    assert "expression(" not in out and "behavior:" not in out and "javascript:" not in out
    assert "-moz-binding" not in out


def test_data_urls_survive_sanitizing() -> None:
    css = 'a{background:url("data:image/svg+xml;utf8,abc")}'
    assert sanitize_css(css) == css


def test_style_values_can_not_add_declarations_or_fetch() -> None:
    assert sanitize_value("red; position: fixed") == "red"
    assert sanitize_value("} body { color: red") is None
    assert sanitize_value("url(https://evil.example/x)") == "none"
    assert sanitize_value("expression(alert(1))") is None


def test_a_semicolon_inside_brackets_or_a_string_does_not_end_a_style_value() -> None:
    """`data:image/png;base64,...` was cut at its `;`: the image silently went missing."""
    image = "url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC) 0 0/100% 100%"
    assert sanitize_value(image) == image
    assert (
        sanitize_value('url("data:image/svg+xml;utf8,x") center') == 'url("data:image/svg+xml;utf8,x") center'
    )
    assert sanitize_value("'a;b' x; position: fixed") == "'a;b' x"
    assert sanitize_value("calc(1px + 2px); position: fixed") == "calc(1px + 2px)"
    # braces end a value wherever they are: no rule can be closed from inside brackets
    assert sanitize_value("url(data:x}body{color:red)") == "url(data:x"
    document = Document.model_validate(
        {"background": image, "elements": [{"type": "container", "style": {"backgroundImage": image}}]}
    )
    html = compile_html(document, Viewport(800, 600, 1.0))
    assert f"body{{background:{image}}}" in html
    assert (
        "background-image:url(data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC)"
        in html
    )


@pytest.mark.parametrize("padding", [0, 400])
def test_short_remembered_and_long_style_values_are_sanitized_alike(padding: int) -> None:
    spaces = " " * padding  # past 256 characters, a value is sanitized afresh each time
    for _ in range(2):
        assert sanitize_value(f"{spaces}url(https://evil.example/x)") == "none"
        assert sanitize_value(f"red;{spaces} position: fixed") == "red"
        assert sanitize_value(f"{spaces}\\65 xpression(alert(1))") is None


def test_font_family_accepts_names_only() -> None:
    assert sanitize_font_family("Inter, 'Open Sans'") == '"Inter", "Open Sans"'
    assert sanitize_font_family("x;}") is None


def test_only_image_data_uris_are_images() -> None:
    assert is_image_data_uri("data:image/png;base64,AAAA")
    assert is_image_data_uri("data:image/svg+xml,<svg/>")
    assert not is_image_data_uri("data:text/html,<script>")
    assert not is_image_data_uri("https://example.com/a.png")
    assert not is_image_data_uri(None)


# --- styles and layout --------------------------------------------------------------------------


def test_style_numbers_mean_px_except_unitless_properties() -> None:
    element = Element.model_validate(
        {"type": "text", "style": {"fontSize": 16, "opacity": 0.5, "fontWeight": 600, "lineHeight": 1.4,
                                   "zIndex": 3, "flexGrow": 1, "marginTop": 4, "borderRadius": "12px"}}
    )  # fmt: skip
    css = element_style(element, {})
    for decl in ("font-size:16px", "opacity:0.5", "font-weight:600", "line-height:1.4", "z-index:3",
                 "flex-grow:1", "margin-top:4px", "border-radius:12px"):  # fmt: skip
        assert decl in css


def test_css_property_names_are_kebab_case() -> None:
    assert css_property("gridTemplateColumns") == "grid-template-columns"
    assert css_property("WebkitLineClamp") == "-webkit-line-clamp"


def test_unsafe_style_properties_and_values_are_dropped() -> None:
    element = Element.model_validate(
        {
            "type": "text",
            "style": {"behavior": "url(x.htc)", "background": "url(https://evil/x)", "color": "red;top:0"},
        }
    )
    css = element_style(element, {})
    assert "behavior" not in css and "evil" not in css
    assert "color:red" in css and "top:0" not in css


def test_validator_and_compiler_share_one_unitless_list() -> None:
    from kernel.dsl.style_rules import UNITLESS_PROPERTIES

    for name in UNITLESS_PROPERTIES:
        css = element_style(Element.model_validate({"type": "text", "style": {name: 2}}), {})
        if name in ("lineClamp", "WebkitLineClamp"):  # Chromium clamps only a vertical -webkit-box
            assert "-webkit-line-clamp:2" in css and "display:-webkit-box" in css, css
            continue
        assert css == f"{css_property(name)}:2", name
    css = element_style(Element.model_validate({"type": "text", "style": {"animationIterationCount": 3}}), {})
    assert css == "animation-iteration-count:3"


def test_style_keys_outside_the_allow_list_are_dropped() -> None:
    """Validation rejects them; the compiler drops them too, for input that skipped validation."""
    element = Element.model_validate(
        {"type": "text", "style": {"color": "red", "zoom": 4, "mask": "none", "font-sise": 30}}
    )
    assert element_style(element, {}) == "color:red"


def test_style_keys_written_as_in_css_are_applied() -> None:
    element = Element.model_validate({"type": "text", "style": {"font-size": 30, "background-color": "#fee"}})
    assert element_style(element, {}) == "font-size:30px;background-color:#fee"


def test_coordinates_place_an_element_absolutely() -> None:
    element = Element.model_validate(
        {"type": "button", "layout": {"x": 150, "y": 80, "width": 100, "height": 40}}
    )
    css = element_style(element, {})
    assert "position:absolute" in css and "left:150px" in css and "top:80px" in css
    assert "width:100px" in css and "height:40px" in css


def test_children_placed_by_coordinates_share_a_layer_inside_the_parent_padding() -> None:
    html = page(
        elements=[
            {
                "type": "card",
                "children": [
                    {"type": "text", "text": "a", "layout": {"x": 0, "y": 0}},
                    {"type": "text", "text": "b", "layout": {"x": 0, "y": 30}},
                ],
            },
            {
                "type": "row",
                "children": [
                    {"type": "text", "text": "c"},
                    {"type": "badge", "text": "d", "layout": {"x": 4, "y": 4}},
                ],
            },
        ]
    )
    assert html.count('class="dsl-abs-layer"') == 1
    assert re.search(r'class="dsl-card[^"]*"[^>]*><div class="dsl-abs-layer">', html)


def test_flow_fields_become_flex_declarations() -> None:
    html = page(
        elements=[
            {
                "type": "row",
                "gap": 12,
                "padding": "8px 16px",
                "align": "end",
                "justify": "between",
                "wrap": True,
            }
        ]
    )
    for decl in (
        "gap:12px",
        "padding:8px 16px",
        "align-items:safe flex-end",  # safe: what is wider than the row runs past its end only
        "justify-content:space-between",
        "flex-wrap:wrap",
    ):
        assert decl in html


# --- registry and compat ------------------------------------------------------------------------


def test_every_element_type_has_a_renderer() -> None:
    assert set(ELEMENT_TYPES) <= set(RENDERERS)


def test_element_modules_contribute_css_once() -> None:
    fields_sheet = STYLESHEETS["fields"]
    register_css("fields", fields_sheet)
    register_css("fields", fields_sheet)
    assert element_stylesheets().count(fields_sheet) == 1
    # a sheet registered for no renderer module is always included (its rules are still left
    # out when no class of the page can match them)
    assert fields_sheet in element_stylesheets({"text"})
    assert ".dsl-field-error{" not in page(elements=[{"type": "text", "text": "Hi"}])
    assert "elements.navigation" in STYLESHEETS


def test_a_sheet_shared_by_a_family_of_modules_comes_with_any_of_their_types() -> None:
    """The data elements, in modules of their own, draw with one sheet (`elements.data_sheet`):
    an avatar alone brings the table's `.dsl-tone-*`, which colour its status dot; a page of
    none of them leaves the sheet out."""
    sheet = STYLESHEETS["elements.data_sheet"]
    for family_type in ("table", "list", "avatar", "icon", "stat", "progress", "chart"):
        assert sheet in element_stylesheets({family_type}), family_type
    assert sheet not in element_stylesheets({"button", "card"})
    html = page(elements=[{"type": "avatar", "name": "Ana Ruiz", "status": "online"}])
    assert ".dsl-tone-success{color:var(--success)}" in html


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text) if path.suffix in (".yaml", ".yml") else json.loads(text)


@pytest.mark.parametrize(
    "path",
    sorted(p for p in COMPAT.glob("*.*") if p.suffix in (".json", ".yaml") and p.stem != "error_example"),
)
def test_every_compat_example_compiles(path: Path) -> None:
    document = Document.model_validate(_load(path))
    html = compile_html(
        document, Viewport(width=document.width or 800, height=document.height or 600, scale=1)
    )
    assert "<script" not in html.lower()
    for element in document.elements:
        assert f"dsl-{element.type}" in html
    if document.css:
        assert style_blocks(html)[-1] == sanitize_css(document.css)


def test_a_page_carries_only_the_element_css_it_needs() -> None:
    plain = page(elements=[{"type": "button", "label": "Go"}])
    assert ".dsl-table" not in plain and ".dsl-tabs" not in plain
    assert ".dsl-button{" in plain
    with_table = page(
        elements=[{"type": "card", "children": [{"type": "table", "columns": ["a"], "rows": [[1]]}]}]
    )
    assert ".dsl-table" in with_table and ".dsl-tabs" not in with_table


_PROBES: dict[str, Any] = {
    "text": "Zq text",
    "title": "Zq title",
    "description": "Zq description",
    "label": "Zq label",
    "placeholder": "Zq placeholder",
    "actions": [{"label": "Zq action"}],
    "items": [{"label": "Zq item"}],
    "icon": "zap",
    "src": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "badge": "Zq badge",
}


_PROBE_BASES: dict[str, dict[str, Any]] = {"avatar": {"name": "Dana Lee"}}
"""What a type needs for a field to show at all: an avatar's caption sits beside its name."""
_DRAWN_AS_A_CHANGE = frozenset({"icon"}) | {("avatar", "items")}
"""Probes that show as a drawing, not as their text: an icon, an avatar group's initials."""


@pytest.mark.parametrize("kind", sorted(ELEMENT_TYPES))
def test_the_fields_a_type_draws_are_exactly_those_not_listed_as_undrawn(kind: str) -> None:
    """The validator warns for the fields in UNDRAWN_FIELDS; every other content field shows."""
    base = {"type": kind, **_PROBE_BASES.get(kind, {})}
    bare = page(elements=[base])
    drawn = set()
    for name, value in _PROBES.items():
        html = page(elements=[{**base, name: value}])
        marker = value if isinstance(value, str) else value[0]["label"]
        if (html != bare) if {name, (kind, name)} & _DRAWN_AS_A_CHANGE else (marker in html):
            drawn.add(name)
    assert set(_PROBES) - drawn == UNDRAWN_FIELDS[kind]


@pytest.mark.parametrize("kind", sorted(ELEMENT_TYPES))
def test_the_types_that_draw_color_are_those_listed(kind: str) -> None:
    """The validator warns for `color` on the types outside COLOR_TYPES: it changes nothing there."""
    base = {"type": kind, **_PROBE_BASES.get(kind, {})}
    coloured = page(elements=[{**base, "color": "#123456"}])
    assert (coloured != page(elements=[base])) == (kind in COLOR_TYPES)


@pytest.mark.parametrize("kind", sorted(ELEMENT_TYPES))
def test_the_types_that_draw_an_icon_after_the_label_are_those_listed(kind: str) -> None:
    """The validator warns for `iconPosition` on the types outside ICON_POSITION_TYPES."""
    base = {"type": kind, "icon": "zap", "text": "Zq", "label": "Zq", **_PROBE_BASES.get(kind, {})}
    after = page(elements=[{**base, "iconPosition": "end"}])
    assert (after != page(elements=[base])) == (kind in ICON_POSITION_TYPES)


@pytest.mark.parametrize("kind", sorted(SIZED_TYPES))
def test_the_sizes_the_validator_accepts_are_each_drawn(kind: str) -> None:
    """Each named size of a sized type (text, badge, modal, table, stat) draws apart from the
    others, so none is accepted and ignored; a badge's, table's and stat's md is drawn as no size
    is (a text's md and a modal's are written out, 14 px and 440 px, the defaults)."""
    base = {"type": kind, "text": "Zq", "title": "Zq", **_PROBE_BASES.get(kind, {})}
    bare = page(elements=[base])
    drawn = {word: page(elements=[{**base, "size": word}]) for word in SIZED_TYPES[kind]}
    assert len(set(drawn.values())) == len(drawn)
    assert [word for word, html in drawn.items() if html == bare] == (
        ["md"] if kind in ("badge", "table", "stat") else []
    )


_DEFAULT_VARIANTS = {
    "accordion": {"bordered"}, "alert": {"info"}, "badge": {"neutral", "secondary"}, "button": {"primary"},
    "list": {"bullet"}, "progress": {"bar"}, "skeleton": {"text"}, "stat": {"success"},
    "tabs": {"underline"}, "toast": {"success"}, "tooltip": {"top"},
}  # fmt: skip
"""Variants that name the default look (for the probe's content): drawn as no variant is."""


@pytest.mark.parametrize("kind", sorted(set(ELEMENT_TYPES) - {"chart"}))
def test_the_variants_a_type_draws_are_those_the_validator_knows(kind: str) -> None:
    """Each variant in KNOWN_VARIANTS changes the drawing; a type missing there has none (the
    validator says so), so any variant leaves it as it is."""
    base = {"type": kind, "text": "Zq", "label": "Zq", "value": 40, "change": "+2%",
            "items": ["A", "B"], **_PROBE_BASES.get(kind, {})}  # fmt: skip
    bare = page(elements=[base])
    if kind not in KNOWN_VARIANTS:
        assert page(elements=[{**base, "variant": "danger"}]) == bare
        return
    for variant in sorted(KNOWN_VARIANTS[kind] - _DEFAULT_VARIANTS.get(kind, set())):
        assert page(elements=[{**base, "variant": variant}]) != bare, variant


def test_usual_ui_font_names_are_aliased_to_local_noto_faces() -> None:
    html = page(css="body{font-family:'Inter',sans-serif} code{font-family:Menlo}", elements=[])
    assert '@font-face{font-family:"Inter";src:local("Noto Sans")' in html
    assert '@font-face{font-family:"Menlo";src:local("Noto Sans Mono")' in html
    assert "Roboto" not in page(elements=[])


def test_fonts_named_in_element_styles_are_aliased_and_text_that_mentions_one_is_not() -> None:
    image = "data:image/png;base64," + "QUJD" * 50_000  # 200 KB before the styled element
    html = page(
        elements=[
            {"type": "image", "src": image, "alt": "big"},
            {
                "type": "paragraph",
                "text": "Set in Poppins",
                "style": {"fontFamily": "'Segoe UI', sans-serif"},
            },
            {"type": "text", "text": "x", "style": {"font": "600 14px Menlo, monospace"}},
        ]
    )
    assert '@font-face{font-family:"Segoe UI";src:local("Noto Sans")' in html
    assert '@font-face{font-family:"Menlo";src:local("Noto Sans Mono")' in html
    assert '@font-face{font-family:"Poppins"' not in html


def test_layout_lengths_are_emitted_in_their_unit() -> None:
    html = page(
        elements=[
            {"type": "container", "layout": {"x": "10%", "y": "24px", "width": "50%", "maxHeight": "20rem"}},
            {"type": "container", "layout": {"width": 240, "height": "3.5em"}},
        ]
    )
    assert "left:10%;top:24px;margin:0;width:50%;max-height:20rem" in html
    assert "width:240px;height:3.5em" in html


def test_a_chart_in_a_relative_box_fills_it_at_its_default_drawing_size() -> None:
    chart = {"type": "chart", "variant": "bar", "data": {"labels": ["a", "b"], "values": [1, 2]}}
    relative = page(elements=[{**chart, "layout": {"width": "50%", "height": "40vh"}}])
    default = page(elements=[chart])
    assert "width:50%;height:40vh" in relative
    # the drawing itself is the default one: only Chromium knows what 50% and 40vh come to
    svg = re.compile(r"<svg.*?</svg>", re.S)
    assert svg.findall(relative) == svg.findall(default)


def test_a_number_written_as_a_string_means_px_too() -> None:
    element = Element.model_validate(
        {
            "type": "text",
            "style": {"padding": "16", "marginTop": " -4.5 ", "lineHeight": "1.4", "width": "50%"},
        }
    )
    assert element_style(element, {}) == "padding:16px;margin-top:-4.5px;line-height:1.4;width:50%"


def test_flow_lengths_written_as_strings_mean_px_too() -> None:
    element = Element.model_validate({"type": "row", "gap": "16", "padding": "12px 24px"})
    assert flow_style(element) == {"gap": "16px", "padding": "12px 24px"}


@pytest.mark.parametrize(
    ("primary", "text"),
    [("#facc15", "#111827"), ("#a7f3d0", "#111827"), ("#f97316", "#111827"), ("#4f46e5", "#ffffff"),
     ("#0f766e", "#ffffff"), ("var(--brand)", "#ffffff")],
)  # fmt: skip
def test_text_on_a_custom_primary_is_picked_to_be_read(primary: str, text: str) -> None:
    """White text stays while it reads at 3:1 or better; on a yellow, a mint or a bright orange
    the primary button's text turns dark. A colour that cannot be judged keeps white."""
    variables = resolve_theme(ThemeTokens(primary=primary)).variables
    assert variables["primary-foreground"] == text


def test_text_in_a_light_primary_is_drawn_darker_on_a_light_theme_only() -> None:
    yellow = resolve_theme(ThemeTokens(primary="#facc15")).variables["primary-text"]
    assert yellow.startswith("#") and sum(int(yellow[i : i + 2], 16) for i in (1, 3, 5)) < 300  # darker
    assert resolve_theme(ThemeTokens(primary="#4f46e5")).variables["primary-text"] == "var(--primary)"
    on_dark = resolve_theme(ThemeTokens(base="dark", primary="#facc15")).variables
    assert on_dark["primary-text"] == "var(--primary)"  # a yellow reads well on a dark page


def test_hairlines_follow_a_custom_palette_and_keep_the_built_in_ones_otherwise() -> None:
    custom = resolve_theme(ThemeTokens(base="dark", background="#0b1120", surface="#1e293b", text="#f1f5f9"))
    assert "var(--surface)" in custom.variables["border"] and "var(--foreground)" in custom.variables["input"]
    assert resolve_theme(ThemeTokens(base="dark", primary="#e11d48")).variables["border"] == DARK["border"]


def test_a_deep_primary_is_lightened_as_text_on_a_dark_surface_only_as_far_as_it_needs() -> None:
    deep = resolve_theme(ThemeTokens(base="dark", primary="#1e40af")).variables["primary-text"]
    default = resolve_theme("dark").variables["primary-text"]
    assert deep.startswith("#") and default.startswith("#")  # drawn lighter (see test_theme_brand_colours)
    assert int(deep[5:7], 16) > int("af", 16) and int(deep[1:3], 16) < int(
        deep[5:7], 16
    )  # lighter, still blue
    assert (
        resolve_theme(ThemeTokens(base="dark", primary="#facc15")).variables["primary-text"]
        == "var(--primary)"
    )
    assert resolve_theme("light").variables["primary-text"] == "var(--primary)"


def test_a_square_theme_has_square_large_corners_too() -> None:
    assert resolve_theme(ThemeTokens(radius=0)).variables["radius-lg"] == (
        "min(calc(var(--radius) + 4px), calc(var(--radius) * 2))"
    )


def test_small_text_in_a_tone_has_a_colour_of_its_own_drawn_towards_the_text() -> None:
    variables = resolve_theme("light").variables
    for tone in ("success", "warning", "danger", "info"):
        assert variables[f"{tone}-text"].startswith(f"color-mix(in srgb, var(--{tone}) ")
        assert variables[f"{tone}-text"].endswith("var(--foreground))")
    assert ".dsl-badge--warning{background:var(--warning-soft);color:var(--warning-text)}" in BASE_CSS


def test_a_brands_charts_leave_out_series_colours_close_to_its_primary() -> None:
    sky = resolve_theme(ThemeTokens(primary="#0ea5e9")).variables
    assert "#0ea5e9" not in [sky[f"chart-{n}"] for n in range(2, 9)]  # series 2 was the primary itself
    assert len({sky[f"chart-{n}"] for n in range(2, 9)}) == 7
    assert resolve_theme("dark").variables["chart-2"] == "#0ea5e9"  # the usual palette, where it reads
    assert chart_palette("var(--brand)") == {}
    # Two blues 22 degrees apart read as one: a blue brand's series leave the sky out too, as does
    # a navy brand redrawn lighter on a dark page.
    for brand in (ThemeTokens(primary="#2563eb"), ThemeTokens(base="dark", primary="#0B1F4B")):
        assert "#0ea5e9" not in resolve_theme(brand).variables.values(), brand


@pytest.mark.parametrize("token", ["purple-ish", "purpel", "#zzz"])
def test_a_theme_colour_css_cannot_draw_keeps_the_default(token: str) -> None:
    assert resolve_theme(ThemeTokens(primary=token)).variables["primary"] == LIGHT["primary"]
    assert resolve_theme(ThemeTokens(primary="color-mix(in srgb, red 50%, blue)")).variables["primary"] == (
        "color-mix(in srgb, red 50%, blue)"
    )
