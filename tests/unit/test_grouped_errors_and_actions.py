"""Validation: an action's `size` and the fields an action takes; an element put
among actions told alone; a text YAML's {...} form cut at commas told to quote it whole, a number
part included; alike errors at sibling paths told once; what agents read of steppers,
paginations, avatars, badges and toggles."""

from __future__ import annotations

import re
from typing import Any

import pytest

from kernel.dsl.catalog import ACTION_FIELDS, DESCRIPTIONS
from kernel.dsl.compiler import compile_html
from kernel.dsl.model import Document
from kernel.dsl.options import Viewport
from kernel.dsl.semantic.variants import KNOWN_VARIANTS
from kernel.dsl.sizes import AVATAR_SIZES
from kernel.dsl.validate import ValidationResult, grouped_issues, validate_data, validate_document
from kernel.errors import Issue
from mcp_adapter.reference import element_choices

VIEWPORT = Viewport(width=900, height=300, scale=1.0)
TAKES = "an action is a button and takes label, variant, size, icon, iconPosition, badge, disabled and id"


def only_error(result: ValidationResult) -> Issue:
    (error,) = result.errors
    return error


def page(*elements: dict[str, Any]) -> str:
    return compile_html(Document.model_validate({"elements": list(elements)}), VIEWPORT)


# -- 1. an action's size and the fields an action takes -------------------------------------------


@pytest.mark.parametrize("kind", ["navbar", "header", "alert", "card", "modal", "form", "section", "empty"])
def test_an_action_takes_a_size(kind: str) -> None:
    action = {"type": "button", "label": "Delete", "variant": "danger", "size": "sm", "icon": "trash-2"}
    result = validate_data({"elements": [{"type": kind, "title": "Users", "actions": [action]}]})
    assert result.ok, result.errors
    assert result.document is not None
    (item,) = result.document.elements[0].actions or []
    assert not isinstance(item, str) and item.size == "sm"


def test_an_actions_size_in_other_words_reads_as_the_dsls() -> None:
    result = validate_data({"elements": [{"type": "header", "actions": [{"label": "Go", "size": "Large"}]}]})
    assert result.document is not None
    (item,) = result.document.elements[0].actions or []
    assert not isinstance(item, str) and item.size == "lg"


def test_an_actions_unknown_size_names_the_three() -> None:
    error = only_error(
        validate_data({"elements": [{"type": "navbar", "actions": [{"label": "Go", "size": "xl"}]}]})
    )
    assert (error.path, error.code) == ("/elements/0/actions/0/size", "invalid_value")
    assert error.suggestion == "use 'sm', 'md' or 'lg'"


def test_a_field_an_action_does_not_take_lists_those_it_takes() -> None:
    action = {"type": "button", "label": "Delete", "tooltip": "Removes the users"}
    error = only_error(
        validate_data({"elements": [{"type": "alert", "title": "3 selected", "actions": [action]}]})
    )
    assert (error.path, error.message) == ("/elements/0/actions/0/tooltip", "unknown field 'tooltip'")
    assert error.suggestion == f"{TAKES}; other elements go in the parent's 'children'"


def test_a_misspelt_action_field_is_named_before_the_fields_an_action_takes() -> None:
    error = only_error(
        validate_data({"elements": [{"type": "header", "actions": [{"label": "Go", "sise": "sm"}]}]})
    )
    assert error.suggestion == f"did you mean 'size'?; {TAKES}; other elements go in the parent's 'children'"


def test_a_nav_entrys_unknown_field_is_not_told_of_actions() -> None:
    error = only_error(
        validate_data({"elements": [{"type": "navbar", "items": [{"label": "Docs", "colour": "red"}]}]})
    )
    assert error.path == "/elements/0/items/0/colour"
    assert "action" not in (error.suggestion or "")


_DRAWN_WITH = {
    "label": ({"label": "Go"}, {"label": "Export"}),
    "variant": ({"label": "Go"}, {"label": "Go", "variant": "danger"}),
    "icon": ({"label": "Go"}, {"label": "Go", "icon": "download"}),
    "iconPosition": (
        {"label": "Go", "icon": "download"},
        {"label": "Go", "icon": "download", "iconPosition": "end"},
    ),
    "badge": ({"label": "Go"}, {"label": "Go", "badge": 3}),
    "disabled": ({"label": "Go"}, {"label": "Go", "disabled": True}),
    "size": ({"label": "Go"}, {"label": "Go", "size": "lg"}),
    "id": ({"label": "Go"}, {"label": "Go", "id": "go"}),
}


