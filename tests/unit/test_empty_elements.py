"""Elements written with nothing to show are told, with what to write; content of any kind, or a
box drawn on purpose as a block, keeps them quiet."""

from __future__ import annotations

from typing import Any

import pytest

from kernel.dsl.validate import validate_document


def empty_warnings(*elements: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    result = validate_document({"elements": list(elements)})
    assert result.ok
    return [(w.path, w.message, w.suggestion) for w in result.warnings if w.code == "empty_element"]


@pytest.mark.parametrize("kind", ["list", "tabs", "breadcrumb", "menu", "stepper", "accordion", "timeline"])
def test_an_element_of_entries_with_none_is_told_with_entries_to_write(kind: str) -> None:
    [(path, message, suggestion)] = empty_warnings({"type": kind, "items": []})
    assert path == "/elements/0"
    assert "no entries, so nothing is drawn to read" in message
    assert suggestion is not None and suggestion.startswith("give it its entries: items: [")


@pytest.mark.parametrize("kind", ["card", "form", "modal", "table", "stat"])
def test_a_box_with_no_content_at_all_is_told(kind: str) -> None:
    [(_, message, _)] = empty_warnings({"type": kind})
    assert message == f"the {kind} has no content, so nothing is drawn to read"


@pytest.mark.parametrize(
    "element",
    [
        {"type": "list", "items": ["One"]},
        {"type": "tabs", "children": [{"type": "text", "text": "Panel"}]},
        {"type": "card", "title": "Revenue"},
        {"type": "card", "children": [{"type": "text", "text": "Hi"}]},
        {"type": "card", "layout": {"height": 120}},
        {"type": "card", "style": {"background": "#eef2ff"}},
        {"type": "table", "columns": ["Name", "Status"]},
        {"type": "stat", "value": 0},
        {"type": "modal", "actions": ["OK"]},
    ],
)
def test_content_or_a_box_drawn_as_a_block_says_nothing(element: dict[str, Any]) -> None:
    assert empty_warnings(element) == []


def test_a_nested_empty_list_is_told_at_its_own_path() -> None:
    [(path, _, _)] = empty_warnings({"type": "card", "title": "Mail", "children": [{"type": "list"}]})
    assert path == "/elements/0/children/0"


SEAT_MAP = """\
width: 500
elements:
  - type: card
    title: Seat map
    children:
      - type: grid
        columns: 3
        children:
      - {type: button, label: 12A}
      - {type: button, label: 12B}
"""


def test_a_grid_whose_children_were_written_at_its_own_indent_is_told_with_them() -> None:
    """The seats were written at the grid's indent: they became the card's children, the grid's
    `children:` null; validate said ok. Now the warning stands on the grid's `children:` line and
    names the elements after it."""
    result = validate_document(SEAT_MAP)
    [warning] = [w for w in result.warnings if w.code == "empty_element"]
    assert (warning.path, warning.line) == ("/elements/0/children/0/children", 8)
    assert warning.message == (
        "the grid's children: is empty, so it draws nothing in its 3 columns; the 2 elements written "
        "after it (from the button '12A') are drawn in the card, not in it: likely its children, "
        "written at its own indent"
    )
    assert warning.suggestion is not None and "indent them under the grid's children:" in warning.suggestion


@pytest.mark.parametrize(
    ("element", "told"),
    [
        ({"type": "grid", "columns": 3}, "the grid has no children, so it draws nothing in its 3 columns"),
        ({"type": "row", "gap": 12, "children": []}, "the row's children: is empty, so it draws nothing"),
        ({"type": "flex", "children": None}, "the flex's children: is empty, so it draws nothing"),
    ],
)
def test_a_layout_with_nothing_to_lay_out_is_told(element: dict[str, Any], told: str) -> None:
    [(path, message, suggestion)] = empty_warnings(element)
    assert message == told and path.startswith("/elements/0")
    assert suggestion is not None and suggestion.startswith("give it its children")


def test_one_element_after_an_empty_layout_on_the_page_is_named() -> None:
    [(_, message, _)] = empty_warnings({"type": "row", "gap": 8}, {"type": "text", "text": "Hello"})
    assert message.endswith("the element written after it (the text 'Hello') is drawn on the page, not in it: "
                            "likely its children, written at its own indent")  # fmt: skip


@pytest.mark.parametrize(
    "element",
    [
        {"type": "container", "layout": {"height": 40}},  # a spacer
        {"type": "container"},
        {"type": "grid", "columns": 2, "children": [{"type": "text", "text": "A"}]},
        {"type": "row", "gap": 8, "style": {"background": "#eef2ff"}},  # a coloured band
        {"type": "section", "title": "Billing", "children": None},  # draws its title
    ],
)
def test_a_layout_with_children_or_drawn_on_purpose_says_nothing(element: dict[str, Any]) -> None:
    assert empty_warnings(element) == []
