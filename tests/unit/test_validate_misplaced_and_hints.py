"""What the validator says where first tries went wrong: elements written in the `items` of a
container that draws `children` (one error that gives them back as children, whatever their type),
a date field that has its picker's icon already, a chart's `type` written twice, a group of
checkboxes, a misspelt field offered only among the fields its type draws, and the colour of an
entry or an action."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.catalog import ELEMENT_TYPES
from kernel.dsl.semantic.fields import CHILDREN_NOT_ITEMS, fields_drawn_by
from kernel.dsl.validate import validate_document
from kernel.errors import Issue
from tests.support.elements import render_element


def _issues(source: str | dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    result = validate_document(source)
    return [
        (issue.path, issue.code, issue.message, issue.suggestion)
        for issue in [*result.errors, *result.warnings]
    ]


def _only_error(source: str | dict[str, Any]) -> Issue:
    (error,) = validate_document(source).errors
    return error


# 1 and 8. elements in a container's items


@pytest.mark.parametrize(
    ("entry", "children"),
    [
        ("{type: button, text: Save}", "[{type: button, text: Save}]"),
        ("{type: avatar, name: Ann Lee}", '[{type: avatar, name: "Ann Lee"}]'),
        ("{type: link, text: Docs}", "[{type: link, text: Docs}]"),
        ("{type: text, text: Hi}", "[{type: text, text: Hi}]"),
    ],
)
def test_an_element_in_a_rows_items_is_one_error_that_moves_it_to_children(entry: str, children: str) -> None:
    """Whatever its type (a button or a link passes as an item, an avatar does not), it is one
    error at `items`, with the line of the source, and nothing about buttons and links."""
    error = _only_error(f"elements:\n  - {{type: row, items: [{entry}]}}\n")
    kind = entry.split(",")[0].removeprefix("{type: ")
    assert (error.path, error.code, error.line) == ("/elements/0/items", "elements_in_items", 2)
    assert error.message == f"'row' draws 'children', not 'items': the '{kind}' written there is not drawn"
    assert error.suggestion == f"move it to 'children': children: {children}"


def test_a_buttons_colour_in_a_rows_items_is_told_as_on_the_button_it_is() -> None:
    """The misplaced button's own fields are judged as a button's (its `color` goes in its
    variant), at their paths, beside the error that moves it."""
    issues = _issues("elements:\n  - {type: row, items: [{type: button, text: Save, color: red}]}\n")
    assert issues == [
        ("/elements/0/items", "elements_in_items",
         "'row' draws 'children', not 'items': the 'button' written there is not drawn",
         "move it to 'children': children: [{type: button, text: Save, color: red}]"),
        ("/elements/0/items/0/color", "field_ignored", "'button' does not draw 'color'",
         'use variant: danger (or style: {color: "red"} for the text colour alone)'),
    ]  # fmt: skip


def test_misplaced_elements_keep_their_own_schema_errors_as_elements() -> None:
    """A misspelt type or field of an element among items is told as an element's (`buton` is
    `button`, `lable` is `label`), not as an item's ('is not one of button or link'); texts among
    them come back as text elements."""
    card = {"type": "card", "items": ["Alpha", {"type": "buton", "text": "Go", "lable": "x"}]}
    assert _issues({"elements": [card]}) == [
        ("/elements/0/items", "elements_in_items",
         "'card' draws 'children', not 'items': the 2 entries written there are not drawn",
         "move them to 'children': children: [{type: text, text: Alpha}, {type: buton, text: Go, lable: x}]"),
        ("/elements/0/items/1/lable", "unknown_field", "unknown field 'lable'", "did you mean 'label'?"),
        ("/elements/0/items/1/type", "unknown_type", "unknown element type 'buton'", "did you mean 'button'?"),
    ]  # fmt: skip


def test_texts_in_a_rows_items_stay_a_warning_and_a_navbars_items_are_drawn() -> None:
    assert [
        (path, code) for path, code, _, _ in _issues({"elements": [{"type": "row", "items": ["A"]}]})
    ] == [("/elements/0/items", "field_ignored")]
    assert validate_document(
        {"elements": [{"type": "navbar", "items": [{"type": "button", "text": "Save"}]}]}
    ).ok


@pytest.mark.parametrize("kind", sorted(CHILDREN_NOT_ITEMS))
def test_the_containers_told_of_draw_none_of_their_items(kind: str) -> None:
    """The error is true: the compiler draws nothing of an element in these types' items."""
    html = render_element(type=kind, items=[{"type": "button", "text": "Zqxj"}])
    assert "Zqxj" not in html
    assert validate_document(
        {"elements": [{"type": kind, "items": [{"type": "button", "text": "Zqxj"}]}]}
    ).errors


