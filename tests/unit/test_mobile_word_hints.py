"""iOS's and Android's words, as a mobile designer wrote them, answered with what the DSL draws:
a row's accessory or chevron flag is the arrow `shortcut` (it was "did you mean value", which
would draw the word), a table view a list (not a table), a cell a list's item, a floating
action button a button with an icon, a large title a heading; a keyboard and a swipe are not
drawn."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.validate import validate_document

CHEVRON = "a row's chevron is its shortcut, an arrow drawn as the chevron at the row's end: shortcut: \"›\""


def _suggestion(element: dict[str, Any], path: str) -> str:
    result = validate_document({"device": "mobile", "elements": [element]})
    (error,) = [issue for issue in result.errors if issue.path == path]
    assert error.suggestion is not None
    return error.suggestion


@pytest.mark.parametrize(
    ("field", "value", "start"),
    [
        ("accessory", "disclosureIndicator", CHEVRON),
        ("accessory", "›", CHEVRON),
        ("accessoryType", "disclosureIndicator", CHEVRON),
        ("chevron", True, CHEVRON),
        ("showChevron", True, CHEVRON),
        ("disclosure", "yes", CHEVRON),
        ("chevron", False, "a row draws no chevron unless its shortcut is an arrow: remove it"),
        ("accessory", "checkmark", "a row's checkmark is an icon at its end: icon: check, iconPosition: end"),
        ("accessory", "detailButton", "a row's info button is an icon at its end: icon: info, iconPosition: end"),
        ("trailing", "Home", "did you mean 'value'? It is drawn at the entry's right end"),
    ],
)  # fmt: skip
def test_a_list_rows_accessory_or_chevron_says_what_draws_it(field: str, value: Any, start: str) -> None:
    element = {"type": "list", "items": [{"label": "Privacy", field: value}]}
    suggestion = _suggestion(element, f"/elements/0/items/0/{field}")
    assert suggestion.startswith(start), suggestion


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("tableview", ("use type: list", "type: table is a grid of data")),
        ("UITableView", ("use type: list",)),
        ("cell", ("a row is an item of a list: {type: list, items: [{label: Wi-Fi",)),
        ("tableViewCell", ("a row is an item of a list",)),
        ("floatingActionButton", ("use a button with an icon: {type: button, icon: plus", "layout: {x:")),
        ("fab", ("use a button with an icon",)),
        ("keyboard", ("on-screen keyboard is not drawn",)),
        ("swipe", ("a picture shows no gesture",)),
        ("swipeActions", ("a picture shows no gesture",)),
        ("largeTitle", ("use type: heading with level: 1",)),
    ],
)
def test_a_phones_element_names_say_what_to_write(kind: str, words: tuple[str, ...]) -> None:
    suggestion = _suggestion({"type": kind, "text": "Hi"}, "/elements/0/type")
    assert all(word in suggestion for word in words), suggestion
    assert "did you mean 'table'" not in suggestion
