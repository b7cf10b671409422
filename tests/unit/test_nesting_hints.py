"""Content written one level off gets a hint that says so: elements as a bare list (a snippet
copied from the reference), a whole document under a key of its own, an element's fields
under `props`."""

from __future__ import annotations

from kernel.dsl.validate import validate_document

SNIPPET = """\
- {type: button, label: Save changes, variant: primary, icon: check}
- {type: button, icon: shopping-cart, variant: ghost, badge: 3}
- {type: button, label: Continue, icon: arrow-right, iconPosition: end}
"""


def test_a_bare_list_of_elements_is_told_to_go_under_elements() -> None:
    result = validate_document(SNIPPET, filename="snippet.yaml")
    (error,) = result.errors
    assert error.message == "document must be an object with 'elements', got a list"
    assert error.suggestion == (
        "these are elements: put the list under 'elements:', indented below it: elements: "
        "[{type: button, label: Save changes, ...}, {type: button, icon: shopping-cart, ...}, ...]"
    )


def test_the_wrapped_form_of_the_hint_is_a_valid_document() -> None:
    wrapped = "elements:\n" + "".join(f"  {line}\n" for line in SNIPPET.splitlines())
    assert validate_document(wrapped, filename="snippet.yaml").errors == []


def test_a_document_inside_a_one_entry_list_is_told_to_come_out() -> None:
    result = validate_document("- width: 400\n  elements: [{type: text, text: a}]\n")
    assert (
        result.errors[0].suggestion == "the document is inside a list: remove the '- ' (or the [ ]) around it"
    )


def test_a_list_that_is_no_elements_keeps_the_example_hint() -> None:
    (error,) = validate_document("[1, 2]").errors
    assert error.suggestion is not None and error.suggestion.startswith("start from {")


def test_a_document_wrapped_under_a_key_is_one_level_too_deep() -> None:
    result = validate_document(
        {"document": {"width": 400, "height": 200, "elements": [{"type": "button", "label": "Go"}]}}
    )
    (error,) = result.errors
    assert (error.path, error.code) == ("/document", "unknown_field")
    assert error.suggestion == (
        "the document is one level too deep: write what 'document' holds (width, height, elements) "
        "at the top, without 'document'"
    )
    assert result.warnings == []  # not "the document has no elements": it has, one level down


def test_a_wrapped_document_beats_a_rename_of_its_key() -> None:
    (error,) = validate_document({"content": {"elements": [{"type": "text", "text": "a"}]}}).errors
    assert error.suggestion is not None and error.suggestion.startswith("the document is one level too deep")


def test_an_elements_own_fields_under_props_go_on_the_element() -> None:
    result = validate_document(
        {"width": 400, "elements": [{"type": "button", "props": {"label": "Go", "variant": "primary"}}]}
    )
    (error,) = result.errors
    assert error.path == "/elements/0/props"
    assert error.suggestion == (
        "the fields go on the element itself, not under 'props': {type: button, label: Go, variant: primary}"
    )


def test_an_object_of_other_fields_gets_no_nesting_hint() -> None:
    (error,) = validate_document(
        {"elements": [{"type": "button", "label": "Go", "props": {"onPress": 1}}]}
    ).errors
    assert error.suggestion is None or "on the element itself" not in error.suggestion
