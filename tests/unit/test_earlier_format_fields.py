"""The earlier format's fields as its authors meant them: a labelled input, select or textarea
with a fixed height is a control that tall with its label above it, and the HTML attributes of
`customAttributes` that show (a prefilled value, a disabled field) are read as the DSL's own
fields, the ones that show nothing are accepted without a word."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.compiler import compile_html
from kernel.dsl.compiler.context import RenderContext
from kernel.dsl.compiler.earlier_hooks import NO_HOOKS, EarlierHooks, hooks_selected
from kernel.dsl.entities import decoded
from kernel.dsl.model import Document, Element
from kernel.dsl.options import Viewport
from kernel.dsl.validate import validate_document
from kernel.errors import Issue
from tests.support.css_rules import css_rule
from tests.support.elements import classes_of, render_element

PLACED = {"x": 20, "y": 40, "width": 320, "height": 44}


def _box_style(html: str) -> str:
    match = re.match(r'<\w+[^>]*? style="([^"]*)"', html)
    assert match, html
    return match.group(1)


def _control(html: str) -> str:
    match = re.search(r'<div class="dsl-control[^"]*"[^>]*>', html)
    assert match, html
    return match.group(0)


def _warnings(*elements: dict[str, Any]) -> list[Issue]:
    result = validate_document({"elements": list(elements)})
    assert result.errors == [], result.errors
    return result.warnings


def _element(**fields: Any) -> Element:
    document = validate_document({"elements": [fields]}).document
    assert document is not None
    return document.elements[0]


# -- 1. a labelled field with a fixed height --------------------------------------------------------


@pytest.mark.parametrize("kind", ["input", "select", "search"])
def test_a_placed_fields_fixed_height_is_its_controls_and_its_label_goes_above_the_box(kind: str) -> None:
    """The earlier format's `{type: input, label, layout: {height: 44}}`: label and control were
    squeezed into 44 px (a 16 px control); the control is 44 px, the label outside the box."""
    html = render_element(type=kind, label="Full name", placeholder="Your name", layout=PLACED)
    assert classes_of(html)[:3] == [f"dsl-{kind}", "dsl-field", "is-placed-control"]
    box = _box_style(html)
    assert "top:40px" in box and "width:320px" in box and "height" not in box.replace("flex-shrink", "")
    assert 'style="height:44px"' in _control(html)
    label = css_rule(".dsl-field.is-placed-control>.dsl-field-label")
    assert (label["position"], label["bottom"], label["margin-bottom"]) == ("absolute", "100%", "6px")


def test_a_fields_fixed_height_in_a_flow_is_its_controls_and_the_field_grows_around_it() -> None:
    html = render_element(type="input", label="Email", hint="Work email", style={"height": 48})
    assert "is-placed-control" not in classes_of(html) and "has-height" not in classes_of(html)
    assert "height" not in html.split(">", 1)[0]  # the field's own tag: no height of its own
    assert 'style="height:48px"' in _control(html)


def test_a_placed_field_too_near_the_screens_top_draws_its_label_beside_the_control() -> None:
    """26 px (a label's line and the gap) do not fit above a field placed at y 20 on the screen:
    the label would be cut off at the image's top."""
    near_top = render_element(type="input", label="Full name", layout={**PLACED, "y": 20})
    assert "is-label-beside" in classes_of(near_top) and "is-placed-control" not in classes_of(near_top)
    assert css_rule(".dsl-field.is-label-beside")["grid-template-columns"] == "fit-content(40%) minmax(0,1fr)"
    # inside a container its parent's place is not known here: above, as any placed field
    ctx = RenderContext(viewport=Viewport(800, 600, 1.0))
    card = Element.model_validate(
        {"type": "card", "children": [{"type": "input", "label": "Full name", "layout": {**PLACED, "y": 20}}]}
    )
    assert "is-placed-control" in ctx.render(card) and "is-label-beside" not in ctx.render(card)


def test_a_textarea_keeps_the_fixed_height_its_author_gave_it() -> None:
    """Its four rows' minimum (98 px) won over a 60 px height: it ran over what was placed below."""
    bare = render_element(type="textarea", placeholder="About you", layout={**PLACED, "height": 60})
    assert "min-height:0" in _box_style(bare) and "height:60px" in _box_style(bare)
    labelled = render_element(type="textarea", label="Bio", layout={**PLACED, "height": 60})
    assert "is-placed-control" in classes_of(labelled)
    assert 'style="min-height:0;height:60px"' in _control(labelled)
    grown = render_element(type="textarea", label="Bio", layout={"x": 20, "y": 40, "width": 320})
    assert "min-height:calc(4 * 20px" in _control(grown)  # no fixed height: four rows, as before


def test_a_field_without_a_label_or_a_fixed_height_is_drawn_as_before() -> None:
    assert 'style="height' not in render_element(
        type="input", label="Name", layout={"x": 0, "y": 50, "width": 200}
    )
    bare = render_element(type="input", placeholder="Name", layout=PLACED)
    assert classes_of(bare)[:2] == ["dsl-input", "dsl-control"] and "height:44px" in _box_style(bare)


# -- 2. customAttributes read as the DSL's own fields ----------------------------------------------


def test_a_text_inputs_value_disabled_placeholder_and_required_attributes_are_its_fields() -> None:
    """The earlier renderer emitted them: a prefilled, disabled field showed as one."""
    attributes = {"value": "jordan@acme.io", "disabled": "true", "placeholder": "Email", "required": ""}
    element = _element(type="input", label="Email", customAttributes=attributes)
    assert (element.value, element.disabled, element.placeholder, element.required) == (
        "jordan@acme.io", True, "Email", True,
    )  # fmt: skip
    html = render_element(type="input", label="Email", customAttributes=attributes)
    assert "is-disabled" in classes_of(html) and ">jordan@acme.io<" in html and "dsl-required" in html


@pytest.mark.parametrize(
    ("attribute", "field", "written", "read"),
    [
        ("disabled", "disabled", "false", False),
        ("disabled", "disabled", True, True),
        ("value", "value", 42, 42),
        ("placeholder", "placeholder", 10, "10"),
        ("min", "min", "5", 5.0),
    ],
)  # fmt: skip
def test_attribute_values_are_read_as_their_fields_hold_them(
    attribute: str, field: str, written: Any, read: Any
) -> None:
    assert getattr(_element(type="input", customAttributes={attribute: written}), field) == read


def test_a_read_only_attribute_draws_the_dsls_read_only_field() -> None:
    written = {"type": "input", "value": "x", "customAttributes": {"readonly": "readonly"}}
    assert _warnings(written) == []
    html = render_element(**written)
    assert "is-readonly" in classes_of(html) and html == render_element(
        type="input", value="x", readonly=True
    )


def test_the_dsls_own_fields_win_over_the_attributes() -> None:
    element = _element(
        type="input", value="mine", disabled=False, customAttributes={"value": "x", "disabled": "true"}
    )
    assert (element.value, element.disabled) == ("mine", False)


def test_a_checkbox_inputs_value_is_what_a_form_sends_not_its_state() -> None:
    unchecked = render_element(type="input", customAttributes={"type": "checkbox", "value": "yes"})
    assert classes_of(unchecked)[:2] == ["dsl-checkbox", "dsl-choice"] and "is-checked" not in classes_of(
        unchecked
    )


def test_other_types_read_the_attributes_they_draw() -> None:
    assert _element(type="button", label="Go", customAttributes={"disabled": "disabled"}).disabled is True
    assert _element(type="textarea", customAttributes={"value": "Hi", "placeholder": "Bio"}).value == "Hi"
    assert _element(type="checkbox", label="Agree", customAttributes={"checked": "checked"}).checked is True
    assert _element(type="text", text="x", customAttributes={"value": "y"}).value is None


def test_a_typical_earlier_login_form_says_nothing_of_its_attributes() -> None:
    """6-8 warnings for attributes that were honoured or that draw nothing in any browser."""
    placed = {"layout": {"x": 0, "y": 40, "width": 300, "height": 40}}
    warnings = _warnings(
        {"type": "input", "placeholder": "Email", "customAttributes": {"type": "email", "autocomplete": "email",
                                                                        "name": "email", "required": "true"}, **placed},
        {"type": "input", "customAttributes": {"type": "password", "aria-label": "Password", "value": "x"}, **placed},
        {"type": "input", "customAttributes": {"type": "checkbox", "checked": "true", "id": "r"}, **placed},
        {"type": "button", "label": "Sign in", "customAttributes": {"type": "submit", "data-testid": "go",
                                                                      "tabindex": "0", "title": "Sign in"}, **placed},
    )  # fmt: skip
    assert [(issue.path, issue.code) for issue in warnings] == [
        ("/elements/2/customAttributes/id", "field_ignored")
    ]


@pytest.mark.parametrize(
    ("attributes", "name", "code", "message", "suggestion"),
    [
        ({"onclick": "go()"}, "onclick", "ignored_event_handler",
         "'customAttributes': 'onclick' is accepted for compatibility but never emitted (mockups run no code)", None),
        ({"style": "color: red"}, "style", "field_ignored",
         "'customAttributes': 'style' is never emitted, so it is ignored", "the DSL's own field says it: style: {...}"),
        ({"class": "btn"}, "class", "field_ignored",
         "'customAttributes': 'class' is never emitted, so it is ignored", "the DSL's own field says it: className: ..."),
        ({"foo": "bar"}, "foo", "field_ignored", "'customAttributes': 'foo' is never emitted, so it is ignored", None),
        ({"min": "low", "type": "range"}, "min", "invalid_value", "'customAttributes': 'min' is ignored: 'low' is not a number",
         None),
    ],
)  # fmt: skip
def test_an_attribute_really_ignored_is_named_at_its_own_path(
    attributes: dict[str, str], name: str, code: str, message: str, suggestion: str | None
) -> None:
    (issue,) = _warnings({"type": "input", "customAttributes": {"autocomplete": "off", **attributes}})
    assert (issue.path, issue.code, issue.message, issue.suggestion) == (
        f"/elements/0/customAttributes/{name}", code, message, suggestion,
    )  # fmt: skip


def test_an_attribute_the_dsls_own_field_overrides_is_said_not_drawn() -> None:
    (issue,) = _warnings({"type": "input", "value": "a", "customAttributes": {"value": "b"}})
    assert (issue.path, issue.message, issue.suggestion) == (
        "/elements/0/customAttributes/value",
        "'customAttributes': 'value' is not drawn: the element's own 'value' is",
        "remove it from customAttributes",
    )


# -- 3. the earlier renderer's markup hooks, for the css that selects by them ---------------------


def _page(*elements: dict[str, Any], css: str | None = None) -> str:
    document = Document.model_validate({"width": 400, "height": 300, "css": css, "elements": list(elements)})
    return compile_html(document, Viewport(400, 300, 1.0))


def _attribute(tag: str, name: str) -> str | None:
    match = re.search(rf' {name}="([^"]*)"', tag)
    return match.group(1) if match else None


def _body(html: str) -> str:
    return html[html.index("<body>") : html.index("</body>")]


PLACED_TEXT = {"type": "text", "text": "Hi", "layout": {"x": 10, "y": 10, "width": 100, "height": 20}}
CARD = {
    "type": "card",
    "id": "plan",
    "actions": ["Buy"],
    "layout": {"x": 10, "y": 40, "width": 200, "height": 120},
    "children": [PLACED_TEXT, {**PLACED_TEXT, "customAttributes": {"data-testid": 'a"b', "onclick": "x()"}}],
}


@pytest.mark.parametrize(
    ("css", "hooks"),
    [
        (None, NO_HOOKS),
        (".title { color: red } [href] {}", NO_HOOKS),
        (".dsl-element { box-sizing: border-box }", EarlierHooks(element_class=True)),
        ("[data-type='text'].note { font-size: 12px }", EarlierHooks(type_attribute=True)),
        ("[ DATA-TYPE=button] {}", EarlierHooks(type_attribute=True)),
        ("#element-0 { color: red }", EarlierHooks(index_ids=True)),
        (".dsl-canvas { background: #eee }", EarlierHooks(canvas_class=True)),
        (
            "[data-testid='go'], [aria-label] {}",
            EarlierHooks(attributes=frozenset({"data-testid", "aria-label"})),
        ),
        (".dsl-elements, .my-dsl-element-x {}", NO_HOOKS),
    ],
)
def test_the_hooks_a_documents_css_selects_by_are_found(css: str | None, hooks: EarlierHooks) -> None:
    assert hooks_selected(css) == hooks


def test_a_page_whose_css_names_no_hook_carries_none() -> None:
    """The same markup as a page without css: nothing added to documents that do not ask."""
    plain = _body(_page(CARD))
    assert plain == _body(_page(CARD, css=".plan { color: red }"))
    assert "dsl-element" not in plain and "data-type" not in plain and "element-0" not in plain
    assert "data-testid" not in plain


def test_every_element_of_the_document_carries_the_hooks_its_css_selects_by() -> None:
    body = _body(
        _page(PLACED_TEXT, CARD, css=".dsl-element{margin:0} [data-type=text]{color:red} #element-0{}")
    )
    tags = re.findall(r"<\w+[^>]*data-path=[^>]*>", body)
    assert len(tags) == 4  # the two texts on the screen and in the card, the card
    assert all(' class="dsl-element dsl-' in tag for tag in tags), tags
    assert [_attribute(tag, "data-type") for tag in tags] == ["text", "card", "text", "text"]
    # the earlier default id is the index among siblings; an element's own id stays
    assert [_attribute(tag, "id") for tag in tags] == ["element-0", "plan", "element-0", "element-1"]
    assert body.count("dsl-element") == 4  # not on the parts a renderer draws (the card's Buy button)


def test_only_the_data_and_aria_attributes_the_css_selects_by_are_emitted_escaped() -> None:
    body = _body(_page(CARD, css="[data-testid] {color: red} [onclick] {} [data-path] {}"))
    assert ' data-testid="a&quot;b"' in body
    assert "onclick" not in body and "x()" not in body
    assert body.count("data-path=") == 3  # the page's own, never replaced


def test_the_canvas_class_goes_on_the_screens_root() -> None:
    assert '<main class="dsl-root dsl-vflow dsl-canvas">' in _page(
        PLACED_TEXT, css=".dsl-canvas{background:#eee}"
    )
    assert '<main class="dsl-root dsl-vflow">' in _page(PLACED_TEXT)


# -- 4. HTML character references in words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Paris &mdash; France", "Paris — France"),
        ("It&#8217;s &amp; &#x2014;&nbsp;ok", "It’s & —\xa0ok"),
        ("&#0; &#128; &#xD800;", "\ufffd € \ufffd"),  # HTML's rules for numbers, as a browser's
        ("AT&T, R&D; Q&notes &nosuch; &amp", "AT&T, R&D; Q&notes &nosuch; &amp"),  # no reference: as written
        ("&amp;mdash;", "&mdash;"),  # read once
    ],
)
def test_character_references_are_read_as_a_browser_reads_them_in_text(written: str, read: str) -> None:
    assert decoded(written) == read


