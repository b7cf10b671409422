"""HTML of the basic, layout, text and form element types (pure: checks the compiled string)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import kernel.dsl.compiler  # noqa: F401  (registers the renderers)
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.registry import element_stylesheets
from kernel.dsl.model import Element
from kernel.dsl.options import Viewport


def render(**fields: Any) -> str:
    """One element's HTML."""
    return RenderContext(viewport=Viewport(800, 600, 1.0)).render(Element.model_validate(fields))


def classes_of(html: str) -> str:
    """The class attribute of the outermost tag."""
    match = re.match(r'<\w+[^>]*?class="([^"]*)"', html)
    assert match, html
    return match.group(1)


# --- basic ---------------------------------------------------------------------------------------


def test_button_defaults_to_primary_medium() -> None:
    html = render(type="button", label="Save")
    assert html.startswith("<button") and '<span class="dsl-button-label">Save</span></button>' in html
    assert classes_of(html) == "dsl-button dsl-button--primary dsl-button--md"


def test_button_variants_sizes_and_states() -> None:
    for variant in ("primary", "secondary", "outline", "ghost", "danger", "link"):
        assert f"dsl-button--{variant}" in classes_of(render(type="button", label="x", variant=variant))
    assert "dsl-button--danger" in classes_of(render(type="button", label="x", variant="destructive"))
    assert "dsl-button--primary" in classes_of(render(type="button", label="x", variant="bogus"))
    assert "dsl-button--lg" in classes_of(render(type="button", label="x", size="lg"))
    disabled = render(type="button", label="x", disabled=True)
    assert "is-disabled" in classes_of(disabled) and " disabled" in disabled


def test_icon_alone_makes_a_square_icon_button() -> None:
    html = render(type="button", icon="bell", variant="ghost")
    assert "is-icon" in classes_of(html) and "<svg" in html
    assert "is-icon" not in classes_of(render(type="button", icon="plus", label="New"))


def test_text_keeps_the_old_class_and_text() -> None:
    html = render(type="text", text="Hello", id="greet", className="big")
    assert html == '<div id="greet" class="dsl-text big">Hello</div>'


def test_plain_input_is_the_control_itself() -> None:
    html = render(type="input", placeholder="Enter username", layout={"width": 336, "height": 45})
    assert classes_of(html).startswith("dsl-input dsl-control")
    assert 'class="dsl-control-placeholder">Enter username<' in html
    assert "width:336px" in html


def test_input_with_label_hint_and_error_is_a_field() -> None:
    html = render(type="input", label="Email", required=True, error="Invalid email", value="a@b")
    assert "dsl-field" in classes_of(html) and "is-invalid" in classes_of(html)
    assert 'class="dsl-field-label">Email<span class="dsl-required">*</span>' in html
    assert "Invalid email" in html and 'class="dsl-control-value">a@b<' in html


def test_password_value_shows_dots_only() -> None:
    html = render(type="input", inputType="password", value="hunter2")
    assert "hunter2" not in html and "•••••••" in html


def test_image_from_a_data_uri_is_an_img() -> None:
    html = render(
        type="image",
        src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC",
        alt="Team photo",
    )
    assert (
        '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC" alt="Team photo">'
        in html
    )


def test_a_button_with_an_icon_and_a_label_may_show_its_icon_alone_and_a_short_label_needs_less_room() -> (
    None
):
    """`has-icon` lets a squeezed button drop its label for its icon; a label shorter than the few
    letters' room it needs (`--few`, 2.5em) needs a share of its own width instead, so that at its
    natural width it is always drawn."""
    long = render(type="button", label="Add to cart", icon="plus")
    assert "has-icon" in classes_of(long) and "--few" not in long
    short = render(type="button", label="OK", icon="check")
    found = re.search(r"--few:([\d.]+)em", short)
    assert found is not None and 0.5 < float(found.group(1)) < 1.5, short
    assert "has-icon" not in classes_of(render(type="button", label="OK"))
    assert "has-icon" not in classes_of(render(type="button", icon="check"))


def test_image_from_anywhere_else_is_a_labelled_placeholder_without_a_source() -> None:
    html = render(type="image", src="http://127.0.0.1:9/photos/hero.jpg?x=1", alt="Hero")
    assert "<img" not in html and "127.0.0.1" not in html
    assert "is-placeholder" in classes_of(html)
    assert ">Hero<" in html and ">hero.jpg<" in html


