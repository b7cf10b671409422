"""What an agent writes from other formats gets a message that says what to write instead, in
one round: JSON with a `//` note above it, React's `props` on a PascalCase type, an HTML input's
`htmlType`, MUI's slider marks at chosen values, HTML element names (`div`, `img`) whose fields
are checked as the type they mean, and Tailwind's `h-screen`."""

from __future__ import annotations

import pytest

from kernel.dsl.validate import validate_document
from kernel.errors import Issue

BUTTON = '{"width": 400, "height": 200, "elements": [{"type": "button", "label": "Go", "lable": 1}]}'
"""A JSON document with one mistake (`lable`), so where the error is shows the text was read as JSON."""


def _told(issues: list[Issue]) -> list[tuple[str, str, str | None]]:
    return [(issue.path, issue.message, issue.suggestion) for issue in issues]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (f"// login button\n{BUTTON}\n", 2),
        (f"/* login\n   button */ {BUTTON}\n", 2),
        (f"  // one\n// two\n\n{BUTTON}\n", 4),
        (f"Here it is:\n```json\n// login button\n{BUTTON}\n```\n", 4),
    ],
    ids=["line-comment", "block-comment", "two-comments", "fenced"],
)
def test_json_after_leading_comments_is_read_as_json(text: str, line: int) -> None:
    (error,) = validate_document(text).errors
    assert (error.path, error.message, error.suggestion) == (
        "/elements/0/lable",
        "unknown field 'lable'",
        "did you mean 'label'?",
    )
    assert error.line == line


def test_a_leading_comment_above_valid_json_leaves_it_valid() -> None:
    text = '// login\n{"width": 400, "height": 200, "elements": [{"type": "button", "label": "Go"}]}'
    assert validate_document(text).ok


@pytest.mark.parametrize(
    ("text", "filename", "line"),
    [
        ("// note\nelements:\n  - {type: button, label: Go}\n", None, 1),
        ("```yaml\n// note\nelements:\n  - {type: button, label: Go}\n```\n", None, 2),
        ('// note\n{"elements": [{"type": "button", "label": "Go"}]}\n', "screen.yaml", 1),
    ],
    ids=["yaml", "fenced-yaml", "json-in-a-yaml-file"],
)
def test_a_slash_comment_yaml_cannot_read_says_what_a_yaml_comment_is(
    text: str, filename: str | None, line: int
) -> None:
    (error,) = validate_document(text, filename=filename).errors
    assert error.message == "invalid YAML: mapping values are not allowed here"
    assert error.suggestion == (
        f"the '//' comment on line {line} is JSON-with-comments syntax, which YAML reads as text: in "
        "YAML a comment starts with '#' (# note); a '//' or '/* */' comment is read only in JSON, "
        "before or inside its { }"
    )


def test_props_on_a_pascal_case_type_go_on_the_element_of_the_type_meant() -> None:
    result = validate_document({"elements": [{"type": "Card", "props": {"title": "x"}}]})
    assert sorted(_told(result.errors)) == [
        (
            "/elements/0/props",
            "unknown field 'props'",
            "the fields go on the element itself, not under 'props': {type: card, title: x}",
        ),
        ("/elements/0/type", "unknown element type 'Card'", "did you mean 'card'?"),
    ]
    assert result.warnings == []


def test_props_the_type_does_not_draw_are_named() -> None:
    source = {"elements": [{"type": "Column", "props": {"title": "To do"}, "children": []}]}
    errors = _told(validate_document(source).errors)
    assert (
        "/elements/0/props",
        "unknown field 'props'",
        "the fields go on the element itself, not under 'props': {type: column, title: To do}; "
        "a column does not draw 'title'",
    ) in errors


def test_a_card_whose_content_is_under_props_is_not_called_empty() -> None:
    result = validate_document({"elements": [{"type": "card", "props": {"title": "x"}}]})
    assert _told(result.errors) == [
        (
            "/elements/0/props",
            "unknown field 'props'",
            "the fields go on the element itself, not under 'props': {type: card, title: x}",
        )
    ]
    assert result.warnings == []


def test_a_card_with_nothing_anywhere_is_still_empty() -> None:
    result = validate_document({"elements": [{"type": "card", "props": {"onClick": "open"}}]})
    assert [issue.code for issue in result.warnings] == ["empty_element"]


