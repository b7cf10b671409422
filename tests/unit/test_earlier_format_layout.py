"""HTML of the earlier format's layouts: placed modals, style-driven flex and grid, see-through
buttons, accordion answers, crowded navbars and row containers (pure: checks the compiled string)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.registry import element_stylesheets
from kernel.dsl.compiler.styles import is_see_through, styled_direction
from kernel.dsl.model import Element
from tests.support.elements import classes_of
from tests.support.elements import render_element as render


def style_of(html: str) -> str:
    """The style attribute of the outermost tag ("" without one)."""
    match = re.match(r'<\w+[^>]*?style="([^"]*)"', html)
    return match.group(1) if match else ""


# -- modal -----------------------------------------------------------------------------------------

PLACED = {"layout": {"x": 50, "y": 50, "width": 400, "height": 200}, "style": {"padding": "20px"}}
PLACED_CHILDREN = [
    {"type": "text", "text": "Top", "layout": {"x": 0, "y": 0, "width": 360, "height": 20}},
    {"type": "button", "label": "OK", "layout": {"x": 260, "y": 120, "width": 100, "height": 40}},
]


def test_a_modal_without_a_title_has_no_head_and_no_close_cross() -> None:
    html = render(type="modal", children=[{"type": "paragraph", "text": "Saved."}])
    assert "dsl-modal-head" not in html and "dsl-modal-close" not in html
    # In the flow: dimmed, and kept to the screen.
    assert html.startswith('<div class="dsl-modal-backdrop is-dialog"><div class="dsl-modal"')
    assert '<div class="dsl-modal-body dsl-vflow">' in html


def test_a_titled_modal_keeps_its_head_and_close_cross() -> None:
    html = render(type="modal", title="Delete?", icon="trash", description="Gone for good.")
    head = html[html.index("dsl-modal-head") : html.index("dsl-modal-body")]
    assert "Delete?" in head and "Gone for good." in head and 'data-icon="trash"' in head
    assert head.count("dsl-modal-close") == 1


def test_an_untitled_modal_keeps_its_description_but_draws_no_cross() -> None:
    html = render(type="modal", description="Your session is about to end.")
    assert "dsl-modal-desc" in html and "dsl-modal-close" not in html


@pytest.mark.parametrize(
    "close",
    [{"label": "×"}, {"label": "✕"}, {"icon": "x"}, {"icon": "x", "label": " "}],
    ids=["times", "cross", "x-icon", "x-icon-blank-label"],
)
def test_a_titled_modal_that_draws_its_own_close_button_gets_no_second_one(close: dict[str, Any]) -> None:
    own = {"type": "row", "children": [{"type": "button", "variant": "ghost", **close}]}
    html = render(type="modal", title="Invite", children=[own])
    assert "dsl-modal-close" not in html and "Invite" in html


def test_a_button_that_only_mentions_closing_is_not_a_close_button() -> None:
    html = render(type="modal", title="Invite", children=[{"type": "button", "label": "Close", "icon": "x"}])
    assert "dsl-modal-close" in html


def test_a_modal_placed_by_coordinates_has_no_backdrop_and_its_children_start_at_its_padding() -> None:
    html = render(type="modal", children=PLACED_CHILDREN, **PLACED)
    assert "dsl-modal-backdrop" not in html and "dsl-modal-head" not in html
    assert html.startswith('<div class="dsl-modal')
    style = style_of(html)
    assert "position:absolute;left:50px;top:50px" in style and "z-index:50" in style
    body = html[html.index("dsl-modal-body") :]
    assert body.startswith('dsl-modal-body dsl-vflow"><div class="dsl-abs-layer">')


def test_an_authors_z_index_wins_over_a_placed_modals_own() -> None:
    html = render(type="modal", layout={"x": 0, "y": 0}, style={"zIndex": 100})
    assert "z-index:100" in style_of(html) and "z-index:50" not in style_of(html)


# -- navbar ----------------------------------------------------------------------------------------


def test_a_navbar_ends_its_links_with_a_more_item_hidden_until_links_are_left_out() -> None:
    html = render(type="navbar", title="Shop", items=["Home", "Sale"], children=[{"type": "search"}])
    links = html[html.index('class="dsl-navbar-links"') : html.index("dsl-navbar-end")]
    more = re.search(r'<span class="dsl-navbar-more" hidden>(.*?)</span></div>', links)
    assert more, links
    assert 'data-icon="ellipsis"' in more.group(1) and 'data-icon="chevron-down"' in more.group(1)
    assert "dsl-navbar-more" not in render(type="navbar", title="Shop")  # no links: nothing to stand for


def test_a_coloured_navbar_tells_its_more_item_the_colour_to_cover_links_with() -> None:
    dark = render(
        type="navbar", title="Acme", items=["Home"], style={"background": "#111827", "color": "white"}
    )
    assert style_of(dark).startswith("--navbar-fill:#111827;")
    tinted = render(type="navbar", title="Acme", items=["Home"], style={"backgroundColor": "rgb(1, 2, 3)"})
    assert "--navbar-fill:rgb(1, 2, 3)" in style_of(tinted)
    assert "--navbar-fill" not in render(type="navbar", title="Acme", items=["Home"])  # the theme's surface
    assert "--navbar-fill" not in render(
        type="navbar", style={"background": "#111827"}
    )  # a bare bar: no links


# -- flex and grid from style ----------------------------------------------------------------------


def test_a_flex_styled_as_a_column_flows_as_a_column() -> None:
    column = render(type="flex", style={"display": "flex", "flexDirection": "column"}, children=[])
    assert classes_of(column)[:2] == ["dsl-flex", "dsl-vflow"]
    assert "dsl-hflow" in classes_of(render(type="flex", style={"flexDirection": "row"}))
    assert "dsl-hflow" in classes_of(render(type="flex"))
    assert "dsl-hflow" in classes_of(render(type="flex", direction="row", style={"flexDirection": "column"}))


def test_styled_direction_reads_the_axis_of_flex_direction() -> None:
    def direction(value: Any) -> str | None:
        return styled_direction(Element.model_validate({"type": "flex", "style": {"flexDirection": value}}))

    assert direction("column") == "column" and direction(" Column-Reverse ") == "column"
    assert direction("row-reverse") == "row"
    assert direction("inherit") is None and direction(3) is None
    assert styled_direction(Element.model_validate({"type": "flex"})) is None


def test_a_grid_whose_columns_come_from_its_style_has_no_gap_unless_given_one() -> None:
    template = {"display": "grid", "gridTemplateColumns": "1fr 1fr"}
    assert "gap:0" in style_of(render(type="grid", style=template))
    assert "gap:20px" in style_of(render(type="grid", style={**template, "gap": "20px"}))
    assert "gap:0;" in style_of(render(type="grid", style={**template, "columnGap": 12}))  # rows still meet
    assert "gap:0" not in style_of(render(type="grid", style=template, gap=8))
    assert "gap" not in style_of(render(type="grid", columns=2))  # the theme's gap between columns
    assert "gap" not in style_of(render(type="grid"))


# -- buttons ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "style",
    [
        {"background": "transparent", "border": "none"},
        {"backgroundColor": "rgba(0, 0, 0, 0)"},
        {"background": "none"},
    ],
    ids=["transparent", "clear-rgba", "none"],
)
def test_a_button_made_see_through_drops_the_theme_shadow(style: dict[str, str]) -> None:
    assert style_of(render(type="button", label="Ghost?", style=style)).startswith("box-shadow:none")


def test_an_opaque_button_keeps_its_shadow_and_an_authors_shadow_wins() -> None:
    assert "box-shadow" not in style_of(render(type="button", label="Go", style={"background": "#fff"}))
    shadowed = style_of(
        render(type="button", label="Go", style={"background": "transparent", "boxShadow": "0 0 4px red"})
    )
    assert "box-shadow:0 0 4px red" in shadowed and "none" not in shadowed


def test_is_see_through_knows_transparent_colours_from_opaque_ones() -> None:
    for value in ("transparent", "NONE", "rgba(0,0,0,0)", "rgba(10, 20, 30, 0.0)", "hsla(0, 0%, 0%, 0)",
                  "rgb(0 0 0 / 0%)", "#fff0", "#ffffff00"):  # fmt: skip
        assert is_see_through(value), value
    for value in (
        "rgb(0, 0, 0)",
        "rgba(0,0,0,.5)",
        "rgb(0 0 0 / .4)",
        "#000",
        "#ffffff",
        "white",
        "",
        None,
        0,
    ):
        assert not is_see_through(value), value


# -- accordion -------------------------------------------------------------------------------------


def test_an_open_accordion_item_shows_its_text_as_the_answer() -> None:
    html = render(
        type="accordion",
        items=[
            {"label": "Question one?", "text": "Answer placeholder text.", "active": True},
            {"label": "Two?"},
        ],
    )
    first = html[html.index("is-open") : html.index("Two?")]
    assert '<div class="dsl-accordion-body"><p>Answer placeholder text.</p></div>' in first


def test_an_accordion_items_description_wins_and_a_lone_text_is_its_header() -> None:
    both = render(type="accordion", items=[{"label": "Q?", "text": "Short.", "description": "Long answer."}])
    assert "Long answer." in both and "Short." not in both
    lone = render(type="accordion", items=[{"text": "Shipping"}])
    assert "Shipping" in lone and "dsl-accordion-body" not in lone


# -- bottom tabs -----------------------------------------------------------------------------------


def test_bottom_tab_labels_end_in_an_ellipsis_within_their_tab() -> None:
    css = "\n".join(element_stylesheets(["tabs"]))
    tab = re.search(r"\.dsl-tabs--bottom>\.dsl-tabs-list>\.dsl-tab\{([^}]*)\}", css)
    assert tab and "min-width:0" in tab.group(1) and "padding-inline:2px" in tab.group(1)
    label = re.search(
        r"\.dsl-tabs--bottom>\.dsl-tabs-list>\.dsl-tab>span:not\(\.dsl-tab-anchor\)\{([^}]*)\}", css
    )
    assert label and "max-width:100%" in label.group(1) and "text-overflow:ellipsis" in label.group(1)


# -- containers ------------------------------------------------------------------------------------


def test_a_row_container_gets_the_flow_classes_a_row_gets() -> None:
    flexed = [{"type": "column", "style": {"flex": 1}}, {"type": "column"}]
    container = render(type="container", direction="row", justify="between", children=flexed)
    row = render(type="row", justify="between", children=flexed)
    assert classes_of(container)[1:] == classes_of(row)[1:]
    assert {"dsl-hflow", "is-spread", "has-flexed-child"} <= set(classes_of(container))
    pills = render(type="container", direction="row", children=[{"type": "button"}, {"type": "chip"}])
    assert "wraps-pills" in classes_of(pills)
    column = classes_of(render(type="container", children=flexed))
    assert "dsl-vflow" in column and "has-flexed-child" not in column  # a column's flex is its height


def test_a_container_styled_as_a_row_flows_as_a_row() -> None:
    html = render(type="container", style={"display": "flex", "flexDirection": "row"})
    assert "dsl-hflow" in classes_of(html)
