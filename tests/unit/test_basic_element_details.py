"""HTML of the basic element types' finer points: a sidebar's tree, a navbar's spacer and search,
an icon button's glyph, cards padded 0 by CSS, a picture's fit, and inputs of type checkbox,
radio and range (pure: checks the compiled string and the stylesheet's rules)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.elements import basic_sheet
from kernel.dsl.compiler.elements.card_flush import EDGE_TO_EDGE
from kernel.dsl.model import Element, Item
from kernel.dsl.options import Viewport
from tests.support.css_rules import css_rule
from tests.support.elements import classes_of
from tests.support.elements import render_element as render


def sidebar_items(html: str) -> list[tuple[str, str, str]]:
    """(classes, style, label) of each item of a sidebar's HTML."""
    found = re.findall(
        r'<div class="(dsl-sidebar-item[^"]*)"(?: style="([^"]*)")?(?: data-item="[^"]*")?>.*?'
        r'<span class="dsl-sidebar-item-label">([^<]*)</span>',
        html,
    )
    return [(classes, style, label) for classes, style, label in found]


def glyph_px(html: str) -> int:
    """The size of the first icon in `html`."""
    match = re.search(r'<svg[^>]*? width="(\d+)"', html)
    assert match, html
    return int(match.group(1))


# -- a sidebar's tree -----------------------------------------------------------------------------


def test_leading_spaces_nest_a_sidebar_item_a_level_per_two() -> None:
    labels = ["Product Wiki", "  Onboarding", "    Week one", " One space", "\tTabbed", "            Deepest"]
    items = sidebar_items(render(type="sidebar", title="Acme", items=labels))
    assert items == [
        ("dsl-sidebar-item", "", "Product Wiki"),
        ("dsl-sidebar-item is-nested", "--depth:1", "Onboarding"),
        ("dsl-sidebar-item is-nested", "--depth:2", "Week one"),
        ("dsl-sidebar-item is-nested", "--depth:1", "One space"),
        ("dsl-sidebar-item is-nested", "--depth:1", "Tabbed"),
        ("dsl-sidebar-item is-nested", "--depth:4", "Deepest"),  # no deeper than 4 levels
    ]


def test_a_nested_items_state_classes_stay() -> None:
    items = [{"label": "  Onboarding", "active": True, "icon": "file-text"}]
    (classes, style, label), *_ = sidebar_items(render(type="sidebar", title="Acme", items=items))
    assert classes.split() == ["dsl-sidebar-item", "is-active", "is-nested"] and style == "--depth:1"
    assert label == "Onboarding"


@pytest.mark.skipif("indent" not in Item.model_fields, reason="the item model has no `indent` field yet")
def test_an_items_indent_field_nests_it() -> None:
    items = [{"label": "Roadmap", "indent": 2}, {"label": "  Spaces count not", "indent": 0}]
    assert [(c, s) for c, s, _ in sidebar_items(render(type="sidebar", title="A", items=items))] == [
        ("dsl-sidebar-item is-nested", "--depth:2"),
        ("dsl-sidebar-item", ""),
    ]


def test_a_nested_item_is_inset_twenty_px_a_level_and_not_in_a_narrow_rail() -> None:
    inset = "padding-inline-start:calc(var(--control-h) / 2 - 8px + var(--depth) * 20px)"
    assert f".dsl-sidebar-item.is-nested{{{inset}}}" in basic_sheet.CSS
    assert (
        "@container (max-width:120px){.dsl-sidebar-item.is-nested{padding-inline-start:2px}}"
        in basic_sheet.CSS
    )


# -- a navbar's children --------------------------------------------------------------------------


def navbar_end(html: str) -> str:
    match = re.search(r'<div class="(dsl-navbar-end[^"]*)"', html)
    assert match, html
    return match.group(1)


def test_a_spacer_among_a_navbars_children_spreads_them() -> None:
    children: list[dict[str, Any]] = [
        {"type": "button", "label": "Today"},
        {"type": "spacer"},
        {"type": "avatar"},
    ]
    assert (
        navbar_end(render(type="navbar", title="Calendar", children=children)) == "dsl-navbar-end has-spacer"
    )
    assert css_rule(".dsl-navbar-end.has-spacer") == {"flex": "1 1 auto"}