def test_a_data_uri_drawn_as_a_placeholder_is_captioned_with_no_piece_of_its_data() -> None:
    """A data: URI that holds no picture names no file: its placeholder shows the icon and the alt
    (a card's cover too), never `png;base64,AAAA`, the part after its last slash."""
    for src in (
        "data:image/png;base64,AAAA",
        "DATA:image/svg+xml;utf8,<svg><g></svg>",
        " data:image/jpeg;base64,/9j/",
    ):
        image = render(type="image", src=src, alt="Team photo")
        cover = render(type="card", src=src, alt="Team photo", title="Team")
        for html in (image, cover):
            assert "dsl-image-src" not in html and "base64" not in html.split("dsl-image-alt")[1]
            assert '<span class="dsl-image-alt">Team photo</span>' in html
    assert 'aria-label="Team photo"' in render(
        type="image", src="data:image/png;base64,AAAA", alt="Team photo"
    )
    bare = render(type="image", src="data:image/png;base64,AAAA")
    assert "dsl-image-src" not in bare and "aria-label" not in bare


def test_container_is_a_column_box_for_children() -> None:
    html = render(type="container", gap=8, children=[{"type": "text", "text": "a"}])
    assert classes_of(html) == "dsl-container dsl-vflow keeps-words" and "gap:8px" in html


def test_card_has_title_description_icon_children_and_actions() -> None:
    html = render(
        type="card", title="Revenue", description="Last 30 days", icon="dollar-sign",
        children=[{"type": "text", "text": "$48k"}], actions=["Details", {"label": "Open", "variant": "ghost"}],
    )  # fmt: skip
    assert 'class="dsl-card-title">Revenue<' in html and 'class="dsl-card-desc">Last 30 days<' in html
    assert 'class="dsl-card-icon"><span class="dsl-i"' in html
    assert html.index("$48k") < html.index("dsl-card-actions")
    assert "dsl-button--outline" in html and "dsl-button--ghost" in html


def test_a_cards_text_is_its_body_copy_between_the_head_and_the_children() -> None:
    html = render(
        type="card", title="Fast", text="Warm <b>pool</b>", children=[{"type": "badge", "text": "new"}]
    )
    assert '<p class="dsl-card-text">Warm &lt;b&gt;pool&lt;/b&gt;</p>' in html
    assert html.index("dsl-card-title") < html.index("dsl-card-text") < html.index("dsl-badge")


PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"


def test_a_cards_src_is_a_cover_picture_above_its_head() -> None:
    html = render(type="card", src=PIXEL, alt="Lake at dawn", title="Ten days in the Dolomites")
    assert "has-cover" in classes_of(html)
    cover = '<div class="dsl-image dsl-card-cover"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC" alt="Lake at dawn">'
    assert cover in html
    assert html.index("dsl-card-cover") < html.index("dsl-card-head")


def test_a_cards_src_that_is_not_embedded_draws_the_image_placeholder_as_its_cover() -> None:
    html = render(type="card", src="https://cdn.example.com/img/hero.jpg?w=2", alt="Hero", title="Post")
    assert "<img" not in html and "cdn.example.com" not in html
    assert 'class="dsl-image is-placeholder dsl-card-cover" role="img" aria-label="Hero"' in html
    assert '<span class="dsl-image-alt">Hero</span><span class="dsl-image-src">hero.jpg</span>' in html
    assert "dsl-card-cover" not in render(type="card", title="Post")


def test_a_cards_cover_reaches_past_the_padding_the_author_gave_the_card() -> None:
    """The cover's margins undo the card's padding, which may be the card's own or its style's."""
    assert "--cover-top" not in render(type="card", src="a.png")
    padded = render(type="card", src="a.png", padding=0)
    assert "--cover-top:0px;--cover-right:0px;--cover-left:0px;--cover-bottom:0px" in padded
    styled = render(type="card", src="a.png", style={"padding": "8px 12px 6px", "paddingTop": 4})
    assert "--cover-top:4px;--cover-right:12px;--cover-left:12px;--cover-bottom:6px" in styled


