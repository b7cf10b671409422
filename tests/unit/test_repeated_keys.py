"""A key written twice in one object: JSON and YAML keep the last value silently; the validator
reports it with both places, the value used and what was likely meant."""

from __future__ import annotations

import pytest

from kernel.dsl.parse import RepeatedKey, _BoundedSafeLoader, _load_yaml_with, load_checked, load_source
from kernel.dsl.validate import validate_document
from kernel.errors import Issue


def _repeats(source: str, filename: str | None = None) -> list[Issue]:
    return [
        issue
        for issue in validate_document(source, filename=filename).errors
        if issue.code == "duplicate_key"
    ]


def test_a_repeated_variant_says_both_places_and_the_value_used() -> None:
    source = "elements:\n  - {type: progress, variant: circle, value: 82, label: Good, variant: success}\n"
    result = validate_document(source)
    assert not result.ok
    (issue,) = result.errors
    assert issue == Issue(
        "/elements/0/variant",
        "'variant' is written twice, on line 2 (columns 22 and 63); the last, 'success', is used",
        "duplicate_key",
        'one variant is drawn: variant: circle, color: "var(--success)" draws a success ring',
        2,
        63,
    )


def test_a_repeated_key_on_two_lines_names_both_lines() -> None:
    source = "elements:\n  - type: text\n    text: a\n    text: b\n"
    (issue,) = _repeats(source)
    assert (issue.path, issue.line, issue.column) == ("/elements/0/text", 4, 5)
    assert issue.message == "'text' is written twice, on lines 3 and 4; the last, 'b', is used"
    assert issue.suggestion == "keep one 'text' and remove the other"


def test_a_key_written_three_times_says_so() -> None:
    (issue,) = _repeats("title: a\ntitle: b\ntitle: c\nelements: []\n")
    assert issue.message == "'title' is written 3 times, on lines 1, 2 and 3; the last, 'c', is used"
    assert issue.suggestion == "keep one 'title'"


def test_a_repeated_key_in_json_is_found_with_its_lines() -> None:
    source = '{"elements": [{"type": "text",\n  "text": "a",\n  "text": "b"}]}'
    (issue,) = _repeats(source)
    assert (issue.path, issue.line, issue.column) == ("/elements/0/text", 3, 3)
    assert issue.message == "'text' is written twice, on lines 2 and 3; the last, 'b', is used"


def test_a_repeated_key_in_jsonc_is_found_too() -> None:
    source = '{"elements": [{"type": "text", // a note\n "text": "a", "text": "b",}]}'
    (issue,) = _repeats(source, "doc.json")
    assert issue.path == "/elements/0/text"


def test_a_repeated_type_on_an_input_says_input_type() -> None:
    """`{type: input, type: email}` read as type email; the kind of an input is `inputType`."""
    result = validate_document("elements:\n  - {type: input, type: email}\n")
    (first,) = result.errors  # no second error for 'email' as a type: the first says what to write
    assert (first.code, first.path) == ("duplicate_key", "/elements/0/type")
    assert (
        first.message == "'type' is written twice, on line 2 (columns 6 and 19); the last, 'email', is used"
    )
    assert first.suggestion == "an input's kind is its inputType: type: input, inputType: email"


def test_a_repeated_type_with_a_heading_level_says_level() -> None:
    (issue,) = _repeats("elements:\n  - {type: heading, type: h2, text: Hi}\n")
    assert issue.suggestion == "an element has one type: use type: heading with level: 2"


def test_repeats_in_nested_objects_and_lists_have_their_paths() -> None:
    source = (
        "theme: {primary: red, primary: blue}\n"
        "elements:\n"
        "  - type: row\n"
        "    children:\n"
        "      - {type: button, label: A, label: B}\n"
        "      - type: list\n"
        "        items: [{label: x, icon: a, icon: b}]\n"
    )
    assert [issue.path for issue in _repeats(source)] == [  # in the order they are written
        "/theme/primary",
        "/elements/0/children/0/label",
        "/elements/0/children/1/items/0/icon",
    ]


def test_a_key_that_overrides_a_merged_one_is_no_repeat() -> None:
    source = (
        "x-button: &primary {type: button, variant: primary, size: sm}\n"
        "elements:\n"
        "  - <<: *primary\n"
        "    label: Save\n"
        "    size: lg\n"
    )
    loaded = load_checked(source)
    assert loaded.repeated == []
    assert loaded.data["elements"][0] == {
        "type": "button",
        "variant": "primary",
        "size": "lg",
        "label": "Save",
    }


def test_a_merged_mapping_used_twice_is_looked_at_once() -> None:
    source = "d: &d {a: 1, a: 2}\nx: {<<: *d, b: 1}\ny: {<<: *d, c: 1}\n"
    loaded = load_checked(source)
    assert [(r.path, r.written) for r in loaded.repeated] == [("/d/a", ("1", "2"))]
    assert loaded.data["d"] == {"a": 2}


def test_the_pure_python_loader_notes_repeats_alike() -> None:
    loaded = _load_yaml_with(_BoundedSafeLoader, "a: 1\nb: {c: 1, c: [2]}\na: 3\n", prescan=False)
    assert loaded.data == {"a": 3, "b": {"c": [2]}}
    assert loaded.repeated == [
        RepeatedKey("/a", "a", ((1, 1), (3, 1)), ("1", "3")),
        RepeatedKey("/b/c", "c", ((2, 5), (2, 11)), ("1", None)),
    ]


def test_load_source_still_returns_the_data_alone() -> None:
    assert load_source("a: 1\na: 2\n") == {"a": 2}
    assert load_source('{"a": 1, "a": 2}') == {"a": 2}


@pytest.mark.parametrize(
    "source",
    [
        "a: &x [1, 2]\nb: *x\nc: *x\n",  # aliases are no repeats
        "a: 1\nA: 2\n'1': x\n1: y\n",  # other spellings and other kinds are other keys
        '{"a": {"b": 1}, "c": {"b": 2}}',
    ],
)
def test_keys_written_once_per_object_are_not_repeats(source: str) -> None:
    assert load_checked(source).repeated == []


def test_an_alias_bomb_with_a_repeat_is_still_refused_before_construction() -> None:
    lines = ['a0: &a0 ["lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    result = validate_document("\n".join(lines) + "\na0: again\n")
    assert [issue.code for issue in result.errors] == ["limit_yaml_nodes"]


def test_json_that_cannot_be_composed_again_still_names_the_repeated_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kernel.dsl.parse as parse

    monkeypatch.setattr(parse, "_compose_for_positions", lambda text: None)
    monkeypatch.setattr(parse, "compose_for_positions", lambda text: None)  # the issues' positions
    loaded = load_checked('{"a": {"b": "x", "b": 2, "b": [1]}}')
    assert loaded.repeated == [RepeatedKey("", "b", (), ("x", "2", None))]
    (issue,) = _repeats('{"elements": [], "title": "a", "title": "b"}')
    assert (issue.path, issue.line, issue.message) == (
        "",
        None,
        "'title' is written twice; the last, 'b', is used",
    )
