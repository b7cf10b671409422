"""Crowded rows in the compiled markup: which children of a row keep their line (short texts) and
which give way (longer texts, boxes of content), and the rules that make a header, a wrapping
filter bar, a grid of labelled fields and accordions side by side take their room."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.compiler.wrapping import row_roles
from kernel.dsl.model import Element
from tests.support.css_rules import css_rule
from tests.support.elements import classes_of, render_element

STAMP = {"type": "text", "text": "Tue, Jul 15, 10:42 AM", "size": "sm"}
SENDER = {
    "type": "avatar",
    "name": "Priya Raman",
    "description": "Priya Raman <priya@acme.io> · to me, Marcus",
}
LONG = {"type": "text", "text": "A much longer text that should wrap before the date does."}


def roles(*children: dict[str, Any]) -> list[str]:
    return row_roles([Element.model_validate(child) for child in children])


def test_a_short_text_keeps_its_line_and_a_captioned_avatar_beside_it_gives_way() -> None:
    assert roles(SENDER, {"type": "spacer"}, STAMP) == ["gives-way", "", "keeps-line"]


def test_a_text_of_thirty_characters_or_more_or_of_two_lines_is_not_short() -> None:
    thirty = {"type": "text", "text": "x" * 29 + "y"}
    assert roles(thirty, STAMP) == ["gives-way", "keeps-line"]
    assert roles({"type": "text", "text": "Line one\nLine two"}, STAMP) == ["gives-way", "keeps-line"]
    assert roles({"type": "text", "text": "x" * 29}, STAMP) == ["", ""]  # two short texts: no change


def test_a_box_of_short_texts_and_pills_keeps_its_line_beside_a_column_of_content() -> None:
    meta = {
        "type": "column",
        "children": [{"type": "text", "text": "Yesterday"}, {"type": "badge", "text": "New"}],
    }
    message = {"type": "column", "children": [{"type": "text", "text": "Lena"}, LONG]}
    assert roles(message, meta) == ["gives-way", "keeps-line"]


def test_a_toolbar_of_buttons_and_what_the_author_sized_or_flexed_never_give_way() -> None:
    toolbar = {
        "type": "row",
        "children": [{"type": "button", "label": "Filter"}, {"type": "button", "label": "New"}],
    }
    assert roles({"type": "heading", "text": "People"}, toolbar) == ["", ""]
    assert roles({**LONG, "style": {"flex": 1}}, STAMP) == ["", ""]
    assert roles({**LONG, "layout": {"width": 300}}, STAMP) == ["", ""]


def test_a_child_placed_by_coordinates_has_no_role_and_leaves_the_others_theirs() -> None:
    placed = {"type": "text", "text": "Draft", "layout": {"x": 4, "y": 4}}
    assert roles(LONG, placed, STAMP) == ["gives-way", "", "keeps-line"]


@pytest.mark.parametrize("row_type", ["row", "flex"])
def test_a_row_marks_its_children_on_their_own_boxes(row_type: str) -> None:
    html = render_element(type=row_type, children=[SENDER, {"type": "spacer"}, STAMP])
    assert 'class="dsl-avatar gives-way"' in html
    assert 'class="dsl-spacer"' in html
    assert 'class="dsl-text keeps-line"' in html
    assert classes_of(html)[0] == f"dsl-{row_type}"


def test_a_column_and_a_flex_running_down_mark_nothing() -> None:
    for fields in ({"type": "column"}, {"type": "flex", "direction": "column"}):
        html = render_element(**fields, children=[SENDER, STAMP])
        assert "gives-way" not in html and "keeps-line" not in html


def test_a_row_of_short_texts_renders_as_before() -> None:
    html = render_element(type="row", children=[STAMP, {"type": "text", "text": "3 replies"}])
    assert "keeps-line" not in html and "gives-way" not in html


def test_the_rules_that_share_out_a_crowded_row() -> None:
    assert css_rule(":is(.dsl-row,.dsl-flex).dsl-hflow>.gives-way:not(.has-width)") == {
        "flex-shrink": "1000000"
    }
    assert css_rule(":is(.dsl-row,.dsl-flex).dsl-hflow>.keeps-line:not(.has-width)") == {"max-width": "60%"}


def test_beside_a_flexed_child_a_wrapping_rows_fields_keep_their_natural_width_and_do_not_grow() -> None:
    grows = ".dsl-hflow.is-wrapping.has-flexed-child>:is(.dsl-field,.dsl-control,.dsl-progress:not(.dsl-progress--circle),.dsl-slider,.dsl-skeleton--text):not(.has-width)"
    assert css_rule(grows) == {"flex-grow": "0"}
    assert css_rule(
        ".dsl-hflow.is-wrapping.has-flexed-child>:is(.dsl-field,.dsl-control):not(.has-width)"
    ) == {"flex-basis": "auto"}


def test_a_headers_controls_are_as_wide_as_their_values() -> None:
    assert css_rule(".dsl-header-actions>.dsl-control:not(.has-width)") == {"width": "auto"}


def test_accordions_in_a_row_share_it() -> None:
    assert css_rule(".dsl-hflow>.dsl-accordion:not(.has-width)") == {"flex": "1 1 0%"}


def test_a_pagination_or_a_breadcrumb_gives_way_to_a_short_link_beside_it() -> None:
    """They narrow by drawing a tighter form ("‹ 2 / 3 ›"): "A link" beside a pagination broke
    onto two lines while the pagination left room empty."""
    link = {"type": "link", "text": "A link"}
    assert roles(link, {"type": "pagination", "current": 2, "total": 3}) == ["keeps-line", "gives-way"]
    assert roles({"type": "breadcrumb", "items": ["Home", "Docs"]}, link) == ["gives-way", "keeps-line"]
    assert roles({"type": "button", "label": "New"}, {"type": "pagination", "total": 3}) == ["", ""]
