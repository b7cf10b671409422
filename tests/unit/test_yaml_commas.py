"""Texts YAML's flow forms cut at a comma, given back as the source writes them: `{...}` values
(money amounts whose rest became number keys) and `[...]` lists (items, labels, options...)."""

from __future__ import annotations

import pytest

from kernel.dsl.validate import ValidationResult, validate_data, validate_document
from kernel.errors import Issue


def _quote(field: str, text: str) -> str:
    return f"inside {{...}} a comma ends a value, so quote text that holds one: {field}: {text}"


def _said(result: ValidationResult) -> list[tuple[str, str, str | None]]:
    return [(issue.path, issue.message, issue.suggestion) for issue in [*result.errors, *result.warnings]]


# --- {...}: the value as written, whatever YAML made of its rest ----------------------------------

_MONEY = """\
version: 1
elements:
  - {type: toggle, label: Approve payouts over $10,000, checked: true}
  - {type: text, text: Limit 1,500 per day}
  - {type: button, label: Pay $1,250.00}
"""


def test_money_amounts_cut_in_a_flow_object_are_given_back_as_written() -> None:
    """`000` loads as the number 0 and `250.00` as 250.0: joined again from those, the amounts
    were "$10, 0" and nothing at all; the source still has them."""
    result = validate_document(_MONEY)
    assert not result.warnings
    assert [(e.path, e.message, e.suggestion, e.line, e.column) for e in result.errors] == [
        (
            "/elements/0/0",
            "a field name must be text, got 0",
            _quote("label", '"Approve payouts over $10,000"'),
            3,
            52,
        ),
        (
            "/elements/1/500 per day",
            "unknown field '500 per day'",
            _quote("text", '"Limit 1,500 per day"'),
            4,
            32,
        ),
        (
            "/elements/2/250.0",
            "a field name must be text, got 250",
            _quote("label", '"Pay $1,250.00"'),
            5,
            34,
        ),
    ]


def test_an_amount_cut_at_two_commas_is_one_error_quoting_it_whole() -> None:
    result = validate_document("elements:\n  - {type: stat, label: Raised, value: $1,250,000}\n")
    told = "a field name must be text, got 250 (the rest of 'value', cut at its commas, as are '0')"
    assert _said(result) == [("/elements/0/250", told, _quote("value", '"$1,250,000"'))]
    assert result.errors[0].paths == ("/elements/0/250", "/elements/0/0")


def test_a_description_cut_at_five_commas_is_one_error_at_its_first_piece() -> None:
    """Each piece was an error of its own ("unknown field 'safe'", "'simple'"...), six at most
    for one slip, all with the same fix."""
    source = (
        "elements:\n  - {type: card, title: Plans, description: Fast, safe, simple, cheap, open, loved}\n"
    )
    (error,) = validate_document(source).errors
    assert (error.path, error.line, error.column) == ("/elements/0/safe", 2, 51)
    assert error.message == (
        "unknown field 'safe' (the rest of 'description', cut at its commas, as are 'simple', 'cheap', "
        "'open' and 'loved')"
    )
    assert error.suggestion == _quote("description", '"Fast, safe, simple, cheap, open, loved"')
    assert error.paths == tuple(f"/elements/0/{key}" for key in ("safe", "simple", "cheap", "open", "loved"))


def test_two_cut_fields_of_one_element_are_an_error_each() -> None:
    source = "elements:\n  - {type: card, title: Plans, Pricing, description: Fast, safe, simple}\n"
    errors = validate_document(source).errors
    assert [(error.path, error.paths) for error in errors] == [
        ("/elements/0/Pricing", None),
        ("/elements/0/safe", ("/elements/0/safe", "/elements/0/simple")),
    ]


def test_a_flow_object_written_over_several_lines_gives_the_text_on_one() -> None:
    source = "elements:\n  - {type: toggle,\n     label: Approve payouts over $10,000,\n     checked: true}\n"
    assert _said(validate_document(source)) == [
        (
            "/elements/0/0",
            "a field name must be text, got 0",
            _quote("label", '"Approve payouts over $10,000"'),
        )
    ]


def test_a_flow_object_inside_a_block_element_is_given_back_as_written() -> None:
    source = (
        "elements:\n  - type: tabs\n    items:\n      - {label: Over $1,000, active: true}\n      - Under\n"
    )
    assert _said(validate_document(source)) == [
        ("/elements/0/items/0/0", "a field name must be text, got 0", _quote("label", '"Over $1,000"'))
    ]


