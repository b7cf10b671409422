"""The screen's margin: content keeps off the canvas edges; what was designed edge to edge keeps them."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.page_padding import inset_elements, margins_css, page_margins
from kernel.dsl.model import Element

LAPTOP, PHONE = (1280, 800), (390, 844)


def elements(*raw: dict[str, Any]) -> list[Element]:
    return [Element.model_validate(item) for item in raw]


@pytest.mark.parametrize(
    "content",
    [
        {"type": "heading", "text": "Analytics"},
        {"type": "grid", "columns": 2, "children": [{"type": "card", "title": "A"}]},
        {"type": "card", "title": "Sized card", "layout": {"width": 300}},
        {"type": "section", "title": "Team", "children": [{"type": "navbar"}]},
        {"type": "header", "title": "Orders"},
        {"type": "column", "padding": "16px 0", "children": [{"type": "text", "text": "23°"}]},
        {"type": "column", "padding": 0, "children": [{"type": "text", "text": "x"}]},
        {"type": "row", "children": [{"type": "column", "layout": {"width": 240}}, {"type": "grid"}]},
        {"type": "column", "layout": {"height": 200}, "children": [{"type": "card"}]},
        {"type": "column", "layout": {"height": "100%"}, "children": [{"type": "heading", "text": "Welcome"}]},
        {"type": "stack", "layout": {"width": 300, "height": 180}, "children": [{"type": "image"}]},
        {"type": "row", "children": [{"type": "column", "style": {"background": "#fee", "borderRadius": 8}}]},
        {"type": "row", "children": [{"type": "column", "children": [{"type": "column", "style": {"background": "#eef"}}]}]},
    ],
    ids=["text", "grid-of-cards", "sized-card", "navbar-in-a-section", "page-header", "padded-above-and-below",
         "unpadded", "sized-column-inside", "a-hero-shorter-than-the-screen", "a-column-as-high-as-the-screen", "a-small-stack",
         "a-rounded-coloured-box-inside", "a-coloured-box-deeper-inside"],
)  # fmt: skip
def test_content_keeps_a_margin_that_suits_the_screen(content: dict[str, Any]) -> None:
    wide, phone = page_margins(elements(content), LAPTOP, None), page_margins(elements(content), PHONE, None)
    assert (wide.margin, wide.inset, wide.root_padding) == (24, (True,), 0)
    assert (phone.margin, phone.inset) == (16, (True,))


@pytest.mark.parametrize(
    "page",
    [
        {"type": "navbar", "title": "Acme"},
        {"type": "row", "children": [{"type": "sidebar"}, {"type": "column"}]},
        {"type": "column", "children": [{"type": "column", "children": [{"type": "footer"}]}]},
        {"type": "tabs", "variant": "bottom", "items": ["Home"]},
        {"type": "column", "padding": 32, "children": [{"type": "heading", "text": "Hi"}]},
        {"type": "column", "padding": "0 24px", "children": []},
        {"type": "row", "style": {"backgroundColor": "#111"}},
        {"type": "container", "layout": {"height": 800}},
        {"type": "row", "layout": {"width": 1280}},
        {"type": "row", "children": [{"type": "column", "style": {"background": "linear-gradient(#000,#fff)"}},
                                     {"type": "column"}]},
        {"type": "header", "title": "The Flowbase Blog", "padding": "32px 120px 0"},
    ],
    ids=["navbar", "sidebar-in-a-row", "nested-footer", "bottom-tabs", "padded-column", "padded-at-the-sides",
         "coloured-row", "screen-high-container", "screen-wide-row", "a-coloured-panel", "header-padded-at-the-sides"],
)  # fmt: skip
def test_what_was_designed_edge_to_edge_keeps_its_edges(page: dict[str, Any]) -> None:
    assert page_margins(elements(page), LAPTOP, None).inset == (False,)


def test_content_above_a_footer_keeps_the_margin_below_it_and_overlays_are_passed_over() -> None:
    modal = {"type": "modal", "title": "Share"}
    page = elements({"type": "card", "title": "A"}, modal, {"type": "footer", "text": "(c) 2026"})
    classes = [element.className for element in inset_elements(page, page_margins(page, LAPTOP, None))]
    assert classes[0] == "dsl-inset dsl-inset-first dsl-before-edge"


def test_a_bottom_tab_bars_panel_goes_on_from_the_content_above_it() -> None:
    """The panel of a bottom tab bar with children is the screen's content: a search above it keeps
    no margin below (it is above no edge) and the panel drops its own inset above its children."""
    tabs = {
        "type": "tabs",
        "variant": "bottom",
        "items": ["Home"],
        "children": [{"type": "text", "text": "A"}],
    }
    page = elements({"type": "search"}, tabs)
    margins = page_margins(page, PHONE, None)
    classes = [element.className for element in inset_elements(page, margins)]
    assert classes == ["dsl-inset dsl-inset-first", "dsl-continues"]
    assert ".dsl-root>.dsl-continues>.dsl-tabs-panel{padding-top:0}" in margins_css(margins, 390)

    bar_alone = elements({"type": "search"}, {**tabs, "children": []})
    margins = page_margins(bar_alone, PHONE, None)
    classes = [element.className for element in inset_elements(bar_alone, margins)]
    assert classes == ["dsl-inset dsl-inset-first dsl-before-edge", None]
    assert "dsl-continues" not in margins_css(margins, 390)


def test_below_a_navbar_content_is_inset_and_the_navbar_is_not() -> None:
    page = elements({"type": "navbar"}, {"type": "heading", "text": "Hi"}, {"type": "card", "title": "A"})
    margins = page_margins(page, LAPTOP, None)
    assert margins.inset == (False, True, True)
    classes = [element.className for element in inset_elements(page, margins)]
    assert classes == [None, "dsl-inset dsl-after-edge", "dsl-inset dsl-inset-last"]
    css = margins_css(margins, 1280)
    assert ".dsl-root>.dsl-inset{margin-inline:24px;max-width:calc(100% - 48px)}" in css
    # Under the navbar the content keeps the margin it keeps from the sides, not the page's gap.
    assert ".dsl-root>.dsl-after-edge{margin-top:max(0px,calc(24px - var(--gap)))}" in css
    phone = margins_css(page_margins(page, PHONE, None), 390)
    assert (
        ".dsl-root>.dsl-inset{margin-inline:16px;max-width:calc(100% - 32px)}" in phone
        and ".dsl-navbar{padding-inline:16px" in phone
        and ".dsl-footer,.dsl-footer.is-large{padding-inline:16px}" in phone
    )


def test_a_ghost_button_alone_on_the_screen_keeps_the_margin_less_its_own_padding() -> None:
    """Its glyph or words sit on the margin line, not its invisible box (`--inset` is its padding)."""
    page = elements(
        {"type": "button", "icon": "arrow-left", "variant": "ghost"}, {"type": "heading", "text": "Hi"}
    )
    phone = margins_css(page_margins(page, PHONE, None), 390)
    assert (
        ".dsl-root>.dsl-inset.dsl-button--ghost:not(.has-width){margin-inline-start:calc(16px - var(--inset))}"
        in phone
    )


def test_the_authors_class_is_kept_beside_the_margins() -> None:
    page = elements({"type": "card", "title": "A", "className": "promo"})
    (card,) = inset_elements(page, page_margins(page, LAPTOP, None))
    assert card.className == "promo dsl-inset dsl-inset-first dsl-inset-last"


def test_placed_elements_keep_their_coordinates_and_the_documents_padding_replaces_the_margins() -> None:
    placed = elements({"type": "button", "label": "Go", "layout": {"x": 10, "y": 10}}, {"type": "heading"})
    margins = page_margins(placed, LAPTOP, None)
    assert margins.inset == (
        False,
        True,
    )  # the placed button counts from the corner; the rest keeps its margin
    assert [e.className for e in inset_elements(placed, margins)] == [
        None,
        "dsl-inset dsl-inset-first dsl-inset-last",
    ]
    chosen = page_margins(elements({"type": "heading", "text": "Hi"}), LAPTOP, 12)
    assert (chosen.root_padding, chosen.inset) == (12, (False,))
    assert margins_css(chosen, 1280) == ".dsl-root{padding:12px}"
    assert margins_css(page_margins(elements({"type": "heading"}), LAPTOP, 0), 1280) == ""


def test_chrome_one_after_another_abuts_and_content_beside_a_sidebar_keeps_the_margin() -> None:
    page = elements(
        {"type": "navbar", "title": "Acme"},
        {
            "type": "row",
            "children": [{"type": "sidebar"}, {"type": "column"}, {"type": "card", "layout": {"width": 200}}],
        },
        {"type": "heading", "text": "Below"},
    )
    margins = page_margins(page, LAPTOP, None)
    assert (margins.inset, margins.abut, margins.panes) == ((False, False, True), (False, True, False), True)
    row = inset_elements(page, margins)[1]
    assert row.className == "dsl-abut"
    assert [child.className for child in row.children] == [
        None,
        "dsl-pane",
        None,
    ]  # a sized card is the author's
    css = margins_css(margins, 1280)
    assert ".dsl-root>.dsl-abut{margin-top:calc(-1 * var(--gap))}" in css
    assert ".dsl-root>*>.dsl-pane{margin:24px;max-width:calc(100% - 48px)}" in css


def test_content_in_a_column_between_a_navbar_and_a_footer_keeps_the_margin_at_its_sides() -> None:
    """Whatever height it has; a box padded at its sides (the author's band) keeps its edges."""
    page = elements(
        {"type": "column", "children": [
            {"type": "navbar", "title": "Acme"},
            {"type": "container", "style": {"border": "2px dashed #999", "height": 80}},
            {"type": "heading", "text": "Latest"},
            {"type": "container", "padding": 24, "children": [{"type": "text", "text": "Band"}]},
            {"type": "footer", "text": "Footer"},
        ]}
    )  # fmt: skip
    margins = page_margins(page, LAPTOP, None)
    classes = [child.className for child in inset_elements(page, margins)[0].children]
    assert classes == [None, "dsl-line dsl-line-after-edge", "dsl-line dsl-line-before-edge", None, None]
    css = margins_css(margins, 1280)
    assert ".dsl-root>*>.dsl-line{margin-inline:24px;max-width:calc(100% - 48px)}" in css


def test_a_sized_row_with_a_sidebar_is_the_authors_layout() -> None:
    page = elements(
        {"type": "row", "layout": {"height": 800}, "children": [{"type": "sidebar"}, {"type": "column"}]}
    )
    margins = page_margins(page, LAPTOP, None)
    assert not margins.panes and inset_elements(page, margins)[0].children[1].className is None


def test_a_height_in_percent_of_the_screen_becomes_px_less_the_margins() -> None:
    page = elements(
        {"type": "column", "layout": {"height": "100%"}}, {"type": "card", "style": {"height": "50%"}}
    )
    margins = page_margins(page, LAPTOP, None)
    column, card = inset_elements(page, margins)
    assert column.layout is not None and column.layout.height == 776  # inset and first: 800 - 24
    assert card.style == {"height": 388}  # inset and last: (800 - 24) / 2


SECTION_BAND = {
    "type": "section",
    "title": "Loved by busy teams",
    "children": [{"type": "paragraph", "text": "Hi"}],
}


@pytest.mark.parametrize(
    "styling",
    [{"style": {"background": "#eef2ff"}}, {"padding": "64px 160px"}, {"style": {"paddingInline": 40}}],
    ids=["coloured", "padded-at-the-sides", "padded-inline-by-style"],
)  # fmt: skip
def test_a_section_styled_as_a_band_runs_edge_to_edge_as_a_column_does(styling: dict[str, Any]) -> None:
    section = page_margins(elements({**SECTION_BAND, **styling}), LAPTOP, None)
    column = page_margins(elements({**SECTION_BAND, "type": "column", **styling}), LAPTOP, None)
    assert section.inset == column.inset == (False,)
    assert section.bands == column.bands


def test_a_coloured_section_under_a_navbar_abuts_it_and_the_next_band_abuts_the_section() -> None:
    page = elements(
        {"type": "navbar", "title": "Fieldnote"},
        {**SECTION_BAND, "padding": "64px 160px", "style": {"background": "#eef2ff"}},
        {"type": "column", "padding": "64px 160px", "style": {"background": "#fef3c7"}},
    )
    margins = page_margins(page, LAPTOP, None)
    assert (margins.inset, margins.abut) == ((False, False, False), (False, True, True))
    css = margins_css(margins, 1280)
    # outweighs base_css's margin above a titled section that follows another element
    assert (
        ".dsl-root.dsl-vflow:not([style*='gap:'])>*+.dsl-section.dsl-abut{margin-top:calc(-1 * var(--gap))}"
        in css
    )


def test_a_coloured_section_with_no_padding_holds_the_pages_margin_inside_it() -> None:
    page = elements({**SECTION_BAND, "style": {"background": "#eef2ff"}})
    margins = page_margins(page, LAPTOP, None)
    assert margins.bands == (True,)
    assert inset_elements(page, margins)[0].className == "dsl-band"


def test_a_top_level_element_that_takes_the_free_room_makes_the_screen_a_column_of_set_height() -> None:
    page = elements(
        {"type": "row", "children": [{"type": "text", "text": "Maya"}]},
        {"type": "column", "style": {"flex": 1}, "children": [{"type": "text", "text": "Hi"}]},
        {"type": "row", "children": [{"type": "input"}]},
    )
    margins = page_margins(page, PHONE, None)
    assert margins.fills
    assert [element.className for element in inset_elements(page, margins)] == [
        "dsl-inset dsl-inset-first",
        "dsl-inset fills-column anchors-end",  # a chat's messages above its composer: newest in view
        "dsl-inset dsl-inset-last",
    ]
    assert ".dsl-root{height:844px}" in margins_css(margins, 390)
    assert "height:" not in margins_css(margins, 390, full_page=True)  # a full page grows with its content
    plain = page_margins(elements({"type": "column", "style": {"flex": "none"}}), PHONE, None)
    assert not plain.fills and "height:" not in margins_css(plain, 390)


BOARD = {
    "type": "column",
    "style": {"flex": 1, "minHeight": 0},
    "children": [{"type": "heading", "text": "Loads"}],
}


def test_a_column_given_the_canvas_size_still_keeps_the_margin_beside_its_navbar() -> None:
    """A board under a navbar, in a column sized to the canvas so that it fills the height: its
    lines sat flush against the canvas edges (x=0), as they do not in the same column unsized."""
    for layout in ({"width": 1280, "height": 800}, None):
        column = {"type": "column", "children": [{"type": "navbar", "title": "Acme"}, BOARD]}
        page = elements({**column, "layout": layout} if layout else column)
        margins = page_margins(page, LAPTOP, None)
        laid = inset_elements(page, margins)[0]
        assert margins.panes, layout
        assert laid.children[1].className == "dsl-line dsl-line-last dsl-line-after-edge", layout
        # Unsized, the column takes the screen's height so that the board fills it; sized, it
        # has its own.
        assert ("dsl-fills-screen" in (laid.className or "")) is (layout is None), laid.className
    assert ".dsl-root>.dsl-fills-screen{flex-grow:1}" in margins_css(margins, 1280)


def test_a_column_padded_at_its_sides_or_coloured_is_still_the_authors_layout_whatever_its_size() -> None:
    for styled in ({"padding": "0 32px"}, {"style": {"background": "#eef"}}):
        page = elements(
            {"type": "column", "layout": {"width": 1280}, **styled, "children": [{"type": "navbar"}, BOARD]}
        )
        margins = page_margins(page, LAPTOP, None)
        assert not margins.panes, styled
        assert "dsl-line" not in (inset_elements(page, margins)[0].children[1].className or "")


def test_a_stack_over_a_coloured_box_under_a_navbar_runs_edge_to_edge() -> None:
    """A profile's cover (a gradient box with a chip laid over it) under its navbar; the stack
    has no colour of its own, its bottom layer has."""
    cover = {
        "type": "stack",
        "layout": {"height": 150},
        "children": [
            {"type": "container", "style": {"background": "#6366f1"}},
            {"type": "chip", "text": "Open to work"},
        ],
    }
    rounded = {
        **cover,
        "children": [{"type": "container", "style": {"background": "#eef", "borderRadius": 12}}],
    }
    page = elements({"type": "column", "children": [{"type": "navbar"}, cover, rounded]})
    laid = inset_elements(page, page_margins(page, LAPTOP, None))[0]
    assert laid.children[1].className is None
    assert "dsl-line" in (laid.children[2].className or "")  # a rounded card over a stack is content


def test_a_button_given_the_full_width_under_a_navbar_keeps_the_margin_a_coloured_one_does_not() -> None:
    """`width: 100%` on a button fills the column's content box, as the lines around it do; a
    box the author coloured or sized to the screen is still a band."""
    page = elements(
        {"type": "column", "layout": {"height": "100%"}, "children": [
            {"type": "navbar", "title": "Step 3 of 3"},
            {"type": "paragraph", "text": "Choose what we notify you about."},
            {"type": "button", "text": "Finish setup", "layout": {"width": "100%"}},
            {"type": "container", "layout": {"width": "100%"}, "children": [{"type": "text", "text": "Band"}]},
            {"type": "button", "text": "Skip", "style": {"background": "#eef"}},
        ]}
    )  # fmt: skip
    laid = inset_elements(page, page_margins(page, PHONE, None))[0]
    classes = [child.className or "" for child in laid.children]
    assert ["dsl-line" in each for each in classes] == [False, True, True, False, False], classes


def test_on_a_canvas_as_tall_as_its_content_no_box_spans_the_screens_height() -> None:
    """`height: auto` (a screen height of 0): a 200 px stack over a rounded gradient, under a
    navbar, was taken for a box as tall as the canvas's least 100 px and ran edge to edge with its
    corners cut; it keeps the margin as on a 360 px canvas. A box as tall as a screen of set
    height still runs edge to edge, and a px width as wide as the screen counts either way."""
    rounded = {
        "type": "container",
        "layout": {"height": 200},
        "style": {"background": "#f0f", "borderRadius": 16},
    }
    promo = {
        "type": "stack",
        "layout": {"height": 200},
        "children": [rounded, {"type": "heading", "text": "Sale"}],
    }
    page = elements({"type": "navbar"}, promo)
    assert (
        page_margins(page, (900, 360), None).inset
        == page_margins(page, (900, 0), None).inset
        == (False, True)
    )
    assert page_margins(elements(rounded), (900, 0), None).inset == (True,)
    assert page_margins(elements(rounded), (900, 200), None).inset == (False,)
    wide = {**promo, "layout": {"width": 900, "height": 200}}
    assert page_margins(elements(wide), (900, 0), None).inset == (False,)
