"""What an agent is told for the slips a tester playing one made: each suggestion names the
element's own field, the type its fields point to, the icon meant, the option's real name, the
real cause (JSON encoded twice, a document too large) and checks elements under another key."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kernel.dsl.validate import validate_document
from kernel.errors import Issue
from mcp_adapter.arguments import unknown_option_line


def _issue(document: Any, path: str) -> Issue:
    result = validate_document(document)
    found = [issue for issue in [*result.errors, *result.warnings] if issue.path == path]
    assert len(found) == 1, [*result.errors, *result.warnings]
    return found[0]


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        ({"type": "row", "alignItems": "center", "children": []}, "alignItems",
         "did you mean 'align'? A row has its own: align: center"),
        ({"type": "row", "justifyContent": "space-between", "children": []}, "justifyContent",
         "did you mean 'justify'? A row has its own: justify: between"),
        ({"type": "heading", "text": "Hi", "textAlign": "center"}, "textAlign",
         "did you mean 'align'? A heading has its own: align: center"),
        ({"type": "button", "text": "Hi", "textAlign": "center"}, "textAlign",  # no align of its own
         'CSS goes in style: {textAlign: "center"}'),
        ({"type": "sidebar", "menu": ["Home", "Settings"]}, "menu", "did you mean 'items'?"),
    ],
)  # fmt: skip
def test_css_and_other_words_written_as_fields_name_the_elements_own_field(
    element: dict[str, Any], field: str, suggestion: str
) -> None:
    issue = _issue({"elements": [element]}, f"/elements/0/{field}")
    assert issue.code == "unknown_field" and issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("element", "suggestion"),
    [
        ({"columns": ["Name"], "rows": [["Ana"]]}, "its columns and rows are a table's: type: table"),
        ({"label": "Go", "variant": "primary"}, "its label and variant are a button's: type: button"),
        ({"src": "https://x/y.png"}, "its src is an image's: type: image"),
    ],
)
def test_a_missing_type_is_guessed_from_the_fields_present(element: dict[str, Any], suggestion: str) -> None:
    issue = _issue({"elements": [element]}, "/elements/0/type")
    assert issue.code == "missing_field" and issue.suggestion == suggestion


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("cogwheel", "did you mean 'settings' or 'cog'?"),
        ("usericon", "did you mean 'user'?"),
        ("magnifier", "did you mean 'search'?"),
        ("hous", "did you mean 'house'?"),  # a typo is still a typo
    ],
)
def test_an_unknown_icon_is_told_the_icons_meant_not_only_a_link(name: str, suggestion: str) -> None:
    issue = _issue({"elements": [{"type": "icon", "name": name}]}, "/elements/0/name")
    assert issue.code == "unknown_icon" and issue.suggestion == suggestion


def test_an_options_misspelling_is_told_the_options_real_name_not_an_alias() -> None:
    """`fullpage` was told "did you mean 'fullPage'?", an alias the tool's schema does not show."""
    assert "(did you mean 'full_page'?)" in unknown_option_line("fullpage")


def test_a_document_encoded_twice_is_told_so() -> None:
    twice = json.dumps(json.dumps({"elements": [{"type": "button", "text": "Go"}]}))
    (error,) = validate_document(twice).errors
    assert "JSON encoded twice" in error.message and "encode it once" in (error.suggestion or "")


def test_a_plain_document_past_the_size_limit_is_told_the_size_not_yaml_aliases() -> None:
    large = {"elements": [{"type": "paragraph", "text": f"{n} " + "y" * 9000} for n in range(130)]}
    (error,) = validate_document(large).errors
    assert error.code == "limit_expanded_size" and "alias" not in error.message + (error.suggestion or "")
    assert "larger than the limit of 1,048,576 bytes" in error.message
    shared_text = "y" * 9000  # one string at 130 places: what YAML aliases make
    shared = {"elements": [{"type": "paragraph", "text": shared_text} for _ in range(130)]}
    (error,) = validate_document(shared).errors
    assert "alias" in (error.suggestion or "")


def test_elements_under_another_key_are_checked_there_and_the_key_told_to_be_elements() -> None:
    result = validate_document(
        {"components": [{"type": "buton", "text": "x"}, {"type": "heading", "txt": "y"}]}
    )
    told = {(issue.path, issue.code, issue.suggestion) for issue in result.errors}
    assert told == {
        ("/components", "unknown_field",
         "its elements go in 'elements': rename 'components' to 'elements'; they are checked below as they would be there"),
        ("/components/0/type", "unknown_type", "did you mean 'button'?"),
        ("/components/1/txt", "unknown_field", "did you mean 'text'?"),
    }  # fmt: skip
