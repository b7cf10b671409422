"""Unknown fields that a close spelling would send to another concept (`time` -> 'active',
`loading` -> 'padding', `bordered` -> 'ordered'): each says what the DSL has for it instead."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.validate import validate_document
from kernel.errors import Issue


def _unknown(document: dict[str, Any], path: str) -> Issue:
    (issue,) = [issue for issue in validate_document(document).errors if issue.path == path]
    assert (issue.code, issue.message) == ("unknown_field", f"unknown field '{path.rsplit('/', 1)[1]}'")
    return issue


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        ({"type": "divider", "orientation": "vertical"}, "orientation", "did you mean 'direction'? direction: vertical"),
        ({"type": "stepper", "items": ["A"], "orientation": "horizontal"}, "orientation",
         "did you mean 'direction'? direction: horizontal"),
        ({"type": "button", "text": "Save", "loading": True}, "loading",
         "a button draws no loading state by itself: icon: loader-circle with disabled: true shows one"),
        ({"type": "table", "columns": ["A"], "loading": True}, "loading",
         "a loading state is an element of its own: a {type: spinner} or {type: skeleton} in its place"),
        ({"type": "text", "text": "Hi", "weight": "bold"}, "weight", "CSS goes in style: {fontWeight: 600}"),
        ({"type": "text", "text": "Hi", "weight": "medium"}, "weight", "CSS goes in style: {fontWeight: 500}"),
        ({"type": "heading", "text": "Hi", "weight": 800}, "weight", "CSS goes in style: {fontWeight: 800}"),
        ({"type": "table", "columns": ["A"], "bordered": True}, "bordered",
         "a table always has a border and a line between rows: remove it; striped: true shades every other row"),
        ({"type": "avatar", "name": "Jo", "shape": "square"}, "shape", "did you mean variant: square?"),
        ({"type": "avatar", "name": "Jo", "rounded": True}, "rounded", "did you mean variant: square?"),
        ({"type": "avatar", "name": "Jo", "shape": "circle"}, "shape", "a face is round by default: remove it"),
        ({"type": "skeleton", "shape": "circle"}, "shape", "did you mean variant: circle?"),
    ],
)  # fmt: skip
def test_element_fields_say_what_the_type_has_instead(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    issue = _unknown({"elements": [element]}, f"/elements/0/{field}")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("kind", "item", "field", "suggestion"),
    [
        ("timeline", {"label": "Shipped", "time": "10:42"}, "time",
         "a timeline entry's time is its 'value', drawn on the right: value: \"10:42\""),
        ("timeline", {"label": "Shipped", "date": "Mon 12 Jul"}, "date",
         "a timeline entry's time is its 'value', drawn on the right: value: \"Mon 12 Jul\""),
        ("list", {"label": "Paid", "date": "Jul 1"}, "date", "an entry's 'value' is drawn on its right: value: \"Jul 1\""),
        ("list", {"label": "Invoice", "amount": "$40"}, "amount", "an entry's 'value' is drawn on its right: value: \"$40\""),
        ("menu", {"label": "Edit", "time": "now"}, "time",
         "an entry draws no time of its own: write it in the label or the description"),
        ("list", {"label": "Jane", "description": "x", "subtitle": "Admin"}, "subtitle", "did you mean 'description'?"),
        ("tabs", {"label": "Inbox", "count": 4}, "count", "did you mean 'badge'? badge: 4"),
        ("sidebar", {"label": "Inbox", "counter": 12}, "counter", "did you mean 'badge'? badge: 12"),
    ],
)  # fmt: skip
def test_item_fields_say_what_the_entry_has_instead(
    kind: str, item: dict[str, Any], field: str, suggestion: str
) -> None:
    issue = _unknown({"elements": [{"type": kind, "items": [item]}]}, f"/elements/0/items/0/{field}")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("field", "value", "suggestion"),
    [
        ("icon", "truck", "an option draws no icon: it has only label, value, description, disabled and variant (its review tone)"),
        ("badge", "Fast", 'an option has only label, value, description, disabled and variant (its review tone): put "Fast" in its description, '
                          "a line under the label"),
        ("recommended", True, "an option has only label, value, description, disabled and variant (its review tone)"),
        ("subtitle", "3-5 days", "did you mean 'description'? It is a line under the option's label"),
        ("lable", "Express", "did you mean 'label'?"),  # a misspelling still gets its spelling
    ],
)  # fmt: skip
def test_radio_option_fields_say_what_an_option_has(field: str, value: Any, suggestion: str) -> None:
    option = {"label": "Express", "value": "express", field: value}
    radio = {"type": "radio", "variant": "cards", "value": "express", "options": [option]}
    issue = _unknown({"elements": [radio]}, f"/elements/0/options/0/{field}")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("document", "suggestion"),
    [
        ({"orientation": "landscape"},
         "there is no orientation: swap width and height, width: 1024, height: 768 for a landscape tablet"),
        ({"device": "mobile", "orientation": "landscape"},
         "there is no orientation: swap width and height, device: mobile, width: 844, height: 390 for a landscape mobile"),
        ({"device": "laptop", "orientation": "portrait"},
         "there is no orientation: swap width and height, device: laptop, width: 800, height: 1280 for a portrait laptop"),
        ({"device": "tablet", "orientation": "portrait"},
         "there is no orientation: a tablet is 768 x 1024 already; width and height set the canvas"),
        ({"landscape": True},
         "there is no orientation: swap width and height, width: 1024, height: 768 for a landscape tablet"),
        # a kiosk's canvas of its own is spoken of as itself, not as a tablet
        ({"width": 1080, "height": 1920, "orientation": "portrait"},
         "there is no orientation: the canvas is 1080 x 1920 already; width and height set it"),
        ({"width": 1080, "height": 1920, "orientation": "landscape"},
         "there is no orientation: swap width and height, width: 1920, height: 1080 for a landscape canvas"),
    ],
)  # fmt: skip
def test_a_document_orientation_says_to_swap_width_and_height(
    document: dict[str, Any], suggestion: str
) -> None:
    field = next(name for name in document if name not in ("device", "width", "height"))
    issue = _unknown({**document, "elements": []}, f"/{field}")
    assert issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("option", "suggestion"),
    [
        ({"text": "Express"}, "did you mean 'label'?"),
        (
            {"label": "Express", "text": "1-2 days"},
            "did you mean 'description'? It is a line under the option's label",
        ),
    ],
)
def test_an_options_text_is_its_label_or_the_line_under_it(option: dict[str, Any], suggestion: str) -> None:
    radio = {"type": "radio", "options": [option]}
    issue = _unknown({"elements": [radio]}, "/elements/0/options/0/text")
    assert issue.suggestion == suggestion


def test_a_close_spelling_still_wins_where_no_word_is_known() -> None:
    issue = _unknown(
        {"elements": [{"type": "timeline", "items": [{"lable": "x"}]}]}, "/elements/0/items/0/lable"
    )
    assert issue.suggestion == "did you mean 'label'?"


@pytest.mark.parametrize(
    ("document", "path", "suggestion"),
    [
        ({"width": "454px", "height": 454}, "/width", "numbers are px: write 454"),
        # height takes a number or auto: "800px" said "'800px' is not one of 'auto' (use 'auto')"
        ({"width": 1280, "height": "800px"}, "/height", "numbers are px: write 800"),
        ({"scale": "2x"}, "/scale", "a scale is a plain number: write 2"),
        ({"scale": "@1.5x"}, "/scale", "a scale is a plain number: write 1.5"),
    ],
)
def test_a_canvas_number_written_with_a_unit_suggests_the_number(
    document: dict[str, Any], path: str, suggestion: str
) -> None:
    """`width: "454px"` or `scale: "2x"` said only 'expected a number': the number is given."""
    issues = [issue for issue in validate_document({**document, "elements": []}).errors if issue.path == path]
    assert [issue.suggestion for issue in issues] == [suggestion]


def test_an_unknown_device_lists_the_presets_once() -> None:
    """`device: watch` listed the four presets in the message and again in the suggestion."""
    issue = next(issue for issue in validate_document({"device": "watch", "elements": []}).errors)
    assert issue.message == "'watch' is not one of 'desktop', 'laptop', 'tablet' or 'mobile'"
    assert "desktop" not in (issue.suggestion or "")
    assert "width: 227, height: 227, scale: 2" in (issue.suggestion or "")


@pytest.mark.parametrize("word", ["note", "sticky-note", "annotation"])
def test_a_note_element_is_sent_to_the_documents_annotations_or_a_card_not_to_a_footer(word: str) -> None:
    (issue,) = validate_document({"elements": [{"type": word, "text": "Side note"}]}).errors
    assert issue.code == "unknown_type" and issue.suggestion is not None
    assert (
        "annotations: [{target: <element id>, text: ...}]" in issue.suggestion
        and "a card" in issue.suggestion
    )
    assert "footer" not in issue.suggestion


def test_an_unknown_annotation_field_lists_the_fields_an_annotation_takes() -> None:
    document = {"elements": [{"type": "button", "id": "b", "label": "Go"}],
                "annotations": [{"target": "b", "text": "hello", "position": "left"}, {"target": "b", "kind": "x"}]}  # fmt: skip
    placed = _unknown(document, "/annotations/0/position").suggestion or ""
    assert placed.startswith("the note goes beside its pin on whichever side keeps it on the canvas; ")
    assert "an annotation's fields are target, text, label, color" in placed
    other = _unknown(document, "/annotations/1/kind").suggestion or ""
    assert other.startswith("an annotation's fields are target, text, label, color"), other


@pytest.mark.parametrize("style", [{"flex": 1}, {"flexGrow": 1}])
def test_a_growing_flex_on_a_navbars_child_warns_and_names_layout_width(style: dict[str, Any]) -> None:
    search = {"type": "search", "placeholder": "Search", "style": style}
    result = validate_document({"elements": [{"type": "navbar", "title": "Logo", "children": [search]}]})
    (name,) = style
    (issue,) = [issue for issue in result.warnings if issue.path == f"/elements/0/children/0/style/{name}"]
    assert issue.code == "field_ignored" and name in issue.message and "search" in issue.message
    assert issue.suggestion == "size it with layout.width instead: layout: {width: 600}"


def test_a_navbars_child_sized_by_layout_width_does_not_warn() -> None:
    search = {"type": "search", "placeholder": "Search", "layout": {"width": 600}}
    result = validate_document({"elements": [{"type": "navbar", "title": "Logo", "children": [search]}]})
    assert result.warnings == []
