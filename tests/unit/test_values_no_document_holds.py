"""Values no document can hold (nesting past the parser's recursion, integers too long to read,
lone surrogates) are the document's errors at their paths: validation and a render's planning
say the same, and nothing on the way raises (parsing, the limits, the size, the cache key)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kernel.dsl.json_depth import first_too_deep
from kernel.dsl.limits import MAX_DATA_DEPTH, MAX_NUMBER_DIGITS
from kernel.dsl.prepare import plan_render, prepare_render
from kernel.dsl.validate import ValidationResult, validate_document
from kernel.errors import InvalidDocumentError

DEEP = "[" * 1000 + "]" * 1000
"""Nested past Python's recursion limit: its JSON parser raised RecursionError."""
LONG = "9" * (MAX_NUMBER_DIGITS + 700)
"""More digits than Python turns into an int: its JSON parser raised ValueError."""
DEEPEST = "/0" * MAX_DATA_DEPTH
"""The path of the first array nested past the limit, below a key."""


def _answer_can_be_sent(result: ValidationResult) -> None:
    """Every message and path encodes as UTF-8, as an HTTP answer or a terminal needs."""
    json.dumps(result.as_dict(), ensure_ascii=False).encode("utf-8")


def _refused(source: Any) -> InvalidDocumentError:
    with pytest.raises(InvalidDocumentError) as refused:
        plan_render(source)
    return refused.value


@pytest.mark.parametrize(
    ("source", "code", "path", "place"),
    [
        ('{"elements":' + DEEP + "}", "limit_depth", "/elements" + DEEPEST, (1, 77)),
        (
            '{"elements": [], // JSONC\n "a": {"k/1": ' + DEEP + "}}",
            "limit_depth",
            "/a/k~11" + DEEPEST[2:],
            (2, 78),
        ),
        ('{"elements":[{"type":"heading","text":"\\ud800"}]}', "invalid_text", "/elements/0/text", (1, 32)),
        ('{"elements":[],"width":' + LONG + "}", "limit_number_length", "/width", (1, 16)),
        (
            '{"elements":[],"metadata":{"n":[1,-' + LONG + "]}}",
            "limit_number_length",
            "/metadata/n/1",
            (1, 35),
        ),
        ("elements: []\nwidth: " + LONG + "\n", "limit_number_length", "/width", (2, 1)),
        ("elements: []\nwidth: 0x" + "f" * 4000 + "\n", "limit_number_length", "/width", (2, 1)),
        ('elements: [{type: heading, text: "\\ud800"}]\n', "invalid_text", "/elements/0/text", (1, 28)),
    ],
    ids=[
        "json nested 1000 deep",
        "jsonc nested 1000 deep under escaped keys",
        "json lone surrogate",
        "json long integer",
        "json long negative integer in a list",
        "yaml long integer",
        "yaml hexadecimal integer too long to write out",
        "yaml lone surrogate",
    ],
)
def test_validation_and_planning_refuse_it_alike_at_its_path(
    source: str, code: str, path: str, place: tuple[int, int]
) -> None:
    result = validate_document(source)
    assert not result.ok
    (issue,) = result.errors
    assert (issue.code, issue.path, (issue.line, issue.column)) == (code, path, place)
    assert _refused(source).issues == result.errors
    _answer_can_be_sent(result)


def test_the_messages_say_what_is_wrong_without_the_value() -> None:
    (surrogate,) = validate_document({"elements": [{"type": "heading", "text": "a\ud800"}]}).errors
    assert surrogate.message == "a lone surrogate \\ud800 is not a character"
    assert surrogate.suggestion is not None and "\\ud83d\\ude00" in surrogate.suggestion
    (number,) = validate_document({"elements": [], "width": 10**5000}).errors
    assert number.message == f"a number of more than {MAX_NUMBER_DIGITS:,} digits is too long to read"
    (depth,) = validate_document('{"elements":' + DEEP + "}").errors
    assert depth.message == f"data nesting depth {MAX_DATA_DEPTH + 1} exceeds the limit of {MAX_DATA_DEPTH}"


