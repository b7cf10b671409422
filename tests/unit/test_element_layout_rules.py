"""Layout rules behind reported rendering faults: explicit sizes win, layers stretch, bubbles float."""

from __future__ import annotations

import re

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from tests.support.css_rules import css_rule
from tests.support.elements import classes_of
from tests.support.elements import render_element as render

# --- image placeholder: an explicit size wins over the minimum height -------------------------


def test_placeholder_keeps_a_minimum_height_when_none_is_given() -> None:
    html = render(type="image", src="https://x/hero.jpg", alt="Hero", layout={"width": 300})
    assert "is-sized" not in classes_of(html)
    assert css_rule(".dsl-image.is-placeholder")["min-height"] == "120px"


def test_an_explicit_height_lifts_the_placeholder_minimum() -> None:
    for fields in ({"layout": {"height": 56}}, {"style": {"height": 56}}, {"style": {"maxHeight": "4rem"}}):
        html = render(type="image", src="https://x/a.png", **fields)
        assert "is-sized" in classes_of(html), fields
    assert css_rule(".dsl-image.is-placeholder.is-sized")["min-height"] == "0"


def test_a_small_placeholder_is_a_thumbnail_with_only_its_icon() -> None:
    html = render(type="image", src="https://x/thumb.png", alt="Thumb", layout={"width": 56, "height": 56})
    assert "is-compact" in classes_of(html)
    assert "Thumb<" not in html and "thumb.png<" not in html
    assert 'width="25"' in html  # the icon scales with the box
    big = render(type="image", src="https://x/thumb.png", alt="Thumb", layout={"width": 240, "height": 160})
    assert "is-compact" not in classes_of(big) and ">Thumb<" in big and ">thumb.png<" in big


# --- stack: backdrop layers stretch, content layers are placed ---------------------------------


def test_an_aligned_stack_stretches_its_empty_backdrop_and_places_the_rest() -> None:
    html = render(
        type="stack",
        align="center",
        justify="center",
        layout={"height": 140},
        children=[
            {"type": "container", "id": "bg", "style": {"background": "#6366f1"}},
            {"type": "text", "id": "caption", "text": "Hello"},
        ],
    )
    backdrop = html[html.index('id="bg"') - 5 :]
    assert "justify-self:stretch" in backdrop.split(">", 1)[0]
    assert "align-self:stretch" in backdrop.split(">", 1)[0]
    caption = html[html.index('id="caption"') - 5 :].split(">", 1)[0]
    assert "stretch" not in caption


def test_stretching_respects_sizes_and_the_authors_own_placement() -> None:
    html = render(
        type="stack",
        align="center",
        children=[
            {"type": "container", "id": "a", "layout": {"height": 48}},
            {"type": "image", "id": "b", "src": "https://x/c.jpg", "style": {"justifySelf": "end"}},
            {"type": "column", "id": "c", "children": [{"type": "text", "text": "content"}]},
        ],
    )
    first = html[html.index('id="a"') :].split(">", 1)[0]
    assert "justify-self:stretch" in first and "align-self" not in first  # its height is its own
    second = html[html.index('id="b"') :].split(">", 1)[0]
    assert "justify-self:end" in second and "align-self:stretch" in second
    third = html[html.index('id="c"') :].split(">", 1)[0]
    assert "stretch" not in third  # a box with content is placed by align/justify


def test_an_unaligned_stack_leaves_its_layers_alone() -> None:
    html = render(type="stack", children=[{"type": "container", "id": "bg"}])
    assert "stretch" not in html


# --- pie and donut: pie and legend fit the box they are given ----------------------------------


def test_pie_fold_width_follows_the_legend_and_stays_on_a_stylesheet_step() -> None:
    from kernel.dsl.compiler.charts.pie_legend import PIE_FOLD_CSS, pie_fold_width

    narrow, wide = pie_fold_width(180, 90), pie_fold_width(180, 200)
    assert narrow < wide and narrow % 20 == 0 and wide % 20 == 0
    for width in (narrow, wide, pie_fold_width(40, 0), pie_fold_width(900, 900)):
        assert f"@container (width < {width}px){{.dsl-fold-{width}{{" in PIE_FOLD_CSS


def test_a_pie_is_as_tall_as_its_box_with_the_legend_beside_or_folded_below() -> None:
    html = render(
        type="chart",
        variant="pie",
        layout={"height": 180},
        data={"labels": ["Direct", "Search", "Social"], "values": [3, 2, 1]},
    )
    assert "--pie-h:180px" in html and re.search(r"dsl-chart-pie dsl-fold-\d+", html)
    assert "contain-intrinsic-inline-size:" in html  # a natural width where a row shrink-wraps it
    assert css_rule(".dsl-chart-body.is-pie,.dsl-chart-body.is-donut")["container-type"] == "inline-size"
    pie = css_rule(".dsl-chart-pie")
    assert pie["height"] == "var(--pie-h)" and pie["flex-direction"] == "var(--pie-dir,row)"
    figure = css_rule(".dsl-chart-pie-figure")
    assert figure["max-width"] == "100%" and figure["max-height"] == "100%"  # never wider than the box
    legend = css_rule(".dsl-chart-pie .dsl-chart-legend")
    assert legend["overflow"] == "hidden" and legend["max-height"] == "100%"