def test_every_kind_of_words_reads_its_references_but_a_code_elements_code() -> None:
    document = Document.model_validate(
        {
            "title": "Tom &amp; Jerry",
            "elements": [
                {"type": "text", "text": "A &mdash; B", "label": "x&nbsp;y"},
                {"type": "select", "options": ["R&amp;D", {"label": "Q&amp;A", "value": "q&amp;a"}], "value": "q&amp;a"},
                {"type": "table", "columns": [{"key": "a&b", "label": "A &amp; B"}], "rows": [{"a&b": "1 &lt; 2"}, ["&hellip;"]]},
                {"type": "code", "text": "<p>a &amp;&amp; b&nbsp;</p>", "title": "x&amp;y.html"},
                {"type": "input", "customAttributes": {"value": "Designer &amp; tinkerer", "placeholder": "&hellip;"}},
            ],
        }
    )  # fmt: skip
    text, select, table, code, field = document.elements
    assert document.title == "Tom & Jerry" and (text.text, text.label) == ("A — B", "x\xa0y")
    assert [option if isinstance(option, str) else (option.label, option.value) for option in select.options or []] == [
        "R&D", ("Q&A", "q&a"),
    ]  # fmt: skip
    assert select.value == "q&a"
    assert isinstance(table.columns, list) and not isinstance(table.columns[0], str)
    assert (table.columns[0].key, table.columns[0].label, table.rows) == (
        "a&b",
        "A & B",
        [{"a&b": "1 < 2"}, ["…"]],
    )
    assert (code.text, code.title) == ("<p>a &amp;&amp; b&nbsp;</p>", "x&amp;y.html")  # code as written
    assert (field.value, field.placeholder) == ("Designer & tinkerer", "…")


