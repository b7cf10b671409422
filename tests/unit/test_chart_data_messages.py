"""Chart data messages: a series colour misspelling a theme colour, a number written with
thousands commas told once, a series' `stack` (the chart's `stacked` stacks), and the fields a series takes with one it does not."""

from __future__ import annotations

import pytest

from kernel.dsl.validate import ValidationResult, validate_document


def _said(result: ValidationResult) -> list[tuple[str, str, str | None]]:
    return [(issue.path, issue.message, issue.suggestion) for issue in [*result.errors, *result.warnings]]


def test_a_series_colour_misspelling_a_theme_colour_says_which() -> None:
    source = (
        "elements:\n  - type: chart\n    data:\n      labels: [Jan, Feb]\n      series:\n"
        "        - {name: Web, values: [1, 2], color: primry}\n        - {name: App, values: [3, 4], color: sucess}\n"
    )
    assert [(w.path, w.suggestion) for w in validate_document(source).warnings] == [
        ("/elements/0/data/series/0/color", "did you mean 'primary'?"),
        ("/elements/0/data/series/1/color", "did you mean 'success'?"),
    ]


def test_a_series_colour_misspelling_a_css_colour_still_says_that_one() -> None:
    source = "elements:\n  - type: chart\n    data: {labels: [a], series: [{values: [1], color: purpel}]}\n"
    (warning,) = validate_document(source).warnings
    assert warning.suggestion == "did you mean 'purple'?"


def test_a_number_written_with_thousands_commas_is_told_once_with_the_number() -> None:
    """The schema refuses "1,200"; that the chart then has no number to draw follows from it."""
    result = validate_document('elements:\n  - type: chart\n    data: {labels: [Jan], values: ["1,200"]}\n')
    assert _said(result) == [
        (
            "/elements/0/data/values/0",
            "expected a number, got '1,200'",
            "write the number alone, without thousands commas, currency or %: 1200",
        )
    ]


def test_numbers_written_as_text_are_drawn_and_not_taken_for_nulls() -> None:
    result = validate_document(
        'elements:\n  - type: chart\n    data: {labels: [Jan, Feb], values: ["12", "7.5"]}\n'
    )
    assert result.ok and not result.warnings


@pytest.mark.parametrize("field", ["stack", "stackId"])
def test_a_series_stack_says_the_chart_stacks_them_all(field: str) -> None:
    source = (
        f"elements:\n  - type: chart\n    data: {{labels: [a], series: [{{values: [1], {field}: one}}]}}\n"
    )
    assert _said(validate_document(source)) == [
        (
            f"/elements/0/data/series/0/{field}",
            f"unknown field '{field}'",
            "stacking is the chart's: stacked: true on the chart stacks every series; remove it; a series "
            "takes 'name', 'values', 'color' and 'fill'",
        )
    ]


@pytest.mark.parametrize(
    ("field", "first"),
    [
        ("unit", 'a series has no unit of its own: write it in its name, as its legend shows it: name: "HbA1c %"'),
        ("valus", "did you mean 'values'?"),
        ("label", "did you mean 'name'?"),
        ("weight", None),
    ],
)  # fmt: skip
def test_a_series_unknown_field_lists_the_fields_a_series_takes(field: str, first: str | None) -> None:
    source = f"elements:\n  - type: chart\n    data: {{labels: [a], series: [{{name: A, values: [1], {field}: x}}]}}\n"
    fields = "a series takes 'name', 'values', 'color' and 'fill'"
    assert _said(validate_document(source)) == [
        (
            f"/elements/0/data/series/0/{field}",
            f"unknown field '{field}'",
            f"{first}; {fields}" if first else fields,
        )
    ]


@pytest.mark.parametrize(
    ("written", "number"), [("$1,200.50", "1200.50"), ("72%", "72"), ("-3,000", "-3000")]
)
def test_a_number_written_with_a_currency_or_a_percent_is_given_alone(written: str, number: str) -> None:
    result = validate_document(
        f'elements:\n  - type: chart\n    data: {{labels: [a], values: ["{written}"]}}\n'
    )
    (error,) = result.errors
    assert error.suggestion == f"write the number alone, without thousands commas, currency or %: {number}"
    assert not result.warnings


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("3k", "3000"),
        ("2.5M", "2500000"),
        ("$1.2bn", "1200000000"),
        ("-0.5K", "-500"),
        ("1.23456k", "1234.56"),
    ],
)
def test_a_number_with_a_magnitude_suffix_is_given_in_full(written: str, number: str) -> None:
    """ "3k" is refused like "1,200", and the hint writes it out as "1,200" gets 1200."""
    result = validate_document(
        f'elements:\n  - type: chart\n    data: {{labels: [a], values: ["{written}"]}}\n'
    )
    (error,) = result.errors
    assert error.suggestion == f"write the number in full, without a k, M or B suffix: {number}"