def test_a_titled_pie_leaves_room_for_its_title() -> None:
    html = render(
        type="chart",
        variant="donut",
        title="Channels",
        layout={"height": 200},
        data={"labels": ["A", "B"], "values": [1, 1]},
    )
    assert "--pie-h:162px" in html


# --- text in a crowded row: words stay whole, only long tokens break ---------------------------


def test_text_never_breaks_inside_a_word() -> None:
    for selector in (".dsl-text", ".dsl-heading"):
        declarations = css_rule(selector)
        assert declarations["overflow-wrap"] == "normal" and declarations["word-break"] == "normal"
    assert "has-long-word" not in classes_of(render(type="text", text="$16"))


def test_a_long_token_may_still_break_so_long_text_wraps() -> None:
    html = render(type="text", text="See https://example.com/a/very/long/path/to/somewhere")
    assert "has-long-word" in classes_of(html)
    assert css_rule(".has-long-word")["overflow-wrap"] == "anywhere"
    assert "has-long-word" in classes_of(render(type="paragraph", text="x" * 30))


def test_a_box_of_short_texts_is_not_squeezed_below_its_longest_word() -> None:
    price = {"type": "column", "children": [{"type": "text", "text": "$16"}, {"type": "text", "text": "/mo"}]}
    html = render(type="row", children=[price, {"type": "badge", "text": "Popular"}])
    inner = html[html.index("dsl-column") - 12 :]
    assert "keeps-words" in inner.split(">", 1)[0]
    assert css_rule(":is(.dsl-row,.dsl-flex,.dsl-column,.dsl-container).keeps-words")["min-width"] == "auto"
    nested = render(
        type="container", children=[{"type": "row", "children": [{"type": "text", "text": "ok"}]}]
    )
    assert "keeps-words" in classes_of(nested)


def test_a_box_with_wide_content_may_still_shrink() -> None:
    for child in ({"type": "table", "columns": ["a"]}, {"type": "input"}, {"type": "chart"}):
        html = render(type="column", children=[{"type": "text", "text": "x"}, child])
        assert "keeps-words" not in classes_of(html), child
    assert "keeps-words" not in classes_of(render(type="column"))


# --- avatar: border, background and size style go on the round face ----------------------------


def _face(html: str) -> str:
    return html[html.index('class="dsl-avatar-face') :].split(">", 1)[0]


def test_avatar_border_and_background_draw_on_the_round_face() -> None:
    html = render(
        type="avatar", name="Jane Doe", style={"border": "3px solid #6366f1", "background": "#fef3c7"}
    )
    wrapper = html.split(">", 1)[0]
    assert "border" not in wrapper and "background" not in wrapper
    assert "border:3px solid #6366f1" in _face(html) and "background:#fef3c7" in _face(html)


def test_avatar_style_size_sizes_the_face_and_other_keys_stay_on_the_wrapper() -> None:
    html = render(type="avatar", name="Bob Ray", style={"width": 56, "height": 56, "marginLeft": 8})
    assert "width:56px;height:56px" in _face(html)
    wrapper = html.split(">", 1)[0]
    assert "margin-left:8px" in wrapper and "width" not in wrapper


def test_avatar_group_faces_share_the_face_style_and_overlap() -> None:
    html = render(type="avatar", items=["Ann", "Bob"], style={"borderColor": "red"})
    assert html.count("border-color:red") == 2
    assert css_rule(".dsl-avatar-group")["gap"] == "0"


# --- tooltip: the bubble floats and takes no room in the flow ----------------------------------