def test_a_sized_spacer_is_a_gap_that_spreads_nothing() -> None:
    children = [{"type": "button", "label": "Today"}, {"type": "spacer", "size": 8}, {"type": "avatar"}]
    assert navbar_end(render(type="navbar", title="Calendar", children=children)) == "dsl-navbar-end"


def test_a_field_in_a_navbar_is_a_usual_controls_width() -> None:
    rule = css_rule(".dsl-navbar-end>:is(.dsl-control:not(.is-select),.dsl-field):not(.has-width)")
    assert rule == {"width": "clamp(140px,100vw - 520px,240px)"}


# -- an icon button's glyph -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "size"),
    [
        ({}, 16),
        ({"size": "lg"}, 18),
        ({"style": {"width": 56, "height": 56, "borderRadius": 999}}, 24),  # a play button
        ({"layout": {"width": 64, "height": 64}}, 28),
        ({"style": {"width": 120, "height": 40}}, 18),  # wide and low: its height says
        ({"style": {"width": 30, "height": 80}}, 16),  # narrow: its width says, never below 16
        ({"style": {"width": "100%", "height": "56px"}}, 24),
        ({"style": {"width": 400, "height": 400}}, 48),  # at most 48
        ({"style": {"height": "3rem"}}, 16),  # not px: the default
    ],
    ids=["default", "lg", "play-56", "layout-64", "wide", "narrow", "percent-width", "huge", "rem"],
)
def test_an_icon_buttons_glyph_scales_with_its_height(fields: dict[str, Any], size: int) -> None:
    assert glyph_px(render(type="button", icon="play", **fields)) == size


def test_a_labelled_buttons_icon_keeps_its_size() -> None:
    html = render(type="button", icon="play", label="Play", style={"width": 160, "height": 56})
    assert glyph_px(html) == 16


# -- a card padded 0 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "classes"),
    [
        ({"padding": 0}, ["is-flush"]),
        ({"padding": "0px 0"}, ["is-flush"]),
        ({"style": {"padding": "0"}}, ["is-flush", "is-styled-flush"]),
        ({"style": {"padding": "0px 0px"}}, ["is-flush", "is-styled-flush"]),
        ({"style": {"padding": 0}}, ["is-flush", "is-styled-flush"]),
        ({"padding": 0, "style": {"padding": "0"}}, ["is-flush"]),  # the DSL's field says it
        ({"style": {"padding": "0 16px"}}, []),
    ],
)
def test_a_card_padded_0_by_css_lets_what_flows_in_it_sit_flush(
    fields: dict[str, Any], classes: list[str]
) -> None:
    drawn = classes_of(render(type="card", children=[{"type": "text", "text": "x"}], **fields))
    assert [name for name in drawn if name in ("is-flush", "is-styled-flush")] == classes


def test_the_flush_insets_are_undone_for_a_card_padded_0_by_css() -> None:
    listed = ",".join(f".{name}" for name in EDGE_TO_EDGE)
    assert css_rule(f".dsl-card.is-flush>:not({listed})")["margin"] == "var(--gap) var(--pad)"
    assert css_rule(f".dsl-card.is-styled-flush>:not({listed})") == {"margin": "0", "max-width": "100%"}


def test_a_card_padded_0_lets_its_tables_lists_and_pictures_run_to_its_border_and_insets_the_rest() -> None:
    """Every child but those keeps the inset: a social post's header row (an avatar) was against
    the border while its caption kept 20 px."""
    for kind in ("dsl-table", "dsl-list", "dsl-image", "dsl-video", "dsl-divider", "dsl-card-head"):
        assert kind in EDGE_TO_EDGE
    for kind in ("dsl-row", "dsl-text", "dsl-avatar", "dsl-button", "dsl-badge", "dsl-field", "dsl-grid"):
        assert kind not in EDGE_TO_EDGE


# -- a picture's fit ------------------------------------------------------------------------------

PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="


def test_object_fit_and_position_go_on_the_picture() -> None:
    html = render(type="image", src=PIXEL, style={"objectFit": "contain", "objectPosition": "left top"})
    assert re.search(r'<img [^>]*style="object-fit:contain;object-position:left top">', html), html