@pytest.mark.parametrize(
    ("element", "field", "suggestion"),
    [
        (
            {"type": "input", "label": "Password", "htmlType": "password"},
            "htmlType",
            "did you mean 'inputType'? inputType: password ('type' is the element's type)",
        ),
        (
            {"type": "input", "label": "Email", "type_": "email"},
            "type_",
            "did you mean 'inputType'? inputType: email ('type' is the element's type)",
        ),
        (
            {"type": "input", "label": "Phone", "keyboardType": "phone-pad"},
            "keyboardType",
            "did you mean 'inputType'? inputType: phone-pad ('type' is the element's type)",
        ),
        (
            {"type": "textarea", "label": "Notes", "htmlType": "text"},
            "htmlType",
            "only an input takes an inputType: {type: input, inputType: text}",
        ),
        (
            {"type": "button", "label": "Send", "htmlType": "submit"},
            "htmlType",
            "a picture submits nothing: remove it; a button's look is its variant",
        ),
        (
            {"type": "link", "text": "Docs", "type_": "external"},
            "type_",
            "'type' is the element's type (link): remove it",
        ),
    ],
    ids=["htmlType", "type_", "keyboardType", "textarea", "button", "link"],
)
def test_an_html_input_type_under_another_name_is_input_type(
    element: dict[str, str], field: str, suggestion: str
) -> None:
    (error,) = validate_document({"elements": [element]}).errors
    assert (error.path, error.message, error.suggestion) == (
        f"/elements/0/{field}",
        f"unknown field '{field}'",
        suggestion,
    )


def test_type_underscore_on_an_element_without_a_type_is_still_its_type() -> None:
    errors = _told(validate_document({"elements": [{"type_": "button", "label": "Go"}]}).errors)
    assert ("/elements/0/type_", "unknown field 'type_'", "did you mean 'type'?") in errors


@pytest.mark.parametrize(
    ("marks", "written", "ends"),
    [
        ([0, 25, 50, 100], "a list", ", min: 0, max: 100"),
        ([{"value": 10, "label": "Low"}, {"value": 30}], "a list", ", min: 10, max: 30"),
        ({"0": "0°C", "37": "37°C"}, "an object", ", min: 0, max: 37"),
        (["low", "high"], "a list", ""),
    ],
    ids=["numbers", "mui", "ant-design", "words"],
)
def test_slider_marks_at_chosen_values_say_what_marks_draws(marks: object, written: str, ends: str) -> None:
    (error,) = validate_document(
        {"elements": [{"type": "slider", "label": "x", "value": 25, "marks": marks}]}
    ).errors
    assert (error.path, error.message, error.suggestion) == (
        "/elements/0/marks",
        f"expected a boolean, got {written}",
        "marks is true or false: true draws the min and max under the track; a slider draws no ticks "
        f"at chosen values: marks: true{ends}",
    )


TAILWIND_404 = """\
width: 1200
height: 700
elements:
  - type: div
    className: "flex flex-col items-center justify-center h-screen"
    children:
      - type: img
        src: /illustrations/404.svg
        alt: Lost astronaut
      - {type: h1, text: "404 — Page not found"}
      - {type: Button, label: Go home, variant: primary}
"""


def test_fields_of_html_typed_elements_are_checked_as_the_type_meant_in_the_same_round() -> None:
    result = validate_document(TAILWIND_404, filename="404.yaml")
    assert [issue.path for issue in result.errors] == [
        f"/elements/0{at}/type" for at in ("", *(f"/children/{index}" for index in range(3)))
    ]
    assert _told(result.warnings) == [
        (
            "/elements/0/className",
            "no CSS defines the classes flex flex-col items-center justify-center ...: Tailwind and "
            "Bootstrap are not loaded",
            "write the look in style: {display: flex, flexDirection: column, alignItems: center, "
            'justifyContent: center, height: "100%"}',
        ),
        (
            "/elements/0/children/0/src",
            "'src' is a file's path, not a data: image, so a labelled placeholder is drawn (no file is ever read)",
            "embed the picture as data:image/png;base64,..., which may be as large as the document allows",
        ),
    ]


def test_following_the_advice_leaves_no_warning_of_those_kinds() -> None:
    fixed = (
        TAILWIND_404.replace("type: div", "type: container")
        .replace(
            'className: "flex flex-col items-center justify-center h-screen"',
            'style: {display: flex, flexDirection: column, alignItems: center, justifyContent: center, height: "100%"}',
        )
        .replace("type: img", "type: image")
        .replace("type: h1", "type: heading, level: 1")
        .replace("type: Button", "type: button")
    )
    result = validate_document(fixed, filename="404.yaml")
    assert result.errors == []
    assert [issue.path for issue in result.warnings] == ["/elements/0/children/0/src"]


def test_an_unknown_type_with_no_plain_replacement_is_not_checked_as_any() -> None:
    result = validate_document({"elements": [{"type": "kanban", "className": "flex p-4"}]})
    assert [issue.path for issue in result.errors] == ["/elements/0/type"]
    assert result.warnings == []
