"""A key of YAML's `{...}` form cut at a comma (`{Job boards (StepStone, Indeed): 14}`): one error
at the key, with the key given back quoted, and the object checked with the key whole (a chart's
`{label: number}` data was read as no labels at all, six wrong errors)."""

from __future__ import annotations

from kernel.dsl.validate import validate_document

_CHART = """\
width: 500
height: 300
elements:
  - type: chart
    variant: donut
    data: {LinkedIn: 42, Referrals: 31, Careers page: 18, Job boards (StepStone, Indeed): 14, Events: 4}
"""


def test_a_key_cut_at_its_comma_is_one_error_at_the_key_with_the_key_quoted() -> None:
    result = validate_document(_CHART)
    assert not result.warnings, result.warnings
    assert [(e.path, e.message, e.code, e.suggestion, e.line, e.column) for e in result.errors] == [
        (
            "/elements/0/data/Job boards (StepStone, Indeed)",
            "a comma cut the key 'Job boards (StepStone, Indeed)' into 'Job boards (StepStone' and 'Indeed)'",
            "comma_key",
            'inside {...} a comma ends a key, so quote a key that holds one: "Job boards (StepStone, Indeed)": 14',
            6,
            59,
        )
    ]
    quoted = validate_document(
        _CHART.replace("Job boards (StepStone, Indeed)", '"Job boards (StepStone, Indeed)"')
    )
    assert quoted.ok and not quoted.warnings, quoted.errors


def test_a_row_key_cut_at_its_comma_is_told_once() -> None:
    source = (
        "elements:\n"
        '  - {type: table, columns: [Name, "Cost (USD, EUR)"], rows: [{Name: Fees, Cost (USD, EUR): 3}]}\n'
    )
    (error,) = validate_document(source).errors
    assert (error.path, error.code) == ("/elements/0/rows/0/Cost (USD, EUR)", "comma_key")
    assert error.suggestion is not None and error.suggestion.endswith('"Cost (USD, EUR)": 3')


def test_a_flag_before_a_field_and_a_value_cut_at_a_comma_are_no_cut_key() -> None:
    flag = validate_document("elements:\n  - {type: divider, vertical, label: Or (x, y)}\n")
    assert all(issue.code != "comma_key" for issue in [*flag.errors, *flag.warnings])
    cut = validate_document("elements:\n  - {type: text, text: Fast (cheap, safe) and open, size: sm}\n")
    assert all(issue.code != "comma_key" for issue in [*cut.errors, *cut.warnings])