@pytest.mark.parametrize("field", ACTION_FIELDS)
def test_each_field_an_action_takes_is_drawn(field: str) -> None:
    without, given = _DRAWN_WITH[field]
    assert page({"type": "header", "title": "Users", "actions": [without]}) != page(
        {"type": "header", "title": "Users", "actions": [given]}
    )


# -- 2. an element put among actions is told alone ------------------------------------------------


def test_an_element_among_actions_is_one_error_that_gives_it_back_for_children() -> None:
    source = "elements:\n  - type: navbar\n    title: Acme\n    actions:\n      - {type: avatar, name: Priya Shah, size: sm}\n"
    error = only_error(validate_document(source))
    assert (error.path, error.code, error.line) == ("/elements/0/actions/0/type", "invalid_value", 5)
    assert error.message == "'avatar' is not one of 'button' or 'link'"
    assert error.suggestion == (
        "items are drawn as buttons or links; put the avatar in the parent's 'children': "
        'children: [{type: avatar, name: "Priya Shah", size: sm}]'
    )


def test_a_button_among_actions_keeps_its_own_field_errors() -> None:
    result = validate_data({"elements": [{"type": "header", "actions": [{"type": "button", "lable": "Go"}]}]})
    assert [error.path for error in result.errors] == ["/elements/0/actions/0/lable"]


def test_only_the_misplaced_items_field_errors_are_left_out() -> None:
    actions = [{"type": "avatar", "name": "Priya Shah"}, {"label": "Go", "tooltip": "x"}]
    result = validate_data({"elements": [{"type": "header", "actions": actions}]})
    assert [error.path for error in result.errors] == [
        "/elements/0/actions/0/type",
        "/elements/0/actions/1/tooltip",
    ]


# -- 3. a text YAML's {...} form cut at commas ----------------------------------------------------


def _quote(field: str, text: str) -> str:
    return f'inside {{...}} a comma ends a value, so quote text that holds one: {field}: "{text}"'


def test_a_rows_value_cut_before_a_number_is_told_to_quote_it() -> None:
    source = (
        "elements:\n  - type: table\n    columns: [{key: name, label: Name}, {key: login, label: Last login}]\n"
        "    rows:\n      - {name: Mia, login: Mar 2, 2025}\n      - {name: Leo, login: Monday, 10am}\n"
    )
    result = validate_document(source)
    error = only_error(result)
    assert (error.path, error.code) == ("/elements/0/rows/0/2025", "invalid_type")
    assert error.message == "a key must be text, got 2025"
    assert error.suggestion == _quote("login", "Mar 2, 2025")
    (warning,) = result.warnings
    assert (warning.path, warning.suggestion) == ("/elements/0/rows/1/10am", _quote("login", "Monday, 10am"))


def test_a_text_cut_at_two_commas_is_one_error_told_to_quote_it_whole() -> None:
    source = "elements:\n  - {type: textarea, label: Notes, placeholder: Delivery instructions, packaging, contacts..., rows: 3}\n"
    result = validate_document(source)
    assert [(error.path, error.suggestion, error.paths) for error in result.errors] == [
        (
            "/elements/0/packaging",
            _quote("placeholder", "Delivery instructions, packaging, contacts..."),
            ("/elements/0/packaging", "/elements/0/contacts..."),  # in the order they are written
        )
    ]


@pytest.mark.parametrize(
    ("element", "path", "suggestion"),
    [
        (
            "{type: input, placeholder: Your full name, as on the card}",
            "as on the card",
            _quote("placeholder", "Your full name, as on the card"),
        ),
        (
            "{type: input, label: Address, placeholder: Enter the street, number}",
            "number",
            _quote("placeholder", "Enter the street, number"),
        ),
        ("{type: stat, label: Users, value: 1,234}", "234", _quote("value", "1,234")),
        ("{type: text, text: Cardiologist, FACC}", "FACC", _quote("text", "Cardiologist, FACC")),
    ],
)
def test_a_text_cut_at_a_comma_is_given_back_quoted(element: str, path: str, suggestion: str) -> None:
    error = only_error(validate_document(f"elements:\n  - {element}\n"))
    assert (error.path, error.suggestion) == (f"/elements/0/{path}", suggestion)