def test_a_row_cards_cover_is_a_side_column_and_its_align_centres_the_row() -> None:
    """In a card whose content runs in a row the cover is the row's first column (`has-side-cover`),
    and `align: center` centres the row rather than making a feature card's centred head."""
    row = render(type="card", direction="row", align="center", src="a.png", title="Casa Bonay")
    assert "has-cover has-side-cover" in classes_of(row) and "is-centered" not in classes_of(row)
    assert row.index("dsl-card-cover") < row.index("dsl-card-head")
    styled = render(type="card", style={"flexDirection": "row"}, src="a.png", title="Casa Bonay")
    assert "has-side-cover" in classes_of(styled)
    column = render(type="card", align="center", src="a.png", title="Casa Bonay")
    assert "has-side-cover" not in classes_of(column) and "is-centered" in classes_of(column)


def test_a_row_cards_content_beside_its_side_cover_is_one_column_and_without_one_a_row() -> None:
    """Beside a side cover the head, text, children and actions are one column (`dsl-card-body`):
    a lone progress bar goes under the title, not into a row where it had no width. A row card
    with no cover is a `dsl-hflow`, so its bar or field shares the row's width as in any row."""
    bar = {"type": "progress", "value": 64}
    side = render(type="card", direction="row", src="a.png", title="Intro to ML", text="Body",
                  children=[bar], actions=["Resume"])  # fmt: skip
    body = side[side.index('<div class="dsl-card-body dsl-vflow">') :]
    assert side.index("dsl-card-cover") < side.index("dsl-card-body")
    assert body.index("dsl-card-head") < body.index("dsl-card-text") < body.index("dsl-progress")
    assert body.index("dsl-progress") < body.index("dsl-card-actions")
    assert not re.search(r"dsl-(v|h)flow", classes_of(side))
    row = render(type="card", direction="row", title="Storage", children=[bar])
    assert "dsl-hflow" in classes_of(row) and "dsl-card-body" not in row
    assert "dsl-card-body" not in render(type="card", src="a.png", title="Top cover", children=[bar])
    assert "dsl-vflow" in classes_of(render(type="card", title="Column", children=[bar]))


def test_a_cards_badge_is_a_pill_at_the_end_of_its_head() -> None:
    html = render(type="card", title="Pro", description="For teams", badge="Most popular")
    head = html[html.index('<div class="dsl-card-head">') :]
    assert head.index("dsl-card-titles") < head.index(
        '<span class="dsl-badge dsl-badge--primary dsl-card-badge"><span class="dsl-badge-text">Most popular</span>'
    )
    assert "dsl-badge--success dsl-card-badge" in render(type="card", title="API", badge="Active")
    assert 'class="dsl-card-head"><span class="dsl-badge' in render(type="card", badge=3)


def test_a_buttons_badge_is_a_count_on_its_corner() -> None:
    html = render(type="button", label="Inbox", icon="inbox", badge=3)
    assert html.endswith(
        '<span class="dsl-button-label">Inbox</span><span class="dsl-button-badge">3</span></button>'
    )
    icon_only = render(type="button", icon="shopping-cart", variant="ghost", badge=3)
    assert '<span class="dsl-button-anchor"><span class="dsl-i"' in icon_only
    assert icon_only.endswith('<span class="dsl-button-badge">3</span></span></button>')
    assert "dsl-button-badge" not in render(type="button", label="Inbox", badge="")


def test_an_icon_goes_after_the_label_of_a_button_or_link_with_icon_position_end() -> None:
    button = render(type="button", label="Next", icon="arrow-right", iconPosition="right")
    assert button.index("dsl-button-label") < button.index('data-icon="arrow-right"')
    start = render(type="button", label="Back", icon="arrow-left")
    assert start.index('data-icon="arrow-left"') < start.index("dsl-button-label")
    link = render(type="link", text="Read more", icon="arrow-right", iconPosition="end")
    assert link.index("Read more") < link.index('data-icon="arrow-right"')


def test_an_action_item_takes_its_icon_side_and_badge_as_a_button_does() -> None:
    section = render(type="section", title="Latest", actions=[{"label": "See all", "icon": "arrow-right",
                                                               "iconPosition": "end", "badge": 3}])  # fmt: skip
    assert section.index("See all") < section.index('data-icon="arrow-right"')
    assert "dsl-button-badge" in section and ">3<" in section