def test_the_block_form_keeps_its_commas() -> None:
    """Outside `{...}` and `[...]` a comma ends nothing: the amounts are drawn whole."""
    source = (
        "elements:\n  - type: toggle\n    label: Approve payouts over $10,000\n"
        "  - type: list\n    items:\n      - Budget approved ($1,250,000)\n"
    )
    result = validate_document(source)
    assert result.ok and not result.warnings


def test_a_text_holding_double_quotes_is_given_back_in_single_quotes() -> None:
    result = validate_document('elements:\n  - {type: text, text: Say "hi", Ana}\n')
    assert _said(result) == [("/elements/0/Ana", "unknown field 'Ana'", _quote("text", "'Say \"hi\", Ana'"))]


def test_without_a_source_a_number_key_is_still_told_as_the_rest_of_the_text() -> None:
    """Parsed data has no source to quote: the text is joined again from what was read (a float
    key used to lose its path, and with it any hint)."""
    result = validate_data({"elements": [{"type": "button", "label": "Pay $1", 250.5: None}]})
    assert _said(result) == [
        ("/elements/0/250.5", "a field name must be text, got 250.5", _quote("label", '"Pay $1,250.5"'))
    ]


def test_a_misspelt_flag_after_a_text_is_still_a_misspelt_field() -> None:
    result = validate_document("elements:\n  - {type: checkbox, label: Agree, chekced}\n")
    assert _said(result) == [("/elements/0/chekced", "unknown field 'chekced'", "did you mean 'checked'?")]


# --- [...]: a text cut into several entries ------------------------------------------------------


def test_a_list_item_cut_at_the_commas_of_an_amount_is_named_and_quoted() -> None:
    source = (
        "elements:\n"
        "  - {type: list, variant: checklist, items: [UTM verified, Budget approved ($1,250,000), Creatives uploaded]}\n"
    )
    result = validate_document(source)
    assert result.ok
    assert result.warnings == [
        Issue(
            "/elements/0/items",
            '"Budget approved ($1,250,000)" is drawn as 3 items: "Budget approved ($1", "250" and "000)"',
            "comma_split",
            "inside [...] a comma ends an item, so quote text that holds one: "
            'items: [UTM verified, "Budget approved ($1,250,000)", Creatives uploaded]',
            2,
            60,
        )
    ]


def test_cut_chart_labels_are_named_and_the_count_they_alone_made_wrong_is_not_told() -> None:
    source = "elements:\n  - type: chart\n    data: {labels: [Q1 2024, Q2, Revenue ($1,200), Q4], values: [1, 2, 3, 4]}\n"
    assert _said(validate_document(source)) == [
        (
            "/elements/0/data/labels",
            '"Revenue ($1,200)" is drawn as 2 labels: "Revenue ($1" and "200)"',
            'inside [...] a comma ends a label, so quote text that holds one: labels: [Q1 2024, Q2, "Revenue ($1,200)", Q4]',
        )
    ]


def test_a_count_the_cut_does_not_explain_is_still_told() -> None:
    source = "elements:\n  - type: chart\n    data: {labels: [A, B ($1,200)], values: [1, 2, 3, 4]}\n"
    assert [(w.path, w.message) for w in validate_document(source).warnings] == [
        ("/elements/0/data/labels", '"B ($1,200)" is drawn as 2 labels: "B ($1" and "200)"'),
        ("/elements/0/data/values", "4 values for 3 labels"),
    ]


@pytest.mark.parametrize(
    ("element", "path", "fix"),
    [
        ("{type: tabs, items: [Overview, Costs (USD, EUR), Notes]}", "items", "an item"),
        ("{type: breadcrumb, items: [Home, Orders over $1,000]}", "items", "an item"),
        ("{type: stepper, items: [Cart, Pay $1,250.00, Done]}", "items", "an item"),
        ("{type: select, options: [Under $1,000, Over $1,000]}", "options", "an option"),
        ("{type: radio, options: [Basic ($9, monthly), Pro]}", "options", "an option"),
        ("{type: table, columns: [Item, Total ($1,000s)], rows: [[a, 1]]}", "columns", "a column"),
        ("{type: card, title: Plan, actions: [Pay $1,250, Cancel]}", "actions", "an action"),
    ],
)
def test_every_list_of_texts_is_told_its_cut_text(element: str, path: str, fix: str) -> None:
    (warning,) = [
        w for w in validate_document(f"elements:\n  - {element}\n").warnings if w.code == "comma_split"
    ]
    assert warning.path == f"/elements/0/{path}"
    assert warning.suggestion is not None
    assert warning.suggestion.startswith(
        f"inside [...] a comma ends {fix}, so quote text that holds one: {path}: ["
    )