def test_a_tables_text_cells_and_the_controls_in_its_cells_read_their_references() -> None:
    document = Document.model_validate(
        {"elements": [{"type": "table", "columns": ["A", "B"],
                       "rows": [["A &amp; B", {"type": "checkbox", "label": "x &amp; y"}], [1, True]]}]}
    )  # fmt: skip
    (table,) = document.elements
    assert isinstance(table.rows, list) and isinstance(table.rows[0], list)
    text, control = table.rows[0]
    assert text == "A & B" and isinstance(control, Element) and control.label == "x & y"
    assert table.rows[1] == [1, True]


def test_a_reference_to_markup_is_drawn_as_words_never_as_markup() -> None:
    html = _page({"type": "text", "text": "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;hi&lt;/b&gt;"})
    body = _body(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;hi&lt;/b&gt;" in body
    assert "<script" not in html and "<b>" not in body


def test_an_action_buttons_label_is_read_once() -> None:
    """The compiler makes a button of an action: its label, read with the document, is not read again."""
    body = _body(_page({"type": "card", "title": "T", "actions": ["Save &amp;amp; close"]}))
    assert ">Save &amp;amp; close<" in body  # drawn "Save &amp; close"


def test_references_drawn_as_their_characters_are_not_warned_of() -> None:
    assert _warnings({"type": "text", "text": "Ten days &mdash; a diary&hellip;"}) == []
    (issue,) = _warnings({"type": "text", "text": "Ten days &mdash; a **photo** diary"})
    assert issue.message == "Markdown (**...**) in 'text' is drawn as written"
    assert "Ten days —" in (issue.suggestion or "")