def test_modal_sits_on_a_backdrop_with_title_body_and_actions() -> None:
    html = render(
        type="modal", title="Delete?", children=[{"type": "paragraph", "text": "Gone for good."}],
        actions=["Cancel", {"label": "Delete", "variant": "danger"}],
    )  # fmt: skip
    assert html.startswith('<div class="dsl-modal-backdrop is-dialog"><div class="dsl-modal"')
    assert 'class="dsl-modal-title">Delete?<' in html and "Gone for good." in html
    assert html.index("dsl-button--outline") < html.index("dsl-button--danger")


def test_navbar_has_brand_links_with_one_active_and_children_on_the_right() -> None:
    html = render(
        type="navbar", title="Acme", items=[{"label": "Home", "active": True}, "Docs", {"label": "Inbox", "badge": 4}],
        children=[{"type": "button", "label": "Sign in"}],
    )  # fmt: skip
    assert html.startswith("<nav")
    assert '<span class="dsl-navbar-link is-active">Home</span>' in html
    assert '<span class="dsl-navbar-link">Docs</span>' in html
    assert 'class="dsl-count">4<' in html
    assert html.index("dsl-navbar-end") < html.index("Sign in")


def test_navbar_actions_are_buttons_on_the_right_after_its_children() -> None:
    html = render(
        type="navbar", title="Acme", items=["Home"], children=[{"type": "avatar", "name": "Sam Ortiz"}],
        actions=["Invite", {"label": "New project", "icon": "plus"}],
    )  # fmt: skip
    end = html[html.index("dsl-navbar-end") :]
    assert end.index("dsl-avatar") < end.index("Invite") < end.index("New project")
    assert end.index("dsl-button--outline") < end.index("dsl-button--primary")  # the last one is primary


def test_navbar_active_by_index_or_label() -> None:
    assert 'is-active">Docs<' in render(type="navbar", title="A", items=["Home", "Docs"], active=1)
    assert 'is-active">Docs<' in render(type="navbar", title="A", items=["Home", "Docs"], active="Docs")


def test_old_format_navbar_holds_its_children_directly() -> None:
    html = render(type="navbar", children=[{"type": "text", "text": "Logo", "layout": {"x": 0, "y": 0}}])
    assert "dsl-navbar-end" not in html and '<div class="dsl-abs-layer">' in html


def test_sidebar_items_with_icons_counts_groups_separators_and_footer() -> None:
    html = render(
        type="sidebar", title="Mail",
        items=[{"label": "Inbox", "icon": "inbox", "badge": 8, "active": True}, "-",
               {"label": "Labels", "variant": "group"}, {"label": "Work", "icon": "tag"}],
        children=[{"type": "text", "text": "Storage 80%"}],
    )  # fmt: skip
    assert html.startswith("<aside")
    assert 'class="dsl-sidebar-item is-active" data-item="0/label"><span class="dsl-i"' in html
    assert 'class="dsl-count">8<' in html
    assert (
        'class="dsl-sidebar-sep"' in html and 'class="dsl-sidebar-group" data-item="2/label">Labels<' in html
    )
    assert 'class="dsl-sidebar-end"><div class="dsl-text">Storage 80%' in html


# --- layout --------------------------------------------------------------------------------------


def test_grid_has_equal_columns() -> None:
    html = render(type="grid", columns=3, gap=24, children=[{"type": "card"}])
    assert "grid-template-columns:repeat(3, minmax(0, 1fr))" in html and "gap:24px" in html


def test_row_and_column_tell_children_their_direction() -> None:
    assert "dsl-hflow" in classes_of(render(type="row"))
    assert "dsl-vflow" in classes_of(render(type="column"))
    assert "flex-direction:column" in render(type="flex", direction="column")


def test_stack_layers_children_and_places_them() -> None:
    html = render(type="stack", align="end", justify="center", children=[{"type": "badge", "text": "x"}])
    assert "align-items:end" in html and "justify-items:center" in html
    assert "is-auto" in classes_of(render(type="stack"))