def test_a_lone_flag_after_a_one_word_text_is_still_taken_for_a_misspelt_field() -> None:
    error = only_error(validate_document("elements:\n  - {type: checkbox, label: Agree, chekced}\n"))
    assert (error.path, error.suggestion) == ("/elements/0/chekced", "did you mean 'checked'?")


def test_a_misspelt_field_with_a_value_is_no_cut_text() -> None:
    error = only_error(validate_document("elements:\n  - {type: text, text: Hello there, paddng: 4}\n"))
    assert error.suggestion == (
        "did you mean 'padding'? A text does not draw it: space inside it is CSS: style: {padding: 4}"
    )


# -- 4. alike errors at sibling paths are told once -----------------------------------------------


def _table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    columns = [{"key": "name", "label": "Name"}, {"key": "status", "label": "Status"}]
    return {
        "elements": [{"type": "text", "text": "Users"}, {"type": "table", "columns": columns, "rows": rows}]
    }


def test_an_error_in_every_row_is_told_once_with_where_the_others_are() -> None:
    rows = [{"name": f"User {n}", "status": {"type": "alert", "text": "Active"}} for n in range(12)]
    error = only_error(validate_data(_table(rows)))
    assert error.path == "/elements/1/rows/0/status/type"
    assert error.message == (
        "'alert' cannot be drawn in a table cell; and 11 more like it at /elements/1/rows/1..11/status/type"
    )
    assert error.suggestion is not None and error.suggestion.endswith('write "Active" as the cell\'s text')


def test_suggestions_that_differ_only_in_what_they_quote_are_alike() -> None:
    rows = [
        {"name": "A", "status": {"type": "alert", "text": word}} for word in ("Active", "Invited", "Active")
    ]
    error = only_error(validate_data(_table(rows)))
    assert error.message.endswith("; and 2 more like it at /elements/1/rows/1..2/status/type")


def test_the_grouped_error_keeps_its_own_line_in_a_source() -> None:
    source = "elements:\n  - type: header\n    actions:\n" + "".join(
        f"      - {{label: Go {n}, tooltip: x}}\n" for n in range(3)
    )
    error = only_error(validate_document(source))
    assert (error.path, error.line) == ("/elements/0/actions/0/tooltip", 4)
    assert error.message == "unknown field 'tooltip'; and 2 more like it at /elements/0/actions/1..2/tooltip"


def test_distinct_errors_stay_apart() -> None:
    result = validate_data({"elements": [{"type": "buton"}, {"type": "heding"}, {"type": "buton"}]})
    assert [(error.path, error.message) for error in result.errors] == [
        ("/elements/0/type", "unknown element type 'buton'; and 1 more like it at /elements/2/type"),
        ("/elements/1/type", "unknown element type 'heding'"),
    ]


def test_alike_warnings_are_told_once_too() -> None:
    items = [{"label": f"Entry {n}", "icon": "hous"} for n in range(4)]
    result = validate_data({"elements": [{"type": "list", "items": items}]})
    (warning,) = result.warnings
    assert warning.path == "/elements/0/items/0/icon"
    assert warning.message.endswith("; and 3 more like it at /elements/0/items/1..3/icon")


def test_gaps_and_two_varying_indexes_are_written_as_ranges() -> None:
    paths = ["/elements/0/rows/0/0", "/elements/0/rows/0/1", "/elements/0/rows/1/0"]
    paths += ["/elements/0/rows/1/1", "/elements/0/rows/3/0", "/elements/0/rows/3/1"]
    (issue,) = grouped_issues([Issue(path, "same", "invalid_type") for path in paths])
    assert issue.message == "same; and 5 more like it at /elements/0/rows/0..1,3/1, /elements/0/rows/1,3/0"


def test_issues_at_paths_without_indexes_are_never_joined() -> None:
    issues = [Issue("/width", "same", "out_of_range"), Issue("/height", "same", "out_of_range")]
    assert grouped_issues(issues) == issues


def test_strict_joins_the_warnings_it_makes_errors() -> None:
    items = [{"label": f"Entry {n}", "icon": "hous"} for n in range(3)]
    result = validate_data({"elements": [{"type": "list", "items": items}]}, strict=True)
    assert [error.path for error in result.errors] == ["/elements/0/items/0/icon"]