def test_several_cut_texts_in_one_list_are_counted_and_all_quoted() -> None:
    source = 'elements:\n  - {type: select, options: [Under $1,000, "$1,000 – $5,000", Over $5,000]}\n'
    (warning,) = validate_document(source).warnings
    assert (
        warning.message
        == '"Under $1,000" is drawn as 2 options: "Under $1" and "0"; 1 more text is cut the same way'
    )
    assert warning.suggestion == (
        "inside [...] a comma ends an option, so quote text that holds one: "
        'options: ["Under $1,000", "$1,000 – $5,000", "Over $5,000"]'
    )


def test_a_quote_closed_in_a_later_entry_joins_them() -> None:
    (warning,) = validate_document(
        'elements:\n  - {type: list, items: [He said "yes, please", Bob]}\n'
    ).warnings
    assert warning.message == "'He said \"yes, please\"' is drawn as 2 items: 'He said \"yes' and 'please\"'"
    assert warning.suggestion is not None and warning.suggestion.endswith(
        "items: ['He said \"yes, please\"', Bob]"
    )


def test_a_list_over_several_lines_gives_back_only_the_quoted_text() -> None:
    source = "elements:\n  - type: list\n    items: [UTM verified,\n      Budget approved ($1,250,000),\n      Done]\n"
    (warning,) = validate_document(source).warnings
    assert (warning.path, warning.line, warning.column) == ("/elements/0/items", 4, 7)
    assert warning.suggestion == (
        'inside [...] a comma ends an item, so quote text that holds one: "Budget approved ($1,250,000)"'
    )


def test_numbers_cut_at_thousands_commas_are_given_back_without_them() -> None:
    source = "elements:\n  - type: chart\n    data: {labels: [A, B], values: [10,000, 20,000]}\n"
    assert _said(validate_document(source)) == [
        (
            "/elements/0/data/values",
            "10,000 is read as 2 values: 10 and 0; 1 more number is cut the same way",
            "inside [...] a comma ends a value, so write numbers without thousands commas: values: [10000, 20000]",
        )
    ]


def test_number_labels_cut_at_thousands_commas_are_quoted() -> None:
    source = "elements:\n  - type: chart\n    data: {labels: [1,000, 2,000], values: [1, 2]}\n"
    assert _said(validate_document(source)) == [
        (
            "/elements/0/data/labels",
            '"1,000" is drawn as 2 labels: "1" and "0"; 1 more text is cut the same way',
            'inside [...] a comma ends a label, so quote text that holds one: labels: ["1,000", "2,000"]',
        )
    ]


@pytest.mark.parametrize(
    "items",
    [
        "[Smith, Jane]",  # two names or one: nothing tells
        "[Mar 2, 2025]",
        '[13", 15", 17"]',  # inch marks open no quote
        '["$1,000 – $5,000", "Budget (Q1, Q2)"]',  # quoted: nothing was cut
        "[Step 1), Step 2)]",
        "[Part (one, Part two]",  # a parenthesis never closed joins nothing
    ],
)
def test_lists_without_a_plain_cut_are_not_warned(items: str) -> None:
    result = validate_document(f"elements:\n  - {{type: list, items: {items}}}\n")
    assert result.ok and not result.warnings


@pytest.mark.parametrize("values", ["[1,200, 3,400]", "[1,2,3]", "[100,200,300]"])
def test_numbers_written_without_spaces_are_numbers(values: str) -> None:
    """`[1,250, 3]` may well be three numbers: only a group with a leading zero (`000`) is plain."""
    source = f"elements:\n  - type: chart\n    data: {{labels: [A, B, C, D], values: {values}}}\n"
    assert [w.code for w in validate_document(source).warnings if w.code == "comma_split"] == []


def test_with_strict_a_cut_list_is_an_error() -> None:
    result = validate_document("elements:\n  - {type: list, items: [Orders over $1,000]}\n", strict=True)
    assert not result.ok and [e.code for e in result.errors] == ["comma_split"]


def test_a_table_row_cut_at_a_comma_is_told_once_by_its_row_length() -> None:
    source = "elements:\n  - type: table\n    columns: [Medication, Dose, Status]\n    rows:\n      - [Heparin, 5,000 units, Pending]\n"
    assert [w.code for w in validate_document(source).warnings] == ["row_length"]