def test_section_header_and_footer() -> None:
    section = render(type="section", title="Regional", description="Language and time")
    assert section.startswith("<section") and ">Regional</h3>" in section and "Language and time" in section
    assert "dsl-section-bar" not in section
    with_actions = render(
        type="section", title="Recent orders", actions=["View all"], children=[{"type": "text"}]
    )
    bar = with_actions[with_actions.index("dsl-section-bar") : with_actions.index("dsl-text")]
    assert bar.index("Recent orders") < bar.index("dsl-section-actions") < bar.index("View all")
    assert "dsl-button--sm" in bar
    header = render(
        type="header",
        title="Users",
        description="All members",
        children=[{"type": "button", "label": "Invite"}],
    )
    assert header.startswith("<header") and ">Users</h1>" in header
    assert header.index("dsl-header-actions") < header.index("Invite")
    with_actions = render(
        type="header", title="Overview", children=[{"type": "badge", "text": "Beta"}],
        actions=[{"label": "Export", "icon": "download"}, "New report"],
    )  # fmt: skip
    right = with_actions[with_actions.index("dsl-header-actions") :]
    assert right.index("Export") < right.index("New report") and "Beta" not in right
    title_line = with_actions[: with_actions.index("dsl-header-actions")]
    assert title_line.index(">Overview</h1>") < title_line.index("Beta")  # a badge follows the title
    assert "dsl-button--outline" in right and "dsl-button--primary" in right
    footer = render(type="footer", text="© 2025 Acme", items=["Docs", "Status"])
    assert footer.startswith("<footer") and "© 2025 Acme" in footer and "<span>Status</span>" in footer


def test_spacer_grows_or_takes_its_size() -> None:
    assert classes_of(render(type="spacer")) == "dsl-spacer"
    sized = render(type="spacer", size=24)
    assert "is-sized" in classes_of(sized) and "--s:24px" in sized


def test_divider_plain_labelled_and_vertical() -> None:
    assert 'role="separator"' in render(type="divider")
    assert "<span>or</span>" in render(type="divider", label="or")
    assert "is-vertical" in classes_of(render(type="divider", direction="vertical"))


# --- text ----------------------------------------------------------------------------------------


def test_heading_levels() -> None:
    assert render(type="heading", text="Title").startswith("<h2")
    assert render(type="heading", text="Title", level=1).startswith('<h1 class="dsl-heading">Title</h1>')


def test_paragraph_link_and_label() -> None:
    assert render(type="paragraph", text="Body").startswith('<p class="dsl-paragraph">Body</p>')
    link = render(type="link", text="Docs", href="javascript:alert(1)")
    assert link.startswith("<a") and " href=" not in link and 'data-href="javascript:alert(1)"' in link
    assert "is-caps" in classes_of(render(type="label", text="PINNED"))
    assert "is-caps" not in classes_of(render(type="label", text="Name"))


@pytest.mark.parametrize(
    ("text", "overline"),
    [("PINNED", True), ("TOTAL", True), ("ROOM SIZES", True), ("WC", False), ("EPC", False), ("IBAN", False),
     ("A4", False), ("B2B", False), ("EPC2", False), ("2024", False), ("HTML", False), ("DONE", True),
     ("NEWS", True)],
)  # fmt: skip
def test_a_short_acronym_label_is_drawn_as_written_not_as_an_overline(text: str, overline: bool) -> None:
    """A floor plan's "WC" and a form's "IBAN" were spaced out small and grey, as section overlines;
    a kanban column's DONE stays one."""
    assert ("is-caps" in classes_of(render(type="label", text=text))) is overline


def style_of(html: str) -> str:
    """The style attribute of the outermost tag ("" when it has none)."""
    match = re.match(r'<\w+(?:\s+[\w-]+="[^"]*")*?\s+style="([^"]*)"', html)
    return match.group(1) if match else ""


def test_a_text_types_size_sets_its_font_size() -> None:
    """xs 12 px to 2xl 22 around the 14 px body, other libraries' words, or px; the author's
    `fontSize` wins; a word it does not know leaves the default (the validator says so)."""
    for kind in ("text", "paragraph", "link", "label"):
        for size, px in (("xs", 12), ("sm", 13), ("md", 14), ("lg", 16), ("xl", 18), ("2xl", 22),
                         ("Large", 16), (20, 20), ("20px", 20)):  # fmt: skip
            assert f"font-size:{px}px" in style_of(render(type=kind, text="Hi", size=size)), (kind, size)
        assert "font-size" not in style_of(render(type=kind, text="Hi"))
        assert "font-size" not in style_of(render(type=kind, text="Hi", size="huge"))
        styled = style_of(render(type=kind, text="Hi", size="xl", style={"fontSize": 30}))
        assert "font-size:30px" in styled and "18px" not in styled


