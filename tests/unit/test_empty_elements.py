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
