"""A form field's help line and error message under other vocabularies' names (GOV.UK's
`hintText`, `errorMessage: {text: ...}`, MUI's `helperText`): the validator names `hint` and
`error`, with the author's words, never `text` (the question's own words)."""

from __future__ import annotations

import pytest

from kernel.dsl.validate import validate_document
from kernel.errors import Issue

_HINT = "did you mean 'hint'? It is the help line drawn under the field, the words themselves: hint: "
_ERROR = "did you mean 'error'? It is the message drawn in red under the field, the words themselves: error: "


def _issue_at(source: str, path: str) -> Issue:
    (issue,) = [issue for issue in validate_document(source).errors if issue.path == path]
    return issue


@pytest.mark.parametrize(
    "field", ["hintText", "hint_text", "HintText", "helpText", "helperText", "hint-message"]
)
def test_a_hint_under_another_name_is_told_hint_with_its_words(field: str) -> None:
    source = f"elements:\n  - type: input\n    label: Full name\n    {field}: As shown on your passport\n"
    issue = _issue_at(source, f"/elements/0/{field}")
    assert (issue.code, issue.message) == ("unknown_field", f"unknown field '{field}'")
    assert (issue.line, issue.column) == (4, 5)
    assert issue.suggestion == _HINT + '"As shown on your passport"'


@pytest.mark.parametrize("field", ["errorMessage", "errorText", "error_message", "validationMessage"])
def test_an_error_under_another_name_is_told_error_with_its_words(field: str) -> None:
    source = f"elements:\n  - {{type: input, label: Email, {field}: Enter an email address}}\n"
    issue = _issue_at(source, f"/elements/0/{field}")
    assert issue.message == f"unknown field '{field}'"
    assert issue.suggestion == _ERROR + '"Enter an email address"'


def test_govuk_error_message_object_on_a_radio_is_its_error_not_its_question() -> None:
    """Not `{type: radio, text: "Select yes..."}`: that would make the error the question."""
    source = (
        "elements:\n"
        "  - type: radio\n"
        "    label: Do you have an old passport?\n"
        "    options: [Yes, No]\n"
        '    errorMessage: {text: "Select yes if you have an old passport"}\n'
    )
    issue = _issue_at(source, "/elements/0/errorMessage")
    assert (issue.line, issue.column) == (5, 5)
    assert issue.suggestion == _ERROR + '"Select yes if you have an old passport"'


def test_govuk_hint_text_object_on_an_unknown_type_is_still_its_hint() -> None:
    issue = _issue_at("elements:\n  - {type: textbox, hintText: {text: Optional}}\n", "/elements/0/hintText")
    assert issue.suggestion == _HINT + '"Optional"'


def test_a_hint_name_without_words_shows_an_example() -> None:
    issue = _issue_at("elements:\n  - {type: input, label: Name, hintText: [a, b]}\n", "/elements/0/hintText")
    assert issue.suggestion == _HINT + '"As shown on your passport"'


def test_on_a_type_that_draws_no_error_it_says_where_the_words_go() -> None:
    issue = _issue_at(
        "elements:\n  - {type: button, label: Pay, errorMessage: Card declined}\n", "/elements/0/errorMessage"
    )
    assert issue.suggestion is not None
    assert issue.suggestion.startswith("did you mean 'error'? A button does not draw it: a text element")
    assert '"Card declined"' in issue.suggestion


def test_a_type_s_own_meaning_of_the_word_comes_first() -> None:
    """A stat's help text is the line under its figure, its `description`."""
    issue = _issue_at(
        "elements:\n  - {type: stat, value: 3, helpText: vs last month}\n", "/elements/0/helpText"
    )
    assert issue.suggestion == "did you mean 'description'? It is the line drawn under the figure"


@pytest.mark.parametrize("kind", ["input", "radio", "select", "textarea"])
def test_a_description_on_a_field_that_draws_none_is_told_hint(kind: str) -> None:
    source = f"elements:\n  - {{type: {kind}, label: Name, description: As on your passport}}\n"
    (warning,) = [
        issue for issue in validate_document(source).warnings if issue.path == "/elements/0/description"
    ]
    assert warning.message == f"'{kind}' does not draw 'description'"
    assert (
        warning.suggestion
        == "did you mean 'hint'? It is the help line drawn under the field: hint: \"As on your passport\""
    )


def test_a_description_on_a_checkbox_is_drawn_and_not_told_anything() -> None:
    result = validate_document("elements:\n  - {type: checkbox, label: I agree, description: Terms apply}\n")
    assert result.ok and not result.warnings


@pytest.mark.parametrize("field", ["error", "hint", "label"])
def test_a_text_object_where_words_go_is_told_the_words_themselves(field: str) -> None:
    source = f"elements:\n  - {{type: input, {field}: {{text: Enter your name}}}}\n"
    issue = _issue_at(source, f"/elements/0/{field}")
    assert issue.message == "expected a string, got an object"
    assert (issue.line, issue.column) == (2, 19)
    assert issue.suggestion == f'{field} is the words themselves: {field}: "Enter your name"'