def test_every_container_that_draws_items_is_left_out() -> None:
    for kind in ("navbar", "sidebar", "tabs", "accordion", "footer"):
        assert kind not in CHILDREN_NOT_ITEMS
        assert "Zqxj" in render_element(type=kind, items=[{"type": "button", "text": "Zqxj"}])


@pytest.mark.parametrize(
    ("element", "path", "suggestion"),
    [
        ({"type": "menu", "items": [{"label": "Delete", "color": "red"}]}, "/elements/0/items/0/color",
         "its colour is its tone: variant: danger (a menu entry draws danger)"),
        ({"type": "sidebar", "items": [{"label": "Delete", "color": "#f00"}]}, "/elements/0/items/0/color",
         "its colour is its tone: a sidebar entry's tones are danger, success, warning or info"),
        ({"type": "header", "actions": [{"label": "Delete", "color": "red"}]}, "/elements/0/actions/0/color",
         "its colour is its variant: variant: danger (primary, danger, ghost, link, outline, secondary or "
         "success); an action is a button and takes label, variant, size, icon, iconPosition, badge, "
         "disabled and id; other elements go in the parent's 'children'"),
        ({"type": "navbar", "items": [{"label": "Home", "color": "red"}]}, "/elements/0/items/0/color",
         "an entry is drawn in its element's colours, the active one in the brand's (active: true); another "
         "colour is the document's css"),
    ],
)  # fmt: skip
def test_an_entrys_colour_says_where_it_goes(element: dict[str, Any], path: str, suggestion: str) -> None:
    error = _only_error({"elements": [element]})
    assert (error.path, error.code, error.suggestion) == (path, "unknown_field", suggestion)


@pytest.mark.parametrize(
    ("kind", "tone"), [("menu", "danger"), ("sidebar", "success"), ("timeline", "warning")]
)
def test_the_tone_offered_for_an_entrys_colour_is_drawn(kind: str, tone: str) -> None:
    """The variant the hint gives an entry changes its drawing (it is no advice to nothing)."""
    plain = render_element(type=kind, items=[{"label": "Delete"}])
    assert render_element(type=kind, items=[{"label": "Delete", "variant": tone}]) != plain


# 2. a date field with its picker's icon


@pytest.mark.parametrize(
    ("input_type", "icon"),
    [("date", "calendar"), ("date", "calendar-days"), ("month", "calendar"), ("time", "clock")],
)
def test_a_picker_field_with_its_pickers_icon_is_not_told_to_add_it(input_type: str, icon: str) -> None:
    element = {"type": "input", "label": "Start date", "inputType": input_type, "icon": icon}
    assert _issues({"elements": [element]}) == []


def test_a_date_field_with_another_icon_is_still_told_of_the_calendar_icon() -> None:
    element = {"type": "input", "label": "Start date", "inputType": "date", "icon": "mail"}
    ((path, code, _, suggestion),) = _issues({"elements": [element]})
    assert (path, code) == ("/elements/0/inputType", "field_ignored")
    assert suggestion is not None and suggestion.startswith("icon: calendar draws a date picker's icon")


# 3. a chart's type written twice


def test_a_chart_type_written_twice_with_a_variant_says_variant_and_nothing_misleading() -> None:
    source = "elements:\n  - {type: chart, type: line, data: {labels: [a, b], values: [1, 2]}}\n"
    result = validate_document(source)
    assert [(error.path, error.code) for error in result.errors] == [("/elements/0/type", "duplicate_key")]
    assert result.errors[0].suggestion == "a chart's kind is its variant: type: chart, variant: line"


def test_chart_fields_beside_a_chart_kind_as_the_type_say_where_chart_data_goes() -> None:
    source = "elements:\n  - {type: chart, type: Bar, series: [{name: A, values: [1]}], labels: [a]}\n"
    errors = validate_document(source).errors
    assert [(error.path, error.code) for error in errors] == [
        ("/elements/0/type", "duplicate_key"),
        ("/elements/0/series", "unknown_field"),
        ("/elements/0/labels", "unknown_field"),
    ]
    assert errors[0].suggestion == "a chart's kind is its variant: type: chart, variant: bar"
    assert all(
        error.suggestion and "go in 'data': data: {labels: [" in error.suggestion for error in errors[1:]
    )


