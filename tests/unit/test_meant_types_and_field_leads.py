"""An unknown type named for what it is for (`scoreboard`, `kpi`, `richtext`) is told the type that
draws it, not the types it is spelt like; its fields are told as that type's (a dropdown's
`selected` is a select's `value`); and a field is offered a did-you-mean only when it reads as a
slip of the field meant (`teams` is no `items`)."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.hints.suggest import like_a_slip
from kernel.dsl.hints.type_names import replacement_type
from kernel.dsl.validate import validate_document
from kernel.errors import Issue


def _issue(element: dict[str, Any], path: str) -> Issue:
    result = validate_document({"elements": [element]})
    found = [issue for issue in [*result.errors, *result.warnings] if issue.path == path]
    assert len(found) == 1, [*result.errors, *result.warnings]
    return found[0]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("scoreboard", "table"), ("leaderboard", "table"), ("ranking", "table"), ("standings", "table"),
        ("kpi", "stat"), ("metric", "stat"), ("scorecard", "stat"), ("richtext", "textarea"),
        ("editor", "textarea"), ("wysiwyg", "textarea"), ("dropdownlist", "select"), ("listbox", "select"),
    ],
)  # fmt: skip
def test_a_type_named_for_what_it_is_for_is_told_the_type_that_draws_it(written: str, meant: str) -> None:
    issue = _issue({"type": written}, "/elements/0/type")
    assert issue.suggestion == f"did you mean '{meant}'?"


def test_a_scoreboards_unknown_field_is_told_a_tables_fields_not_items() -> None:
    """`teams` was told "did you mean 'items'?": four shared letters, another thing."""
    issue = _issue({"type": "scoreboard", "teams": ["Wolves", "Dragons"]}, "/elements/0/teams")
    assert issue.suggestion is not None
    assert issue.suggestion.startswith("a table draws title, placeholder, columns, rows")


def test_a_dropdowns_selected_is_told_a_selects_value() -> None:
    """With `type: select` it said `value`; after an unknown `dropdown` it said 'selectedRows'."""
    element = {
        "type": "dropdown",
        "label": "Passengers",
        "options": ["1 adult", "2 adults"],
        "selected": "2 adults",
    }
    issue = _issue(element, "/elements/0/selected")
    assert issue.suggestion == _issue({**element, "type": "select"}, "/elements/0/selected").suggestion
    assert issue.suggestion == "the chosen option is 'value': value: \"2 adults\""
    typed = _issue(element, "/elements/0/type")
    assert typed.suggestion is not None and typed.suggestion.startswith(
        "use type: select for a form's choice"
    )


def test_a_dropdown_of_items_is_read_as_a_menu() -> None:
    assert replacement_type("dropdown", {"items": ["Edit", "Delete"]}) == "menu"
    assert replacement_type("dropdown", {"options": ["A"]}) == "select"
    assert replacement_type("donut") == "chart" and replacement_type("bottomsheet") == "modal"
    assert replacement_type("kanban") is None  # a recipe of several elements


def test_a_field_like_no_field_of_an_unknown_type_gets_no_lead() -> None:
    issue = _issue({"type": "zzzzqq", "teams": 2}, "/elements/0/teams")
    assert issue.suggestion is None or "did you mean" not in issue.suggestion


@pytest.mark.parametrize(
    ("written", "name", "slip"),
    [
        ("teams", "items", False), ("selected", "selectedRows", True), ("colr", "color", True),
        ("lable", "label", True), ("placehlder", "placeholder", True), ("img", "image", True),
        ("scheme", "theme", True), ("Colour", "color", True), ("delta", "items", False),
    ],
)  # fmt: skip
def test_a_lead_is_offered_only_for_a_slip_of_the_field(written: str, name: str, slip: bool) -> None:
    assert like_a_slip(written, name) is slip


def test_misspelt_fields_are_still_told_the_field_meant() -> None:
    assert _issue({"type": "input", "placeholdr": "x"}, "/elements/0/placeholdr").suggestion == (
        "did you mean 'placeholder'?"
    )
    result = validate_document({"scheme": "dark", "elements": []})
    assert [issue.suggestion for issue in result.errors] == ["did you mean 'theme'?"]
