"""Suggestions an agent's repair loop follows to the letter: each must draw what was meant (a row
in `layout` is the element's own `direction`, not CSS's writing direction), and no mistake may
hide behind noise (a button's `children` text, a `title` on a button, a grouped error's paths)."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.validate import validate_document


def _errors(*elements: dict[str, Any], **fields: Any) -> dict[str, Any]:
    result = validate_document({**fields, "elements": list(elements)})
    return {issue.path: issue for issue in result.errors}


def _warnings(*elements: dict[str, Any], **fields: Any) -> dict[str, Any]:
    result = validate_document({**fields, "elements": list(elements)})
    return {issue.path: issue for issue in result.warnings}


# --- 1. flow fields written in layout ----------------------------------------------------------


def test_a_row_direction_in_layout_is_the_elements_own_direction() -> None:
    found = _errors({"type": "container", "layout": {"direction": "row", "align": "center"},
                     "children": [{"type": "button", "label": "One"}]})  # fmt: skip
    assert found["/elements/0/layout/direction"].suggestion == (
        "'direction' is the element's own field, not layout's: direction: \"row\" (or type: row)"
    )
    assert found["/elements/0/layout/align"].suggestion == (
        "'align' is the element's own field, not layout's: align: \"center\""
    )


def test_the_suggested_repair_validates() -> None:
    repaired = {"type": "container", "direction": "row", "align": "center",
                "children": [{"type": "button", "label": "One"}, {"type": "button", "label": "Two"}]}  # fmt: skip
    result = validate_document({"elements": [repaired]})
    assert result.ok and result.warnings == []


def test_a_row_direction_on_a_type_without_children_says_to_wrap_in_a_row() -> None:
    found = _errors({"type": "button", "label": "Go", "layout": {"direction": "row", "align": "center"}})
    assert "{type: row, children: [...]}" in (found["/elements/0/layout/direction"].suggestion or "")
    assert "not layout's" in (found["/elements/0/layout/align"].suggestion or "")
    assert "style" not in (found["/elements/0/layout/direction"].suggestion or "")


@pytest.mark.parametrize("value", ["row", "column", "horizontal"])
def test_a_flow_word_in_styles_direction_is_an_error_that_says_where_it_goes(value: str) -> None:
    found = _errors({"type": "container", "style": {"direction": value},
                     "children": [{"type": "button", "label": "One"}]})  # fmt: skip
    issue = found["/elements/0/style/direction"]
    assert issue.code == "invalid_style_value"
    assert "ltr or rtl" in issue.message
    assert issue.suggestion is not None and "direction: row on the element itself" in issue.suggestion


@pytest.mark.parametrize("value", ["rtl", "ltr", "inherit"])
def test_a_writing_direction_in_style_is_still_fine(value: str) -> None:
    assert _errors({"type": "text", "text": "x", "style": {"direction": value}}) == {}


def test_no_suggestion_moves_a_value_to_a_css_property_that_would_not_take_it() -> None:
    found = _errors({"type": "text", "text": "x", "layout": {"flexDirection": "sideways"}})
    assert "style" not in (found["/elements/0/layout/flexDirection"].suggestion or "")
    found = _errors({"type": "text", "text": "x", "layout": {"flexDirection": "row"}})
    assert found["/elements/0/layout/flexDirection"].suggestion == (
        'layout holds x, y and sizes; other CSS goes in style: {flexDirection: "row"}'
    )


# --- 2. words written as children, a button's title, elements with no words -------------------


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        ({"type": "button", "variant": "primary", "children": "Sign in"},
         "its words go in 'label', not in children: label: \"Sign in\""),
        ({"type": "heading", "level": 2, "children": "Welcome back"},
         "its words go in 'text', not in children: text: \"Welcome back\""),
        ({"type": "card", "children": "Hello"},
         "children is a list of elements: children: [{type: text, text: \"Hello\"}]"),
    ],
)  # fmt: skip
def test_words_written_as_children_say_the_field_they_go_in(element: dict[str, Any], suggestion: str) -> None:
    result = validate_document({"elements": [element]})
    (error,) = result.errors
    assert (error.path, error.suggestion) == ("/elements/0/children", suggestion)
    assert [w for w in result.warnings if w.code in ("empty_button", "empty_text")] == []


def test_a_text_child_of_a_button_says_its_words_go_in_label() -> None:
    button = {"type": "button", "children": [{"type": "text", "text": "Sign in"}]}
    found = _warnings(button)
    assert (
        found["/elements/0/children"].suggestion
        == "its words go in 'label', not in a child: label: \"Sign in\""
    )
    assert found["/elements/0"].suggestion == 'give it its words: label: "Sign in"'


def test_a_buttons_title_is_read_as_its_label() -> None:
    result = validate_document({"elements": [{"type": "button", "title": "Submit", "variant": "primary"}]})
    assert (result.errors, result.warnings) == ([], [])
    assert result.document is not None
    assert result.document.elements[0].label == "Submit"


def test_a_title_beside_an_icon_is_not_read_as_a_label() -> None:
    found = _warnings({"type": "button", "icon": "trash", "title": "Delete"})
    assert found["/elements/0/title"].code == "field_ignored"


@pytest.mark.parametrize("kind", ["heading", "paragraph", "badge", "link"])
def test_an_element_of_words_without_any_warns(kind: str) -> None:
    (warning,) = validate_document({"elements": [{"type": kind}]}).warnings
    assert (warning.path, warning.code) == ("/elements/0", "empty_text")
    assert warning.suggestion is not None and warning.suggestion.startswith("give it its words:")


@pytest.mark.parametrize(
    "element",
    [{"type": "heading", "title": "Settings"}, {"type": "link", "href": "https://example.com"},
     {"type": "badge", "icon": "star"}, {"type": "badge", "value": 3}],
)  # fmt: skip
def test_an_element_with_words_in_any_field_it_draws_does_not_warn(element: dict[str, Any]) -> None:
    assert validate_document({"elements": [element]}).warnings == []


def test_words_in_a_field_not_drawn_are_told_once() -> None:
    found = _warnings({"type": "paragraph", "value": "Some words"})
    assert list(found) == ["/elements/0/value"]


# --- 8. other libraries' plain synonyms ---------------------------------------------------------


def test_plain_synonyms_are_read_as_the_dsls_words() -> None:
    document = {"elements": [
        {"type": "stepper", "steps": ["Cart", "Shipping", "Payment"]},
        {"type": "accordion", "items": [{"title": "Can I cancel?", "content": "Yes."}]},
        {"type": "list", "items": [{"title": "Alice commented", "subtitle": "2 min ago"}]},
        {"type": "switch", "label": "Wi-Fi"},
        {"type": "heading", "level": "h3", "text": "Billing"},
    ]}  # fmt: skip
    result = validate_document(document)
    assert (result.errors, result.warnings) == ([], [])
    assert result.document is not None
    stepper, accordion, listing, switch, heading = result.document.elements
    assert [item.label if not isinstance(item, str) else item for item in stepper.items or []] == [
        "Cart", "Shipping", "Payment"]  # fmt: skip
    assert (accordion.items or [])[0].label == "Can I cancel?"  # type: ignore[union-attr]
    assert (accordion.items or [])[0].description == "Yes."  # type: ignore[union-attr]
    assert (listing.items or [])[0].description == "2 min ago"  # type: ignore[union-attr]
    assert (switch.type, heading.level) == ("toggle", 3)


def test_a_synonym_beside_the_dsls_own_word_stays_an_error() -> None:
    found = _errors({"type": "list", "items": [{"label": "Alice", "title": "Bob"}]})
    assert found["/elements/0/items/0/title"].code == "unknown_field"
    found = _errors({"type": "stepper", "items": ["A"], "steps": ["B"]})
    assert found["/elements/0/steps"].suggestion == "did you mean 'items'?"


# --- 3. a grouped issue's paths ------------------------------------------------------------------


def test_a_grouped_issue_lists_every_path_it_stands_for() -> None:
    document = {"elements": [{"type": "stat", "label": "Users", "value": 10, "delta": "+5%"},
                             {"type": "stat", "label": "Churn", "value": 2, "delta": "-1%"},
                             {"type": "stat", "label": "MRR", "value": 3, "delta": "+2%"}]}  # fmt: skip
    (error,) = validate_document(document).errors
    assert error.message == "unknown field 'delta'; and 2 more like it at /elements/1..2/delta"
    assert error.as_dict()["paths"] == ["/elements/0/delta", "/elements/1/delta", "/elements/2/delta"]


def test_an_issue_at_one_path_has_no_paths() -> None:
    (error,) = validate_document(
        {"elements": [{"type": "stat", "label": "U", "value": 1, "delta": "+5%"}]}
    ).errors
    assert "paths" not in error.as_dict()


# --- 4. JSON syntax errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ('{"elements": [{"type": "heading", "text": "Cut"}, {"type": "button", "label": "Go"',
         "the document ends early at line 1: it may have been cut off"),
        ('{"elements": [{"type": "heading", "text": "Cut off in a str',
         "the document ends early at line 1: it may have been cut off"),
        ("{'elements': [{'type': 'heading', 'text': 'Single'}]}", "this looks like a Python dict"),
        ('{"elements": [{"type": "heading", "text": "T", "disabled": False}]}', "this looks like a Python dict"),
        ("{\u201celements\u201d: []}", "curly quotes"),
        ('{"elements": [{"type": "heading", "text": "T"}]}\nNote: adjust colours as needed.',
         "text after the JSON at line 2 column 1: remove it"),
    ],
)  # fmt: skip
def test_a_json_syntax_error_says_its_likely_cause(text: str, start: str) -> None:
    (error,) = validate_document(text, filename="page.json").errors
    assert error.code == "parse_error"
    assert error.suggestion is not None and error.suggestion.startswith(start), error.suggestion


def test_curly_quotes_inside_a_string_are_not_blamed() -> None:
    (error,) = validate_document(
        '{"elements": [{"type": "text", "text": "\u201chi\u201d" "x"}]}', filename="a.json"
    ).errors
    assert error.suggestion is None


# --- 5. a $schema pointer --------------------------------------------------------------------------


def test_a_schema_pointer_at_the_root_is_accepted_and_ignored() -> None:
    text = '{"$schema": "https://json-schema.org/draft/2020-12/schema", "elements": [{"type": "heading", "text": "Hi"}]}'
    result = validate_document(text, filename="page.json")
    assert (result.errors, result.warnings) == ([], [])


# --- 6. suggestions -------------------------------------------------------------------------------


def test_options_as_one_text_are_suggested_as_a_list() -> None:
    found = _errors({"type": "select", "label": "Country", "options": "USA, Canada, Mexico"})
    assert found["/elements/0/options"].suggestion == (
        'options is a list, one entry each: options: ["USA", "Canada", "Mexico"]'
    )


def test_a_label_written_as_an_object_is_suggested_as_its_words() -> None:
    found = _errors({"type": "button", "label": {"text": "Save"}})
    assert found["/elements/0/label"].suggestion == 'label is the words themselves: label: "Save"'
    assert _warnings({"type": "button", "label": {"text": "Save"}}) == {}


@pytest.mark.parametrize("key", [":hover", "&:focus", "_hover"])
def test_a_state_in_a_style_says_states_are_not_drawn(key: str) -> None:
    found = _errors({"type": "button", "label": "Go", "style": {key: {"color": "red"}}})
    assert "states (:hover, :focus, :active) are not drawn" in (
        found[f"/elements/0/style/{key}"].suggestion or ""
    )


def test_a_font_family_at_the_root_goes_in_the_theme() -> None:
    found = _errors({"type": "text", "text": "x"}, fontFamily="Inter")
    assert found["/fontFamily"].suggestion == "the page's font is the theme's: theme: {font: \"Inter\"}"


# --- 7. knock-on noise ---------------------------------------------------------------------------


def test_an_option_without_a_label_does_not_leak_none_into_the_value_warning() -> None:
    element = {"type": "select", "options": [{"value": "s", "name": "Small"}, {"key": "m", "text": "Medium"}, "Large"],
               "value": "m"}  # fmt: skip
    result = validate_document({"elements": [element]})
    assert not any("None" in (issue.suggestion or "") for issue in [*result.errors, *result.warnings])
    assert not any(issue.code == "missing_field" for issue in result.errors)


def test_an_option_written_with_text_is_one_error_suggesting_label() -> None:
    found = _errors({"type": "select", "options": [{"text": "A", "value": "a"}]})
    assert list(found) == ["/elements/0/options/0/text"]
    assert found["/elements/0/options/0/text"].suggestion == "did you mean 'label'?"


def test_a_chartjs_series_is_one_error_with_its_repair() -> None:
    chart = {"type": "chart", "data": {"labels": ["a", "b"], "series": [{"label": "A", "data": [1, 2]}]}}
    found = _errors(chart)
    assert list(found) == ["/elements/0/data/series/0"]
    assert found["/elements/0/data/series/0"].suggestion == 'write {name: "A", values: [1, 2]}'


@pytest.mark.parametrize(
    "button",
    [{"type": "button", "props": {"children": "Save"}}, {"type": "button", "label": {"text": "Save"}},
     {"type": "button", "children": "Save"}],
)  # fmt: skip
def test_no_empty_button_warning_beside_an_error_about_its_words(button: dict[str, Any]) -> None:
    result = validate_document({"elements": [button]})
    assert result.errors
    assert [w for w in result.warnings if w.code == "empty_button"] == []


def test_an_empty_button_still_warns_beside_an_error_elsewhere_in_it() -> None:
    found = _warnings({"type": "button", "style": {"opacity": 3}})
    assert found["/elements/0"].code == "empty_button"


def test_the_schema_pointer_is_never_offered_for_a_misspelt_field() -> None:
    found = _errors({"type": "text", "text": "x"}, scheme="dark")
    assert found["/scheme"].suggestion == "did you mean 'theme'?"