def test_a_chart_kind_as_the_type_of_chart_data_is_a_chart() -> None:
    error = _only_error({"elements": [{"type": "line", "data": {"labels": ["a"], "values": [1]}}]})
    assert (error.path, error.suggestion) == ("/elements/0/type", "use type: chart with variant: line")
    assert _only_error({"elements": [{"type": "pie"}]}).suggestion == "use type: chart with variant: pie"


def test_a_type_written_twice_with_a_misspelt_one_says_which_it_means_once() -> None:
    error = _only_error("elements:\n  - {type: button, type: lnk, text: Go}\n")
    assert (
        error.suggestion
        == "an element has one type: keep 'button' or 'lnk' ('lnk' is no type: did you mean 'link'?)"
    )


# 4. a group of checkboxes


def test_a_checkbox_group_gets_the_column_of_checkboxes_it_is() -> None:
    element = {
        "type": "checkbox-group",
        "label": "Toppings",
        "options": ["Cheese", {"label": "Ham"}],
        "value": ["Ham"],
    }
    (error,) = [
        error for error in validate_document({"elements": [element]}).errors if error.path.endswith("type")
    ]
    assert error.code == "unknown_type"  # beside it, its list `value` is told of: a value is one choice
    assert error.suggestion == (
        "a group is a column of checkboxes, one per choice: {type: column, children: [{type: label, "
        "text: Toppings}, {type: checkbox, label: Cheese}, {type: checkbox, label: Ham, checked: true}]}; one "
        "choice of several is type: radio with options"
    )


def test_the_checkbox_group_recipe_is_a_valid_document() -> None:
    recipe = {"type": "column", "gap": 8, "children": [
        {"type": "label", "text": "Toppings"}, {"type": "checkbox", "label": "Cheese"},
        {"type": "checkbox", "label": "Ham", "checked": True}]}  # fmt: skip
    result = validate_document({"elements": [recipe]})
    assert result.ok and result.warnings == []


def test_options_on_a_checkbox_get_the_same_recipe() -> None:
    (warning,) = validate_document(
        {"elements": [{"type": "checkbox", "label": "Pick", "options": ["A", "B"]}]}
    ).warnings
    assert (warning.path, warning.code) == ("/elements/0/options", "field_ignored")
    assert warning.suggestion is not None and warning.suggestion.startswith(
        "a group is a column of checkboxes, one per choice: {type: column, children: [{type: label, text: Pick}"
    )


# 5. a misspelt field among the fields its type draws


def test_a_misspelt_field_is_offered_only_among_the_fields_its_type_draws() -> None:
    """`delta` on a spacer is no chart's `data`; `chnage` on a stat is its `change`."""
    assert (
        _only_error({"elements": [{"type": "stat", "chnage": "+3%"}]}).suggestion == "did you mean 'change'?"
    )
    error = _only_error({"elements": [{"type": "spacer", "delta": "+3%"}]})
    assert error.suggestion == "a spacer draws size, and any element id, className, style and layout"
    error = _only_error({"elements": [{"type": "divider", "zzz": 2}]})
    assert (
        error.suggestion
        == "a divider draws text, label and direction, and any element id, className, style and layout"
    )


def test_a_field_plainly_misspelt_that_the_type_does_not_draw_says_where_it_goes() -> None:
    error = _only_error({"elements": [{"type": "text", "text": "a", "colr": "red"}]})
    assert (
        error.suggestion
        == "did you mean 'color'? A text does not draw it: the text colour goes in style: {color: \"red\"}"
    )
    error = _only_error({"elements": [{"type": "input", "label": "a", "badg": 3}]})
    assert error.suggestion is not None and error.suggestion.startswith(
        "did you mean 'badge'? An input does not draw it"
    )


@pytest.mark.parametrize("kind", ELEMENT_TYPES)
def test_the_fields_offered_for_a_type_are_accepted_without_a_warning(kind: str) -> None:
    """Each field `fields_drawn_by` names is one the type draws: given it, no field_ignored."""
    values = {"children": [], "items": ["A"], "actions": ["OK"], "src": "hero.png", "badge": 3, "icon": "star",
              "size": "md", "color": "red", "iconPosition": "end", "value": 1, "status": "online"}  # fmt: skip
    for name in fields_drawn_by(kind):
        if name in ("type", "id", "className", "style", "layout") or name not in values:
            continue
        warnings = validate_document({"elements": [{"type": kind, name: values[name]}]}).warnings
        assert not [w for w in warnings if w.code == "field_ignored" and w.path == f"/elements/0/{name}"], (
            kind,
            name,
        )