def test_a_picture_without_a_fit_has_no_style_of_its_own() -> None:
    html = render(type="image", src=PIXEL, alt="Team photo", style={"borderRadius": 8})
    assert f'<img src="{PIXEL}" alt="Team photo">' in html


SVG = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0IiBoZWlnaHQ9IjEiLz4="


@pytest.mark.parametrize(
    ("fields", "fit", "logo"),
    [
        ({"src": PIXEL, "alt": "Team photo"}, None, False),  # a photo covers its box (the stylesheet's)
        ({"src": PIXEL, "alt": "Acme logo"}, "contain", True),
        ({"src": PIXEL, "alt": "Acme", "variant": "logo"}, "contain", True),
        ({"src": PIXEL, "alt": "Acme", "id": "footer-wordmark"}, "contain", True),
        ({"src": SVG, "alt": "Sunset over hills"}, None, False),  # an SVG may be an illustration
        ({"src": SVG, "alt": "Acme wordmark", "fit": "cover"}, None, True),  # the author's word wins
        ({"src": PIXEL, "alt": "Team photo", "fit": "contain"}, "contain", False),
        ({"src": PIXEL, "alt": "Hero", "fit": "fill"}, "fill", False),
        ({"src": PIXEL, "alt": "Hero", "fit": "none"}, "none", False),
        ({"src": PIXEL, "alt": "Hero", "fit": "scale-down"}, "contain", False),  # CSS's word
        ({"src": PIXEL, "alt": "Logos", "style": {"objectFit": "cover"}}, None, True),
        ({"src": PIXEL, "alt": "Biologos Institute"}, None, False),  # a word, not a part of one
    ],
)
def test_a_photo_covers_its_box_and_a_logo_is_shown_whole_with_its_own_corners(
    fields: dict[str, Any], fit: str | None, logo: bool
) -> None:
    html = render(type="image", layout={"width": 120, "height": 40}, **fields)
    drawn = re.search(r"<img [^>]*object-fit:([a-z]+)", html)
    assert (drawn.group(1) if drawn else None) == fit
    assert ("is-logo" in classes_of(html)) is logo


def test_a_logo_has_no_corner_radius_and_sits_at_a_columns_start_at_its_own_width() -> None:
    assert css_rule(".dsl-image.is-logo,.is-logo-strip>.dsl-image:not(.is-placeholder)") == {
        "border-radius": "0"
    }
    assert css_rule(".dsl-vflow>.dsl-image.is-logo:not(.has-width)") == {"align-self": "flex-start"}


def _logo(**layout: Any) -> dict[str, Any]:
    return {"type": "image", "src": SVG, "layout": layout}


@pytest.mark.parametrize(
    ("children", "strip"),
    [
        ([_logo(width=120, height=40)] * 3, True),
        ([_logo(height=32)] * 4, True),  # its picture's own width
        ([_logo(width=120, height=40)] * 2, False),  # two are a pair
        ([_logo(width=80, height=80)] * 3, False),  # square thumbnails: a gallery
        ([_logo(width=240, height=120)] * 3, False),  # too tall for logos
        ([*[_logo(width=120, height=40)] * 3, {"type": "text", "text": "and more"}], False),
    ],
)
def test_a_row_of_three_low_wide_images_and_nothing_else_is_a_logo_strip(
    children: list[dict[str, Any]], strip: bool
) -> None:
    assert ("is-logo-strip" in classes_of(render(type="row", children=children))) is strip


# -- inputs that are not text fields --------------------------------------------------------------


def render_with(ctx: RenderContext, **fields: Any) -> str:
    return ctx.render(Element.model_validate(fields))


@pytest.mark.parametrize(
    ("attributes", "checked"),
    [
        ({"type": "checkbox", "checked": "checked"}, True),
        ({"type": "checkbox", "checked": ""}, True),
        ({"type": "checkbox", "checked": True}, True),
        ({"type": "checkbox", "checked": "false"}, False),
        ({"type": "checkbox"}, False),
    ],
    ids=["checked-checked", "empty", "true", "false", "absent"],
)
def test_an_input_of_type_checkbox_is_a_checkbox(attributes: dict[str, Any], checked: bool) -> None:
    html = render(type="input", id="agree", customAttributes=attributes, layout={"x": 10, "y": 10})
    assert classes_of(html)[:2] == ["dsl-checkbox", "dsl-choice"]
    assert 'id="agree"' in html and "dsl-checkmark" in html and "dsl-control" not in html
    assert ("is-checked" in classes_of(html)) is checked
    assert ('data-icon="check"' in html) is checked