def test_a_labels_line_and_a_links_icon_grow_with_the_size() -> None:
    assert "line-height:27px" in style_of(render(type="label", text="Name", size="xl"))
    assert "line-height:20px" in style_of(render(type="label", text="Name", size="xs"))
    assert 'width="15"' in render(type="link", text="More", icon="arrow-right")
    assert 'width="19"' in render(type="link", text="More", icon="arrow-right", size="xl")


def test_a_badges_size_scales_the_pill_and_its_icon() -> None:
    """sm and lg are classes of their own (the pill's height, padding and text); md, or a size a
    badge does not know, is the default pill."""
    assert "dsl-badge--sm" in classes_of(render(type="badge", text="3", size="sm"))
    large = render(type="badge", text="New", size="lg", icon="sparkles")
    assert "dsl-badge--lg" in classes_of(large) and 'width="14"' in large
    for size in ("md", None, 12, "huge"):
        html = render(type="badge", text="New", size=size)
        assert not re.search(r"dsl-badge--(sm|lg)", classes_of(html)), size
    css = "\n".join(element_stylesheets())
    assert ".dsl-badge--sm{min-height:18px;" in css and ".dsl-badge--lg{min-height:28px;" in css


def test_a_modals_size_sets_its_width_and_layout_width_wins() -> None:
    def dialog_style(**fields: Any) -> str:
        html = render(type="modal", title="Invite", **fields)
        return style_of(html[html.index("<div", 1) :])  # the dialog inside its backdrop

    for size, px in (("sm", 360), ("md", 440), ("lg", 640), ("xl", 840), ("large", 640), (560, 560)):
        assert f"width:{px}px" in dialog_style(size=size), size
    assert "width" not in dialog_style()
    assert dialog_style(size="lg", layout={"width": 500}).count("width:500px") == 1
    assert "640" not in dialog_style(size="lg", layout={"width": 500})


def test_code_inline_and_block() -> None:
    assert render(type="code", text="npm i").startswith('<code class="dsl-code">npm i</code>')
    block = render(type="code", text="a = 1\nb = <2>")
    assert block.startswith("<pre") and "is-block" in classes_of(block) and "b = &lt;2&gt;" in block


def test_code_with_a_language_is_coloured_by_token_and_still_escaped() -> None:
    block = render(type="code", language="python", text='def f(x):\n    return "<b>"  # done')
    # spaces join the run before them: fewer spans, the same colours
    assert '<span class="tk-kw">def </span><span class="tk-fn">f</span>(x):' in block
    assert '<span class="tk-str">&quot;&lt;b&gt;&quot;  </span><span class="tk-com"># done</span>' in block
    assert "<b>" not in block
    inline = render(type="code", language="js", text="const method = 'POST'")
    assert inline.startswith('<code class="dsl-code">') and "tk-" in inline


def test_code_in_an_unknown_or_plain_language_is_plain_escaped_text() -> None:
    for language in ("mermaid", "text"):
        block = render(type="code", language=language, text="a -> <b>\nc")
        assert "tk-" not in block and "a -&gt; &lt;b&gt;" in block


def test_the_last_line_of_a_diff_is_coloured_without_a_final_newline() -> None:
    block = render(type="code", language="diff", text="-timeout: 10\n+timeout: 30")
    assert '<span class="tk-del">-timeout: 10\n</span><span class="tk-ins">+timeout: 30</span>' in block
    assert block.endswith("</span></pre>")


def test_a_code_title_heads_the_block_with_its_language() -> None:
    block = render(type="code", title="app.<py>", language="py", text="x = 1")
    assert "has-title" in classes_of(block) and "is-block" in classes_of(block)
    assert (
        '<div class="dsl-code-title"><span>app.&lt;py&gt;</span><span class="dsl-code-lang">py</span></div>'
        in block
    )
    assert "<pre>" in block


def test_badge_variants_and_chip() -> None:
    assert "dsl-badge--success" in classes_of(render(type="badge", text="ok", variant="success"))
    assert "dsl-badge--danger" in classes_of(render(type="badge", text="x", variant="error"))
    assert "dsl-badge--neutral" in classes_of(render(type="badge", text="x"))
    chip = render(type="chip", text="Design", icon="palette", removable=True)
    assert chip.count("<svg") == 2 and "dsl-chip-remove" in chip
    assert "is-disabled" not in chip and "aria-disabled" not in chip
    disabled = render(type="chip", text="3:00 PM", disabled=True)
    assert "is-disabled" in classes_of(disabled) and 'aria-disabled="true"' in disabled