def _nested(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("document", "code", "path"),
    [
        ({"elements": _nested(5000)}, "limit_depth", "/elements" + DEEPEST),
        ({"elements": [], "width": 10**5000}, "limit_number_length", "/width"),
        ({"elements": [], "metadata": {-(10**5000): "x"}}, "limit_number_length", "/metadata"),
        ({"elements": [{"type": "heading", "text": "\udfff"}]}, "invalid_text", "/elements/0/text"),
        ({"elements": [], "metadata": {"x\ud800": "y"}}, "invalid_text", "/metadata"),
    ],
    ids=[
        "nested 5000 deep",
        "long integer",
        "long integer key",
        "lone surrogate",
        "key with a lone surrogate",
    ],
)
def test_an_object_is_refused_alike_before_it_is_written_out(
    document: dict[str, Any], code: str, path: str
) -> None:
    """An object (MCP's, a wrapped body's) is written out as JSON for its size and its cache key:
    that failed before any limit was checked (RecursionError, ValueError, UnicodeEncodeError)."""
    result = validate_document(document)
    assert [(issue.code, issue.path) for issue in result.errors] == [(code, path)]
    assert _refused(document).issues == result.errors
    _answer_can_be_sent(result)


def test_a_key_with_a_lone_surrogate_is_named_escaped_at_its_object() -> None:
    (issue,) = validate_document({"elements": [], "metadata": {"x\ud800": {"deeper": "\ud801"}}}).errors
    assert issue.message == "the key 'x\\ud800' holds a lone surrogate \\ud800, which is not a character"


def test_repeated_keys_holding_lone_surrogates_are_not_quoted() -> None:
    """A repeated key's error quotes its values: the lone surrogate's error stops there."""
    result = validate_document('{"elements":[],"title":"\\ud800","title":"\\ud801"}')
    assert [issue.code for issue in result.errors] == ["invalid_text"]
    _answer_can_be_sent(result)


def test_a_yaml_pair_of_surrogate_escapes_is_the_character_it_stands_for() -> None:
    """YAML's reader keeps the two halves of `"\\ud83d\\ude00"`, where JSON's makes one 😀: both
    render the emoji (the halves once made the cache key fail)."""
    yaml_text = 'elements: [{type: heading, text: "\\ud83d\\ude00 \\u00e9"}]\n'
    json_text = '{"elements": [{"type": "heading", "text": "\\ud83d\\ude00 \\u00e9"}]}'
    from_yaml, from_json = prepare_render(yaml_text), prepare_render(json_text)
    assert from_yaml.document.elements[0].text == "😀 é"  # type: ignore[union-attr]
    assert from_yaml.cache_key == from_json.cache_key


def test_a_lone_surrogate_written_into_yaml_text_is_a_parse_error() -> None:
    """A caller's str (MCP's `dsl_content`) may hold the character itself, which libyaml cannot
    take in: the YAML reader names it."""
    result = validate_document("elements: [{type: heading, text: a\ud800}]\n")
    (issue,) = result.errors
    assert issue.code == "parse_error" and "#xd800" in issue.message
    _answer_can_be_sent(result)


def test_nesting_within_the_parsers_reach_is_still_told_at_its_path() -> None:
    result = validate_document('{"elements":' + "[" * 200 + "]" * 200 + "}")
    assert [(issue.code, issue.path) for issue in result.errors] == [("limit_depth", "/elements" + DEEPEST)]


@pytest.mark.parametrize(
    ("text", "path", "place"),
    [
        ('{"a": "[[[[", "b": ' + DEEP + "}", ("b", *[0] * MAX_DATA_DEPTH), (1, 84)),
        ('[1, "x", {"k": 2}, ' + DEEP + "]", (3, *[0] * MAX_DATA_DEPTH), (1, 84)),
        (
            '{"q\\"uote": [0, {"\\u00e9": ' + DEEP + "}]}",
            ('q"uote', 1, "é", *[0] * (MAX_DATA_DEPTH - 2)),
            (1, 90),
        ),
        ('\n\n  {"a":\n' + DEEP, ("a", *[0] * MAX_DATA_DEPTH), (4, 65)),
    ],
    ids=["brackets in a text", "items counted by commas", "escaped keys", "lines and columns"],
)
def test_the_scan_finds_the_first_array_past_the_limit(
    text: str, path: tuple[str | int, ...], place: tuple[int, int]
) -> None:
    found = first_too_deep(text, MAX_DATA_DEPTH)
    assert found is not None
    assert (found.path, (found.line, found.column)) == (path, place)


@pytest.mark.parametrize("text", ["", "{", "]]]}", '{"a": "unclosed', "[" * MAX_DATA_DEPTH])
def test_the_scan_of_a_shallow_or_broken_text_finds_nothing_and_never_raises(text: str) -> None:
    assert first_too_deep(text, MAX_DATA_DEPTH) is None