def test_tooltip_bubble_is_placed_by_its_target_and_flips_to_the_side_with_room() -> None:
    """The bubble floats over the layout, anchored to its target: shifted along the screen's edge
    (8 px inside it) and flipped to the other side when its own has no room, its arrow placed by
    the target too (the pixels are checked in tests/integration/test_render_tooltip_placement.py)."""
    html = render(type="tooltip", text="Copy link", children=[{"type": "button", "label": "Share"}])
    assert "is-standalone" not in classes_of(html) and "dsl-tooltip--top" in classes_of(html)
    assert css_rule(".dsl-tooltip-target")["anchor-name"] == "--dsl-tip"
    assert css_rule(".dsl-tooltip")["anchor-scope"] == "--dsl-tip"  # each bubble finds its own target
    floating = css_rule(".dsl-tooltip:not(.is-standalone)>.dsl-tooltip-bubble")
    assert floating["position"] == "fixed" and floating["position-anchor"] == "--dsl-tip"
    assert css_rule(".dsl-root:has(.dsl-tooltip-target)")["contain"] == "layout"  # the screen holds it
    top = css_rule(".dsl-tooltip--top:not(.is-standalone)>.dsl-tooltip-bubble")
    assert top["position-area"] == "top" and top["position-try-fallbacks"] == "flip-block"
    assert top["inset-inline"] == "8px" and top["align-self"] == "unsafe end"
    for side, flip in (("bottom", "flip-block"), ("left", "flip-inline"), ("right", "flip-inline")):
        rule = css_rule(f".dsl-tooltip--{side}:not(.is-standalone)>.dsl-tooltip-bubble")
        assert rule["position-area"] == side and rule["position-try-fallbacks"] == flip


def test_tooltip_without_children_is_the_bubble_in_the_flow() -> None:
    html = render(type="tooltip", text="Hint")
    assert "is-standalone" in classes_of(html) and "dsl-tooltip-target" not in html
    assert css_rule(".dsl-tooltip.is-standalone>.dsl-tooltip-bubble")["position"] == "relative"


# --- footer: side padding by default -----------------------------------------------------------


def test_footer_text_keeps_off_the_canvas_edge() -> None:
    assert css_rule(".dsl-footer")["padding"] == "16px 24px"
    html = render(type="footer", text="© 2025 Acme", padding="12px 40px")
    assert "padding:12px 40px" in html  # the author's padding still wins


# --- list: light rows by default for icon lists, bordered only for rich items ------------------


def test_list_defaults_follow_what_the_items_carry() -> None:
    assert "dsl-list--plain" in classes_of(render(type="list", items=["a", "b"]))
    icons = render(type="list", items=[{"label": "Runbook", "icon": "file-text"}])
    assert "dsl-list--rows" in classes_of(icons) and "dsl-list--divided" not in classes_of(icons)
    rich = render(type="list", items=[{"label": "Review", "description": "Today", "icon": "calendar"}])
    assert "dsl-list--divided" in classes_of(rich)


def test_list_variants_can_be_chosen() -> None:
    divided = render(type="list", variant="divided", items=[{"label": "a", "icon": "x"}])
    assert "dsl-list--divided" in classes_of(divided)
    plain = render(type="list", variant="plain", items=[{"label": "a", "description": "b", "badge": "New"}])
    assert "dsl-list--rows" in classes_of(plain) and ">New<" in plain and ">b<" in plain
    checklist = render(type="list", variant="checklist", items=["SSO", {"label": "Audit", "icon": "shield"}])
    assert "dsl-list--checklist" in classes_of(checklist) and checklist.count("<svg") == 2
    assert css_rule(".dsl-list--checklist .dsl-list-lead")["color"] == "var(--success)"
    plain_rows = css_rule(".dsl-list--rows .dsl-list-item")
    assert plain_rows["border"] == "0" and plain_rows["padding"] == "0"


def test_list_variants_are_known_to_the_validator() -> None:
    from kernel.dsl.validate import validate_document

    for variant in ("bullet", "plain", "checklist", "divided"):
        result = validate_document({"elements": [{"type": "list", "variant": variant, "items": ["a"]}]})
        assert result.ok and result.warnings == [], variant
    result = validate_document({"elements": [{"type": "list", "variant": "checklst", "items": ["a"]}]})
    assert result.ok and [w.code for w in result.warnings] == ["unknown_variant"]


# --- header: a title size that suits a top bar or a page ---------------------------------------


def _title_classes(html: str) -> str:
    return html[html.index('class="dsl-header-title') :].split('"', 2)[1]


def test_header_title_is_smaller_in_a_bare_top_bar_than_on_a_page() -> None:
    bar = render(type="header", title="Acme", children=[{"type": "button", "label": "Sign in"}])
    page = render(type="header", title="Users", description="All members")
    assert _title_classes(bar) == "dsl-header-title is-md"
    assert _title_classes(page) == "dsl-header-title is-lg"
    assert css_rule(".dsl-header-title.is-md")["font-size"] == "18px"
    assert css_rule(".dsl-header-title")["font-size"] == "24px"


def test_header_size_or_level_picks_the_title_size() -> None:
    assert _title_classes(render(type="header", title="A", size="sm")).endswith("is-sm")
    assert _title_classes(render(type="header", title="A", size="xl", description="d")).endswith("is-xl")
    assert _title_classes(render(type="header", title="A", level=1)).endswith("is-xl")
    assert _title_classes(render(type="header", title="A", level=5)).endswith("is-sm")
    assert css_rule(".dsl-header-title.is-sm")["font-size"] == "16px"
    assert css_rule(".dsl-header-title.is-xl")["font-size"] == "30px"