# --- forms ---------------------------------------------------------------------------------------


def test_form_with_title_fields_and_actions() -> None:
    html = render(
        type="form",
        title="Contact",
        actions=["Cancel", "Send"],
        children=[{"type": "input", "label": "Name"}],
    )
    assert html.startswith("<form") and ">Contact</h2>" in html
    assert html.index("Name") < html.index("dsl-form-actions")
    assert html.index("dsl-button--outline") < html.index("dsl-button--primary")


def test_textarea_rows_set_its_height() -> None:
    """Three lines of 20 px, and the padding and border the density gives (78 px by default)."""
    html = render(type="textarea", label="Notes", rows=3, value="line one")
    assert "is-multiline" in html and "min-height:calc(3 * 20px + var(--control-h) - 18px)" in html
    assert "line one" in html


def test_select_shows_the_chosen_option_or_placeholder_and_a_chevron() -> None:
    chosen = render(type="select", label="Size", options=["S", {"label": "Medium", "value": "m"}], value="m")
    assert 'class="dsl-control-value">Medium<' in chosen and 'data-icon="chevron-down"' in chosen
    empty = render(type="select", options=["S"], placeholder="Pick one")
    assert 'class="dsl-control-placeholder">Pick one<' in empty


def test_checkbox_radio_toggle_states() -> None:
    checked = render(type="checkbox", label="Agree", checked=True)
    assert "is-checked" in classes_of(checked) and 'data-icon="check"' in checked
    assert "is-checked" not in classes_of(render(type="checkbox", label="Agree"))
    radio = render(type="radio", label="Plan", options=["Free", "Pro"], value="Pro")
    assert re.search(
        r'<div class="dsl-choice is-checked"><span class="dsl-radiomark"></span>.{0,80}>Pro<', radio
    )
    assert re.search(r'<div class="dsl-choice"><span class="dsl-radiomark"></span>.{0,80}>Free<', radio)
    cards = render(
        type="radio", variant="cards", value="fast",
        options=[{"label": "Standard", "value": "slow", "description": "3-5 days"}, {"label": "Express", "value": "fast"}],
    )  # fmt: skip
    assert cards.count("dsl-choice is-card") == 2 and "dsl-choice is-card is-checked" in cards
    assert '<span class="dsl-choice-hint">3-5 days</span>' in cards
    assert "is-checked" in classes_of(render(type="toggle", label="On", checked=True))


def test_slider_thumb_sits_at_the_value() -> None:
    html = render(type="slider", label="Volume", min=0, max=200, value=50)
    assert "inset-inline-start:25.00%" in html and ">50</span>" in html


def test_search_has_a_magnifier_and_placeholder() -> None:
    html = render(type="search", placeholder="Find people")
    assert 'data-icon="search"' in html and "Find people" in html


def test_a_low_wide_placeholder_shows_its_alt_beside_the_icon_and_a_thumbnail_only_the_icon() -> None:
    logo = render(type="image", alt="Logo", layout={"width": 120, "height": 64})
    assert "is-strip" in logo and ">Logo</span>" in logo
    thumb = render(type="image", alt="Thumb", layout={"width": 64, "height": 64})
    assert "is-compact" in thumb and ">Thumb</span>" not in thumb


def test_a_sections_level_or_size_enlarges_its_title() -> None:
    assert 'class="dsl-section-title"' in render(type="section", title="Team")
    assert 'class="dsl-section-title is-lg"' in render(type="section", title="Features", level=2)
    assert 'class="dsl-section-title is-xl"' in render(type="section", title="Pricing", size="xl")


def test_a_slider_value_written_as_text_is_placed_by_its_number_and_shown_as_written() -> None:
    html = render(type="slider", label="Budget", min=0, max=400, value="€1,000")
    assert "inset-inline-start:100.00%" in html  # 1,000 is past the max: the thumb stops at the end
    priced = render(type="slider", label="Budget", min=0, max=400, value="€200")
    assert "inset-inline-start:50.00%" in priced and '<span class="dsl-slider-value">€200</span>' in priced