def test_values_that_are_all_null_still_say_nothing_is_drawn() -> None:
    result = validate_document(
        "elements:\n  - type: chart\n    data: {labels: [a, b], values: [null, null]}\n"
    )
    assert [(w.path, w.message) for w in result.warnings] == [
        ("/elements/0/data", "every value is empty (null): the chart draws 'No data'")
    ]


@pytest.mark.parametrize(
    ("where", "written"), [("values", "n/a"), ("values", "N/A"), ("series", "-"), ("series", "#N/A")]
)
def test_a_missing_value_written_as_a_word_hints_null_for_a_gap(where: str, written: str) -> None:
    """t_na: an export's "n/a" was "expected a number" and no more; null is the DSL's gap."""
    data = (
        f'{{labels: [A, B, C], values: [1, "{written}", 3]}}'
        if where == "values"
        else f'{{labels: [A, B, C], series: [{{name: Web, values: [1, "{written}", 3]}}]}}'
    )
    (error,) = validate_document(f"elements:\n  - type: chart\n    data: {data}\n").errors
    assert error.path.endswith("/values/1")
    assert error.suggestion == "use null for a gap, a value that is missing: values: [1, null, 3]"


def test_a_word_that_is_no_gap_gets_no_null_hint() -> None:
    result = validate_document('elements:\n  - type: chart\n    data: {labels: [A], values: ["lots"]}\n')
    assert all("null" not in (issue.suggestion or "") for issue in result.errors)


@pytest.mark.parametrize("variant", ["pie", "donut"])
def test_a_negative_slice_is_named_at_its_value_with_a_bar_chart_suggested(variant: str) -> None:
    """t_pieneg: the warning pointed at /data/values, named no slice and suggested nothing."""
    source = (
        f"elements:\n  - type: chart\n    variant: {variant}\n"
        "    data: {labels: [Gains, Fees, Refunds], values: [500, 120, -80]}\n"
    )
    assert _said(validate_document(source)) == [
        (
            "/elements/0/data/values/2",
            f"a {variant} cannot draw a negative slice: 'Refunds' (-80) is left out of the chart and its "
            "legend; the shares are of the other slices' 620",
            "use a bar chart for values below zero: variant: bar draws them down from zero",
        )
    ]


def test_a_series_of_nulls_beside_others_is_named_at_its_values() -> None:
    """t_nullseries: 'Plan' kept its legend key and drew nothing, unsaid."""
    source = (
        "elements:\n  - type: chart\n    variant: line\n    data:\n      labels: [Q1, Q2]\n      series:\n"
        "        - {name: Actual, values: [10, 12]}\n        - {name: Plan, values: [null, null]}\n"
    )
    assert _said(validate_document(source)) == [
        (
            "/elements/0/data/series/1/values",
            "series 'Plan' has no value (every one is null): its legend key stands for nothing drawn",
            "give it its values, or remove the series",
        )
    ]


@pytest.mark.parametrize("variant", ["line", "area"])
def test_a_line_of_one_point_says_a_line_needs_two(variant: str) -> None:
    """t_onepoint: a one-point line chart drew a lone dot, unsaid."""
    source = (
        f"elements:\n  - type: chart\n    variant: {variant}\n    data: {{labels: [Jun], values: [2.1]}}\n"
    )
    (warning,) = validate_document(source).warnings
    assert (warning.path, warning.message) == (
        "/elements/0/data/values",
        f"{'an' if variant == 'area' else 'a'} {variant} chart of one point draws a lone dot: a line needs two points",
    )
    bars = "elements:\n  - type: chart\n    data: {labels: [Jun], values: [2.1]}\n"
    assert validate_document(bars).warnings == []
