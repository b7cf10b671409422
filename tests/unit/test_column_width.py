"""Which children of a column that aligns them keep its width, what they take from it, and the
HTML the compiler writes for them (column_width.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.column_width import inherited_alignment, span_classes, spans_column
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.model import Document, Element
from kernel.dsl.options import Viewport


def element(**fields: Any) -> Element:
    return Element.model_validate(fields)


def render(**fields: Any) -> str:
    return RenderContext(viewport=Viewport(800, 600, 1)).render(element(**fields))


CENTRED = element(type="section", align="center")
TABLE = {"type": "table", "columns": ["Feature", "Team"], "rows": [["Users", "5"]]}


@pytest.mark.parametrize(
    "child",
    [TABLE, {"type": "accordion", "items": [{"label": "Q?"}]}, {"type": "card", "title": "Alerts"},
     {"type": "chart", "data": {"labels": ["a"], "values": [1]}}, {"type": "list", "items": ["a"]},
     {"type": "tabs", "items": ["A", "B"]}, {"type": "grid", "children": []}, {"type": "row", "children": []},
     {"type": "form", "children": []}, {"type": "image", "alt": "Screenshot"}],
)  # fmt: skip
def test_a_block_keeps_an_aligned_columns_width(child: dict[str, Any]) -> None:
    assert spans_column(CENTRED, element(**child))
    assert spans_column(element(type="column", align="start"), element(**child))


@pytest.mark.parametrize(
    "child",
    [{"type": "heading", "text": "Plans"}, {"type": "paragraph", "text": "Words"}, {"type": "button", "label": "Go"},
     {"type": "badge", "text": "New"}, {"type": "avatar", "name": "Ana"}, {"type": "image", "alt": "Acme logo"},
     {"type": "tabs", "variant": "segmented", "items": ["Monthly", "Yearly"]},
     {**TABLE, "layout": {"width": 300}}, {**TABLE, "style": {"width": "50%"}},
     {**TABLE, "layout": {"x": 0, "y": 0}}],
)  # fmt: skip
def test_what_has_a_width_of_its_own_or_was_given_one_keeps_it(child: dict[str, Any]) -> None:
    assert not spans_column(CENTRED, element(**child))


def test_a_column_that_does_not_align_marks_nothing() -> None:
    for parent in (element(type="section"), element(type="column", align="stretch")):
        assert not spans_column(parent, element(**TABLE))


def test_a_plain_box_takes_the_columns_alignment_unless_it_says_its_own() -> None:
    assert inherited_alignment(CENTRED, element(type="column")) == {"align": "center"}
    assert inherited_alignment(CENTRED, element(type="flex", direction="column")) == {"align": "center"}
    assert inherited_alignment(CENTRED, element(type="row")) == {"justify": "center"}
    assert inherited_alignment(element(type="column", align="end"), element(type="row")) == {"justify": "end"}
    assert inherited_alignment(CENTRED, element(type="column", align="start")) == {}
    assert inherited_alignment(CENTRED, element(type="row", justify="between")) == {}
    assert inherited_alignment(element(type="column", align="start"), element(type="row")) == {}
    assert inherited_alignment(CENTRED, element(**TABLE)) == {}
    assert inherited_alignment(CENTRED, element(type="row", layout={"width": 200})) == {}


def test_a_run_of_text_takes_the_columns_alignment_unless_it_says_its_own() -> None:
    """Its wrapped lines then line up as the column places it (a long name in a centred card)."""
    for kind in ("heading", "paragraph", "text", "label"):
        assert inherited_alignment(CENTRED, element(type=kind, text="Alexandra")) == {"align": "center"}
    assert inherited_alignment(element(type="card", align="end"), element(type="text", text="a")) == {
        "align": "end"
    }
    assert inherited_alignment(element(type="column", align="start"), element(type="text", text="a")) == {
        "align": "start"
    }
    assert inherited_alignment(CENTRED, element(type="text", text="a", align="start")) == {}
    assert inherited_alignment(CENTRED, element(type="text", text="a", style={"textAlign": "left"})) == {}
    assert inherited_alignment(CENTRED, element(type="text", text="a", layout={"x": 0, "y": 0})) == {}
    assert inherited_alignment(element(type="column", align="stretch"), element(type="text", text="a")) == {}
    assert inherited_alignment(CENTRED, element(type="button", label="Go")) == {}


def test_a_centred_cards_text_is_drawn_centred_under_its_own_path() -> None:
    document = {"elements": [{"type": "card", "align": "center", "children": [
        {"type": "text", "text": "Alexandra Konstantinopoulou-Ramírez"}, {"type": "button", "label": "Go"}]}]}  # fmt: skip
    html = compile_html(Document.model_validate(document), Viewport(800, 600, 1))
    assert re.search(r'class="dsl-text [^"]*is-text-center[^"]*" data-path="/elements/0/children/0"', html)
    assert 'data-path="/elements/0/children/0"' in html and 'data-path="/elements/0/children/1"' in html
    plain = {"elements": [{"type": "card", "children": [{"type": "text", "text": "Alexandra"}]}]}
    assert "is-text-" not in compile_html(Document.model_validate(plain), Viewport(800, 600, 1))


def test_a_grid_puts_its_sized_cells_where_the_column_aligns() -> None:
    assert span_classes(CENTRED, element(type="grid")) == "spans-column centres-cells"
    assert (
        span_classes(element(type="column", align="end"), element(type="grid")) == "spans-column ends-cells"
    )
    assert span_classes(CENTRED, element(**TABLE)) == "spans-column"


def test_a_centred_sections_table_and_inner_column_are_marked_and_the_column_is_centred() -> None:
    html = render(type="section", align="center", children=[
        TABLE, {"type": "column", "children": [{"type": "heading", "text": "Plans"}]}])  # fmt: skip
    assert 'class="dsl-table spans-column' in html
    column = html[html.index('class="dsl-column') :]
    assert 'spans-column" style="flex-direction:column;align-items:safe center"' in column[:100]


def test_a_box_drawn_with_the_columns_alignment_keeps_its_json_path() -> None:
    """A render's warnings name an element by the `data-path` on its tag: the column drawn with
    its section's `align` is still /elements/0/children/0."""
    document = {
        "elements": [
            {"type": "section", "align": "center", "children": [{"type": "column", "children": [TABLE]}]}
        ]
    }
    html = compile_html(Document.model_validate(document), Viewport(800, 600, 1))
    assert 'data-path="/elements/0/children/0"' in html
    assert 'data-path="/elements/0/children/0/children/0"' in html
