"""Values a fuzzer writes where a number or a name belongs (an object as a type, a 400-digit
integer, YAML's .inf): each a clean error at its path, never an exception, and what validates compiles."""

from __future__ import annotations

import pytest

from kernel.dsl.limits import MAX_CHART_VALUE
from kernel.dsl.number_text import shown_number
from kernel.dsl.prepare import prepare_render
from kernel.dsl.validate import validate_document
from kernel.errors import InvalidDocumentError

BIG = "1" + "0" * 399 + "1"
"""A 401-digit integer: no float holds it."""


def _errors(source: str) -> list[tuple[str, str]]:
    result = validate_document(source)
    return [(issue.path, issue.message) for issue in result.errors]


@pytest.mark.parametrize(
    ("written", "kind"), [("{}", "an object"), ("[]", "a list"), ('["button"]', "a list")]
)
def test_a_type_that_is_no_string_is_an_error_at_the_type(written: str, kind: str) -> None:
    """It was used as a set member (containers whose `items` hold elements) before its type was
    checked: TypeError, unhashable."""
    source = f'{{"elements": [{{"type": {written}}}, {{"type": "row", "items": [{{"type": {written}}}]}}]}}'
    errors = _errors(source)
    assert ("/elements/0/type", f"element type must be a string, got {kind}") in errors


@pytest.mark.parametrize(
    ("source", "path", "shown"),
    [
        (f'{{"width": {BIG}, "elements": []}}', "/width", "10000000...0001 (401 digits)"),
        (f'{{"elements": {BIG}}}', "/elements", "10000000...0001 (401 digits)"),
        (f'{{"elements": [{{"type": 1{"0" * 60}}}]}}', "/elements/0/type", "10000000...0000 (61 digits)"),
        ('{"elements": [{"type": 10000000000000000000}]}', "/elements/0/type", "10000000000000000000"),
    ],
)
def test_integers_too_large_for_a_float_are_shown_by_their_digits(source: str, path: str, shown: str) -> None:
    errors = _errors(source)
    assert any(where == path and shown in message for where, message in errors), errors


def test_huge_integers_anywhere_never_meet_float() -> None:
    """A day, a layout width, a progress value and a canvas side of 401 digits: errors or
    warnings, no OverflowError from a float() on the way."""
    source = (
        f'{{"width": {BIG}, "elements": [{{"type": "calendar", "value": {BIG}}},'
        f' {{"type": "progress", "value": {BIG}}}, {{"type": "text", "text": "a", "layout": {{"width": {BIG}}}}}]}}'
    )
    result = validate_document(source)
    assert not result.ok
    assert any(issue.path == "/elements/0/value" for issue in result.errors)


def test_shown_number() -> None:
    assert shown_number(10**19) == "10000000000000000000"
    assert shown_number(-(10**30)) == "-10000000...0000 (31 digits)"
    assert shown_number(1e19) == "1e+19"  # a float is shown as one
    assert shown_number(2.5) == "2.5"
    assert shown_number(10**50000) == "an integer too long to show"


@pytest.mark.parametrize(
    ("source", "path", "written"),
    [
        (
            "elements:\n  - type: table\n    columns: [Amount]\n    rows: [[.inf]]\n",
            "/elements/0/rows/0/0",
            ".inf",
        ),
        ("elements:\n  - {type: rating, value: 3, max: .inf}\n", "/elements/0/max", ".inf"),
        ("elements:\n  - {type: pagination, total: 5, current: .inf}\n", "/elements/0/current", ".inf"),
        ("elements:\n  - {type: progress, value: -.inf}\n", "/elements/0/value", "-.inf"),
        ("elements:\n  - {type: text, text: a, metadata: {x: .nan}}\n", "/elements/0/metadata/x", ".nan"),
    ],
)
def test_a_non_finite_number_is_one_error_at_its_path(source: str, path: str, written: str) -> None:
    """YAML writes infinities and NaN (JSON cannot): they validated, then failed to compile (or
    gave pydantic's raw 'Input should be a finite number' and a warning about 'page inf')."""
    result = validate_document(source)
    assert [(issue.path, issue.message) for issue in result.errors] == [
        (path, f"{written} is not a finite number: a document's numbers must be finite")
    ]
    assert result.warnings == []
    with pytest.raises(InvalidDocumentError):
        prepare_render(source)


def test_a_non_finite_number_in_data_given_as_an_object_is_refused_too() -> None:
    result = validate_document({"elements": [{"type": "rating", "value": float("inf")}]})
    assert [issue.code for issue in result.errors] == ["non_finite_number"]


def test_chart_values_past_the_limit_are_errors_and_those_within_compile() -> None:
    source = (
        "elements:\n  - type: chart\n    variant: line\n    data: {labels: [a, b], values: [1e308, -1e308]}\n"
    )
    errors = _errors(source)
    assert [path for path, _ in errors] == ["/elements/0/data/values/0", "/elements/0/data/values/1"]
    assert "past the limit of ±1e+100" in errors[0][1]
    series = "series: [{name: x, values: [1, 2e200]}]"
    assert [path for path, _ in _errors(source.replace("values: [1e308, -1e308]", series))] == [
        "/elements/0/data/series/0/values/1"
    ]
    for variant in ("line", "bar", "area", "pie"):
        low = "0" if variant == "pie" else f"-{MAX_CHART_VALUE:g}"
        within = source.replace("1e308, -1e308", f"{MAX_CHART_VALUE:g}, {low}").replace("line", variant)
        assert "dsl-chart" in prepare_render(within).html


@pytest.mark.parametrize("stars", [-5, 0, -0.5])
def test_a_rating_of_no_stars_or_fewer_is_an_error(stars: float) -> None:
    """It was accepted with 'rating -3 is outside 0..-5' and drawn with one star (or five, for 0)."""
    errors = _errors(f'{{"elements": [{{"type": "rating", "value": -3, "max": {stars}}}]}}')
    assert [path for path, _ in errors] == ["/elements/0/max"]
    assert "must be positive" in errors[0][1]


def test_position_warnings_quote_integers_as_written() -> None:
    result = validate_document(
        '{"elements": [{"type": "stepper", "items": ["a", "b"], "current": 1000000000000}]}'
    )
    assert [warning.message for warning in result.warnings] == [
        "step 1000000000000 is outside 0..1 (0-based), or 2 for every step done"
    ]


def test_a_style_number_too_large_for_a_float_is_warned_about_and_left_out_of_the_css() -> None:
    """A fontWeight validated (with a warning) and then failed to compile: OverflowError in
    css_value; an opacity raised it in the validator."""
    source = f'{{"elements": [{{"type": "text", "text": "a", "style": {{"fontWeight": {BIG}}}}}]}}'
    result = validate_document(source)
    assert result.ok and any("10000000...0001 (401 digits)" in w.message for w in result.warnings)
    assert "font-weight:1" not in prepare_render(source).html
    opacity = _errors(source.replace("fontWeight", "opacity"))
    assert [path for path, _ in opacity] == ["/elements/0/style/opacity"]
    assert "10000000...0001 (401 digits) is out of range" in opacity[0][1]