# -- 5. what agents read --------------------------------------------------------------------------


def test_stepper_and_pagination_say_where_they_count_from() -> None:
    assert "0-based (0 is the first step" in DESCRIPTIONS["stepper"]
    assert "1-based (1 is the first page" in DESCRIPTIONS["pagination"]


def test_a_page_outside_the_pagination_says_pages_count_from_one() -> None:
    (warning,) = validate_data({"elements": [{"type": "pagination", "current": 0, "total": 5}]}).warnings
    assert warning.message == "page 0 is outside 1..5 (1-based: current: 1 is the first page)"


def test_an_avatars_sizes_are_told() -> None:
    assert element_choices("avatar")["size"] == list(AVATAR_SIZES)
    assert "|".join(AVATAR_SIZES) in DESCRIPTIONS["avatar"]


def test_a_buttons_sizes_are_told() -> None:
    assert element_choices("button")["size"] == ["sm", "md", "lg"]


LISTING_VARIANTS = sorted(
    kind for kind in KNOWN_VARIANTS if re.search(r"`variant` \w+\|", DESCRIPTIONS[kind])
)
"""The types whose description lists their variants (`variant` a|b|c); the others' are told as choices."""


def test_the_types_that_list_their_variants_are_found() -> None:
    assert {"badge", "button", "alert", "list", "skeleton"} <= set(LISTING_VARIANTS)


@pytest.mark.parametrize("kind", LISTING_VARIANTS)
def test_a_description_that_lists_variants_names_every_choice(kind: str) -> None:
    """The values agents are offered and the description agree (a badge's 9, its alias too)."""
    words = set(re.findall(r"[a-z]+", DESCRIPTIONS[kind].split("`variant`", 1)[1]))
    assert set(element_choices(kind)["variant"]) <= words


def test_the_toggles_one_variant_is_explained() -> None:
    assert "at the row's far right with `variant: end`" in DESCRIPTIONS["toggle"]


def test_many_issues_alike_but_for_their_values_are_one_naming_the_first_values() -> None:
    elements = [{"type": "text", "text": "t", "style": {"color": f"#zz{n:04d}"}} for n in range(1500)]
    (warning,) = validate_data({"elements": elements}).warnings
    assert warning.path == "/elements/0/style/color"
    assert warning.message == (
        "color '#zz0000' is not a CSS colour, so it is not drawn; and 1,499 more like it at "
        "/elements/1..1499/style/color: '#zz0001', '#zz0002', '#zz0003', '#zz0004', '#zz0005' and 1,494 more"
    )
    assert warning.paths == tuple(f"/elements/{n}/style/color" for n in range(1500))


def test_rows_each_with_its_own_extra_cell_are_one_warning() -> None:
    rows = [["a", "b", f"extra{n}"] for n in range(450)]
    (warning,) = validate_data(
        {"elements": [{"type": "table", "columns": ["A", "B"], "rows": rows}]}
    ).warnings
    assert warning.message.endswith('; and 449 more like it at /elements/0/rows/1..449: "extra1", "extra2", '
                                    '"extra3", "extra4", "extra5" and 444 more')  # fmt: skip
    assert len(warning.paths or ()) == 450


def test_a_few_values_are_each_told_with_their_own_suggestion() -> None:
    result = validate_data({"elements": [{"type": kind} for kind in ("buton", "heding", "imge")]})
    assert [error.message for error in result.errors] == [
        "unknown element type 'buton'",
        "unknown element type 'heding'",
        "unknown element type 'imge'",
    ]


def test_places_past_the_first_few_are_counted() -> None:
    paths = [f"/elements/{n}/rows/{n}/{n}" for n in range(0, 40, 2)]
    (issue,) = grouped_issues([Issue(path, "same", "invalid_type") for path in paths])
    assert issue.message.endswith(" and 15 more places")
    assert len(issue.paths or ()) == 20


def test_an_issue_said_again_in_the_same_words_at_the_same_place_is_told_once() -> None:
    """12,400 `@import`s in one `css` were 12,400 identical warnings at /css."""
    result = validate_document(
        {"css": "@import url(a.css);" * 50, "elements": [{"type": "text", "text": "x"}]}
    )
    imports = [w for w in result.warnings if "@import" in w.message]
    assert len(imports) == 1 and imports[0].path == "/css"