def test_the_dsls_own_checked_wins_over_the_attribute() -> None:
    html = render(type="input", inputType="checkbox", checked=False, customAttributes={"checked": "checked"})
    assert "is-checked" not in classes_of(html)
    assert "is-checked" in classes_of(render(type="input", inputType="checkbox", checked=True))


def test_an_input_of_type_radio_is_a_radio_button() -> None:
    html = render(type="input", label="Express", customAttributes={"type": "radio", "checked": "checked"})
    assert classes_of(html)[:3] == ["dsl-radio", "dsl-choice", "is-checked"] and "dsl-radiomark" in html


def test_an_input_of_type_range_is_a_slider_with_its_attributes_and_sends_the_sliders_css() -> None:
    ctx = RenderContext(viewport=Viewport(800, 600, 1.0))
    attributes = {"type": "range", "min": "0", "max": "200", "value": "50"}
    html = render_with(ctx, type="input", customAttributes=attributes, layout={"width": 200, "height": 40})
    assert classes_of(html)[0] == "dsl-slider" and "has-height" in classes_of(html)
    assert 'class="dsl-slider-thumb" style="inset-inline-start:25.00%"' in html
    assert "slider" in ctx.rendered_types  # the forms sheet, which draws the track, is sent
    assert css_rule(".dsl-slider.has-height:not(:has(>.dsl-slider-head))") == {"justify-content": "center"}


def test_a_ranges_own_fields_win_over_its_attributes() -> None:
    attributes = {"type": "range", "min": "0", "max": "100", "value": "90"}
    html = render(type="input", customAttributes=attributes, value=10, max=50)
    assert 'class="dsl-slider-thumb" style="inset-inline-start:20.00%"' in html


def test_other_input_types_stay_text_fields() -> None:
    for kind in ("date", "color", "email", "password"):
        html = render(type="input", inputType=kind, value="2025-03-14")
        assert classes_of(html)[:2] == ["dsl-input", "dsl-control"], kind


# -- a phone screen's top bar ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "start", "logo"),
    [
        ({"back": True}, '<span class="dsl-navbar-back" style="margin-inline-start:-8px">', False),
        ({"back": "Settings"}, '<span class="dsl-navbar-back-label">Settings</span>', False),
        ({"icon": "chevron-left"}, '<span class="dsl-navbar-nav" style="margin-inline-start:-7px">', False),
        ({"icon": "arrow_back"}, '<span class="dsl-navbar-nav"', False),  # Material's name for it
        ({"icon": "menu"}, '<span class="dsl-navbar-nav"', False),
        ({"icon": "hexagon"}, None, True),  # any other icon is the brand's logo tile
        ({"back": True, "icon": "hexagon"}, '<span class="dsl-navbar-back"', True),
        ({"back": False}, None, False),
    ],
)
def test_a_navbar_starts_with_its_back_button_or_navigation_glyph(
    fields: dict[str, Any], start: str | None, logo: bool
) -> None:
    html = render(type="navbar", title="Edit profile", **fields)
    assert (start is not None and start in html) or (start is None and "dsl-navbar-back" not in html)
    assert ("dsl-navbar-logo" in html) is logo


def test_align_center_centres_the_title_of_a_bar_without_links_only() -> None:
    centred = render(type="navbar", title="Edit profile", back=True, align="center", actions=["Save"])
    assert "is-centered" in classes_of(centred)
    assert re.search(r'<div class="dsl-navbar-start">.*</div><div class="dsl-navbar-brand">', centred)
    alone = render(type="navbar", title="Edit profile", align="center")
    assert '<div class="dsl-navbar-end"></div>' in alone  # the third column, for the title to sit between
    linked = render(type="navbar", title="Acme", items=["Home", "Docs"], align="center")
    assert "is-centered" not in classes_of(linked)
